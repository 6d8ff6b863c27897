package org.hiproutine.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hiproutine.reminder.Reminders.CHANGED;
import static org.hiproutine.reminder.Reminders.DISCLAIMER;
import static org.hiproutine.reminder.Reminders.NOW;
import static org.hiproutine.reminder.Reminders.SHARE_LINK;
import static org.hiproutine.reminder.Reminders.events;
import static org.hiproutine.reminder.Reminders.everyDayAtEight;
import static org.hiproutine.reminder.Reminders.parse;
import static org.hiproutine.reminder.Reminders.routine;
import static org.hiproutine.reminder.Reminders.schedule;
import static org.hiproutine.reminder.Reminders.unfold;
import static org.hiproutine.reminder.Reminders.value;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.validate.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarFileTest {

  private static final ReminderSchedule TWICE_ON_WEEKDAYS_IN_LONDON =
      schedule(
          "Europe/London",
          EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
          LocalTime.of(18, 0),
          LocalTime.of(7, 30));

  private static String write(CalendarFile.Routine routine) {
    return CalendarFile.write(routine, NOW);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Europe/London", "Asia/Tokyo", "Australia/Sydney", "UTC", "America/New_York",
        "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Chatham", "America/Nuuk", "Africa/Casablanca",
        "Asia/Gaza", "America/Santiago", "Pacific/Kiritimati"
      })
  void passesIcal4jValidation(String zone) throws ValidationException {
    String file =
        write(
            routine(
                schedule(
                    zone,
                    EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY),
                    LocalTime.of(6, 45),
                    LocalTime.of(12, 0),
                    LocalTime.of(21, 15))));

    assertThat(parse(file).validate().getEntries()).isEmpty();
  }

  @Test
  void describesTheCalendarForSubscriptions() {
    Calendar calendar = parse(write(routine(TWICE_ON_WEEKDAYS_IN_LONDON)));

    assertThat(calendar.getProperty("VERSION").orElseThrow().getValue()).isEqualTo("2.0");
    assertThat(calendar.getProperty("PRODID").orElseThrow().getValue())
        .isEqualTo("-//Hip Routine//Reminders 1.0//EN");
    assertThat(calendar.getProperty("CALSCALE").orElseThrow().getValue()).isEqualTo("GREGORIAN");
    assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
        .isEqualTo("Morning hips");
    assertThat(calendar.getProperty("METHOD")).isEmpty();
  }

  @Test
  void writesOneEventForEachTimeOfDay() {
    ReminderSchedule threeTimes =
        schedule(
            "Europe/London",
            EnumSet.of(DayOfWeek.MONDAY),
            LocalTime.of(19, 0),
            LocalTime.of(7, 0),
            LocalTime.of(12, 30));

    List<VEvent> events = events(parse(write(routine(threeTimes))));

    assertThat(events)
        .extracting(event -> value(event, "UID"))
        .containsExactly("share-7Qm2pX-1", "share-7Qm2pX-2", "share-7Qm2pX-3");
    assertThat(events)
        .extracting(event -> value(event, "DTSTART"))
        .containsExactly("20260105T070000", "20260105T123000", "20260105T190000");
    assertThat(events)
        .allSatisfy(
            event ->
                assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("TZID"))
                    .hasValueSatisfying(
                        tzid -> assertThat(tzid.getValue()).isEqualTo("Europe/London")));
  }

  @Test
  void givesADownloadTheSameUidsAndContentEveryTime() {
    CalendarFile.Routine routine = routine(TWICE_ON_WEEKDAYS_IN_LONDON);

    String first = CalendarFile.write(routine, Instant.parse("2026-02-01T12:00:00Z"));
    String later = CalendarFile.write(routine, Instant.parse("2026-09-17T06:42:09Z"));

    assertThat(events(parse(later)))
        .extracting(event -> value(event, "UID"))
        .containsExactlyElementsOf(
            events(parse(first)).stream().map(event -> value(event, "UID")).toList());
    assertThat(later.replaceAll("DTSTAMP:\\w+", ""))
        .isEqualTo(first.replaceAll("DTSTAMP:\\w+", ""));
    assertThat(later).contains("DTSTAMP:20260917T064209Z").doesNotContain("DTSTAMP:20260201");
  }

  @Test
  void keepsATimeSlotsUidWhenItsTimeChanges() {
    ReminderSchedule before =
        schedule("Europe/London", EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(8, 0));
    ReminderSchedule after =
        schedule("Europe/London", EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 30));

    VEvent was = events(parse(write(routine("Morning hips", before, 4)))).get(0);
    VEvent is = events(parse(write(routine("Morning hips", after, 5)))).get(0);

    assertThat(value(is, "UID")).isEqualTo(value(was, "UID"));
    assertThat(value(is, "SEQUENCE")).isEqualTo("5");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 17, 123456})
  void carriesTheSequenceItIsGiven(long sequence) {
    List<VEvent> events =
        events(parse(write(routine("Morning hips", TWICE_ON_WEEKDAYS_IN_LONDON, sequence))));

    assertThat(events)
        .extracting(event -> value(event, "SEQUENCE"))
        .containsOnly(String.valueOf(sequence));
  }

  @Test
  void stampsTheDownloadInUtc() {
    String file =
        CalendarFile.write(
            routine(TWICE_ON_WEEKDAYS_IN_LONDON), Instant.parse("2026-07-01T23:30:59.900Z"));

    assertThat(events(parse(file)))
        .extracting(event -> value(event, "DTSTAMP"))
        .containsOnly("20260701T233059Z");
    assertThat(events(parse(file)))
        .extracting(event -> value(event, "LAST-MODIFIED"))
        .containsOnly("20260105T101500Z");
  }

  @Test
  void startsOnTheFirstChosenWeekdayOnOrAfterTheChange() {
    ReminderSchedule wednesdaysAndSaturdays =
        schedule(
            "Europe/London",
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.WEDNESDAY),
            LocalTime.of(8, 0));

    VEvent event = events(parse(write(routine(wednesdaysAndSaturdays)))).get(0);

    assertThat(LocalDate.of(2026, 1, 5).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(value(event, "DTSTART")).isEqualTo("20260107T080000");
    assertThat(value(event, "RRULE")).isEqualTo("FREQ=WEEKLY;BYDAY=WE,SA");
  }

  @Test
  void startsOnTheDayOfTheChangeWhenItIsAChosenDay() {
    VEvent event = events(parse(write(routine(TWICE_ON_WEEKDAYS_IN_LONDON)))).get(0);

    assertThat(value(event, "DTSTART")).isEqualTo("20260105T073000");
    assertThat(value(event, "RRULE")).isEqualTo("FREQ=WEEKLY;BYDAY=MO,WE,FR");
  }

  @Test
  void countsTheDayOfTheChangeInThePersonsZone() {
    ReminderSchedule auckland =
        schedule(
            "Pacific/Auckland",
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
            LocalTime.of(8, 0));

    VEvent event = events(parse(write(routine(auckland)))).get(0);

    assertThat(CHANGED.atZone(ZoneId.of("Pacific/Auckland")).toLocalDate()).isEqualTo("2026-01-05");
    CalendarFile.Routine lateMonday =
        new CalendarFile.Routine(
            "r",
            "Hips",
            List.of(),
            SHARE_LINK,
            DISCLAIMER,
            Duration.ZERO,
            0,
            Instant.parse("2026-01-05T20:00:00Z"),
            auckland,
            "Time");
    assertThat(value(event, "DTSTART")).isEqualTo("20260105T080000");
    assertThat(value(events(parse(write(lateMonday))).get(0), "DTSTART"))
        .isEqualTo("20260106T080000");
  }

  @Test
  void lastsTheEstimatedTimeRoundedUpToFiveMinutes() {
    VEvent event = events(parse(write(routine(TWICE_ON_WEEKDAYS_IN_LONDON)))).get(0);

    assertThat(value(event, "DURATION")).isEqualTo("PT10M");
    assertThat(CalendarFile.roundedMinutes(Duration.ZERO)).isEqualTo(5);
    assertThat(CalendarFile.roundedMinutes(Duration.ofSeconds(1))).isEqualTo(5);
    assertThat(CalendarFile.roundedMinutes(Duration.ofMinutes(5))).isEqualTo(5);
    assertThat(CalendarFile.roundedMinutes(Duration.ofMinutes(5).plusNanos(1))).isEqualTo(10);
    assertThat(CalendarFile.roundedMinutes(Duration.ofMinutes(10).plusSeconds(1))).isEqualTo(15);
    assertThat(CalendarFile.roundedMinutes(Duration.ofMinutes(62))).isEqualTo(65);
  }

  @Test
  void describesTheExercisesTheShareLinkAndTheDisclaimer() {
    VEvent event = events(parse(write(routine(TWICE_ON_WEEKDAYS_IN_LONDON)))).get(0);

    assertThat(value(event, "SUMMARY")).isEqualTo("Morning hips");
    assertThat(value(event, "DESCRIPTION"))
        .isEqualTo(
            "Glute bridges: 12 repetitions, 2 sets\nClamshells: 15 repetitions each side\n\n"
                + SHARE_LINK
                + "\n\n"
                + DISCLAIMER);
    assertThat(value(event, "URL")).isEqualTo(SHARE_LINK);
  }

  @Test
  void linksOnlyToTheSharedRoutine() {
    String file = unfold(write(routine(TWICE_ON_WEEKDAYS_IN_LONDON)));

    Matcher links = Pattern.compile("https?://[^\\s\\\\]+").matcher(file);
    List<String> found = new ArrayList<>();
    while (links.find()) {
      found.add(links.group());
    }
    assertThat(found).hasSize(4).containsOnly(SHARE_LINK);
  }

  @Test
  void remindsWithADisplayAlarmWhenTheRoutineStarts() {
    VEvent event = events(parse(write(routine(TWICE_ON_WEEKDAYS_IN_LONDON)))).get(0);

    List<VAlarm> alarms = event.getAlarms();
    assertThat(alarms).hasSize(1);
    assertThat(alarms.get(0).getProperty("ACTION").orElseThrow().getValue()).isEqualTo("DISPLAY");
    assertThat(((Trigger) alarms.get(0).getProperty("TRIGGER").orElseThrow()).getDuration())
        .isEqualTo(Duration.ZERO);
    assertThat(unfold(write(routine(TWICE_ON_WEEKDAYS_IN_LONDON))))
        .contains("\r\nTRIGGER:PT0M\r\n");
    assertThat(alarms.get(0).getProperty("DESCRIPTION").orElseThrow().getValue())
        .isEqualTo("Time for your hip exercises");
  }

  @Test
  void letsTheAlarmSayTheRoutinesNameWhenItHasNoText() {
    CalendarFile.Routine silent =
        new CalendarFile.Routine(
            "r",
            "Evening hips",
            List.of(),
            SHARE_LINK,
            DISCLAIMER,
            Duration.ZERO,
            0,
            CHANGED,
            TWICE_ON_WEEKDAYS_IN_LONDON,
            " ");

    VAlarm alarm = events(parse(write(silent))).get(0).getAlarms().get(0);

    assertThat(alarm.getProperty("DESCRIPTION").orElseThrow().getValue()).isEqualTo("Evening hips");
  }

  @Test
  void keepsPrivateRemindersPrivateAndFree() {
    VEvent event = events(parse(write(routine(TWICE_ON_WEEKDAYS_IN_LONDON)))).get(0);

    assertThat(value(event, "CLASS")).isEqualTo("PRIVATE");
    assertThat(value(event, "TRANSP")).isEqualTo("TRANSPARENT");
  }

  @Test
  void escapesTextSoThatCalendarsReadItBack() {
    String name = "Hips; back, knees \\ more";
    CalendarFile.Routine routine =
        new CalendarFile.Routine(
            "r",
            name,
            List.of("Lunges: 12, slowly; \\ then rest\nBreathe"),
            SHARE_LINK,
            DISCLAIMER,
            Duration.ZERO,
            0,
            CHANGED,
            TWICE_ON_WEEKDAYS_IN_LONDON,
            "Go; now, please");

    String file = write(routine);
    VEvent event = events(parse(file)).get(0);

    assertThat(unfold(file)).contains("SUMMARY:Hips\\; back\\, knees \\\\ more\r\n");
    assertThat(value(event, "SUMMARY")).isEqualTo(name);
    assertThat(value(event, "DESCRIPTION"))
        .startsWith("Lunges: 12, slowly; \\ then rest\nBreathe\n\n");
    assertThat(event.getAlarms().get(0).getProperty("DESCRIPTION").orElseThrow().getValue())
        .isEqualTo("Go; now, please");
  }

  @Test
  void keepsControlCharactersInTheNameFromBreakingTheFile() throws ValidationException {
    String name = "Morning\r\nEND:VEVENT\r\nBEGIN:VEVENT\nUID:evil\u0000\u0007\u001b hips\r";

    String file = write(routine(name, TWICE_ON_WEEKDAYS_IN_LONDON, 1));
    Calendar calendar = parse(file);

    assertThat(events(calendar)).hasSize(2);
    assertThat(events(calendar))
        .extracting(event -> value(event, "SUMMARY"))
        .containsOnly("Morning END:VEVENT BEGIN:VEVENT UID:evil hips");
    assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
        .isEqualTo("Morning END:VEVENT BEGIN:VEVENT UID:evil hips");
    assertThat(file.replace("\r\n", "")).doesNotContainPattern("\\p{Cc}");
    assertThat(calendar.validate().getEntries()).isEmpty();
  }

  @Test
  void namesTheEventsAfterTheAppWhenTheNameHasNothingToShow() {
    VEvent event =
        events(parse(write(routine("\u0000\r\n ", TWICE_ON_WEEKDAYS_IN_LONDON, 0)))).get(0);

    assertThat(value(event, "SUMMARY")).isEqualTo("Hip Routine");
  }

  @Test
  void endsEveryLineWithCrlfAndKeepsItWithin75Octets() {
    for (String name : ContentLineTest.MULTI_BYTE_NAMES) {
      CalendarFile.Routine routine =
          new CalendarFile.Routine(
              "share-7Qm2pX",
              name,
              List.of(name, "Pigeon pose: hold 30 seconds " + name),
              SHARE_LINK + "?" + "q".repeat(90),
              DISCLAIMER,
              Duration.ofMinutes(12),
              3,
              CHANGED,
              TWICE_ON_WEEKDAYS_IN_LONDON,
              name);

      String file = write(routine);

      assertThat(file).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\r", "\n\n");
      assertThat(file.replace("\r\n", "")).doesNotContain("\r", "\n");
      assertThat(ContentLineTest.physicalLines(file))
          .allSatisfy(
              line ->
                  assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
      assertThat(events(parse(file)))
          .extracting(event -> value(event, "SUMMARY"))
          .containsOnly(name.strip());
    }
  }

  @Test
  void remindsAtEightLondonTimeAcrossBothClockChanges() {
    VEvent event = events(parse(write(routine(everyDayAtEight("Europe/London"))))).get(0);

    List<ZonedDateTime> spring = occurrences(event, "2026-03-26T00:00:00Z", "2026-04-02T00:00:00Z");
    List<ZonedDateTime> autumn = occurrences(event, "2026-10-22T00:00:00Z", "2026-10-29T00:00:00Z");

    assertThat(spring)
        .extracting(ZonedDateTime::toLocalDate)
        .containsExactly(dates("2026-03-26", 7));
    assertThat(spring).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(8, 0));
    assertThat(spring).allSatisfy(offsetChangesOn("2026-03-29", hours(0), hours(1)));
    assertThat(autumn)
        .extracting(ZonedDateTime::toLocalDate)
        .containsExactly(dates("2026-10-22", 7));
    assertThat(autumn).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(8, 0));
    assertThat(autumn).allSatisfy(offsetChangesOn("2026-10-25", hours(1), hours(0)));
    assertSameInstantsAsJavaTime(spring, "Europe/London");
    assertSameInstantsAsJavaTime(autumn, "Europe/London");
  }

  @Test
  void remindsAtEightSydneyTimeAcrossBothClockChanges() {
    VEvent event = events(parse(write(routine(everyDayAtEight("Australia/Sydney"))))).get(0);

    List<ZonedDateTime> autumn = occurrences(event, "2026-04-01T12:00:00Z", "2026-04-08T12:00:00Z");
    List<ZonedDateTime> spring = occurrences(event, "2026-09-30T12:00:00Z", "2026-10-07T12:00:00Z");

    assertThat(autumn)
        .extracting(ZonedDateTime::toLocalDate)
        .containsExactly(dates("2026-04-02", 7));
    assertThat(autumn).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(8, 0));
    assertThat(autumn).allSatisfy(offsetChangesOn("2026-04-05", hours(11), hours(10)));
    assertThat(spring)
        .extracting(ZonedDateTime::toLocalDate)
        .containsExactly(dates("2026-10-01", 7));
    assertThat(spring).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(8, 0));
    assertThat(spring).allSatisfy(offsetChangesOn("2026-10-04", hours(10), hours(11)));
    assertSameInstantsAsJavaTime(autumn, "Australia/Sydney");
    assertSameInstantsAsJavaTime(spring, "Australia/Sydney");
  }

  @Test
  void remindsAtEightTokyoTimeAllYear() {
    VEvent event = events(parse(write(routine(everyDayAtEight("Asia/Tokyo"))))).get(0);

    List<ZonedDateTime> year = occurrences(event, "2025-12-31T15:00:00Z", "2026-12-31T15:00:00Z");

    assertThat(year)
        .extracting(ZonedDateTime::toLocalDate)
        .containsExactly(dates("2026-01-05", 361));
    assertThat(year).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(8, 0));
    assertThat(year).extracting(ZonedDateTime::getOffset).containsOnly(hours(9));
    assertSameInstantsAsJavaTime(year, "Asia/Tokyo");
  }

  @Test
  void remindsAtEightUtc() {
    VEvent event = events(parse(write(routine(everyDayAtEight("UTC"))))).get(0);

    List<ZonedDateTime> days = occurrences(event, "2026-03-01T00:00:00Z", "2026-11-01T00:00:00Z");

    assertThat(days).hasSize(245);
    assertThat(days)
        .extracting(day -> day.toInstant().atOffset(ZoneOffset.UTC).toLocalTime())
        .containsOnly(LocalTime.of(8, 0));
  }

  @Test
  void remindsOnlyOnTheChosenDays() {
    VEvent event = events(parse(write(routine(TWICE_ON_WEEKDAYS_IN_LONDON)))).get(0);

    List<ZonedDateTime> twoWeeks =
        occurrences(event, "2026-03-23T00:00:00Z", "2026-04-06T00:00:00Z");

    assertThat(twoWeeks)
        .extracting(ZonedDateTime::getDayOfWeek)
        .containsExactly(
            DayOfWeek.MONDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.FRIDAY,
            DayOfWeek.MONDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.FRIDAY);
    assertThat(twoWeeks).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(7, 30));
  }

  @Test
  void refusesAnUnsafeOrMissingLink() {
    for (String link :
        new String[] {
          "javascript:alert(1)",
          "/s/share-7Qm2pX",
          "not a link",
          "https://",
          "ftp://hip.example/s/x",
          null
        }) {
      assertThatThrownBy(() -> linkingTo(link))
          .as(String.valueOf(link))
          .isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class);
    }
  }

  @Test
  void writesAShareLinkWithOtherScriptsAsAscii() {
    String file = write(linkingTo("https://hip.example/s/ключ"));

    assertThat(unfold(file)).contains("URL:https://hip.example/s/%D0%BA%D0%BB%D1%8E%D1%87\r\n");
  }

  @Test
  void refusesAUidBaseThatWouldNeedEscaping() {
    for (String base :
        new String[] {"", " r", "a b", "a;b", "a,b", "a\nb", "a:b", "ü", "x".repeat(201), null}) {
      assertThatThrownBy(
              () ->
                  new CalendarFile.Routine(
                      base,
                      "Hips",
                      List.of(),
                      SHARE_LINK,
                      DISCLAIMER,
                      Duration.ZERO,
                      0,
                      CHANGED,
                      TWICE_ON_WEEKDAYS_IN_LONDON,
                      "Go"))
          .as(String.valueOf(base))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void takesARoutineKeyAsItsUidBaseEvenWhenItStartsWithADash() {
    String key = "-Qm2pX_w9LrTk7Qm2pXw9L";
    CalendarFile.Routine routine =
        new CalendarFile.Routine(
            key,
            "Hips",
            List.of(),
            SHARE_LINK,
            DISCLAIMER,
            Duration.ZERO,
            0,
            CHANGED,
            TWICE_ON_WEEKDAYS_IN_LONDON,
            "Go");

    assertThat(events(parse(write(routine))))
        .extracting(event -> value(event, "UID"))
        .containsExactly(key + "-1", key + "-2");
  }

  @Test
  void refusesAFileWithoutDisclaimerOrWithANegativeSequenceOrTime() {
    assertThatThrownBy(
            () ->
                new CalendarFile.Routine(
                    "r",
                    "Hips",
                    List.of(),
                    SHARE_LINK,
                    " ",
                    Duration.ZERO,
                    0,
                    CHANGED,
                    TWICE_ON_WEEKDAYS_IN_LONDON,
                    "Go"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new CalendarFile.Routine(
                    "r",
                    "Hips",
                    List.of(),
                    SHARE_LINK,
                    DISCLAIMER,
                    Duration.ZERO,
                    -1,
                    CHANGED,
                    TWICE_ON_WEEKDAYS_IN_LONDON,
                    "Go"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new CalendarFile.Routine(
                    "r",
                    "Hips",
                    List.of(),
                    SHARE_LINK,
                    DISCLAIMER,
                    Duration.ofSeconds(-1),
                    0,
                    CHANGED,
                    TWICE_ON_WEEKDAYS_IN_LONDON,
                    "Go"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesTheFileAfterTheRoutine() {
    assertThat(CalendarFile.fileName("Morning hips 2")).isEqualTo("hip-routine-morning-hips-2.ics");
    assertThat(CalendarFile.fileName("Rücken Übungen für José 💪"))
        .isEqualTo("hip-routine-rucken-ubungen-fur-jose.ics");
    assertThat(CalendarFile.fileName("<script>\"a\"/../b\\c\r\n</script>"))
        .isEqualTo("hip-routine-script-a-b-c-script.ics");
  }

  @Test
  void namesTheFileAfterTheAppWhenTheNameHasNoLetters() {
    assertThat(CalendarFile.fileName("腰痛のための")).isEqualTo("hip-routine.ics");
    assertThat(CalendarFile.fileName("  ")).isEqualTo("hip-routine.ics");
    assertThat(CalendarFile.fileName(null)).isEqualTo("hip-routine.ics");
  }

  @Test
  void keepsTheFileNameShort() {
    assertThat(CalendarFile.fileName("a".repeat(80)))
        .hasSize(60)
        .isEqualTo("hip-routine-" + "a".repeat(44) + ".ics");
    assertThat(CalendarFile.fileName("abc ".repeat(20)))
        .isEqualTo("hip-routine-" + "abc-".repeat(10) + "abc.ics");
  }

  private static CalendarFile.Routine linkingTo(String shareLink) {
    return new CalendarFile.Routine(
        "r",
        "Hips",
        List.of(),
        shareLink,
        DISCLAIMER,
        Duration.ZERO,
        0,
        CHANGED,
        TWICE_ON_WEEKDAYS_IN_LONDON,
        "Go");
  }

  private static List<ZonedDateTime> occurrences(VEvent event, String from, String to) {
    Set<Period<ZonedDateTime>> periods =
        event.calculateRecurrenceSet(
            new Period<>(ZonedDateTime.parse(from), ZonedDateTime.parse(to)));
    return periods.stream().map(Period::getStart).sorted().toList();
  }

  private static void assertSameInstantsAsJavaTime(List<ZonedDateTime> occurrences, String zone) {
    assertThat(occurrences)
        .allSatisfy(
            occurrence ->
                assertThat(occurrence.toInstant())
                    .isEqualTo(occurrence.toLocalDateTime().atZone(ZoneId.of(zone)).toInstant()));
  }

  private static Consumer<ZonedDateTime> offsetChangesOn(
      String day, ZoneOffset before, ZoneOffset after) {
    return occurrence ->
        assertThat(occurrence.getOffset())
            .as(occurrence.toString())
            .isEqualTo(occurrence.toLocalDate().isBefore(LocalDate.parse(day)) ? before : after);
  }

  private static LocalDate[] dates(String first, int days) {
    return LocalDate.parse(first)
        .datesUntil(LocalDate.parse(first).plusDays(days))
        .toArray(LocalDate[]::new);
  }

  private static ZoneOffset hours(int hours) {
    return ZoneOffset.ofHours(hours);
  }
}
