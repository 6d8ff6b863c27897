package org.hiproutine.catalog.drawing;

/**
 * The parts of an arm or leg that may turn out of the picture, toward or away from the viewer (a
 * shin tucked across under the body): drawn shortened, by the cosine of that angle.
 */
enum Segment {
  THIGH,
  SHANK,
  FOOT,
  UPPER_ARM,
  FOREARM,
  HAND;

  String word() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
