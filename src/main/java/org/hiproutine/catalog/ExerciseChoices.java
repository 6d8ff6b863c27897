package org.hiproutine.catalog;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The catalog as a list to choose from, in the seed's order, read once: Flyway seeds it and nothing
 * changes it while the app runs, so the edit page need not ask the database for it every time.
 */
@Component
public class ExerciseChoices {

  private final ExerciseRepository exercises;
  private volatile List<ExerciseChoice> all;

  public ExerciseChoices(ExerciseRepository exercises) {
    this.exercises = exercises;
  }

  public List<ExerciseChoice> all() {
    List<ExerciseChoice> read = all;
    if (read == null) {
      // two first requests may both read it: the same list, and cheaper than a lock every time
      read = exercises.findAllToChoose().stream().map(ExerciseChoice::of).toList();
      all = read;
    }
    return read;
  }
}
