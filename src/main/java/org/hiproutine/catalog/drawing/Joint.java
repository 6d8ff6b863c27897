package org.hiproutine.catalog.drawing;

/**
 * The joints of each arm and leg, in degrees from standing with arms by the sides. The limits are
 * what an adult's joint allows, passively, with a margin; a pose outside them is impossible.
 */
enum Joint {
  /** Positive bends the thigh forward; negative takes it behind the body. */
  HIP(-35, 145),
  /** Positive bends the knee. */
  KNEE(-5, 160),
  /** Positive brings the toes toward the shin; negative points them, with the midfoot. */
  ANKLE(-75, 35),
  /** Positive raises the arm forward; negative takes it behind the body. */
  SHOULDER(-65, 185),
  /** Positive bends the elbow. */
  ELBOW(-5, 150),
  /** Positive bends the back of the hand toward the forearm, as with the palm flat on the floor. */
  WRIST(-80, 95);

  private final double lowest;
  private final double highest;

  Joint(double lowest, double highest) {
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
