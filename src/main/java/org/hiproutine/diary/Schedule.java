package org.hiproutine.diary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a routine is meant to be done: on chosen weekdays (then a chosen day in the past with no
 * entry is missed), or a number of days a week with no days chosen (then only the week's count is
 * judged, and no single day is missed).
 */
public record Schedule(int daysAWeek, Set<DayOfWeek> days) {

  public Schedule {
    if (daysAWeek < 1 || daysAWeek > 7) {
      throw new IllegalArgumentException("days a week must be 1 to 7, not " + daysAWeek);
    }
    days = Set.copyOf(days);
    if (!days.isEmpty() && days.size() != daysAWeek) {
      throw new IllegalArgumentException(days + " are not " + daysAWeek + " days a week");
    }
  }

  public static Schedule onDays(Set<DayOfWeek> days) {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("choose at least one day");
    }
    return new Schedule(days.size(), days);
  }

  /** Seven days a week is every day, so each day is chosen. */
  public static Schedule daysAWeek(int days) {
    return days == 7 ? onDays(EnumSet.allOf(DayOfWeek.class)) : new Schedule(days, Set.of());
  }

  public boolean daysChosen() {
    return !days.isEmpty();
  }

  /** Whether {@code date} is one of the chosen days; never true when no days are chosen. */
  boolean chosen(LocalDate date) {
    return days.contains(date.getDayOfWeek());
  }

  /** The days planned in the week starting {@code monday}, counting none before {@code start}. */
  int plannedInWeek(LocalDate monday, LocalDate start) {
    if (!daysChosen()) {
      long daysFromStart = 7 - Math.max(0, start.toEpochDay() - monday.toEpochDay());
      return (int) Math.max(0, Math.min(daysAWeek, daysFromStart));
    }
    int planned = 0;
    for (int day = 0; day < 7; day++) {
      LocalDate date = monday.plusDays(day);
      if (!date.isBefore(start) && chosen(date)) {
        planned++;
      }
    }
    return planned;
  }
}
