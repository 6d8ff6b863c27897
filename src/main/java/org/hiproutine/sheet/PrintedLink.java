package org.hiproutine.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The share link as the sheet prints it beside the QR code: without its scheme, in pieces that the
 * template prints unbroken, with a place to break after each. It breaks after a slash; and a share
 * key too wide for the box beside the QR code (random keys of many W's and m's: about one in forty
 * is wider than 14 em in Liberation Sans, where the box holds 14.5 in normal print) also in its
 * middle, rather than running past the page's margin and being cut off. Any other key stays whole.
 * A host too wide for the box breaks after a dot or hyphen.
 */
final class PrintedLink {

  /**
   * The widest piece printed unbroken, in ems of Liberation Sans, the sheet's font on paper and on
   * screen (sheet.css): the box beside the QR code holds 46 mm of 9 pt text in normal print (14.5
   * em; large print's box holds more), less half an em to spare.
   */
  static final double WIDEST_UNBROKEN_EM = 14.0;

  /** Advance widths in ems of the printable ASCII characters, from the shipped regular font. */
  private static final double[] WIDTHS = widths();

  private PrintedLink() {}

  static List<String> parts(String shareLink) {
    String printed = shareLink.replaceFirst("^https?://", "");
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int slash = printed.indexOf('/'); slash >= 0; slash = printed.indexOf('/', start)) {
      addFitting(parts, printed.substring(start, slash + 1));
      start = slash + 1;
    }
    String key = printed.substring(start);
    if (widthInEms(key) > WIDEST_UNBROKEN_EM) {
      int middle = (key.length() + 1) / 2;
      parts.add(key.substring(0, middle));
      parts.add(key.substring(middle));
    } else {
      parts.add(key);
    }
    return parts;
  }

  /**
   * A part of the address before the key (the public address's host, set by whoever runs the app,
   * can be long: "hip-routine.riverside-physiotherapy-clinic.example/"), in pieces that fit the
   * box, each ending after a dot or hyphen where one fits, so it too stays inside the margin.
   */
  private static void addFitting(List<String> parts, String part) {
    int start = 0;
    while (widthInEms(part.substring(start)) > WIDEST_UNBROKEN_EM) {
      int end = start;
      int afterMark = -1;
      // the rest is wider than the box, so this ends before the part does
      for (double width = 0; width + widthInEms(part.charAt(end)) <= WIDEST_UNBROKEN_EM; end++) {
        width += widthInEms(part.charAt(end));
        if (part.charAt(end) == '.' || part.charAt(end) == '-') {
          afterMark = end + 1;
        }
      }
      int cut = afterMark > start ? afterMark : end;
      parts.add(part.substring(start, cut));
      start = cut;
    }
    parts.add(part.substring(start));
  }

  /** The text's width in ems of Liberation Sans; a character it can't measure counts as an M. */
  static double widthInEms(String text) {
    double width = 0;
    for (int i = 0; i < text.length(); i++) {
      width += widthInEms(text.charAt(i));
    }
    return width;
  }

  private static double widthInEms(char c) {
    return c < WIDTHS.length && WIDTHS[c] > 0 ? WIDTHS[c] : WIDTHS['M'];
  }

  private static double[] widths() {
    try {
      TrueTypeFont font = ShippedFonts.regular();
      CmapLookup cmap = font.getUnicodeCmapLookup();
      double unitsPerEm = font.getUnitsPerEm();
      double[] widths = new double[127];
      for (char c = ' '; c < widths.length; c++) {
        widths[c] = font.getAdvanceWidth(cmap.getGlyphId(c)) / unitsPerEm;
      }
      return widths;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure the shipped font", e);
    }
  }
}
