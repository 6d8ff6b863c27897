package org.hiproutine.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.hiproutine.catalog.Catalog;
import org.hiproutine.catalog.ExerciseRepository;
import org.hiproutine.reminder.ReminderSchedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** A snapshot in plain SQL holds what JPA loads for the pages under a share link, and no more. */
@DataJpaTest(showSql = false)
@Import({RoutineKeys.class, RoutineSnapshots.class, Catalog.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class RoutineSnapshotsTest {

  @Autowired RoutineSnapshots snapshots;
  @Autowired RoutineRepository routines;
  @Autowired ExerciseRepository exercises;
  @Autowired RoutineKeys keys;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @AfterEach
  void deleteRoutines() {
    jdbc.update("delete from routine");
  }

  @Test
  void holdsWhatJpaLoadsInTheSameOrder() {
    ReminderSchedule schedule =
        new ReminderSchedule(
            Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
            List.of(LocalTime.of(7, 30), LocalTime.of(19, 0)),
            ZoneId.of("Europe/Berlin"));
    String shareKey =
        saved(
            routine -> {
              routine.changeDetails(
                  "Evenings", "Slowly.", new Frequency(2, 4), Instant.now().plusSeconds(5));
              routine.address("A. B.", "Clinic, 0123 456");
              routine.add(exercises.findBySlug("lunges").orElseThrow(), 3, 12);
              routine.add(exercises.findBySlug("cat-cow").orElseThrow(), 1, 10);
              routine.add(exercises.findBySlug("glute-bridges").orElseThrow(), 2, 15);
              routine.moveUp(routine.getItems().get(2));
              routine.remindAt(schedule, Instant.now().plusSeconds(60));
            });
    inTransaction(
        () -> {
          Routine stored = routines.findByShareKey(shareKey).orElseThrow();
          stored.getItems().get(0).change(4, 12, "Left knee first");
          stored.changeDetails("Evenings", "Slowly.", new Frequency(2, 2), Instant.now());
        });
    Routine jpa = routines.findByShareKey(shareKey).orElseThrow();

    Routine snapshot = snapshots.byShareKey(shareKey).orElseThrow();

    assertThat(snapshot.getId()).isEqualTo(jpa.getId());
    assertThat(snapshot.getShareKey()).isEqualTo(shareKey);
    assertThat(snapshot.getName()).isEqualTo("Evenings");
    assertThat(snapshot.getNotes()).isEqualTo("Slowly.");
    assertThat(snapshot.getForWhom()).isEqualTo("A. B.");
    assertThat(snapshot.getFromWhom()).isEqualTo("Clinic, 0123 456");
    assertThat(snapshot.getFrequency()).isEqualTo(new Frequency(2, 2)); // the reminder's two days
    assertThat(snapshot.getVersion()).isEqualTo(jpa.getVersion()).isEqualTo(1);
    assertThat(snapshot.getCreatedAt().truncatedTo(ChronoUnit.MICROS))
        .isEqualTo(jpa.getCreatedAt().truncatedTo(ChronoUnit.MICROS));
    assertThat(snapshot.changedAt().truncatedTo(ChronoUnit.MICROS))
        .isEqualTo(jpa.changedAt().truncatedTo(ChronoUnit.MICROS));
    assertThat(snapshot.reminder()).contains(schedule);
    assertThat(snapshot.getItems())
        .extracting(
            item -> item.getId(),
            item -> item.getExercise().getName(),
            item -> item.getSets(),
            item -> item.getAmount(),
            item -> item.getNote())
        .containsExactlyElementsOf(
            jpa.getItems().stream()
                .map(
                    item ->
                        tuple(
                            item.getId(),
                            item.getExercise().getName(),
                            item.getSets(),
                            item.getAmount(),
                            item.getNote()))
                .toList());
    assertThat(snapshot.getItems())
        .extracting(item -> item.getExercise().getSlug())
        .containsExactly("lunges", "glute-bridges", "cat-cow");
  }

  @Test
  void holdsTheEditKeyOnlyWhenReadByIt() {
    String shareKey = saved(routine -> routine.add(exercises.findBySlug("lunges").orElseThrow()));
    String editKey = routines.findByShareKey(shareKey).orElseThrow().getEditKey();

    assertThat(snapshots.byShareKey(shareKey).orElseThrow().getEditKey()).isNull();
    Routine editable = snapshots.byEditKey(editKey).orElseThrow();
    assertThat(editable.getEditKey()).isEqualTo(editKey);
    assertThat(editable.getShareKey()).isEqualTo(shareKey);
    assertThat(editable.getItems())
        .extracting(item -> item.getExercise().getSlug())
        .containsExactly("lunges");
  }

  @Test
  void aRoutineWithoutItemsOrRemindersIsEmpty() {
    String shareKey = saved(routine -> {});

    Routine snapshot = snapshots.byShareKey(shareKey).orElseThrow();

    assertThat(snapshot.isEmpty()).isTrue();
    assertThat(snapshot.reminder()).isEmpty();
    assertThat(snapshot.getName()).isEqualTo("Morning");
  }

  @Test
  void findsNothingForAnUnknownKeyOrAnEditKey() {
    String shareKey = saved(routine -> {});
    String editKey = routines.findByShareKey(shareKey).orElseThrow().getEditKey();

    assertThat(snapshots.byShareKey("share00000000000000000")).isEmpty();
    assertThat(snapshots.byShareKey(editKey)).isEmpty();
    assertThat(snapshots.byEditKey(shareKey)).isEmpty();
  }

  /**
   * A first request reads the catalog. Read while the routine's rows were still open, it held one
   * pooled connection while asking for another: with every connection held so, the first requests
   * after a start waited on each other until the pool gave up (seen in the benchmark).
   */
  @Test
  void readsTheCatalogWithoutHoldingAConnection() {
    String shareKey = saved(routine -> routine.add(exercises.findBySlug("lunges").orElseThrow()));
    AtomicInteger open = new AtomicInteger();
    DataSource counted =
        new DelegatingDataSource(dataSource) {
          @Override
          public Connection getConnection() throws SQLException {
            open.incrementAndGet();
            Connection connection = super.getConnection();
            return (Connection)
                Proxy.newProxyInstance(
                    Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                      if (method.getName().equals("close")) {
                        open.decrementAndGet();
                      }
                      try {
                        return method.invoke(connection, args);
                      } catch (InvocationTargetException e) {
                        throw e.getCause();
                      }
                    });
          }
        };
    ExerciseRepository watched = mock(ExerciseRepository.class);
    when(watched.findAllByOrderByPosition())
        .thenAnswer(
            read -> {
              assertThat(open).as("connections held while the catalog is read").hasValue(0);
              return exercises.findAllByOrderByPosition();
            });
    RoutineSnapshots cold = new RoutineSnapshots(JdbcClient.create(counted), new Catalog(watched));

    assertThat(cold.byShareKey(shareKey).orElseThrow().getItems())
        .extracting(item -> item.getExercise().getSlug())
        .containsExactly("lunges");
    verify(watched).findAllByOrderByPosition();
  }

  private String saved(Consumer<Routine> change) {
    return new TransactionTemplate(transactions)
        .execute(
            status -> {
              Routine routine = new Routine(keys, "Morning", null, Frequency.DAILY, Instant.now());
              change.accept(routine);
              return routines.save(routine).getShareKey();
            });
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
  }
}
