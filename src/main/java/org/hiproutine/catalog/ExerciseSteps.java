package org.hiproutine.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hiproutine.web.MadeOnce;
import org.hiproutine.web.PageRenderer;
import org.springframework.stereotype.Component;

/**
 * How to do an exercise, as the pages that show a person's own dose list it (templates/catalog/
 * steps.html: the seed's steps without its dose sentences), made once for each exercise and place
 * on the page and inserted as it is. The steps never change while the app runs (Flyway seeds them),
 * so a routine's pages need not read every step of every exercise again: the share page, sheet and
 * session step joined them to the routine, six rows for each of its items.
 */
@Component
public class ExerciseSteps {

  /** Eight exercises, a few places: far fewer than this. */
  private static final int MOST_KEPT = 1_000;

  private final PageRenderer renderer;
  private final ExerciseRepository exercises;
  private final MadeOnce<Key> made = new MadeOnce<>(MOST_KEPT);

  private record Key(String slug, String place) {}

  public ExerciseSteps(PageRenderer renderer, ExerciseRepository exercises) {
    this.renderer = renderer;
    this.exercises = exercises;
  }

  /** The steps as an ordered list; place is its CSS class. */
  public String html(String slug, String place) {
    return made.get(new Key(slug, place), this::make);
  }

  private String make(Key key) {
    List<String> steps =
        exercises.findBySlug(key.slug()).map(Exercise::getHowToSteps).orElse(List.of());
    // the steps are the seed's own words, in no language but theirs
    return renderer
        .text("catalog/steps", Map.of("steps", steps, "stepsClass", key.place()), Locale.ROOT)
        .strip();
  }
}
