package org.hiproutine.routine;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A routine's two secret links, absolute so they can be copied, sent and printed. */
public record RoutineLinks(String edit, String share) {

  public static RoutineLinks of(Routine routine) {
    return new RoutineLinks(
        absolute("/routines/{key}", routine.getEditKey()),
        absolute("/s/{key}", routine.getShareKey()));
  }

  private static String absolute(String path, String key) {
    return ServletUriComponentsBuilder.fromCurrentContextPath()
        .path(path)
        .buildAndExpand(key)
        .toUriString();
  }
}
