package org.hiproutine.catalog;

import java.util.List;

/** The catalog page's filter form: either field may be empty, meaning "any". */
public record CatalogFilter(ExerciseKind kind, StartPosition position) {

  public boolean isActive() {
    return kind != null || position != null;
  }

  public List<Exercise> apply(List<Exercise> exercises) {
    return exercises.stream().filter(this::matches).toList();
  }

  private boolean matches(Exercise exercise) {
    return (kind == null || exercise.getKind() == kind)
        && (position == null || exercise.getStartPosition() == position);
  }
}
