package org.hiproutine.catalog.drawing;

import static org.hiproutine.catalog.drawing.Anthropometry.*;

import java.util.ArrayList;
import java.util.List;
import org.hiproutine.catalog.drawing.Outline.Circles;
import org.hiproutine.catalog.drawing.Outline.Smooth;

/**
 * The outline of each segment in its own frame, from the proportions in {@link Anthropometry}: the
 * trunk and head shaped (a profile from the side, a front from the front), the limbs tapering with
 * round joints, and hands and feet.
 */
final class Shapes {

  private Shapes() {}

  /** Hips to lower back; round at the top, where the back bends. */
  static Outline lowerTrunk(View view) {
    double p = TRUNK_PIECE;
    return view == View.SIDE
        ? smooth(
            7, -4, 10.5, 5, 10.5, p, 7.5, p + 7.5, -7, p + 7.5, -9.5, p, -10, 8, -12.5, 1, -12, -6,
            -7, -10.5, -1, -9.5)
        : smooth(
            18, 1, 16, 9, 14, p, 10, p + 8, -10, p + 8, -14, p, -16, 9, -18, 1, -14, -8, -5, -11, 5,
            -11, 14, -8);
  }

  /** The middle of the back and the belly; round at both ends. */
  static Outline middleTrunk(View view) {
    double p = TRUNK_PIECE;
    return view == View.SIDE
        ? smooth(10.5, 0, 11, p, 8, p + 8, -7.5, p + 8, -10, p, -9.5, 0, -7, -7.5, 7.5, -7.5)
        : smooth(14, 0, 14, p, 10, p + 8, -10, p + 8, -14, p, -14, 0, -10, -8, 10, -8);
  }

  /** Chest and shoulders, up to the shoulder joints; round at the bottom. */
  static Outline upperTrunk(View view) {
    double p = TRUNK_PIECE;
    return view == View.SIDE
        ? smooth(
            11, 0, 12.5, 6, 11, 12, 6.5, p + 1.2, 0, p + 3.7, -5, p + 4.2, -10, p + 0.7, -12, 9,
            -10.5, 0, -7.5, -8, 8, -8)
        : smooth(
            14.5, 0, 16, 6, 19, 12, 21, p + 0.2, 18.5, p + 4.2, 7, p + 4.7, -7, p + 4.7, -18.5,
            p + 4.2, -21, p + 0.2, -19, 12, -16, 6, -14.5, 0, -10, -8, 10, -8);
  }

  static Outline neck() {
    return Circles.limb(NECK + 3, 5.5, 5);
  }

  /** The head beyond the neck: from the side a skull with a face looking forward. */
  static Outline head(View view) {
    double c = NECK + HEAD_CENTRE;
    return view == View.SIDE
        ? smooth(
            0.5, c + 12.5, -8.5, c + 9.5, -11, c + 1, -7.5, c - 6.5, -1, c - 9, 5.5, c - 12, 8.5,
            c - 9, 8.5, c - 5, 12, c - 1.5, 9.5, c + 3, 9.5, c + 8.5)
        : smooth(
            0, c + 12.5, -8.5, c + 9.5, -9, c - 2, -5.5, c - 11, 0, c - 13, 5.5, c - 11, 9, c - 2,
            8.5, c + 9.5);
  }

  /** A segment's length, times {@code scale} where it turns out of the picture. */
  static double length(Segment segment, double scale) {
    double full =
        switch (segment) {
          case THIGH -> THIGH;
          case SHANK -> SHANK;
          case FOOT -> 1;
          case UPPER_ARM -> UPPER_ARM;
          case FOREARM -> FOREARM;
          case HAND -> HAND;
        };
    return full * scale;
  }

  static Outline limb(Segment segment, double scale) {
    double length = length(segment, scale);
    return switch (segment) {
      case THIGH -> Circles.limb(length, HIP_RADIUS, KNEE_RADIUS);
      case SHANK -> Circles.limb(length, KNEE_RADIUS - 0.4, ANKLE_RADIUS);
      case FOOT -> foot(scale);
      case UPPER_ARM -> Circles.limb(length, SHOULDER_RADIUS, ELBOW_RADIUS);
      case FOREARM -> Circles.limb(length, ELBOW_RADIUS, WRIST_RADIUS);
      case HAND -> Circles.limb(length, WRIST_RADIUS, FINGER_RADIUS);
    };
  }

  /** Ankle, heel and ball of the foot; the sole is on the "across" side. */
  static Outline foot(double scale) {
    return new Circles(
        List.of(Point.ORIGIN, heel(scale), toe(scale)),
        List.of(ANKLE_RADIUS, HEEL_RADIUS, TOE_RADIUS));
  }

  static Point heel(double scale) {
    return new Point(ANKLE_HEIGHT - HEEL_RADIUS, -HEEL_BEHIND_ANKLE * scale);
  }

  static Point toe(double scale) {
    return new Point(ANKLE_HEIGHT - TOE_RADIUS, TOE_AHEAD_OF_ANKLE * scale);
  }

  private static Smooth smooth(double... acrossAlong) {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < acrossAlong.length; i += 2) {
      points.add(new Point(acrossAlong[i], acrossAlong[i + 1]));
    }
    return new Smooth(points);
  }
}
