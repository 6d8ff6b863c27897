package org.hiproutine.sheet;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hiproutine.routine.Frequency;
import org.springframework.context.MessageSource;

/**
 * The boxes a person ticks when an exercise is done: one column a day (Mon to Sun, or Day 1 to Day
 * n for fewer days), one row each time of day, split into Left and Right for exercises done on each
 * side.
 */
public record TickGrid(List<String> days, List<String> rows) {

  public static TickGrid of(
      Frequency frequency, boolean eachSide, MessageSource messages, Locale locale) {
    return new TickGrid(
        days(frequency, messages, locale), rows(frequency, eachSide, messages, locale));
  }

  private static List<String> days(Frequency frequency, MessageSource messages, Locale locale) {
    List<String> days = new ArrayList<>();
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
