package org.hiproutine.session;

import java.util.Locale;
import org.hiproutine.catalog.DoseKind;
import org.hiproutine.catalog.Exercise;
import org.springframework.context.MessageSource;

/**
 * One step of a guided session: one set of one exercise, on one side for exercises done on each
 * side, with its target (hold N seconds, N repetitions, N breathing rounds).
 *
 * @param number the step's place in the session, from 1
 * @param exerciseNumber the exercise's place in the routine, from 1
 * @param side null for an exercise done once, not on each side
 */
public record SessionStep(
    int number,
    Exercise exercise,
    int exerciseNumber,
    int set,
    int sets,
    Side side,
    DoseKind kind,
    int amount) {

  /** "Set 1 of 2 · Left side", "Set 2 of 3", "Right side", or "" for one set done once. */
  public String describeSet(MessageSource messages, Locale locale) {
    String setWords =
        sets > 1 ? messages.getMessage("session.step.set", new Object[] {set, sets}, locale) : "";
    String sideWords = side == null ? "" : messages.getMessage(side.messageKey(), null, locale);
    if (setWords.isEmpty() || sideWords.isEmpty()) {
      return setWords + sideWords;
    }
    return messages.getMessage("dose.join", new Object[] {setWords, sideWords}, locale);
  }

  /** The target in large type: "Hold 30 s", "12 repetitions", "10 breathing rounds". */
  public String describeTarget(MessageSource messages, Locale locale) {
    String target =
        messages.getMessage(kind.messageKey() + ".amount", new Object[] {amount}, locale);
    return target.substring(0, 1).toUpperCase(locale) + target.substring(1);
  }

  public boolean onEachSide() {
    return side != null;
  }

  /** Whether the next step is this set's other side: the session switches sides by itself. */
  public boolean switchesSidesAfter(SessionStep next) {
    return next != null
        && side == Side.LEFT
        && next.side == Side.RIGHT
        && next.exerciseNumber == exerciseNumber
        && next.set == set;
  }

  /** How long this step takes at the pace the estimate assumes, without lead-in or pauses. */
  public int seconds() {
    return switch (kind) {
      case HOLD -> amount;
      case REPETITIONS -> amount * SessionTiming.SECONDS_PER_REPETITION;
      case BREATHING_ROUNDS -> amount * SessionTiming.SECONDS_PER_BREATHING_ROUND;
    };
  }
}
