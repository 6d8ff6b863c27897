package org.hiproutine.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A VTIMEZONE (RFC 5545, section 3.6.5) written from java.time's rules, correct from a given
 * instant on: the observance in force then, each later one-off change (as RDATEs), and the yearly
 * changes as RRULEs. A zone without summer time gets a single STANDARD observance.
 */
final class ZoneDefinition {

  static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

  /**
   * A yearly rule is written as an RRULE only if it gives java.time's dates for this many years.
   */
  static final int YEARS_CHECKED = 100;

  private static final LocalDateTime BEFORE_ANY_CHANGE = LocalDateTime.of(1970, 1, 1, 0, 0);

  private ZoneDefinition() {}

  /** The component's content lines, unfolded. */
  static List<String> lines(String tzid, ZoneRules rules, Instant from) {
    List<Observance> observances = new ArrayList<>();
    ZoneOffsetTransition previous = rules.previousTransition(from);
    Instant since = previous == null ? from : previous.getInstant();
    if (previous == null) {
      ZoneOffset offset = rules.getOffset(from);
      observances.add(
          new Observance(rules.isDaylightSavings(from), offset, offset, BEFORE_ANY_CHANGE, null));
    }

    List<ZoneOffsetTransition> listed = rules.getTransitions();
    Map<Change, List<ZoneOffsetTransition>> alike = new LinkedHashMap<>();
    for (ZoneOffsetTransition change : listed) {
      if (!change.getInstant().isBefore(since)) {
        Change kind =
            new Change(
                rules.isDaylightSavings(change.getInstant()),
                change.getOffsetBefore(),
                change.getOffsetAfter());
        alike.computeIfAbsent(kind, key -> new ArrayList<>()).add(change);
      }
    }
    alike.forEach((kind, changes) -> observances.add(oneOff(kind.daylight(), changes)));

    Instant lastListed =
        listed.isEmpty() ? Instant.MIN : listed.get(listed.size() - 1).getInstant();
    Instant yearlyFrom = since.isAfter(lastListed) ? since : lastListed.plusSeconds(1);
    for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
      int year = LocalDateTime.ofInstant(yearlyFrom, ZoneOffset.UTC).getYear() - 1;
      while (rule.createTransition(year).getInstant().isBefore(yearlyFrom)) {
        year++;
      }
      observances.add(yearly(rule, year));
    }

    observances.sort(Comparator.comparing(Observance::firstOnset));
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VTIMEZONE");
    lines.add("TZID:" + tzid);
    observances.forEach(observance -> lines.addAll(observance.lines()));
    lines.add("END:VTIMEZONE");
    return lines;
  }

  private static Observance oneOff(boolean daylight, List<ZoneOffsetTransition> changes) {
    ZoneOffsetTransition first = changes.get(0);
    String others =
        changes.stream()
            .skip(1)
            .map(change -> LOCAL.format(change.getDateTimeBefore()))
            .collect(Collectors.joining(","));
    return new Observance(
        daylight,
        first.getOffsetBefore(),
        first.getOffsetAfter(),
        first.getDateTimeBefore(),
        others.isEmpty() ? null : "RDATE:" + others);
  }

  private static Observance yearly(ZoneOffsetTransitionRule rule, int firstYear) {
    LocalDateTime first = rule.createTransition(firstYear).getDateTimeBefore();
    boolean daylight = !rule.getOffsetAfter().equals(rule.getStandardOffset());
    YearlyDate date = YearlyDate.of(rule, first);
    boolean reproduces =
        date != null
            && IntStream.range(firstYear, firstYear + YEARS_CHECKED)
                .allMatch(
                    year ->
                        date.in(year)
                            .atTime(first.toLocalTime())
                            .equals(rule.createTransition(year).getDateTimeBefore()));
    // A rule that no RRULE expresses (none in today's tz database) is written out year by year.
    String recurrence =
        reproduces
            ? "RRULE:" + date.rrule()
            : "RDATE:"
                + IntStream.range(firstYear + 1, firstYear + YEARS_CHECKED)
                    .mapToObj(year -> LOCAL.format(rule.createTransition(year).getDateTimeBefore()))
                    .collect(Collectors.joining(","));
    return new Observance(
        daylight, rule.getOffsetBefore(), rule.getOffsetAfter(), first, recurrence);
  }

  static String offset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    int size = Math.abs(seconds);
    String hhmm = String.format(Locale.ROOT, "%02d%02d", size / 3600, size / 60 % 60);
    return (seconds < 0 ? "-" : "+") + hhmm + (size % 60 == 0 ? "" : "%02d".formatted(size % 60));
  }

  /** One-off changes alike in these are written as one observance with RDATEs. */
  private record Change(boolean daylight, ZoneOffset from, ZoneOffset to) {}

  /** A STANDARD or DAYLIGHT sub-component. */
  private record Observance(
      boolean daylight,
      ZoneOffset offsetFrom,
      ZoneOffset offsetTo,
      LocalDateTime start,
      String recurrence) {

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
      if (recurrence != null) {
        lines.add(recurrence);
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
