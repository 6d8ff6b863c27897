package org.hiproutine.routine;

/**
 * A routine's two secret links, absolute so they can be copied, sent and printed, on the app's
 * public address (never a Host header a client sent).
 */
public record RoutineLinks(String edit, String share) {

  public static RoutineLinks of(Routine routine, String publicUrl) {
    return new RoutineLinks(
        publicUrl + "/routines/" + routine.getEditKey(), share(routine, publicUrl));
  }

  /** The share link alone: all a page under it may show. */
  public static String share(Routine routine, String publicUrl) {
    return publicUrl + "/s/" + routine.getShareKey();
  }
}
