package org.hiproutine.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface ExerciseRepository extends Repository<Exercise, Long> {

  /** The whole catalog in the seed's order. */
  @EntityGraph(attributePaths = {"steps", "areas"})
  List<Exercise> findAllByOrderByPosition();

  @EntityGraph(attributePaths = {"steps", "areas"})
  Optional<Exercise> findBySlug(String slug);
}
