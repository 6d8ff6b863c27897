package org.hiproutine.reminder;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A routine's reminders as an iCalendar file (RFC 5545): one weekly event for each time of day, in
 * the person's time zone, with an alarm when it starts.
 *
 * <p>Downloading it twice gives the same file apart from DTSTAMP: the events start on the first
 * chosen weekday on or after the day the routine or its reminders last changed, not on "today".
 * Calendars that import it again, or refresh a subscription, then see the same UIDs with the same
 * SEQUENCE and no changed start, so they update the events in place instead of adding copies.
 *
 * <p>It has no METHOD: that would make it a scheduling message (RFC 5546), and METHOD:PUBLISH
 * requires an ORGANIZER, which would show these private reminders as an invitation from someone.
 */
public final class CalendarFile {

  public static final String MEDIA_TYPE = "text/calendar;charset=utf-8";

  static final String PRODUCT = "-//Hip Routine//Reminders 1.0//EN";
  static final String APP_NAME = "Hip Routine";

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final Pattern UID_BASE = Pattern.compile("[A-Za-z0-9._~@+-]{1,200}");

  private static final int FILE_NAME_LENGTH = 60;
  private static final int MINUTES_ROUNDED_TO = 5;

  private CalendarFile() {}

  /**
   * What goes into the file; there is no place for a routine's edit link.
   *
   * @param uidBase stable, unique and not secret (never the edit key): each event's UID is this
   *     with "-1", "-2" or "-3" for the time of day
   * @param exerciseLines one line per exercise with its dose, in routine order
   * @param shareLink the read-only link (absolute http or https); the file's URL and in the
   *     description
   * @param disclaimer the short health disclaimer, ending the description
   * @param estimated how long the routine takes; rounded up to 5 minutes for the events' DURATION
   * @param sequence raised whenever the routine or its reminders change (RFC 5545 SEQUENCE)
   * @param changedAt when the routine or its reminders last changed: the events start on the first
   *     chosen weekday on or after that day
   * @param alarmText what the alarm says; the routine's name when blank
   */
  public record Routine(
      String uidBase,
      String name,
      List<String> exerciseLines,
      String shareLink,
      String disclaimer,
      Duration estimated,
      long sequence,
      Instant changedAt,
      ReminderSchedule schedule,
      String alarmText) {

    public Routine {
      if (uidBase == null || !UID_BASE.matcher(uidBase).matches()) {
        throw new IllegalArgumentException("a UID base is 1 to 200 plain characters: " + uidBase);
      }
      Objects.requireNonNull(name, "name");
      exerciseLines = List.copyOf(exerciseLines);
      shareLink = webAddress(shareLink);
      if (disclaimer == null || disclaimer.isBlank()) {
        throw new IllegalArgumentException("the file needs the disclaimer");
      }
      if (estimated == null || estimated.isNegative()) {
        throw new IllegalArgumentException("the estimated time must not be negative");
      }
      if (sequence < 0) {
        throw new IllegalArgumentException("SEQUENCE starts at 0, not " + sequence);
      }
      Objects.requireNonNull(changedAt, "changedAt");
      Objects.requireNonNull(schedule, "schedule");
    }

    private static String webAddress(String link) {
      try {
        URI uri = new URI(Objects.requireNonNull(link, "shareLink"));
        if (!uri.isAbsolute()
            || uri.getHost() == null
            || !List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException("the share link must be an http(s) address: " + link);
        }
        return uri.toASCIIString();
      } catch (URISyntaxException notAnAddress) {
        throw new IllegalArgumentException("the share link is not an address: " + link);
      }
    }
  }

