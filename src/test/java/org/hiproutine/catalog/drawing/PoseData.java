package org.hiproutine.catalog.drawing;

import java.util.List;
import java.util.Map;

/** The pose files as the app reads them, with each pose put on the floor, for the tests. */
final class PoseData {

  static final Map<String, ExercisePoses> EXERCISES = Drawings.readPoseFiles();

  private PoseData() {}

  static ExercisePoses exercise(String slug) {
    ExercisePoses exercise = EXERCISES.get(slug);
    if (exercise == null) {
      throw new IllegalArgumentException("no pose file for " + slug);
    }
    return exercise;
  }

  /** A key pose on the floor, its anchor where it is in every pose of the exercise. */
  static Body pose(String slug, String name) {
    ExercisePoses exercise = exercise(slug);
    return Motion.placed(exercise, exercise.pose(name), 0);
  }

  static List<Body> round(String slug) {
    return Motion.round(exercise(slug));
  }

  /** The angle at b, between the lines to a and to c, in degrees. */
  static double angleAt(Point a, Point b, Point c) {
    Point one = a.minus(b);
    Point other = c.minus(b);
    double cos = (one.x() * other.x() + one.y() * other.y()) / (one.length() * other.length());
    return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
  }

  /** How far a line leans from upright, in degrees (0 upright, 90 level). */
  static double leanFromUpright(Point from, Point to) {
    Point way = to.minus(from);
    return Math.toDegrees(Math.atan2(Math.abs(way.x()), way.y()));
  }

  /** How far a line is from level, in degrees (0 level, 90 upright). */
  static double slopeFromLevel(Point from, Point to) {
    Point way = to.minus(from);
    return Math.toDegrees(Math.atan2(Math.abs(way.y()), Math.abs(way.x())));
  }
}
