package org.hiproutine.catalog.drawing;

/**
 * Where the drawing is seen from. The skeleton is two-dimensional and lies in the picture: from the
 * side (the person's right) for most exercises; from the front, a little above, for lying on one's
 * side, where a knee opening toward the ceiling is only seen from the front and knees bent toward
 * the viewer only from above.
 */
enum View {
  SIDE(0),
  FRONT(0.35);

  private final double oblique;

  View(double oblique) {
    this.oblique = oblique;
  }

  /**
   * How far down the picture a point is drawn per centimetre it lies toward the viewer: an oblique
   * projection, so that what lies in the skeleton's plane keeps its true shape and size.
   */
  double oblique() {
    return oblique;
  }
}
