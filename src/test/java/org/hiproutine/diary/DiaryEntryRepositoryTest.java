package org.hiproutine.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What the database itself keeps true of a diary, each write committed as a request's is. */
@DataJpaTest(showSql = false)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DiaryEntryRepositoryTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

  @Autowired DiaryEntryRepository entries;
  @Autowired JdbcTemplate jdbc;

  private long routineId;

  @BeforeEach
  void aRoutine() {
    jdbc.update(
        "insert into routine (edit_key, share_key, name, times_per_day, days_per_week,"
            + " created_at, updated_at, version) values"
            + " ('e123456789012345678901', 's123456789012345678901', 'Hips', 1, 7,"
            + " current_timestamp, current_timestamp, 0)");
    routineId = jdbc.queryForObject("select id from routine", Long.class);
  }

  @AfterEach
  void deleteRoutines() {
    jdbc.update("delete from routine");
  }

  @Test
  void readsTheDiaryByDayThenInTheOrderItWasWritten() {
    DiaryEntry b = save(DAY, "b");
    DiaryEntry a = save(DAY.minusDays(3), "a");
    DiaryEntry c = save(DAY, "c");

    List<DiaryEntry> diary = new DiarySnapshots(JdbcClient.create(jdbc)).whole(routineId);
    assertThat(diary)
        .extracting(DiaryEntry::getId)
        .containsExactly(a.getId(), b.getId(), c.getId());
    assertThat(entries.countByRoutineIdAndDay(routineId, DAY)).isEqualTo(2);
  }

  @Test
  void readsEachEntryToShowAsJpaReadsIt() {
    DiaryEntry full =
        entries.saveAndFlush(
            new DiaryEntry(
                routineId,
                "full",
                new DiaryEntryDraft(
                    DAY,
                    List.of("lunges", "clamshells", "cat-cow"),
                    8,
                    3,
                    1,
                    Boolean.TRUE,
                    Set.of(RedFlag.CHEST_PAIN),
                    "Stiff in the morning"),
                Instant.parse("2026-12-02T08:15:30.123456Z")));
    DiaryEntry bare = save(DAY.plusDays(1), "bare"); // no settled, no note

    List<DiaryEntry> diary = new DiarySnapshots(JdbcClient.create(jdbc)).whole(routineId);

    assertThat(diary).hasSize(2);
    for (int i = 0; i < 2; i++) {
      long id = List.of(full, bare).get(i).getId();
      assertThat(diary.get(i))
          .usingRecursiveComparison()
          .ignoringFields("formToken") // what stops a form sent twice: not shown
          .isEqualTo(entries.findByIdAndRoutineId(id, routineId).orElseThrow());
    }
    assertThat(diary.get(0).getNote()).isEqualTo("Stiff in the morning");
    assertThat(diary.get(1).getSettled()).isNull();
  }

  @Test
  void keepsTheExercisesAndSymptomsAsWordsAndDropsASymptomItNoLongerKnows() {
    DiaryEntry saved = save(DAY, "t");
    assertThat(
            jdbc.queryForMap(
                "select exercises_done, red_flags from diary_entry where id = ?", saved.getId()))
        .containsEntry("EXERCISES_DONE", "lunges clamshells")
        .containsEntry("RED_FLAGS", "AFTER_A_FALL CHEST_PAIN");

    jdbc.update("update diary_entry set red_flags = 'CHEST_PAIN NO_LONGER_A_FLAG'");

    DiaryEntry read = entries.findByIdAndRoutineId(saved.getId(), routineId).orElseThrow();
    assertThat(read.getExercisesDone()).containsExactly("lunges", "clamshells");
    assertThat(read.getRedFlags()).containsExactly(RedFlag.CHEST_PAIN);
  }

  @Test
  void oneFormMakesOneEntry() {
    save(DAY, "same-form");

    assertThatThrownBy(() -> save(DAY, "same-form"))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(entries.countByRoutineId(routineId)).isOne();
  }

  @Test
  void refusesAPainScoreOffTheScale() {
    DiaryEntry entry = save(DAY, "t");

    assertThatThrownBy(
            () -> jdbc.update("update diary_entry set pain_after = 11 where id = ?", entry.getId()))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void deletingTheRoutineDeletesItsDiary() {
    save(DAY, "t");

    jdbc.update("delete from routine where id = ?", routineId);

    assertThat(jdbc.queryForObject("select count(*) from diary_entry", Integer.class)).isZero();
  }

  private DiaryEntry save(LocalDate day, String token) {
    return entries.saveAndFlush(
        new DiaryEntry(
            routineId,
            token,
            new DiaryEntryDraft(
                day,
                List.of("lunges", "clamshells"),
                3,
                2,
                4,
                null,
                Set.of(RedFlag.CHEST_PAIN, RedFlag.AFTER_A_FALL),
                null),
            Instant.parse("2026-12-02T08:00:00Z")));
  }
}
