package org.hiproutine.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiproutine.reminder.Reminders.events;
import static org.hiproutine.reminder.Reminders.everyDayAtEight;
import static org.hiproutine.reminder.Reminders.parse;
import static org.hiproutine.reminder.Reminders.routine;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneOffsetTransitionRule.TimeDefinition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ZoneDefinitionTest {

  private static final Instant FROM = Instant.parse("2026-01-05T00:00:00Z");

  @Test
  void agreesWithJavaTimeInEveryOfferedZoneForThirtyYears() {
    List<String> disagreements = new ArrayList<>();
    for (String zone : ReminderSchedule.offeredZones()) {
      String file = CalendarFile.write(routine(everyDayAtEight(zone)), Reminders.NOW);
      ZoneRules read = readBack(events(parse(file)).get(0));
      ZoneRules rules = ZoneId.of(zone).getRules();
      for (Instant instant : checkedInstants(rules, Reminders.CHANGED, 30)) {
        if (!read.getOffset(instant).equals(rules.getOffset(instant))) {
          disagreements.add(
              zone
                  + " at "
                  + instant
                  + ": "
                  + read.getOffset(instant)
                  + " not "
                  + rules.getOffset(instant));
          break;
        }
      }
    }

    assertThat(ReminderSchedule.offeredZones()).hasSizeGreaterThan(400);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void writesLondonsYearlyChangesAsRules() {
    assertThat(ZoneDefinition.lines("Europe/London", ZoneId.of("Europe/London").getRules(), FROM))
        .containsExactly(
            "BEGIN:VTIMEZONE",
            "TZID:Europe/London",
            "BEGIN:STANDARD",
            "DTSTART:20251026T020000",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:20260329T010000",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "END:VTIMEZONE");
  }

  @Test
  void writesSydneysSummerAcrossTheNewYear() {
    assertThat(
            ZoneDefinition.lines(
                "Australia/Sydney", ZoneId.of("Australia/Sydney").getRules(), FROM))
        .containsExactly(
            "BEGIN:VTIMEZONE",
            "TZID:Australia/Sydney",
            "BEGIN:DAYLIGHT",
            "DTSTART:20251005T020000",
            "TZOFFSETFROM:+1000",
            "TZOFFSETTO:+1100",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "DTSTART:20260405T030000",
            "TZOFFSETFROM:+1100",
            "TZOFFSETTO:+1000",
            "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
            "END:STANDARD",
            "END:VTIMEZONE");
  }

  @Test
  void writesOneStandardObservanceForAZoneWithoutSummerTime() {
    assertThat(ZoneDefinition.lines("Asia/Tokyo", ZoneId.of("Asia/Tokyo").getRules(), FROM))
        .containsExactly(
            "BEGIN:VTIMEZONE",
            "TZID:Asia/Tokyo",
            "BEGIN:STANDARD",
            "DTSTART:19510909T010000",
            "TZOFFSETFROM:+1000",
            "TZOFFSETTO:+0900",
            "END:STANDARD",
            "END:VTIMEZONE");
  }

  @Test
  void writesUtcAsOneObservanceWithoutChanges() {
    assertThat(ZoneDefinition.lines("UTC", ZoneId.of("UTC").getRules(), FROM))
        .containsExactly(
            "BEGIN:VTIMEZONE",
            "TZID:UTC",
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0000",
            "END:STANDARD",
            "END:VTIMEZONE");
  }

  @Test
  void writesAChangeCountedInUtcOnTheLocalDayItHappens() {
    List<String> nuuk =
        ZoneDefinition.lines("America/Nuuk", ZoneId.of("America/Nuuk").getRules(), FROM);

    assertThat(nuuk)
        .containsSubsequence(
            "BEGIN:DAYLIGHT",
            "DTSTART:20260328T230000",
            "TZOFFSETFROM:-0200",
            "TZOFFSETTO:-0100",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=SA;BYMONTHDAY=24,25,26,27,28,29,30",
            "END:DAYLIGHT");
  }

  @Test
  void writesEachChangeWithoutAYearlyRuleAsAnObservanceOfItsOwnForThirtyYears() {
    ZoneRules rules = ZoneId.of("Africa/Casablanca").getRules();
    Instant until = FROM.atOffset(ZoneOffset.UTC).plusYears(30).toInstant();
    long changes =
        rules.getTransitions().stream()
            .filter(
                change -> change.getInstant().isAfter(FROM) && change.getInstant().isBefore(until))
            .count();

    List<String> casablanca = ZoneDefinition.lines("Africa/Casablanca", rules, FROM);

    assertThat(changes).isGreaterThan(50);
    assertThat(casablanca)
        .filteredOn(line -> line.startsWith("DTSTART:"))
        .hasSize((int) changes + 1);
    assertThat(casablanca)
        .noneMatch(line -> line.startsWith("RRULE:") || line.startsWith("RDATE:"));
    assertThat(casablanca)
        .containsSubsequence("DTSTART:20260215T030000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000");
  }

  @Test
  void writesOutEveryChangeOfAZoneWithARuleNoRecurrenceSays() {
    List<String> cairo =
        ZoneDefinition.lines("Africa/Cairo", ZoneId.of("Africa/Cairo").getRules(), FROM);

    assertThat(cairo).noneMatch(line -> line.startsWith("RRULE:") || line.startsWith("RDATE:"));
    assertThat(cairo)
        .filteredOn(line -> line.equals("BEGIN:DAYLIGHT"))
        .hasSize(ZoneDefinition.YEARS_AHEAD);
    assertThat(cairo)
        .containsSubsequence(
            "BEGIN:STANDARD", "DTSTART:20301101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200");
  }

  @Test
  void writesOffsetsWithSecondsOnlyWhenThereAreAny() {
    assertThat(ZoneDefinition.offset(ZoneOffset.ofHoursMinutes(5, 45))).isEqualTo("+0545");
    assertThat(ZoneDefinition.offset(ZoneOffset.ofHoursMinutes(-3, -30))).isEqualTo("-0330");
    assertThat(ZoneDefinition.offset(ZoneOffset.UTC)).isEqualTo("+0000");
    assertThat(ZoneDefinition.offset(ZoneOffset.ofHoursMinutesSeconds(0, -25, -21)))
        .isEqualTo("-002521");
  }

  @Test
  void writesOutTheChangesOfARuleNoRecurrenceSaysAndStillAgrees() {
    ZoneOffset standard = ZoneOffset.ofHours(2);
    ZoneOffset summer = ZoneOffset.ofHours(3);
    // The Monday after the last Sunday of February, at 24:00 on that Sunday: late February or
    // March.
    ZoneOffsetTransitionRule spring =
        ZoneOffsetTransitionRule.of(
            Month.FEBRUARY,
            23,
            DayOfWeek.SUNDAY,
            LocalTime.MIDNIGHT,
            true,
            TimeDefinition.WALL,
            standard,
            standard,
            summer);
    ZoneOffsetTransitionRule autumn =
        ZoneOffsetTransitionRule.of(
            Month.OCTOBER,
            8,
            DayOfWeek.SUNDAY,
            LocalTime.of(3, 0),
            false,
            TimeDefinition.WALL,
            standard,
            summer,
            standard);
    ZoneOffsetTransition settled =
        ZoneOffsetTransition.of(
            LocalDateTime.of(1990, 1, 1, 0, 0), ZoneOffset.ofHours(1), standard);
    ZoneRules rules =
        ZoneRules.of(standard, standard, List.of(), List.of(settled), List.of(spring, autumn));

    List<String> lines = ZoneDefinition.lines("Test/Elsewhere", rules, FROM);

    assertThat(lines).noneMatch(line -> line.startsWith("RRULE:") || line.startsWith("RDATE:"));
    assertThat(lines)
        .filteredOn(line -> line.equals("BEGIN:DAYLIGHT"))
        .hasSize(ZoneDefinition.YEARS_AHEAD);
    String file =
        String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Test//EN")
            + "\r\n"
            + String.join("\r\n", lines)
            + "\r\n"
            + String.join(
                "\r\n",
                "BEGIN:VEVENT",
                "UID:x",
                "DTSTAMP:20260101T000000Z",
                "DTSTART;TZID=Test/Elsewhere:20260105T080000",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
    ZoneRules read = readBack(events(parse(file)).get(0));
    for (Instant instant : checkedInstants(rules, FROM, ZoneDefinition.YEARS_AHEAD)) {
      assertThat(read.getOffset(instant))
          .as(instant.toString())
          .isEqualTo(rules.getOffset(instant));
    }
  }

  @Test
  void describesYearlyDatesAsRecurrences() {
    ZoneOffset a = ZoneOffset.ofHours(1);
    ZoneOffset b = ZoneOffset.ofHours(2);
    assertThat(
            rrule(
                ZoneOffsetTransitionRule.of(
                    Month.MARCH,
                    8,
                    DayOfWeek.SUNDAY,
                    LocalTime.of(2, 0),
                    false,
                    TimeDefinition.WALL,
                    a,
                    a,
                    b)))
        .isEqualTo("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
    assertThat(
            rrule(
                ZoneOffsetTransitionRule.of(
                    Month.MARCH,
                    -1,
                    DayOfWeek.FRIDAY,
                    LocalTime.of(2, 0),
                    false,
                    TimeDefinition.WALL,
                    a,
                    a,
                    b)))
        .isEqualTo("FREQ=YEARLY;BYMONTH=3;BYDAY=-1FR");
    assertThat(
            rrule(
                ZoneOffsetTransitionRule.of(
                    Month.MARCH,
                    23,
                    DayOfWeek.FRIDAY,
                    LocalTime.of(2, 0),
                    false,
                    TimeDefinition.WALL,
                    a,
                    a,
                    b)))
        .isEqualTo("FREQ=YEARLY;BYMONTH=3;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29");
    assertThat(
            rrule(
                ZoneOffsetTransitionRule.of(
                    Month.MARCH,
                    21,
                    null,
                    LocalTime.of(0, 0),
                    false,
                    TimeDefinition.WALL,
                    a,
                    a,
                    b)))
        .isEqualTo("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=21");
    assertThat(
            rrule(
                ZoneOffsetTransitionRule.of(
                    Month.MARCH, 21, null, LocalTime.MIDNIGHT, true, TimeDefinition.WALL, a, a, b)))
        .isEqualTo("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=22");
    assertThat(
            rrule(
                ZoneOffsetTransitionRule.of(
                    Month.FEBRUARY,
                    -1,
                    DayOfWeek.SUNDAY,
                    LocalTime.of(2, 0),
                    false,
                    TimeDefinition.WALL,
                    a,
                    a,
                    b)))
        .isEqualTo("FREQ=YEARLY;BYMONTH=2;BYDAY=-1SU");
  }

  private static String rrule(ZoneOffsetTransitionRule rule) {
    LocalDateTime happens = rule.createTransition(2026).getDateTimeBefore();
    ZoneDefinition.YearlyDate date = ZoneDefinition.YearlyDate.of(rule, happens);
    for (int year = 2026; year < 2126; year++) {
      assertThat(date.in(year))
          .isEqualTo(rule.createTransition(year).getDateTimeBefore().toLocalDate());
    }
    return date.rrule();
  }

  /** The rules ical4j built from the file's VTIMEZONE for the event's start. */
  private static ZoneRules readBack(VEvent event) {
    ZonedDateTime start = (ZonedDateTime) event.getDateTimeStart().getDate();
    return start.getZone().getRules();
  }

  /**
   * Each change a second before, at and after it, and every fourth Wednesday noon, for some years.
   */
  private static TreeSet<Instant> checkedInstants(ZoneRules rules, Instant from, int years) {
    Instant until = from.atZone(ZoneOffset.UTC).plusYears(years).toInstant();
    TreeSet<Instant> instants = new TreeSet<>();
    for (ZoneOffsetTransition change = rules.nextTransition(from);
        change != null && change.getInstant().isBefore(until);
        change = rules.nextTransition(change.getInstant())) {
      instants.add(change.getInstant().minusSeconds(1));
      instants.add(change.getInstant());
      instants.add(change.getInstant().plusSeconds(1));
    }
    LocalDate wednesday = LocalDate.ofInstant(from, ZoneOffset.UTC).plusDays(2);
    for (Instant noon = wednesday.atTime(12, 0).toInstant(ZoneOffset.UTC);
        noon.isBefore(until);
        noon = noon.plus(28, ChronoUnit.DAYS)) {
      instants.add(noon);
    }
    return instants;
  }
}
