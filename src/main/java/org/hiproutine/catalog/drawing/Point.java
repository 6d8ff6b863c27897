package org.hiproutine.catalog.drawing;

/** A point in centimetres: x to the right (the way the figure faces), y up from the floor. */
record Point(double x, double y) {

  static final Point ORIGIN = new Point(0, 0);

  Point plus(Point other) {
    return new Point(x + other.x, y + other.y);
  }

  Point minus(Point other) {
    return new Point(x - other.x, y - other.y);
  }

  Point times(double factor) {
    return new Point(x * factor, y * factor);
  }

  double length() {
    return Math.hypot(x, y);
  }

  double distance(Point other) {
    return minus(other).length();
  }

  Point toward(Point other, double t) {
    return new Point(x + (other.x - x) * t, y + (other.y - y) * t);
  }

  /** The direction of this vector in the drawings' angles: degrees from straight up, clockwise. */
  double direction() {
    return Math.toDegrees(Math.atan2(x, y));
  }

  /** A unit vector in the drawings' angles. */
  static Point heading(double degrees) {
    double radians = Math.toRadians(degrees);
    return new Point(Math.sin(radians), Math.cos(radians));
  }
}
