package org.hiproutine.sheet;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printed page's own parts: paper size, margins, and in the foot of every page the short
 * disclaimer and "Page n of m". Built from messages.properties, so the printed words have one
 * source; served as a stylesheet to the browser and given to the PDF renderer.
 */
@Component
class PageStyle {

  private static final String PAGE = "\u0000page";
  private static final String PAGES = "\u0000pages";

  private final MessageSource messages;
  private final Map<Locale, String> css = new ConcurrentHashMap<>();

  PageStyle(MessageSource messages) {
    this.messages = messages;
  }

  String css(Locale locale) {
    return css.computeIfAbsent(locale, this::build);
  }

  private String build(Locale locale) {
    String disclaimer = string(messages.getMessage("disclaimer.short", null, locale));
    String pageOf =
        string(messages.getMessage("sheet.pageOf", new Object[] {PAGE, PAGES}, locale))
            .replace(PAGES, "\" counter(pages) \"")
            .replace(PAGE, "\" counter(page) \"");
    return """
        @page {
          size: A4;
          margin: 8mm 10mm 14mm 10mm;
          @bottom-left {
            content: %s;
            width: 80%%;
            vertical-align: top;
            padding-top: 2mm;
            font-family: "Liberation Sans", Arial, Helvetica, sans-serif;
            font-size: 9pt;
            color: #000;
          }
          @bottom-right {
            content: %s;
            vertical-align: top;
            text-align: right;
            padding-top: 2mm;
            font-family: "Liberation Sans", Arial, Helvetica, sans-serif;
            font-size: 9pt;
            color: #000;
          }
        }
        @page letter {
          size: letter;
        }
        """
        .formatted(disclaimer, pageOf);
  }

  /** A CSS string literal: quoted, with quotes, backslashes and line breaks escaped. */
  static String string(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"', '\\' -> quoted.append('\\').append(c);
        case '\n', '\r' -> quoted.append("\\A ");
        default -> quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
