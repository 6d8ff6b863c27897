package org.hiproutine.session;

import org.hiproutine.routine.TimeEstimate;

/**
 * How a guided session paces the person (shared/SAFETY.md §5): a hold starts only after a short
 * "get ready" count the person started; between the two sides of a set a "switch sides" pause comes
 * first; counting goes at the pace the routine's time estimate assumes.
 */
public final class SessionTiming {

  /** The "get ready" count before a hold or a breathing pacer, once the person pressed Start. */
  public static final int GET_READY_SECONDS = 5;

  /** The pause between the Left and the Right side of one set. */
  public static final int SWITCH_SIDES_SECONDS = 5;

  public static final int SECONDS_PER_REPETITION = TimeEstimate.SECONDS_PER_REPETITION;
  public static final int SECONDS_PER_BREATHING_ROUND = TimeEstimate.SECONDS_PER_BREATHING_ROUND;

  private SessionTiming() {}

  /**
   * Seconds from pressing Start to the end of a step and, where the session switches sides by
   * itself, of the other side too: get ready, the step, the switch pause, the other side.
   */
  static int secondsFromStart(SessionStep step, SessionStep next) {
    int seconds = GET_READY_SECONDS + step.seconds();
    if (step.switchesSidesAfter(next)) {
      seconds += SWITCH_SIDES_SECONDS + next.seconds();
    }
    return seconds;
  }
}
