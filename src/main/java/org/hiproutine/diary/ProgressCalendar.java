package org.hiproutine.diary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The last twelve weeks of the diary, Monday to Sunday, oldest week first (the way a paper calendar
 * reads, ending with this week), with each week's days done against its days planned.
 */
public record ProgressCalendar(
    Schedule schedule, LocalDate today, List<Week> weeks, WeeklySummary summary) {

  public static final int WEEKS = 12;

  public ProgressCalendar {
    weeks = List.copyOf(weeks);
  }

  /** One row: the week starting {@code monday}; days done counts days with at least one entry. */
  public record Week(LocalDate monday, List<Day> days, int daysDone, int daysPlanned) {

    public Week {
      days = List.copyOf(days);
    }

    /** Whether the week's planned days were all done. */
    public boolean planMet() {
      return daysPlanned > 0 && daysDone >= daysPlanned;
    }
  }

  public record Day(LocalDate date, DayState state, boolean today) {}

  /**
   * @param start the day the diary started: no day before it is missed
   * @param entryDays the day of each diary entry (any order, repeats allowed)
   */
  public static ProgressCalendar of(
      Schedule schedule, LocalDate start, Collection<LocalDate> entryDays, LocalDate today) {
    Set<LocalDate> done = new HashSet<>(entryDays);
    LocalDate thisMonday = mondayOf(today);
    List<Week> weeks = new ArrayList<>(WEEKS);
    for (int back = WEEKS - 1; back >= 0; back--) {
      weeks.add(week(thisMonday.minusWeeks(back), schedule, start, done, today));
    }
    Week thisWeek = weeks.get(WEEKS - 1);
    WeeklySummary summary =
        new WeeklySummary(
            thisWeek.daysDone(),
            thisWeek.daysPlanned(),
            weeksInARow(thisWeek, schedule, start, done));
    return new ProgressCalendar(schedule, today, weeks, summary);
  }

  /** The first day the calendar shows. */
  public LocalDate firstDay() {
    return weeks.get(0).monday();
  }

  /** The last day the calendar shows: this week's Sunday. */
  public LocalDate lastDay() {
    return weeks.get(WEEKS - 1).monday().plusDays(6);
  }

  static LocalDate mondayOf(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static Week week(
      LocalDate monday, Schedule schedule, LocalDate start, Set<LocalDate> done, LocalDate today) {
    List<Day> days = new ArrayList<>(7);
    int daysDone = 0;
    for (int i = 0; i < 7; i++) {
      LocalDate date = monday.plusDays(i);
      DayState state = state(date, schedule, start, done, today);
      if (state == DayState.DONE) {
        daysDone++;
      }
      days.add(new Day(date, state, date.equals(today)));
    }
    return new Week(monday, days, daysDone, schedule.plannedInWeek(monday, start));
  }

  private static DayState state(
      LocalDate date, Schedule schedule, LocalDate start, Set<LocalDate> done, LocalDate today) {
    if (date.isAfter(today)) {
      return DayState.FUTURE;
    }
    if (done.contains(date)) {
      return DayState.DONE;
    }
    if (date.equals(today)) {
      return DayState.TODAY;
    }
    return !date.isBefore(start) && schedule.chosen(date) ? DayState.MISSED : DayState.NOT_PLANNED;
  }

  private static int weeksInARow(
      Week thisWeek, Schedule schedule, LocalDate start, Set<LocalDate> done) {
    int weeks = thisWeek.planMet() ? 1 : 0;
    LocalDate monday = thisWeek.monday().minusWeeks(1);
    while (!monday.plusDays(6).isBefore(start)) {
      int daysDone = 0;
      for (int i = 0; i < 7; i++) {
        if (done.contains(monday.plusDays(i))) {
          daysDone++;
        }
      }
      int planned = schedule.plannedInWeek(monday, start);
      if (planned == 0 || daysDone < planned) {
        break;
      }
      weeks++;
      monday = monday.minusWeeks(1);
    }
    return weeks;
  }
}
