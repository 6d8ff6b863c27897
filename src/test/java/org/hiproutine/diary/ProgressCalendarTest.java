package org.hiproutine.diary;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressCalendarTest {

  /** A Wednesday; the calendar runs from Monday 2 March to Sunday 24 May 2026. */
  static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

  static final LocalDate START = LocalDate.of(2026, 3, 16);
  static final Schedule MON_WED_FRI = Schedule.onDays(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY));

  private static ProgressCalendar.Day day(ProgressCalendar calendar, LocalDate date) {
    for (ProgressCalendar.Week week : calendar.weeks()) {
      for (ProgressCalendar.Day day : week.days()) {
        if (day.date().equals(date)) {
          return day;
        }
      }
    }
    throw new AssertionError(date + " is not on the calendar");
  }

  private static DayState state(ProgressCalendar calendar, LocalDate date) {
    return day(calendar, date).state();
  }

  @Test
  void showsTwelveWeeksMondayToSundayEndingWithThisWeek() {
    ProgressCalendar calendar = ProgressCalendar.of(MON_WED_FRI, START, List.of(), TODAY);

    assertThat(calendar.weeks()).hasSize(12);
    assertThat(calendar.firstDay()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(calendar.lastDay()).isEqualTo(LocalDate.of(2026, 5, 24));
    assertThat(calendar.weeks()).allSatisfy(week -> assertThat(week.days()).hasSize(7));
    assertThat(calendar.weeks().get(0).days().get(0).date().getDayOfWeek()).isEqualTo(MONDAY);
  }

  @Test
  void marksDaysDoneMissedNotPlannedTodayAndStillToCome() {
    List<LocalDate> entries =
        List.of(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 18));
    ProgressCalendar calendar = ProgressCalendar.of(MON_WED_FRI, START, entries, TODAY);

    assertThat(state(calendar, LocalDate.of(2026, 5, 11))).isEqualTo(DayState.DONE);
    assertThat(state(calendar, LocalDate.of(2026, 5, 12))).isEqualTo(DayState.DONE);
    assertThat(state(calendar, LocalDate.of(2026, 5, 13))).isEqualTo(DayState.MISSED);
    assertThat(state(calendar, LocalDate.of(2026, 5, 14))).isEqualTo(DayState.NOT_PLANNED);
    assertThat(state(calendar, LocalDate.of(2026, 5, 20))).isEqualTo(DayState.TODAY);
    assertThat(state(calendar, LocalDate.of(2026, 5, 21))).isEqualTo(DayState.FUTURE);
    assertThat(day(calendar, TODAY).today()).isTrue();
    assertThat(day(calendar, LocalDate.of(2026, 5, 18)).today()).isFalse();
  }

  @Test
  void marksTodayDoneOnceThereIsAnEntry() {
    ProgressCalendar calendar = ProgressCalendar.of(MON_WED_FRI, START, List.of(TODAY), TODAY);

    assertThat(day(calendar, TODAY))
        .isEqualTo(new ProgressCalendar.Day(TODAY, DayState.DONE, true));
  }

  @Test
  void missesNoDayBeforeTheDiaryStarted() {
    ProgressCalendar calendar = ProgressCalendar.of(MON_WED_FRI, START, List.of(), TODAY);

    assertThat(state(calendar, LocalDate.of(2026, 3, 13))).isEqualTo(DayState.NOT_PLANNED);
    assertThat(state(calendar, LocalDate.of(2026, 3, 16))).isEqualTo(DayState.MISSED);
    assertThat(calendar.weeks().get(0).daysPlanned()).isZero();
  }

  @Test
  void missesNoSingleDayWhenOnlyANumberOfDaysAWeekIsPlanned() {
    ProgressCalendar calendar =
        ProgressCalendar.of(
            Schedule.daysAWeek(3), START, List.of(LocalDate.of(2026, 5, 12)), TODAY);

    assertThat(calendar.weeks())
        .flatMap(ProgressCalendar.Week::days)
        .extracting(ProgressCalendar.Day::state)
        .doesNotContain(DayState.MISSED);
    ProgressCalendar.Week lastWeek = calendar.weeks().get(10);
    assertThat(lastWeek.daysDone()).isEqualTo(1);
    assertThat(lastWeek.daysPlanned()).isEqualTo(3);
    assertThat(lastWeek.planMet()).isFalse();
  }

  @Test
  void plansOnlyTheDaysLeftInTheWeekTheDiaryStarted() {
    LocalDate saturday = LocalDate.of(2026, 5, 9);

    assertThat(Schedule.daysAWeek(3).plannedInWeek(LocalDate.of(2026, 5, 4), saturday))
        .isEqualTo(2);
    assertThat(MON_WED_FRI.plannedInWeek(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 6)))
        .isEqualTo(2);
    assertThat(Schedule.daysAWeek(3).plannedInWeek(LocalDate.of(2026, 4, 27), saturday)).isZero();
  }

  @Test
  void countsDaysNotEntriesAndEveryDayDoneEvenIfNotPlanned() {
    LocalDate monday = LocalDate.of(2026, 5, 11);
    List<LocalDate> entries = List.of(monday, monday, monday, LocalDate.of(2026, 5, 16));
    ProgressCalendar calendar = ProgressCalendar.of(MON_WED_FRI, START, entries, TODAY);

    assertThat(calendar.weeks().get(10).daysDone()).isEqualTo(2);
    assertThat(state(calendar, LocalDate.of(2026, 5, 16))).isEqualTo(DayState.DONE);
  }

  @Test
  void summarisesThisWeekAndTheWeeksInARowWithThePlanMet() {
    List<LocalDate> entries = new ArrayList<>();
    // Mon, Wed and Fri of the three weeks before this one, then Monday of this week.
    for (LocalDate monday = LocalDate.of(2026, 4, 27);
        monday.isBefore(LocalDate.of(2026, 5, 18));
        monday = monday.plusWeeks(1)) {
      entries.addAll(List.of(monday, monday.plusDays(2), monday.plusDays(4)));
    }
    entries.add(LocalDate.of(2026, 5, 18));
    ProgressCalendar calendar = ProgressCalendar.of(MON_WED_FRI, START, entries, TODAY);

    assertThat(calendar.summary()).isEqualTo(new WeeklySummary(1, 3, 3));
  }

  @Test
  void countsThisWeekInTheStreakOnceItsPlanIsMet() {
    List<LocalDate> entries =
        List.of(
            LocalDate.of(2026, 5, 11),
            LocalDate.of(2026, 5, 13),
            LocalDate.of(2026, 5, 15),
            LocalDate.of(2026, 5, 18),
            LocalDate.of(2026, 5, 19),
            TODAY);
    ProgressCalendar calendar = ProgressCalendar.of(Schedule.daysAWeek(3), START, entries, TODAY);

    assertThat(calendar.summary()).isEqualTo(new WeeklySummary(3, 3, 2));
  }

  @Test
  void countsTheStreakBeyondTheTwelveWeeksShownAndStopsAtTheStart() {
    LocalDate start = LocalDate.of(2025, 12, 29);
    List<LocalDate> entries = new ArrayList<>();
    for (LocalDate date = start; date.isBefore(TODAY); date = date.plusDays(1)) {
      entries.add(date);
    }
    ProgressCalendar calendar = ProgressCalendar.of(Schedule.daysAWeek(2), start, entries, TODAY);

    assertThat(calendar.summary().weeksInARow()).isEqualTo(21);
  }

  @Test
  void endsTheStreakAtAWeekThatFellShort() {
    List<LocalDate> entries =
        List.of(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 13));
    ProgressCalendar calendar = ProgressCalendar.of(Schedule.daysAWeek(2), START, entries, TODAY);

    assertThat(calendar.summary().weeksInARow()).isEqualTo(1);
  }

  @Test
  void treatsSevenDaysAWeekAsEveryDayChosen() {
    assertThat(Schedule.daysAWeek(7).days()).isEqualTo(EnumSet.allOf(DayOfWeek.class));
    assertThat(Schedule.daysAWeek(3).daysChosen()).isFalse();
  }

  @Test
  void rejectsAScheduleWithNoDaysOrMoreThanSeven() {
    assertThatThrownBy(() -> Schedule.daysAWeek(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Schedule.daysAWeek(8)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Schedule.onDays(EnumSet.noneOf(DayOfWeek.class)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
