package org.hiproutine.sheet;

import java.util.Locale;
import java.util.Map;
import org.hiproutine.web.MadeOnce;
import org.hiproutine.web.PageRenderer;
import org.springframework.stereotype.Component;

/**
 * An exercise's boxes to tick on a sheet (templates/sheet/grid.html), made once for each grid, the
 * exercise it is for and the language, then inserted as it is: a week of a daily routine is a few
 * dozen cells, and made afresh on every sheet the grids were a fifth of it. Grids have few shapes
 * (days, rows, weeks), so the keys are few; MadeOnce bounds them all the same.
 */
@Component
public class TickGrids {

  private static final int MOST_KEPT = 2_000;

  private final PageRenderer renderer;
  private final MadeOnce<Key> made = new MadeOnce<>(MOST_KEPT);

  private record Key(TickGrid grid, String exercise, Locale locale) {}

  public TickGrids(PageRenderer renderer) {
    this.renderer = renderer;
  }

  /** The grid's tables; exercise is the exercise's name, for the tables' captions. */
  public String html(TickGrid grid, String exercise, Locale locale) {
    return made.get(new Key(grid, exercise, locale), this::make);
  }

  private String make(Key key) {
    return renderer
        .text("sheet/grid", Map.of("grid", key.grid(), "exercise", key.exercise()), key.locale())
        .strip();
  }
}
