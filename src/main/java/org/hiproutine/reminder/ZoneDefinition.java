package org.hiproutine.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A VTIMEZONE (RFC 5545, section 3.6.5) written from java.time's rules, correct from a given
 * instant on: the observance in force then, the yearly changes as RRULEs, and each change that
 * follows no yearly rule as an observance of its own (not as RDATEs, which ical4j and others ignore
 * there). A zone without summer time gets a single STANDARD observance.
 */
final class ZoneDefinition {

  static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

  /**
   * A yearly rule is written as an RRULE only if it gives java.time's dates for this many years.
   */
  static final int YEARS_CHECKED = 100;

  /** Changes that follow no yearly rule are written for this many years. */
  static final int YEARS_AHEAD = 30;

  private static final LocalDateTime BEFORE_ANY_CHANGE = LocalDateTime.of(1970, 1, 1, 0, 0);

  private ZoneDefinition() {}

  /** The component's content lines, unfolded. */
  static List<String> lines(String tzid, ZoneRules rules, Instant from) {
    List<Observance> observances = new ArrayList<>();
    ZoneOffsetTransition previous = rules.previousTransition(from);
    Instant since = previous == null ? from : previous.getInstant();
    Instant until = from.atOffset(ZoneOffset.UTC).plusYears(YEARS_AHEAD).toInstant();
    if (previous == null) {
      ZoneOffset offset = rules.getOffset(from);
      observances.add(
          new Observance(rules.isDaylightSavings(from), offset, offset, BEFORE_ANY_CHANGE, null));
    }

    List<ZoneOffsetTransition> listed = rules.getTransitions();
    List<ZoneOffsetTransition> oneOff = new ArrayList<>();
    for (ZoneOffsetTransition change : listed) {
      if (!change.getInstant().isBefore(since) && change.getInstant().isBefore(until)) {
        oneOff.add(change);
      }
    }

    List<ZoneOffsetTransition> yearlyChanges = new ArrayList<>();
    Instant lastListed =
        listed.isEmpty() ? Instant.MIN : listed.get(listed.size() - 1).getInstant();
    Instant yearlyFrom = since.isAfter(lastListed) ? since : lastListed.plusSeconds(1);
    List<Observance> yearly = new ArrayList<>();
    for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
      int year = LocalDateTime.ofInstant(yearlyFrom, ZoneOffset.UTC).getYear() - 1;
      while (rule.createTransition(year).getInstant().isBefore(yearlyFrom)) {
        year++;
      }
      LocalDateTime first = rule.createTransition(year).getDateTimeBefore();
      YearlyDate date = YearlyDate.of(rule, first);
      if (date != null && date.matches(rule, year, first.toLocalTime())) {
        boolean daylight = !rule.getOffsetAfter().equals(rule.getStandardOffset());
        yearly.add(
            new Observance(
                daylight, rule.getOffsetBefore(), rule.getOffsetAfter(), first, date.rrule()));
      }
      for (ZoneOffsetTransition change = rule.createTransition(year);
          change.getInstant().isBefore(until);
          change = rule.createTransition(++year)) {
        yearlyChanges.add(change);
      }
    }
    // Readers mix up a yearly rule with one-off changes in between: a zone with a yearly rule that
    // no RRULE says (Africa/Cairo's "Friday on or after 26 October") has all its changes written
    // out.
    if (yearly.size() == rules.getTransitionRules().size()) {
      observances.addAll(yearly);
    } else {
      oneOff.addAll(yearlyChanges);
    }
    for (ZoneOffsetTransition change : oneOff) {
      observances.add(
          new Observance(
              rules.isDaylightSavings(change.getInstant()),
              change.getOffsetBefore(),
              change.getOffsetAfter(),
              change.getDateTimeBefore(),
              null));
    }

