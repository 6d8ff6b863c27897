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
 */
final class PrintedLink {

  /**
   * The widest key printed whole, in ems of Liberation Sans, the sheet's font on paper and on
   * screen (sheet.css): the box beside the QR code holds 46 mm of 9 pt text in normal print (14.5
   * em), a little less, with some room to spare, and large print's more.
   */
  static final double WIDEST_WHOLE_KEY_EM = 14.0;

  /** Advance widths in ems of the printable ASCII characters, from the shipped regular font. */
  private static final double[] WIDTHS = widths();

  private PrintedLink() {}

  static List<String> parts(String shareLink) {
    String printed = shareLink.replaceFirst("^https?://", "");
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int slash = printed.indexOf('/'); slash >= 0; slash = printed.indexOf('/', start)) {
      parts.add(printed.substring(start, slash + 1));
      start = slash + 1;
    }
    String key = printed.substring(start);
    if (widthInEms(key) > WIDEST_WHOLE_KEY_EM) {
      int middle = (key.length() + 1) / 2;
      parts.add(key.substring(0, middle));
      parts.add(key.substring(middle));
    } else {
      parts.add(key);
    }
    return parts;
  }

  /** The text's width in ems of Liberation Sans; a character it can't measure counts as an M. */
  static double widthInEms(String text) {
    double width = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      width += c < WIDTHS.length && WIDTHS[c] > 0 ? WIDTHS[c] : WIDTHS['M'];
    }
    return width;
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
