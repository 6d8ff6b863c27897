package org.hiproutine.routine;

import java.time.Clock;
import org.hiproutine.reminder.ReminderSchedule;
import org.hiproutine.reminder.ReminderSchedule.Parsed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a routine's reminders: the form is read against the routine's times a day as it is in the
 * same transaction, so the check and the save see the same routine.
 */
@Service
@Transactional
public class RoutineReminders {

  private final RoutineRepository routines;
  private final Clock clock;

  RoutineReminders(RoutineRepository routines, Clock clock) {
    this.routines = routines;
    this.clock = clock;
  }

  /** Saves the reminders if the form is valid; answers the schedule read, or every problem. */
  public Parsed save(String editKey, ReminderForm form) {
    Routine routine = routines.findByEditKey(editKey).orElseThrow(RoutineNotFoundException::new);
    Parsed parsed =
        ReminderSchedule.parse(
            form.getDays(), form.getTimes(), form.getZone(), routine.getFrequency().timesPerDay());
    if (parsed instanceof ReminderSchedule.Valid valid) {
      routine.remindAt(valid.schedule(), clock.instant());
    }
    return parsed;
  }
}
