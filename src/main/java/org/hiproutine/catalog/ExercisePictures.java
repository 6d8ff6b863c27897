package org.hiproutine.catalog;

import java.util.Locale;
import java.util.Map;
import org.hiproutine.catalog.drawing.Drawings;
import org.hiproutine.web.MadeOnce;
import org.hiproutine.web.PageRenderer;
import org.springframework.stereotype.Component;

/**
 * An exercise's picture as pages show it (templates/catalog/picture.html: the still drawing, the
 * moving one where the exercise moves, and what they show in words), made once for each exercise,
 * side, place on the page and language, then inserted as it is. Made afresh on every page it was a
 * fifth of a page's time: a fragment, a drawing looked up, two links with content hashes and a
 * message, for each of eight exercises.
 */
@Component
public class ExercisePictures {

  /**
   * Eight exercises, two sides, a few places, the languages the app speaks: far fewer than this.
   */
  private static final int MOST_KEPT = 1_000;

  private final PageRenderer renderer;
  private final Drawings drawings;
  private final MadeOnce<Key> made = new MadeOnce<>(MOST_KEPT);

  private record Key(String slug, boolean left, String place, Locale locale) {}

  public ExercisePictures(PageRenderer renderer, Drawings drawings) {
    this.renderer = renderer;
    this.drawings = drawings;
  }

  /** The picture's HTML; place is its CSS class, left whether the left side is shown. */
  public String html(String slug, boolean left, String place, Locale locale) {
    Key key = new Key(slug, left && drawings.isDrawnForEachSide(slug), place, locale);
    // a slug without a drawing (none in the catalog) shows the stand-in, made each time, not kept
    return drawings.draws(slug) ? made.get(key, this::make) : make(key);
  }

  private String make(Key key) {
    return renderer
        .text(
            "catalog/picture",
            Map.of(
                "pictureSlug", key.slug(), "pictureLeft", key.left(), "pictureClass", key.place()),
            key.locale())
        .strip();
  }
}
