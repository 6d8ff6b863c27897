package org.hiproutine.reminder;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** A routine to write reminders for, and ical4j to read them back as a calendar app would. */
final class Reminders {

  static final Instant CHANGED = Instant.parse("2026-01-05T10:15:00Z");
  static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");
  static final String SHARE_LINK = "https://hip.example/s/share-7Qm2pX";
  static final String DISCLAIMER =
      "Consult a healthcare professional before starting these exercises. Stop if your pain gets"
          + " worse.";

  private Reminders() {}

  static ReminderSchedule schedule(String zone, Set<DayOfWeek> days, LocalTime... times) {
    return new ReminderSchedule(days, List.of(times), ZoneId.of(zone));
  }

  static ReminderSchedule everyDayAtEight(String zone) {
    return schedule(zone, EnumSet.allOf(DayOfWeek.class), LocalTime.of(8, 0));
  }

  static CalendarFile.Routine routine(ReminderSchedule schedule) {
    return routine("Morning hips", schedule, 4);
  }

  static CalendarFile.Routine routine(String name, ReminderSchedule schedule, long sequence) {
    return new CalendarFile.Routine(
        "share-7Qm2pX",
        name,
        List.of("Glute bridges: 12 repetitions, 2 sets", "Clamshells: 15 repetitions each side"),
        SHARE_LINK,
        DISCLAIMER,
        Duration.ofSeconds(7 * 60 + 40),
        sequence,
        CHANGED,
        schedule,
        "Time for your hip exercises");
  }

  static Calendar parse(String file) {
    try {
      return new CalendarBuilder().build(new StringReader(file));
    } catch (IOException | ParserException unreadable) {
      throw new AssertionError("ical4j cannot read the file:\n" + file, unreadable);
    }
  }

  static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents("VEVENT");
  }

  static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }

  static String unfold(String file) {
    return file.replace("\r\n ", "");
  }
}
