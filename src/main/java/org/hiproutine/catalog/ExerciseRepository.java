package org.hiproutine.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ExerciseRepository extends Repository<Exercise, Long> {

  /** The whole catalog in the seed's order. */
  @EntityGraph(attributePaths = {"steps", "areas"})
  List<Exercise> findAllByOrderByPosition();

  /**
   * The catalog in the seed's order, the exercises alone (names, doses), for a list to choose from:
   * one row each, where the whole catalog joins every step to every body area.
   */
  @Query("select e from Exercise e order by e.position")
  List<Exercise> findAllToChoose();

  @EntityGraph(attributePaths = {"steps", "areas"})
  Optional<Exercise> findBySlug(String slug);
}
