package org.hiproutine.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of every page: one of the languages the app's texts are written in, the best match
 * for the browser's Accept-Language, else the first. A tag the app has no texts for is never made
 * into a locale of its own, so no client can multiply per-language formats, views or pages.
 */
final class SupportedLocales implements LocaleResolver {

  /** Longer than any browser sends: not worth parsing. */
  private static final int LONGEST_HEADER = 256;

  private final List<Locale> supported;

  SupportedLocales(List<Locale> supported) {
    this.supported = List.copyOf(supported);
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    if (header == null || header.isBlank() || header.length() > LONGEST_HEADER) {
      return supported.get(0);
    }
    try {
      List<Locale> matches = Locale.filter(Locale.LanguageRange.parse(header), supported);
      return matches.isEmpty() ? supported.get(0) : matches.get(0);
    } catch (IllegalArgumentException malformed) {
      return supported.get(0);
    }
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    throw new UnsupportedOperationException("the language follows the browser's Accept-Language");
  }
}
