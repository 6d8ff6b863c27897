package org.hiproutine.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.hiproutine.reminder.ReminderSchedule;
import org.junit.jupiter.api.Test;

/** A routine's reminders in memory: what the routine answers about them. */
class RoutineReminderTest {

  private static final ReminderSchedule WEEKDAY_MORNINGS =
      new ReminderSchedule(
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          List.of(LocalTime.of(7, 30)),
          ZoneId.of("Europe/London"));

  @Test
  void hasNoRemindersOrChosenDaysUntilTheyAreSet() {
    Routine routine = TestRoutines.inMemory();

    assertThat(routine.reminder()).isEmpty();
    assertThat(routine.chosenDays()).isEmpty();
    assertThat(routine.changedAt()).isEqualTo(routine.getUpdatedAt());
  }

  @Test
  void answersTheRemindersAndTheirDaysOnceSet() {
    Routine routine = TestRoutines.inMemory();

    routine.remindAt(WEEKDAY_MORNINGS, routine.getUpdatedAt().plusSeconds(60));

    assertThat(routine.reminder()).contains(WEEKDAY_MORNINGS);
    assertThat(routine.chosenDays()).contains(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }

  @Test
  void countsItsChangeFromTheLaterOfTheRoutineAndItsReminders() {
    Routine routine = TestRoutines.inMemory();
    Instant later = routine.getUpdatedAt().plusSeconds(3600);

    routine.remindAt(WEEKDAY_MORNINGS, later);
    assertThat(routine.changedAt()).isEqualTo(later);

    Instant evenLater = later.plusSeconds(60);
    routine.touch(evenLater);
    assertThat(routine.changedAt()).isEqualTo(evenLater);
  }

  @Test
  void keepsTheSavedMomentWhenTheSameRemindersAreSetAgain() {
    Routine routine = TestRoutines.inMemory();
    Instant first = routine.getUpdatedAt().plusSeconds(60);
    routine.remindAt(WEEKDAY_MORNINGS, first);

    routine.remindAt(
        new ReminderSchedule(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            List.of(LocalTime.of(7, 30)),
            ZoneId.of("Europe/London")),
        first.plusSeconds(600));

    assertThat(routine.changedAt()).isEqualTo(first);
  }
}
