package org.hiproutine.diary;

/**
 * Writes one SVG image as text: presentation attributes only (the Content-Security-Policy forbids
 * inline styles), numbers to one decimal whatever the locale, and every word escaped.
 */
final class Svg {

  static final String FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";

  private final StringBuilder out = new StringBuilder(8 * 1024);

  /** Opens the image, labelled by its title and description for screen readers. */
  Svg(String id, int width, int height, int fontSize, String title, String description) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\" class=\"chart ")
        .append(id)
        .append("\" font-family=\"")
        .append(FONT)
        .append("\" font-size=\"")
        .append(fontSize)
        .append("\" fill=\"#1b1b1b\"><title id=\"")
        .append(id)
        .append("-title\">");
    text(title).raw("</title><desc id=\"").raw(id).raw("-desc\">").text(description).raw("</desc>");
  }

  Svg raw(String markup) {
    out.append(markup);
    return this;
  }

  Svg raw(char markup) {
    out.append(markup);
    return this;
  }

  /** A coordinate or length, rounded to a tenth: "12", "12.5", "-3.2". */
  Svg num(double value) {
    long tenths = Math.round(value * 10);
    if (tenths < 0) {
      out.append('-');
      tenths = -tenths;
    }
    out.append(tenths / 10);
    if (tenths % 10 != 0) {
      out.append('.').append(tenths % 10);
    }
    return this;
  }

  /** Two coordinates, "x y", as path data wants them. */
  Svg point(double x, double y) {
    return num(x).raw(' ').num(y);
  }

  /** Text for an element's content or an attribute's value, escaped. */
  Svg text(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return this;
  }

  /** A line of text at x (its start, middle or end, as the enclosing text-anchor says). */
  Svg label(double x, double y, String text) {
    return raw("<text x=\"").num(x).raw("\" y=\"").num(y).raw("\">").text(text).raw("</text>");
  }

  Svg rect(double x, double y, double width, double height) {
    return raw("<rect x=\"")
        .num(x)
        .raw("\" y=\"")
        .num(y)
        .raw("\" width=\"")
        .num(width)
        .raw("\" height=\"")
        .num(height)
        .raw("\"/>");
  }

  Svg circle(double x, double y, double r) {
    return raw("<circle cx=\"").num(x).raw("\" cy=\"").num(y).raw("\" r=\"").num(r).raw("\"/>");
  }

  String close() {
    return out.append("</svg>").toString();
  }
}
