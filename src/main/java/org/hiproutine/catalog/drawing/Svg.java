package org.hiproutine.catalog.drawing;

import java.util.regex.Pattern;

/** Numbers as the drawings write them: a tenth of a centimetre is sharp on paper. */
final class Svg {

  private static final Pattern LEADING_ZERO = Pattern.compile("(?<![0-9])0\\.");

  private Svg() {}

  /** The value to a tenth, without a trailing ".0" and without "-0". */
  static String number(double value) {
    long tenths = Math.round(Math.abs(value) * 10);
    if (tenths == 0) {
      return "0";
    }
    return (value < 0 ? "-" : "") + tenths / 10 + (tenths % 10 == 0 ? "" : "." + tenths % 10);
  }

  /**
   * Path data as short as SVG allows: no zero before a decimal point and no space before a minus
   * sign, which separates numbers by itself.
   */
  static String compact(String path) {
    return LEADING_ZERO.matcher(path).replaceAll(".").replace(" -", "-");
  }

  /** A point of a segment's frame, (across, along), in SVG's y-down coordinates. */
  static String xy(Point local) {
    return number(local.x()) + " " + number(-local.y());
  }
}
