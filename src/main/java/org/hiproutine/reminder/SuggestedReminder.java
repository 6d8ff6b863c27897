package org.hiproutine.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the reminder form offers before anything is saved, from how often the routine is done: the
 * days spread over the week, and times in the morning, at midday and in the evening.
 */
public final class SuggestedReminder {

  private static final List<LocalTime> TIMES =
      List.of(LocalTime.of(8, 0), LocalTime.of(13, 0), LocalTime.of(18, 0));

  private SuggestedReminder() {}

  /**
   * This many days, Monday first, with the rest days spread out so that no gap between two days of
   * exercise is longer than it must be: 3 gives Monday, Wednesday and Friday; 4 Monday, Tuesday,
   * Thursday and Saturday; 7 every day.
   */
  public static Set<DayOfWeek> days(int daysAWeek) {
    if (daysAWeek < 1 || daysAWeek > 7) {
      throw new IllegalArgumentException("days a week must be 1 to 7, not " + daysAWeek);
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (int i = 0; i < daysAWeek; i++) {
      days.add(DayOfWeek.MONDAY.plus(i * 7L / daysAWeek));
    }
    return Collections.unmodifiableSet(days);
  }

  /** 08:00 for once a day; 08:00 and 18:00 for twice; 08:00, 13:00 and 18:00 for three times. */
  public static List<LocalTime> times(int timesADay) {
    return switch (timesADay) {
      case 1 -> List.of(TIMES.get(0));
      case 2 -> List.of(TIMES.get(0), TIMES.get(2));
      case ReminderSchedule.MOST_TIMES_A_DAY -> TIMES;
      default -> throw new IllegalArgumentException("times a day must be 1 to 3, not " + timesADay);
    };
  }
}
