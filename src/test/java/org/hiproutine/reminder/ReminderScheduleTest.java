package org.hiproutine.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hiproutine.reminder.ReminderSchedule.Invalid;
import org.hiproutine.reminder.ReminderSchedule.Parsed;
import org.hiproutine.reminder.ReminderSchedule.Problem;
import org.hiproutine.reminder.ReminderSchedule.Valid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReminderScheduleTest {

  private static final List<String> WEEKDAYS = List.of("MONDAY", "WEDNESDAY", "FRIDAY");

  private static Parsed parse(List<String> days, List<String> times, String zone, int allowed) {
    return ReminderSchedule.parse(days, times, zone, allowed);
  }

  private static ReminderSchedule valid(Parsed parsed) {
    assertThat(parsed).isInstanceOf(Valid.class);
    return ((Valid) parsed).schedule();
  }

  private static Set<Problem> problems(Parsed parsed) {
    assertThat(parsed).isInstanceOf(Invalid.class);
    return ((Invalid) parsed).problems();
  }

  @Test
  void readsAFilledInForm() {
    ReminderSchedule schedule =
        valid(parse(List.of("friday", "MONDAY"), List.of("18:30", "07:05"), "Europe/London", 2));

    assertThat(schedule.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    assertThat(schedule.times()).containsExactly(LocalTime.of(7, 5), LocalTime.of(18, 30));
    assertThat(schedule.zone()).isEqualTo(ZoneId.of("Europe/London"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"8:00", "08:00", "8.00", "08.00", "08:00:00", " 08:00 "})
  void acceptsTimesWrittenTheUsualWays(String time) {
    assertThat(valid(parse(WEEKDAYS, List.of(time), "UTC", 1)).times())
        .containsExactly(LocalTime.of(8, 0));
  }

  @Test
  void acceptsTheFirstAndLastMinuteOfTheDay() {
    assertThat(valid(parse(WEEKDAYS, List.of("0:00", "23:59"), "UTC", 2)).times())
        .containsExactly(LocalTime.MIDNIGHT, LocalTime.of(23, 59));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "25:00",
        "24:00",
        "12:60",
        "ab",
        "8",
        "800",
        "8:0",
        "08:00:30",
        "8am",
        "8:00 pm",
        "-1:00",
        "08,00",
        "123:00",
        "٠٨:٠٠"
      })
  void rejectsWhatIsNotATimeOfDay(String time) {
    assertThat(problems(parse(WEEKDAYS, List.of(time), "UTC", 1)))
        .containsExactly(Problem.NOT_A_TIME);
  }

  @Test
  void skipsBlankTimeFields() {
    List<String> times = Arrays.asList("", "  ", null, "09:15");

    assertThat(valid(parse(WEEKDAYS, times, "UTC", 1)).times())
        .containsExactly(LocalTime.of(9, 15));
  }

  @Test
  void asksForADayWhenNoneIsChosen() {
    assertThat(problems(parse(List.of(), List.of("08:00"), "UTC", 1)))
        .containsExactly(Problem.NO_DAY);
    assertThat(problems(parse(null, List.of("08:00"), "UTC", 1))).containsExactly(Problem.NO_DAY);
  }

  @Test
  void rejectsADayThatIsNotAWeekday() {
    assertThat(problems(parse(List.of("MONDAY", "FUNDAY"), List.of("08:00"), "UTC", 1)))
        .containsExactly(Problem.UNKNOWN_DAY);
  }

  @Test
  void asksForATimeWhenEveryFieldIsBlank() {
    assertThat(problems(parse(WEEKDAYS, List.of("", " "), "UTC", 2)))
        .containsExactly(Problem.NO_TIME);
    assertThat(problems(parse(WEEKDAYS, null, "UTC", 2))).containsExactly(Problem.NO_TIME);
  }

  @Test
  void rejectsTheSameTimeTwice() {
    assertThat(problems(parse(WEEKDAYS, List.of("8:00", "08.00"), "UTC", 2)))
        .containsExactly(Problem.REPEATED_TIME);
  }

  @Test
  void rejectsMoreTimesThanTheRoutineHasTimesADay() {
    assertThat(problems(parse(WEEKDAYS, List.of("08:00", "18:00"), "UTC", 1)))
        .containsExactly(Problem.TOO_MANY_TIMES);
    assertThat(problems(parse(WEEKDAYS, List.of("07:00", "12:00", "17:00", "21:00"), "UTC", 3)))
        .containsExactly(Problem.TOO_MANY_TIMES);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "+05:00",
        "Z",
        "UTC+1",
        "GMT",
        "Etc/GMT+5",
        "SystemV/EST5",
        "EST5EDT",
        "US/Eastern",
        "Mars/Olympus_Mons",
        "Europe/Londres"
      })
  void rejectsZonesThatAreNotOffered(String zone) {
    assertThat(problems(parse(WEEKDAYS, List.of("08:00"), zone, 1)))
        .containsExactly(Problem.UNKNOWN_ZONE);
  }

  @Test
  void readsAZoneInAnyCase() {
    assertThat(valid(parse(WEEKDAYS, List.of("08:00"), " europe/LONDON ", 1)).zone())
        .isEqualTo(ZoneId.of("Europe/London"));
    assertThat(valid(parse(WEEKDAYS, List.of("08:00"), "utc", 1)).zone())
        .isEqualTo(ZoneId.of("UTC"));
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThat(problems(parse(List.of(), List.of("ab", "08:00", "09:00"), "+05:00", 1)))
        .containsExactlyInAnyOrder(
            Problem.NO_DAY, Problem.NOT_A_TIME, Problem.TOO_MANY_TIMES, Problem.UNKNOWN_ZONE);
  }

  @Test
  void namesTheFormFieldAndMessageOfEachProblem() {
    assertThat(Problem.NO_DAY.field()).isEqualTo("days");
    assertThat(Problem.NOT_A_TIME.field()).isEqualTo("times");
    assertThat(Problem.UNKNOWN_ZONE.field()).isEqualTo("zone");
    assertThat(Problem.TOO_MANY_TIMES.messageKey()).isEqualTo("reminder.error.tooManyTimes");
    assertThat(Arrays.stream(Problem.values()).map(Problem::messageKey))
        .allMatch(key -> key.startsWith("reminder.error."))
        .doesNotHaveDuplicates();
  }

  @Test
  void refusesTimesADayOutsideOneToThree() {
    assertThatThrownBy(() -> parse(WEEKDAYS, List.of("08:00"), "UTC", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> parse(WEEKDAYS, List.of("08:00"), "UTC", 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void offersRegionZonesSortedAndUtc() {
    List<String> zones = ReminderSchedule.offeredZones();

    assertThat(zones)
        .isSorted()
        .contains("Europe/London", "Australia/Sydney", "Asia/Tokyo", "America/New_York", "UTC")
        .noneMatch(id -> id.startsWith("SystemV/") || id.startsWith("Etc/"))
        .noneMatch(id -> id.startsWith("+") || id.startsWith("-") || id.startsWith("GMT"))
        .doesNotContain("US/Eastern", "EST5EDT", "CET")
        .hasSizeGreaterThan(300);
    assertThat(zones).allSatisfy(id -> assertThat(ZoneId.of(id).getId()).isEqualTo(id));
  }

  @Test
  void sortsTimesAndKeepsDaysInWeekOrder() {
    ReminderSchedule schedule =
        new ReminderSchedule(
            Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY),
            List.of(LocalTime.of(20, 0), LocalTime.of(6, 0)),
            ZoneId.of("UTC"));

    assertThat(schedule.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
    assertThat(schedule.times()).containsExactly(LocalTime.of(6, 0), LocalTime.of(20, 0));
  }

  @Test
  void cannotBeChangedAfterwards() {
    List<LocalTime> times = new ArrayList<>(List.of(LocalTime.of(8, 0)));
    ReminderSchedule schedule =
        new ReminderSchedule(EnumSet.of(DayOfWeek.MONDAY), times, ZoneId.of("UTC"));
    times.add(LocalTime.of(9, 0));

    assertThat(schedule.times()).hasSize(1);
    assertThatThrownBy(() -> schedule.days().add(DayOfWeek.TUESDAY))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesAnIncompleteOrImpossibleSchedule() {
    Set<DayOfWeek> monday = EnumSet.of(DayOfWeek.MONDAY);
    List<LocalTime> eight = List.of(LocalTime.of(8, 0));
    ZoneId london = ZoneId.of("Europe/London");

    assertInvalid(() -> new ReminderSchedule(Set.of(), eight, london));
    assertInvalid(() -> new ReminderSchedule(null, eight, london));
    assertInvalid(() -> new ReminderSchedule(monday, List.of(), london));
    assertInvalid(
        () ->
            new ReminderSchedule(
                monday,
                List.of(
                    LocalTime.of(6, 0),
                    LocalTime.of(9, 0),
                    LocalTime.of(12, 0),
                    LocalTime.NOON.plusHours(6)),
                london));
    assertInvalid(
        () ->
            new ReminderSchedule(monday, List.of(LocalTime.of(8, 0), LocalTime.of(8, 0)), london));
    assertInvalid(() -> new ReminderSchedule(monday, List.of(LocalTime.of(8, 0, 30)), london));
    assertInvalid(() -> new ReminderSchedule(monday, eight, ZoneOffset.ofHours(5)));
    assertInvalid(() -> new ReminderSchedule(monday, eight, ZoneId.of("SystemV/EST5")));
    assertInvalid(() -> new ReminderSchedule(monday, eight, null));
  }

  private static void assertInvalid(Runnable making) {
    assertThatThrownBy(making::run).isInstanceOf(IllegalArgumentException.class);
  }
}
