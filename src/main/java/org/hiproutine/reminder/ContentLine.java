package org.hiproutine.reminder;

import java.util.regex.Pattern;

/**
 * The lexical rules of RFC 5545 (section 3.1 and 3.3.11): TEXT values escaped, control characters
 * kept out, and content lines folded at 75 octets with CRLF.
 */
final class ContentLine {

  static final String CRLF = "\r\n";
  static final int MOST_OCTETS = 75;

  /** Line breaks in any spelling: CRLF, CR, LF, NEL, LINE and PARAGRAPH SEPARATOR. */
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u0085\u2028\u2029]");

  /** Every other control character (TEXT allows only HTAB, which becomes a space here). */
  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

  private static final Pattern SPACES = Pattern.compile("[ \\t]+");

  private ContentLine() {}

  /** A TEXT value on one line: line breaks and control characters become single spaces. */
  static String oneLine(String text) {
    String plain = wellFormed(text == null ? "" : text);
    plain = CONTROL.matcher(LINE_BREAK.matcher(plain).replaceAll(" ")).replaceAll(" ");
    return escape(SPACES.matcher(plain).replaceAll(" ").strip());
  }

  /** A TEXT value that keeps its line breaks, as "\n"; other control characters are dropped. */
  static String lines(String text) {
    String plain = LINE_BREAK.matcher(wellFormed(text == null ? "" : text)).replaceAll("\n");
    StringBuilder kept = new StringBuilder(plain.length());
    plain
        .codePoints()
        .forEach(
            c -> {
              if (c == '\t') {
                kept.append(' ');
              } else if (c == '\n' || !Character.isISOControl(c)) {
                kept.appendCodePoint(c);
              }
            });
    return escape(kept.toString());
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case ';' -> escaped.append("\\;");
        case ',' -> escaped.append("\\,");
        case '\n' -> escaped.append("\\n");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** A lone surrogate cannot be written as UTF-8; it becomes U+FFFD like a decoder would do. */
  private static String wellFormed(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c ->
                out.appendCodePoint(
                    c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE ? 0xFFFD : c));
    return out.toString();
  }

  /**
   * Folds one content line so that no physical line exceeds 75 octets of UTF-8 (the leading space
   * of a continuation counts), never inside a character nor inside a backslash escape, and ends it
   * with CRLF.
   */
  static String fold(String line) {
    StringBuilder out = new StringBuilder(line.length() + line.length() / 40 * 3 + 2);
    int octets = 0;
    int i = 0;
    while (i < line.length()) {
      int end = i + Character.charCount(line.codePointAt(i));
      if (line.charAt(i) == '\\' && end < line.length()) {
        end += Character.charCount(line.codePointAt(end));
      }
      int unit = utf8Length(line, i, end);
      if (octets + unit > MOST_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.append(line, i, end);
      octets += unit;
      i = end;
    }
    return out.append(CRLF).toString();
  }

  private static int utf8Length(String text, int from, int to) {
    int octets = 0;
    for (int i = from; i < to; ) {
      int c = text.codePointAt(i);
      octets += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      i += Character.charCount(c);
    }
    return octets;
  }
}
