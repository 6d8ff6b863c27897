package org.hiproutine.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The catalog's exercises, whole (steps and body areas), read once: Flyway seeds it and nothing
 * changes it while the app runs. Every request shares these instances, so they are only read.
 */
@Component
public class Catalog {

  private record Read(List<Exercise> all, Map<Long, Exercise> byId) {}

  private final ExerciseRepository exercises;
  private volatile Read read;

  public Catalog(ExerciseRepository exercises) {
    this.exercises = exercises;
  }

  /** In the seed's order. */
  public List<Exercise> all() {
    return read().all();
  }

  public Optional<Exercise> byId(long id) {
    return Optional.ofNullable(read().byId().get(id));
  }

  private Read read() {
    Read done = read;
    if (done == null) {
      // two first requests may both read it: the same exercises, and cheaper than a lock every time
      List<Exercise> all = List.copyOf(exercises.findAllByOrderByPosition());
      done =
          new Read(
              all, all.stream().collect(Collectors.toMap(Exercise::getId, Function.identity())));
      read = done;
    }
    return done;
  }
}