    observances.sort(Comparator.comparing(Observance::firstOnset));
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VTIMEZONE");
    lines.add("TZID:" + tzid);
    observances.forEach(observance -> lines.addAll(observance.lines()));
    lines.add("END:VTIMEZONE");
    return lines;
  }

  static String offset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    int size = Math.abs(seconds);
    String hhmm = String.format(Locale.ROOT, "%02d%02d", size / 3600, size / 60 % 60);
    return (seconds < 0 ? "-" : "+") + hhmm + (size % 60 == 0 ? "" : "%02d".formatted(size % 60));
  }

  /** A STANDARD or DAYLIGHT sub-component. */
  private record Observance(
      boolean daylight,
      ZoneOffset offsetFrom,
      ZoneOffset offsetTo,
      LocalDateTime start,
      String rrule) {

    Instant firstOnset() {
      return start.toInstant(offsetFrom);
    }

    List<String> lines() {
      String kind = daylight ? "DAYLIGHT" : "STANDARD";
      List<String> lines = new ArrayList<>();
      lines.add("BEGIN:" + kind);
      lines.add("DTSTART:" + LOCAL.format(start));
      lines.add("TZOFFSETFROM:" + offset(offsetFrom));
      lines.add("TZOFFSETTO:" + offset(offsetTo));
      if (rrule != null) {
        lines.add("RRULE:" + rrule);
      }
      lines.add("END:" + kind);
      return lines;
    }
  }

  /**
   * The date of a yearly change in RRULE terms: a fixed day of a month, the nth (or last) weekday
   * of a month, or a weekday within seven given days of a month ("Sunday on or after the 8th").
   */
  record YearlyDate(Month month, DayOfWeek weekday, int week, List<Integer> monthDays) {

    /**
     * From a java.time rule and the local time its change happens at in one year, which may fall a
     * day before or after the rule's own date when the rule counts in UTC or at 24:00.
     */
    static YearlyDate of(ZoneOffsetTransitionRule rule, LocalDateTime happens) {
      Month month = happens.getMonth();
      LocalDate nominal = nominalDate(rule, happens.getYear());
      long shift = ChronoUnit.DAYS.between(nominal, happens.toLocalDate());
      if (nominal.getMonth() != month || Math.abs(shift) > 1) {
        return null;
      }
      int indicator = rule.getDayOfMonthIndicator();
      if (rule.getDayOfWeek() == null) {
        int day = (int) (indicator + shift);
        return day == 0 || Math.abs(day) > month.minLength()
            ? null
            : new YearlyDate(month, null, 0, List.of(day));
      }
      int low = (int) (indicator > 0 ? indicator + shift : indicator + shift - 6);
      int high = low + 6;
      if (low > 0 && month != Month.FEBRUARY && high == month.maxLength()) {
        low -= month.maxLength() + 1;
        high -= month.maxLength() + 1;
      }
      boolean inMonth =
          (low >= 1 && high <= month.minLength()) || (high <= -1 && low >= -month.minLength());
      if (!inMonth) {
        return null;
      }
      DayOfWeek weekday = happens.getDayOfWeek();
      if (high == -1) {
        return new YearlyDate(month, weekday, -1, List.of());
      }
      if (low > 0 && (low - 1) % 7 == 0) {
        return new YearlyDate(month, weekday, (low - 1) / 7 + 1, List.of());
      }
      return new YearlyDate(month, weekday, 0, IntStream.rangeClosed(low, high).boxed().toList());
    }

    /** The rule's date as java.time defines it, before its time of day is applied. */
    private static LocalDate nominalDate(ZoneOffsetTransitionRule rule, int year) {
      int indicator = rule.getDayOfMonthIndicator();
      Month month = rule.getMonth();
      LocalDate date =
          indicator > 0
              ? LocalDate.of(year, month, indicator)
              : LocalDate.of(year, month, 1).plusMonths(1).plusDays(indicator);
      if (rule.getDayOfWeek() != null) {
        date =
            date.with(
                indicator > 0
                    ? TemporalAdjusters.nextOrSame(rule.getDayOfWeek())
                    : TemporalAdjusters.previousOrSame(rule.getDayOfWeek()));
      }
      return date;
    }

    /** Whether this gives the rule's local date and time of change for YEARS_CHECKED years. */
    boolean matches(ZoneOffsetTransitionRule rule, int firstYear, LocalTime time) {
      return IntStream.range(firstYear, firstYear + YEARS_CHECKED)
          .allMatch(
              year ->
                  in(year).atTime(time).equals(rule.createTransition(year).getDateTimeBefore()));
    }

    LocalDate in(int year) {
      LocalDate first = LocalDate.of(year, month, 1);
      if (weekday == null) {
        int day = monthDays.get(0);
        return day > 0 ? first.withDayOfMonth(day) : first.plusMonths(1).plusDays(day);
      }
      if (week > 0) {
        return first.with(TemporalAdjusters.dayOfWeekInMonth(week, weekday));
      }
      if (week < 0) {
        return first.with(TemporalAdjusters.lastInMonth(weekday));
      }
      int day = monthDays.get(0);
      LocalDate low = day > 0 ? first.withDayOfMonth(day) : first.plusMonths(1).plusDays(day);
      return low.with(TemporalAdjusters.nextOrSame(weekday));
    }

    String rrule() {
      String rule = "FREQ=YEARLY;BYMONTH=" + month.getValue() + ";";
      if (weekday == null) {
        return rule + "BYMONTHDAY=" + monthDays.get(0);
      }
      String day = CalendarFile.byDay(weekday);
      if (week != 0) {
        return rule + "BYDAY=" + week + day;
      }
      return rule
          + "BYDAY="
          + day
          + ";BYMONTHDAY="
          + monthDays.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
  }
}
