package org.hiproutine.catalog.drawing;

/**
 * Where the drawing is seen from. The skeleton is two-dimensional and lies in the picture: from the
 * side (the person's right) for most exercises; from the front for lying on one's side, where a
 * knee opening toward the ceiling is only seen from the front.
 */
enum View {
  SIDE,
  FRONT
}
