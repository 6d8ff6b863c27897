package org.hiproutine.catalog.drawing;

/** A part of the body that can rest on the floor. */
enum Part {
  HEAD(false),
  /** The upper back, around the shoulder blades. */
  BACK(false),
  /** The buttocks, or the side of the hip when lying on one's side. */
  PELVIS(false),
  /** The middle of the back, where it rounds and arches. */
  WAIST(false),
  THIGH(true),
  KNEE(true),
  SHIN(true),
  FOOT(true),
  HEEL(true),
  TOE(true),
  ELBOW(true),
  FOREARM(true),
  HAND(true);

  private final boolean paired;

  Part(boolean paired) {
    this.paired = paired;
  }

  boolean paired() {
    return paired;
  }

  String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
