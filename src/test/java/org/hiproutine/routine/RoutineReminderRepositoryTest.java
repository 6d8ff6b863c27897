package org.hiproutine.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.hiproutine.reminder.ReminderSchedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** A routine's reminders in the routine_reminder row beside it, each step committed on its own. */
@DataJpaTest(showSql = false)
@Import(RoutineKeys.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class RoutineReminderRepositoryTest {

  private static final ReminderSchedule THREE_TIMES_ON_TWO_DAYS =
      new ReminderSchedule(
          EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY),
          List.of(LocalTime.of(21, 15), LocalTime.of(6, 45), LocalTime.of(12, 0)),
          ZoneId.of("America/New_York"));

  @Autowired RoutineRepository routines;
  @Autowired RoutineKeys keys;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void deleteRoutines() {
    jdbc.update("delete from routine");
  }

  @Test
  void keepsNoRowForARoutineWithoutReminders() {
    String editKey = saved();

    assertThat(routines.findByEditKey(editKey).orElseThrow().reminder()).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from routine_reminder", Integer.class))
        .isZero();
  }

  @Test
  void readsBackTheRemindersAsSaved() {
    String editKey = saved();
    Instant savedAt = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.MICROS);

    remind(editKey, THREE_TIMES_ON_TWO_DAYS, savedAt);

    Routine routine = routines.findByEditKey(editKey).orElseThrow();
    assertThat(routine.reminder()).contains(THREE_TIMES_ON_TWO_DAYS);
    assertThat(routine.changedAt()).isEqualTo(savedAt);
    assertThat(
            jdbc.queryForMap(
                "select wednesday, sunday, monday, first_time, third_time, zone_id"
                    + " from routine_reminder"))
        .containsEntry("WEDNESDAY", true)
        .containsEntry("SUNDAY", true)
        .containsEntry("MONDAY", false)
        .containsEntry("ZONE_ID", "America/New_York");
    assertThat(jdbc.queryForObject("select first_time from routine_reminder", LocalTime.class))
        .isEqualTo(LocalTime.of(6, 45));
    assertThat(jdbc.queryForObject("select third_time from routine_reminder", LocalTime.class))
        .isEqualTo(LocalTime.of(21, 15));
  }

  @Test
  void raisesTheRoutinesVersionWhenTheRemindersChange() {
    String editKey = saved();
    long created = routines.findByEditKey(editKey).orElseThrow().getVersion();

    remind(editKey, THREE_TIMES_ON_TWO_DAYS, Instant.now());
    long reminded = routines.findByEditKey(editKey).orElseThrow().getVersion();
    remind(
        editKey,
        new ReminderSchedule(
            EnumSet.of(DayOfWeek.MONDAY), List.of(LocalTime.of(9, 0)), ZoneId.of("UTC")),
        Instant.now());
    Routine changed = routines.findByEditKey(editKey).orElseThrow();

    assertThat(reminded).isGreaterThan(created);
    assertThat(changed.getVersion()).isGreaterThan(reminded);
    assertThat(changed.reminder().orElseThrow().times()).containsExactly(LocalTime.of(9, 0));
    assertThat(jdbc.queryForObject("select count(*) from routine_reminder", Integer.class))
        .isEqualTo(1);
  }

  @Test
  void goesWithTheRoutineWhenItsRowIsDeleted() {
    String editKey = saved();
    remind(editKey, THREE_TIMES_ON_TWO_DAYS, Instant.now());

    jdbc.update("delete from routine");

    assertThat(jdbc.queryForObject("select count(*) from routine_reminder", Integer.class))
        .isZero();
  }

  @Test
  void refusesAStoredReminderWithoutADayOrWithTimesOutOfOrder() {
    long id = routines.findByEditKey(saved()).orElseThrow().getId();
    String insert =
        "insert into routine_reminder (routine_id, monday, tuesday, wednesday, thursday, friday,"
            + " saturday, sunday, first_time, second_time, zone_id, saved_at)"
            + " values (?, ?, false, false, false, false, false, false, ?, ?, 'UTC',"
            + " current_timestamp)";

    assertThatThrownBy(() -> jdbc.update(insert, id, false, LocalTime.of(8, 0), LocalTime.of(9, 0)))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update(insert, id, true, LocalTime.of(9, 0), LocalTime.of(8, 0)))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update(insert, id, true, LocalTime.of(9, 0), LocalTime.of(9, 0)))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  private String saved() {
    return new TransactionTemplate(transactions)
        .execute(
            status ->
                routines
                    .save(new Routine(keys, "Morning", null, Frequency.DAILY, Instant.now()))
                    .getEditKey());
  }

  private void remind(String editKey, ReminderSchedule schedule, Instant now) {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> routines.findByEditKey(editKey).orElseThrow().remindAt(schedule, now));
  }
}