  /** The whole file: CRLF line endings, lines folded at 75 octets, to be sent as UTF-8. */
  public static String write(Routine routine, Instant now) {
    ReminderSchedule schedule = routine.schedule();
    ZoneId zone = schedule.zone();
    LocalDate changedOn = LocalDate.ofInstant(routine.changedAt(), zone);
    LocalDate firstDay =
        schedule.days().stream()
            .map(day -> changedOn.with(TemporalAdjusters.nextOrSame(day)))
            .min(LocalDate::compareTo)
            .orElseThrow();
    String summary = ContentLine.oneLine(routine.name());
    if (summary.isEmpty()) {
      summary = APP_NAME;
    }
    String alarm = ContentLine.oneLine(routine.alarmText());

    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:" + PRODUCT);
    lines.add("CALSCALE:GREGORIAN");
    lines.add("X-WR-CALNAME:" + summary);
    // Subscribed calendars look for changes daily rather than at the client's own pace.
    lines.add("REFRESH-INTERVAL;VALUE=DURATION:P1D");
    lines.add("X-PUBLISHED-TTL:P1D");
    lines.addAll(
        ZoneDefinition.lines(
            zone.getId(), zone.getRules(), changedOn.atStartOfDay(zone).toInstant()));
    List<LocalTime> times = schedule.times();
    for (int slot = 0; slot < times.size(); slot++) {
      lines.add("BEGIN:VEVENT");
      lines.add("UID:" + routine.uidBase() + "-" + (slot + 1));
      lines.add("DTSTAMP:" + UTC.format(now));
      lines.add("LAST-MODIFIED:" + UTC.format(routine.changedAt()));
      lines.add(
          "DTSTART;TZID="
              + zone.getId()
              + ":"
              + ZoneDefinition.LOCAL.format(firstDay.atTime(times.get(slot))));
      lines.add("DURATION:PT" + roundedMinutes(routine.estimated()) + "M");
      lines.add("RRULE:FREQ=WEEKLY;BYDAY=" + byDays(schedule));
      lines.add("SEQUENCE:" + routine.sequence());
      lines.add("SUMMARY:" + summary);
      lines.add("DESCRIPTION:" + description(routine));
      lines.add("URL:" + routine.shareLink());
      // Health reminders: people who may see this calendar are not told what they are for.
      lines.add("CLASS:PRIVATE");
      // A reminder does not make its owner look busy to people planning meetings.
      lines.add("TRANSP:TRANSPARENT");
      lines.add("BEGIN:VALARM");
      lines.add("ACTION:DISPLAY");
      lines.add("TRIGGER:PT0M");
      lines.add("DESCRIPTION:" + (alarm.isEmpty() ? summary : alarm));
      lines.add("END:VALARM");
      lines.add("END:VEVENT");
    }
    lines.add("END:VCALENDAR");
    return lines.stream().map(ContentLine::fold).collect(Collectors.joining());
  }

  /**
   * A download's file name from a routine's name: "hip-routine-morning-hips.ics", plain letters,
   * digits and dashes, at most 60 characters.
   */
  public static String fileName(String routineName) {
    String plain =
        Normalizer.normalize(routineName == null ? "" : routineName, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9]+", "-")
            .replaceAll("^-+|-+$", "")
            .toLowerCase(Locale.ROOT);
    String name = plain.isEmpty() ? "hip-routine" : "hip-routine-" + plain;
    int longest = FILE_NAME_LENGTH - ".ics".length();
    if (name.length() > longest) {
      name = name.substring(0, longest).replaceAll("-+$", "");
    }
    return name + ".ics";
  }

  /** The routine's time rounded up to whole 5 minutes, and at least 5. */
  static long roundedMinutes(Duration estimated) {
    long seconds = estimated.getSeconds() + (estimated.getNano() > 0 ? 1 : 0);
    long step = MINUTES_ROUNDED_TO * 60L;
    return Math.max(1, (seconds + step - 1) / step) * MINUTES_ROUNDED_TO;
  }

  static String byDay(DayOfWeek day) {
    return day.name().substring(0, 2);
  }

  private static String byDays(ReminderSchedule schedule) {
    return schedule.days().stream().map(CalendarFile::byDay).collect(Collectors.joining(","));
  }

  private static String description(Routine routine) {
    List<String> parts = new ArrayList<>();
    if (!routine.exerciseLines().isEmpty()) {
      parts.add(String.join("\n", routine.exerciseLines()));
    }
    parts.add(routine.shareLink());
    parts.add(routine.disclaimer());
    return ContentLine.lines(String.join("\n\n", parts));
  }
}
