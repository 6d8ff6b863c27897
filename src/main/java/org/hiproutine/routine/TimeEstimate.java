package org.hiproutine.routine;

import java.time.Duration;
import java.util.Locale;
import org.hiproutine.catalog.DoseKind;
import org.springframework.context.MessageSource;

/**
 * How long a routine takes, with the assumptions behind it, which the person sees beside the
 * estimate. The pace is for counting, not advice on how fast to move.
 */
public record TimeEstimate(Duration total) {

  public static final int SECONDS_PER_REPETITION = 3;
  public static final int SECONDS_PER_BREATHING_ROUND = 6;
  public static final int SECONDS_BETWEEN_EXERCISES = 20;

  /** One set on one side. */
  static Duration oneSet(DoseKind kind, int amount) {
    return Duration.ofSeconds(
        switch (kind) {
          case HOLD -> amount;
          case REPETITIONS -> (long) amount * SECONDS_PER_REPETITION;
          case BREATHING_ROUNDS -> (long) amount * SECONDS_PER_BREATHING_ROUND;
        });
  }

  static Duration betweenExercises(int exercises) {
    return Duration.ofSeconds((long) Math.max(0, exercises - 1) * SECONDS_BETWEEN_EXERCISES);
  }

  /** Whole minutes, rounded up, so a routine is never longer than promised. */
  public long minutes() {
    return (total.getSeconds() + 59) / 60;
  }

  /** "About 6 minutes each time". */
  public String describe(MessageSource messages, Locale locale) {
    return messages.getMessage("routine.estimate.minutes", new Object[] {minutes()}, locale);
  }

  public String describeAssumptions(MessageSource messages, Locale locale) {
    return messages.getMessage(
        "routine.estimate.assumptions",
        new Object[] {
          SECONDS_PER_REPETITION, SECONDS_PER_BREATHING_ROUND, SECONDS_BETWEEN_EXERCISES
        },
        locale);
  }
}
