package org.hiproutine.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hiproutine.routine.RoutineEditor.Edit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change commits on its own, as a request's does, with a clock that never moves: a change to
 * an item alone must still raise the routine's version, or pages kept for it would go stale.
 */
@DataJpaTest(showSql = false)
@Import({RoutineEditor.class, RoutineKeys.class, RoutineEditorTest.FixedClock.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class RoutineEditorTest {

  @TestConfiguration
  static class FixedClock {
    @Bean
    @Primary
    Clock fixedClock() {
      return Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);
    }
  }

  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;
  @Autowired JdbcTemplate jdbc;

  private String editKey;

  @BeforeEach
  void aRoutineOfThreeExercises() {
    editKey = editor.copy("strengthening").getEditKey();
  }

  @AfterEach
  void deleteRoutines() {
    jdbc.update("delete from routine");
  }

  @Test
  void raisesTheVersionWhenOnlyAnItemsAmountChanges() {
    RoutineForm form = RoutineForm.of(stored());
    form.getItems().get(0).setAmount(14);

    assertThat(editor.edit(editKey, form, new RoutineAction.Save(), true))
        .isInstanceOf(Edit.Done.class);

    assertThat(stored().getItems().get(0).getAmount()).isEqualTo(14);
    assertThat(stored().getVersion()).isEqualTo(form.getVersion() + 1);
  }

  @Test
  void raisesTheVersionWhenOnlyTheOrderChanges() {
    Routine before = stored();
    RoutineForm form = RoutineForm.of(before);

    editor.edit(editKey, form, new RoutineAction.MoveDown(before.getItems().get(0).getId()), true);

    assertThat(stored().getItems().get(1).getId()).isEqualTo(before.getItems().get(0).getId());
    assertThat(stored().getVersion()).isEqualTo(before.getVersion() + 1);
  }

  @Test
  void raisesTheVersionWhenAnItemIsRemovedOrAdded() {
    Routine before = stored();

    editor.edit(
        editKey,
        RoutineForm.of(before),
        new RoutineAction.Remove(before.getItems().get(2).getId()),
        true);
    Routine removed = stored();
    editor.addExercise(editKey, "cat-cow");

    assertThat(removed.getVersion()).isEqualTo(before.getVersion() + 1);
    assertThat(stored().getVersion()).isEqualTo(before.getVersion() + 2);
  }

  @Test
  void leavesTheVersionAloneWhenNothingIsSaved() {
    Routine before = stored();
    RoutineForm form = RoutineForm.of(before);
    form.getItems().get(0).setAmount(500);

    Edit edit = editor.edit(editKey, form, new RoutineAction.Save(), true);

    assertThat(edit).isInstanceOf(Edit.Rejected.class);
    assertThat(((Edit.Rejected) edit).problems())
        .extracting(RoutineEditor.Problem::field)
        .containsExactly("items[0].amount");
    assertThat(stored().getVersion()).isEqualTo(before.getVersion());
  }

  @Test
  void addsSeveralExercisesAtOnceAndLandsOnTheFirst() {
    RoutineForm form = RoutineForm.of(stored());

    Edit edit =
        editor.edit(editKey, form, new RoutineAction.Add(List.of("cat-cow", "pigeon-pose")), true);

    Routine after = stored();
    assertThat(after.getItems())
        .extracting(item -> item.getExercise().getSlug())
        .endsWith("cat-cow", "pigeon-pose");
    assertThat(((Edit.Done) edit).anchor()).isEqualTo("#item-" + after.getItems().get(3).getId());
  }

  private Routine stored() {
    return routines.findByEditKey(editKey).orElseThrow();
  }
}
