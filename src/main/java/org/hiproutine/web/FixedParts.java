package org.hiproutine.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The parts of pages that are the same wherever they appear, made once per language and then
 * inserted as they are: the layout's stylesheet and icon links, its header with the navigation and
 * short disclaimer, its footer with the full one (templates/layout.html), and the safety advice of
 * SAFETY.md (templates/fragments/safety.html). Made on every page they were dozens of message
 * lookups and links with content hashes: on a sheet or a guided session's step, most of its text.
 */
@Component
public class FixedParts {

  /** Each part's name, as templates ask for it, and the fragment it is made from. */
  private static final Map<String, String> PARTS =
      Map.of(
          "links", "layout :: links",
          "top", "layout :: top",
          "bottom", "layout :: bottom",
          "redFlags", "fragments/safety :: redFlags",
          "redFlagLists", "fragments/safety :: redFlagLists",
          "whileYouExercise", "fragments/safety :: whileYouExercise");

  private final PageRenderer renderer;
  // the languages the app speaks (SupportedLocales) times the parts: a few dozen keys
  private final MadeOnce<String> made = new MadeOnce<>(200);

  public FixedParts(PageRenderer renderer) {
    this.renderer = renderer;
  }

  /** One of the parts in the page's language. */
  public String html(String part, Locale locale) {
    String fragment = PARTS.get(part);
    if (fragment == null) {
      throw new IllegalArgumentException("no part " + part);
    }
    return made.get(
        part + "|" + locale.toLanguageTag(),
        key -> renderer.text(fragment, Map.of(), locale).strip());
  }
}
