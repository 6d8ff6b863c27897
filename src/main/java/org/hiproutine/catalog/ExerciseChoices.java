package org.hiproutine.catalog;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The catalog as a list to choose from, in the seed's order, made once from the {@link Catalog}:
 * the edit page need not ask the database for it every time.
 */
@Component
public class ExerciseChoices {

  private final Catalog catalog;
  private volatile List<ExerciseChoice> all;

  public ExerciseChoices(Catalog catalog) {
    this.catalog = catalog;
  }

  public List<ExerciseChoice> all() {
    List<ExerciseChoice> made = all;
    if (made == null) {
      // two first requests may both make it: the same list, and cheaper than a lock every time
      made = catalog.all().stream().map(ExerciseChoice::of).toList();
      all = made;
    }
    return made;
  }
}
