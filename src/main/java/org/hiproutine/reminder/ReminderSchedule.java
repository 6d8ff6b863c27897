package org.hiproutine.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When a person wants to be reminded of their routine: on which weekdays, at which local times (one
 * for each time a day they do it) and in which time zone.
 */
public record ReminderSchedule(Set<DayOfWeek> days, List<LocalTime> times, ZoneId zone) {

  public static final int MOST_TIMES_A_DAY = 3;

  /** Region ids only: an offset such as "+05:00" would not follow summer time. */
  private static final Pattern REGION =
      Pattern.compile(
          "(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z0-9_+\\-/]+");

  private static final List<String> OFFERED_ZONES =
      ZoneId.getAvailableZoneIds().stream()
          .filter(id -> id.equals("UTC") || REGION.matcher(id).matches())
          .sorted()
          .toList();

  private static final Map<String, String> OFFERED_BY_LOWER_CASE =
      OFFERED_ZONES.stream()
          .collect(
              Collectors.toMap(
                  ReminderSchedule::lowerCase, Function.identity(), (a, b) -> a, HashMap::new));

  /** "8:00", "08:00", "8.00" and "08:00:00" (what a browser's time field may send). */
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?");

  public ReminderSchedule {
    if (days == null || days.isEmpty() || days.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("a reminder needs at least one day");
    }
    if (times == null || times.isEmpty() || times.size() > MOST_TIMES_A_DAY) {
      throw new IllegalArgumentException("a reminder needs 1 to 3 times a day");
    }
    for (LocalTime time : times) {
      if (time == null || time.getSecond() != 0 || time.getNano() != 0) {
        throw new IllegalArgumentException("a reminder's times are whole minutes, not " + time);
      }
    }
    if (new HashSet<>(times).size() != times.size()) {
      throw new IllegalArgumentException("a reminder's times must differ: " + times);
    }
    if (zone == null || !zone.getId().equals(OFFERED_BY_LOWER_CASE.get(lowerCase(zone.getId())))) {
      throw new IllegalArgumentException("not an offered time zone: " + zone);
    }
    days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    times = times.stream().sorted().toList();
  }

  /** The zones a person can choose from, sorted: "Africa/Abidjan" … "Pacific/Wallis", "UTC". */
  public static List<String> offeredZones() {
    return OFFERED_ZONES;
  }

  /**
   * Reads the reminder form. Days are weekday names ("MONDAY", any case); blank time fields are
   * skipped, so a form can show one field for each time a day; {@code timesAllowed} is the
   * routine's times a day.
   */
  public static Parsed parse(
      Collection<String> days, List<String> times, String zone, int timesAllowed) {
    if (timesAllowed < 1 || timesAllowed > MOST_TIMES_A_DAY) {
      throw new IllegalArgumentException("times a day must be 1 to 3, not " + timesAllowed);
    }
    Set<Problem> problems = EnumSet.noneOf(Problem.class);

    Set<DayOfWeek> chosenDays = EnumSet.noneOf(DayOfWeek.class);
    for (String day : days == null ? List.<String>of() : days) {
      if (day == null || day.isBlank()) {
        continue;
      }
      try {
        chosenDays.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException notADay) {
        problems.add(Problem.UNKNOWN_DAY);
      }
    }
    if (chosenDays.isEmpty() && !problems.contains(Problem.UNKNOWN_DAY)) {
      problems.add(Problem.NO_DAY);
    }

    List<LocalTime> chosenTimes = new ArrayList<>();
    Set<LocalTime> seen = new LinkedHashSet<>();
    for (String time : times == null ? List.<String>of() : times) {
      if (time == null || time.isBlank()) {
        continue;
      }
      LocalTime parsed = parseTime(time.strip());
      if (parsed == null) {
        problems.add(Problem.NOT_A_TIME);
      } else if (!seen.add(parsed)) {
        problems.add(Problem.REPEATED_TIME);
      } else {
        chosenTimes.add(parsed);
      }
    }
    if (chosenTimes.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("times"))) {
      problems.add(Problem.NO_TIME);
    }
    if (chosenTimes.size() > timesAllowed) {
      problems.add(Problem.TOO_MANY_TIMES);
    }

    String zoneId = zone == null ? null : OFFERED_BY_LOWER_CASE.get(lowerCase(zone.strip()));
    if (zoneId == null) {
      problems.add(Problem.UNKNOWN_ZONE);
    }

    if (!problems.isEmpty()) {
      return new Invalid(Collections.unmodifiableSet(problems));
    }
    return new Valid(new ReminderSchedule(chosenDays, chosenTimes, ZoneId.of(zoneId)));
  }

  private static String lowerCase(String zoneId) {
    return zoneId.toLowerCase(Locale.ROOT);
  }

  private static LocalTime parseTime(String text) {
    Matcher match = TIME.matcher(text);
    if (!match.matches()) {
      return null;
    }
    int hour = Integer.parseInt(match.group(1));
    int minute = Integer.parseInt(match.group(2));
    boolean wholeMinute = match.group(3) == null || match.group(3).equals("00");
    if (hour > 23 || minute > 59 || !wholeMinute) {
      return null;
    }
    return LocalTime.of(hour, minute);
  }

  /** The outcome of reading the reminder form: a schedule, or every problem found in it. */
  public sealed interface Parsed permits Valid, Invalid {}

  public record Valid(ReminderSchedule schedule) implements Parsed {}

  public record Invalid(Set<Problem> problems) implements Parsed {}

  /** What can be wrong with the form, with the field it belongs to and the message to show. */
  public enum Problem {
    NO_DAY("days", "reminder.error.noDay"),
    UNKNOWN_DAY("days", "reminder.error.unknownDay"),
    NO_TIME("times", "reminder.error.noTime"),
    NOT_A_TIME("times", "reminder.error.notATime"),
    REPEATED_TIME("times", "reminder.error.repeatedTime"),
    TOO_MANY_TIMES("times", "reminder.error.tooManyTimes"),
    UNKNOWN_ZONE("zone", "reminder.error.unknownZone");

    private final String field;
    private final String messageKey;

    Problem(String field, String messageKey) {
      this.field = field;
      this.messageKey = messageKey;
    }

    public String field() {
      return field;
    }

    public String messageKey() {
      return messageKey;
    }
  }
}
