package org.hiproutine.diary;

import java.util.OptionalInt;

/**
 * What one diary entry says about pain: the scores before and after the session (0 = no pain, 10 =
 * the worst pain you can imagine; each optional), the answer to "Did the extra pain from last time
 * settle within a day?" (optional) and whether any red-flag symptom was ticked.
 */
public record PainReport(Integer before, Integer after, Boolean settled, boolean redFlags) {

  public static final int LEAST = 0;
  public static final int MOST = 10;

  /** From this score after the session the advice is at least Amber (SAFETY.md §4). */
  static final int AMBER_AFTER = 4;

  public PainReport {
    check("before", before);
    check("after", after);
  }

  public static PainReport scores(Integer before, Integer after) {
    return new PainReport(before, after, null, false);
  }

  /** How many points higher the pain was after than before; empty when either is missing. */
  public OptionalInt rise() {
    return before == null || after == null ? OptionalInt.empty() : OptionalInt.of(after - before);
  }

  /**
   * Whether the next entry asks "Did the extra pain from last time settle within a day?": when the
   * pain was higher after than before; when only the after score is known and it was high enough
   * for the Amber advice (which says it should settle within 24 hours); and when this entry already
   * said it had not settled, so pain that keeps not settling can reach "No" twice in a row.
   */
  public boolean nextEntryAsksIfSettled() {
    if (Boolean.FALSE.equals(settled)) {
      return true;
    }
    if (after == null) {
      return false;
    }
    return before == null ? after >= AMBER_AFTER : after > before;
  }

  private static void check(String name, Integer score) {
    if (score != null && (score < LEAST || score > MOST)) {
      throw new IllegalArgumentException("pain " + name + " must be 0 to 10, not " + score);
    }
  }
}
