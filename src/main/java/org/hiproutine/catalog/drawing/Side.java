package org.hiproutine.catalog.drawing;

/**
 * The limbs nearer the viewer (drawn dark, in front) and further away (drawn grey, behind). In the
 * drawings as the seed describes them the near limbs are the right ones, the side being worked.
 */
enum Side {
  NEAR,
  FAR;

  String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
