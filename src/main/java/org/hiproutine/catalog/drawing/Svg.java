package org.hiproutine.catalog.drawing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the drawings write them: a tenth of a centimetre is sharp on paper. */
final class Svg {

  private Svg() {}

  static String number(double value) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    String text = rounded.stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /**
   * Path data as short as SVG allows: no zero before a decimal point and no space before a minus
   * sign, which separates numbers by itself.
   */
  static String compact(String path) {
    return path.replaceAll("(?<![0-9])0\\.", ".").replace(" -", "-");
  }

  /** A point of a segment's frame, (across, along), in SVG's y-down coordinates. */
  static String xy(Point local) {
    return number(local.x()) + " " + number(-local.y());
  }
}
