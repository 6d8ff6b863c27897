package org.hiproutine.catalog.drawing;

/** The angles along the body's middle, in degrees. */
enum Axis {
  /** The line from hips to shoulders, from upright; positive leans forward (face first). */
  TRUNK(-180, 180),
  /**
   * The bend between lower and upper back, half of it low and half of it high in the back; positive
   * rounds the back, negative arches it.
   */
  SPINE(-30, 45),
  /** The head against the upper back; positive tucks the chin, negative lifts the head. */
  NECK(-60, 55);

  private final double lowest;
  private final double highest;

  Axis(double lowest, double highest) {
    this.lowest = lowest;
    this.highest = highest;
  }

  boolean allows(double angle) {
    return angle >= lowest && angle <= highest;
  }

  String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
