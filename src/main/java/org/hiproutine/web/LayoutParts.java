package org.hiproutine.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The parts of templates/layout.html that are the same on every page (the stylesheet and icon
 * links, the header with its navigation and short disclaimer, the footer with the full one), made
 * once per language and then inserted as they are. Made on every page they were two dozen message
 * lookups and links with content hashes.
 */
@Component
public class LayoutParts {

  private static final Set<String> PARTS = Set.of("links", "top", "bottom");

  private final PageRenderer renderer;
  private final Map<String, String> made = new ConcurrentHashMap<>();

  public LayoutParts(PageRenderer renderer) {
    this.renderer = renderer;
  }

  /** One of the parts (links, top, bottom) in the page's language. */
  public String html(String part, Locale locale) {
    if (!PARTS.contains(part)) {
      throw new IllegalArgumentException("no layout part " + part);
    }
    // the languages the app speaks (SupportedLocales): a handful of keys
    return made.computeIfAbsent(
        part + "|" + locale.toLanguageTag(),
        key -> renderer.text("layout :: " + part, Map.of(), locale).strip());
  }
}
