package org.hiproutine.catalog.drawing;

/**
 * Where a segment of the body lies: its joint, and the direction the segment points from it, in
 * degrees from straight up, clockwise (90 points the way the figure faces). Within the segment a
 * point is given as (across, along): along runs from the joint to the segment's far end, across to
 * the right of that line (the front of the body when it points up).
 */
record Frame(Point origin, double angle) {

  Point at(double across, double along) {
    double radians = Math.toRadians(angle);
    double cos = Math.cos(radians);
    double sin = Math.sin(radians);
    return new Point(
        origin.x() + across * cos + along * sin, origin.y() - across * sin + along * cos);
  }

  Point at(Point local) {
    return at(local.x(), local.y());
  }

  /** A point of the world as (across, along) in this frame. */
  Point local(Point world) {
    double radians = Math.toRadians(angle);
    double cos = Math.cos(radians);
    double sin = Math.sin(radians);
    Point d = world.minus(origin);
    return new Point(d.x() * cos - d.y() * sin, d.x() * sin + d.y() * cos);
  }
}
