package org.hiproutine.routine;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface RoutineTemplateRepository extends Repository<RoutineTemplate, Long> {

  @Query(
      "select distinct t from RoutineTemplate t left join fetch t.items i"
          + " left join fetch i.exercise order by t.position")
  List<RoutineTemplate> findAllByOrderByPosition();

  @Query(
      "select t from RoutineTemplate t left join fetch t.items i left join fetch i.exercise"
          + " where t.slug = :slug")
  Optional<RoutineTemplate> findBySlug(String slug);
}
