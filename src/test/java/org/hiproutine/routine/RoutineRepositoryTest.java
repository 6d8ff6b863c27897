package org.hiproutine.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.hiproutine.catalog.ExerciseRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Each step commits on its own, as requests do, so versions and order really reach the table. */
@DataJpaTest(showSql = false)
@Import(RoutineKeys.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class RoutineRepositoryTest {

  @Autowired RoutineRepository routines;
  @Autowired ExerciseRepository exercises;
  @Autowired RoutineKeys keys;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void deleteRoutines() {
    jdbc.update("delete from routine");
  }

  @Test
  void keepsItemsInTheOrderTheyWereArranged() {
    String editKey = saved("glute-bridges", "clamshells", "cat-cow");

    inTransaction(
        () -> {
          Routine routine = routines.findByEditKey(editKey).orElseThrow();
          routine.moveUp(routine.getItems().get(2));
          routine.moveUp(routine.getItems().get(1));
        });

    Routine reloaded = routines.findByEditKey(editKey).orElseThrow();
    assertThat(reloaded.getItems())
        .extracting(item -> item.getExercise().getSlug())
        .containsExactly("cat-cow", "glute-bridges", "clamshells");
    assertThat(
            jdbc.queryForList(
                "select item_index from routine_item order by item_index", Integer.class))
        .containsExactly(0, 1, 2);
  }

  @Test
  void refusesASaveFromAStaleCopy() {
    String editKey = saved("glute-bridges");
    Routine firstTab = routines.findByEditKey(editKey).orElseThrow();
    Routine secondTab = routines.findByEditKey(editKey).orElseThrow();

    firstTab.changeDetails("First tab", null, Frequency.DAILY, Instant.now());
    inTransaction(() -> routines.save(firstTab));
    secondTab.changeDetails("Second tab", null, Frequency.DAILY, Instant.now());

    assertThatThrownBy(() -> inTransaction(() -> routines.save(secondTab)))
        .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    assertThat(routines.findByEditKey(editKey).orElseThrow().getName()).isEqualTo("First tab");
  }

  @Test
  void findsARoutineByEitherKeyButNeverByTheOther() {
    String editKey = saved("lunges");
    Routine routine = routines.findByEditKey(editKey).orElseThrow();

    assertThat(routines.findByShareKey(routine.getShareKey())).isPresent();
    assertThat(routines.findByShareKey(editKey)).isEmpty();
    assertThat(routines.findByEditKey(routine.getShareKey())).isEmpty();
  }

  @Test
  void loadsEverythingTheShareLinksPagesShowInOneGo() {
    String editKey = saved("glute-bridges", "lunges");
    String shareKey = routines.findByEditKey(editKey).orElseThrow().getShareKey();

    Routine shared = routines.findByShareKey(shareKey).orElseThrow();

    // read outside any transaction: fails if the exercises were left for lazy loading
    assertThat(shared.getItems())
        .extracting(item -> item.getExercise().getName())
        .containsExactly("Glute Bridges", "Lunges");
  }

  private String saved(String... slugs) {
    return new TransactionTemplate(transactions)
        .execute(
            status -> {
              Routine routine = new Routine(keys, "Morning", null, Frequency.DAILY, Instant.now());
              for (String slug : slugs) {
                routine.add(exercises.findBySlug(slug).orElseThrow());
              }
              return routines.save(routine).getEditKey();
            });
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
  }
}
