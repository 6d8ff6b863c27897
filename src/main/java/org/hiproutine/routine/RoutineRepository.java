package org.hiproutine.routine;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface RoutineRepository extends Repository<Routine, Long> {

  /*
   * The routines below are fetched with their items in one query written out, not an entity graph:
   * Hibernate keeps a written query's plan, where a graph had it planned again on every page (a
   * tenth of the time an edit page took).
   */

  /** The routine with its items and their exercises, ready to show or change. */
  @Query(
      "select r from Routine r left join fetch r.items i left join fetch i.exercise"
          + " where r.editKey = :editKey")
  Optional<Routine> findByEditKey(String editKey);

  /**
   * The same through the share link: all its pages show (the exercises' steps come from
   * ExerciseSteps, made once, not joined here: they were six rows for each item).
   */
  @Query(
      "select r from Routine r left join fetch r.items i left join fetch i.exercise"
          + " where r.shareKey = :shareKey")
  Optional<Routine> findByShareKey(String shareKey);

  /** The edit key behind a share link, only to compare with the keys a browser remembers. */
  @Query("select r.editKey from Routine r where r.shareKey = :shareKey")
  Optional<String> findEditKeyByShareKey(String shareKey);

  /** Names and links of a browser's routines, for "Your routines"; items not loaded. */
  List<RoutineSummary> findByEditKeyIn(Collection<String> editKeys);

  /** Names and share links of the routines opened on this browser, for "Shared with you". */
  List<RoutineSummary> findByShareKeyIn(Collection<String> shareKeys);

  Routine save(Routine routine);

  Routine saveAndFlush(Routine routine);

  void delete(Routine routine);

  long count();
}
