package org.hiproutine.sheet;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hiproutine.routine.Frequency;
import org.springframework.context.MessageSource;

/**
 * The boxes a person ticks when an exercise is done: one column a day (the chosen weekdays, Mon to
 * Sun, or Day 1 to Day n for a number of days a week), one row each time of day, split into Left
 * and Right for exercises done on each side; one week, or two where the sheet has room.
 */
public record TickGrid(List<String> days, List<String> rows, int weeks) {

  /**
   * Up to this many exercises with at most this many rows of boxes in a week in all, and every
   * exercise gets two weeks of boxes: the page has room for them.
   */
  static final int MOST_EXERCISES_FOR_TWO_WEEKS = 3;

  static final int MOST_ROWS_FOR_TWO_WEEKS = 9;

  /** Two weeks of boxes when the sheet has few exercises and few rows in all, else one. */
  static int weeksFor(int exercises, int rowsInAWeek) {
    return exercises <= MOST_EXERCISES_FOR_TWO_WEEKS && rowsInAWeek <= MOST_ROWS_FOR_TWO_WEEKS
        ? 2
        : 1;
  }

  /**
   * @param chosenDays the weekdays chosen for reminders, or empty to follow days a week
   */
  public static TickGrid of(
      Frequency frequency,
      Set<DayOfWeek> chosenDays,
      boolean eachSide,
      int weeks,
      MessageSource messages,
      Locale locale) {
    return new TickGrid(
        days(frequency, chosenDays, messages, locale),
        rows(frequency, eachSide, messages, locale),
        weeks);
  }

  /** The weeks, numbered from 1, for a template to repeat the grid. */
  public List<Integer> weekNumbers() {
    List<Integer> numbers = new ArrayList<>();
    for (int week = 1; week <= weeks; week++) {
      numbers.add(week);
    }
    return numbers;
  }

  private static List<String> days(
      Frequency frequency, Set<DayOfWeek> chosenDays, MessageSource messages, Locale locale) {
    List<String> days = new ArrayList<>();
    if (!chosenDays.isEmpty()) {
      for (DayOfWeek day : DayOfWeek.values()) {
        if (chosenDays.contains(day)) {
          days.add(day.getDisplayName(TextStyle.SHORT, locale));
        }
      }
      return days;
    }
    for (int day = 1; day <= frequency.daysPerWeek(); day++) {
      days.add(
          frequency.everyDay()
              ? DayOfWeek.of(day).getDisplayName(TextStyle.SHORT, locale)
              : messages.getMessage("sheet.grid.day", new Object[] {day}, locale));
    }
    return days;
  }

  private static List<String> rows(
      Frequency frequency, boolean eachSide, MessageSource messages, Locale locale) {
    List<String> sides =
        eachSide
            ? List.of(
                messages.getMessage("sheet.grid.left", null, locale),
                messages.getMessage("sheet.grid.right", null, locale))
            : List.of(messages.getMessage("sheet.grid.done", null, locale));
    List<String> rows = new ArrayList<>();
    for (int time = 1; time <= frequency.timesPerDay(); time++) {
      for (String side : sides) {
        rows.add(
            frequency.timesPerDay() == 1
                ? side
                : messages.getMessage("sheet.grid.timeAndSide", new Object[] {time, side}, locale));
      }
    }
    return rows;
  }
}
