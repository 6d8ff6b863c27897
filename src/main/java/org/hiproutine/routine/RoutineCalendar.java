package org.hiproutine.routine;

import java.util.List;
import java.util.Locale;
import org.hiproutine.reminder.CalendarFile;
import org.hiproutine.reminder.ReminderSchedule;
import org.springframework.context.MessageSource;

/**
 * A routine's reminders as a calendar file: what it says is the routine's read-only side only (its
 * share key and share link, never the edit key), so the file can be handed to any calendar.
 */
final class RoutineCalendar {

  static final String UID_PREFIX = "hip-routine-";

  private RoutineCalendar() {}

  /**
   * The file, the same bytes every time for the same version of the routine: its DTSTAMP is when
   * the routine or its reminders last changed, which is what RFC 5545 (3.8.7.2) asks of a file
   * without METHOD, so a re-download, another instance or a restart gives an identical file and
   * ETag.
   */
  static String write(
      Routine routine,
      ReminderSchedule schedule,
      String publicUrl,
      MessageSource messages,
      Locale locale) {
    List<String> exercises =
        routine.getItems().stream()
            .map(
                item ->
                    messages.getMessage(
                        "reminder.exerciseLine",
                        new Object[] {
                          item.getExercise().getName(), item.describe(messages, locale)
                        },
                        locale))
            .toList();
    CalendarFile.Routine file =
        new CalendarFile.Routine(
            UID_PREFIX + routine.getShareKey(),
            routine.getName(),
            exercises,
            RoutineLinks.share(routine, publicUrl),
            messages.getMessage("disclaimer.short", null, locale),
            routine.estimatedDuration().total(),
            routine.getVersion(),
            routine.changedAt(),
            schedule,
            messages.getMessage("reminder.alarm", new Object[] {routine.getName()}, locale));
    return CalendarFile.write(file, routine.changedAt());
  }
}
