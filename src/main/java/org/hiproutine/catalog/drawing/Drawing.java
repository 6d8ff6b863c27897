package org.hiproutine.catalog.drawing;

/**
 * The drawing of one exercise as a page shows it: the still file (for paper, cards and reduced
 * motion), the animated file if the exercise moves, and the message keys of their descriptions.
 */
public record Drawing(String still, String animated, String stillAlt, String animatedAlt) {

  public boolean moves() {
    return animated != null;
  }

  /** The description of what a screen shows: the movement where it moves, else the position. */
  public String altOnScreen() {
    return moves() ? animatedAlt : stillAlt;
  }

  static Drawing of(String still, String animated) {
    return new Drawing(still, animated, altKey(still), animated == null ? null : altKey(animated));
  }

  private static String altKey(String fileName) {
    return "illustration." + fileName.replaceFirst("\\.svg$", "") + ".alt";
  }
}
