package org.hiproutine.catalog.drawing;

import java.util.ArrayList;
import java.util.List;

/**
 * An exercise's poses put on the floor, and a movement's round as the moments an animation shows:
 * evenly spaced in time, easing out of each key pose and into the next, resting in each for its
 * hold, with the anchor and the hands and feet held still kept where they are.
 */
final class Motion {

  /** Moments per round; the animation moves evenly from one to the next. */
  static final int STEPS = 30;

  private Motion() {}

  /** The pose with its anchor on the floor at {@code x}. */
  static Body placed(ExercisePoses exercise, Pose pose, double x) {
    Body body = new Body(pose, exercise.view(), Point.ORIGIN);
    Point reference = body.reference(exercise.anchor());
    return body.movedBy(new Point(x - reference.x(), -body.bottom(exercise.anchor())));
  }

  /** Every pose of the file on the floor, anchored at the same spot. */
  static List<Body> poses(ExercisePoses exercise) {
    return exercise.poses().stream().map(pose -> placed(exercise, pose, 0)).toList();
  }

  /**
   * One round, {@link #STEPS} + 1 moments from the first key pose back to it, the last equal to the
   * first. A held stretch has one moment.
   */
  static List<Body> round(ExercisePoses exercise) {
    List<Body> poses = poses(exercise);
    if (!exercise.moves()) {
      return poses;
    }
    List<Integer> visits = new ArrayList<>();
    for (int i = 0; i < poses.size(); i++) {
      visits.add(i);
    }
    for (int i = poses.size() - 2; i >= 0; i--) {
      visits.add(i);
    }
    List<Integer> held = new ArrayList<>();
    double holding = 0;
    for (int v = 0; v < visits.size(); v++) {
      Pose pose = exercise.poses().get(visits.get(v));
      if (!pose.passing()) {
        held.add(v);
        holding += v < visits.size() - 1 ? pose.hold() : 0;
      }
    }
    double period = exercise.pace().orElseThrow().seconds();
    double stroke = (period - holding) / (held.size() - 1);
    if (!(stroke > 0)) {
      throw new IllegalArgumentException(exercise.slug() + ": the holds leave no time to move");
    }
    List<Body> moments = new ArrayList<>();
    for (int step = 0; step <= STEPS; step++) {
      double time = period * step / STEPS;
      moments.add(at(exercise, poses, visits, held, stroke, time));
    }
    return moments;
  }

  private static Body at(
      ExercisePoses exercise,
      List<Body> poses,
      List<Integer> visits,
      List<Integer> held,
      double stroke,
      double time) {
    double start = 0;
    for (int h = 0; h < held.size() - 1; h++) {
      int from = held.get(h);
      int to = held.get(h + 1);
      double hold = exercise.poses().get(visits.get(from)).hold();
      if (time < start + hold) {
        return poses.get(visits.get(from));
      }
      start += hold;
      if (time <= start + stroke + 1e-9) {
        double progress = ease(Math.min(1, (time - start) / stroke)) * (to - from);
        int leg = Math.min(to - from - 1, (int) Math.floor(progress));
        return between(
            exercise,
            poses.get(visits.get(from + leg)),
            poses.get(visits.get(from + leg + 1)),
            progress - leg);
      }
      start += stroke;
    }
    return poses.get(0);
  }

  /** Slow out of a pose, slow into the next, as a body moves. */
  static double ease(double t) {
    return (1 - Math.cos(Math.PI * t)) / 2;
  }

  /** The body a fraction of the way between two placed poses. */
  static Body between(ExercisePoses exercise, Body from, Body to, double t) {
    if (t <= 0) {
      return from;
    }
    if (t >= 1) {
      return to;
    }
    Body body = placed(exercise, from.pose.toward(to.pose, t), 0);
    Pose pose = body.pose;
    for (Place still : exercise.heldStill()) {
      Side side = still.side().orElseThrow();
      pose = reach(body, pose, side, still.part() == Part.FOOT ? Body.LEG : Body.ARM, from, to, t);
    }
    return new Body(pose, exercise.view(), body.hip());
  }

  /**
   * Bends a leg or an arm so that its ankle or wrist stays on its way between the two poses, and
   * the foot or hand keeps its slope (two segments reaching a point: a triangle with known sides).
   */
  private static Pose reach(
      Body body, Pose pose, Side side, List<Segment> limb, Body from, Body to, double t) {
    Segment upper = limb.get(0);
    Segment lower = limb.get(1);
    Segment end = limb.get(2);
    Point root = body.frame(side, upper).origin();
    Point target = from.frame(side, end).origin().toward(to.frame(side, end).origin(), t);
    double endDirection = mix(from.direction(side, end), to.direction(side, end), t);
    double a = body.length(side, upper);
    double b = body.length(side, lower);
    Point way = target.minus(root);
    double reach = Math.max(Math.abs(a - b) + 1e-6, Math.min(a + b - 1e-6, way.length()));
    double opening = Math.toDegrees(Math.acos((a * a + reach * reach - b * b) / (2 * a * reach)));
    boolean leg = upper == Segment.THIGH;
    Joint first = leg ? Joint.HIP : Joint.SHOULDER;
    Joint middle = leg ? Joint.KNEE : Joint.ELBOW;
    Joint last = leg ? Joint.ANKLE : Joint.WRIST;
    double trunk = leg ? body.lowerTrunk.angle() : body.upperTrunk.angle();
    double wanted = pose.angle(side, middle);
    Pose best = pose;
    double bestMiss = Double.MAX_VALUE;
    for (int sign : new int[] {1, -1}) {
      double upperDirection = way.direction() + sign * opening;
      Point joint = root.plus(Point.heading(upperDirection).times(a));
      double lowerDirection = target.minus(joint).direction();
      double bend = leg ? lowerDirection - upperDirection : upperDirection - lowerDirection;
      bend = near(bend, wanted);
      if (Math.abs(bend - wanted) < bestMiss) {
        bestMiss = Math.abs(bend - wanted);
        double firstAngle = near(trunk + 180 - upperDirection, pose.angle(side, first));
        double lastAngle =
            leg
                ? near(lowerDirection - 90 - endDirection, pose.angle(side, last))
                : near(lowerDirection - endDirection, pose.angle(side, last));
        best =
            pose.with(side, first, firstAngle).with(side, middle, bend).with(side, last, lastAngle);
      }
    }
    return best;
  }

  /** The angle equal to {@code angle} (give or take whole turns) closest to {@code reference}. */
  static double near(double angle, double reference) {
    return angle - 360 * Math.round((angle - reference) / 360);
  }

  private static double mix(double from, double to, double t) {
    return from + (near(to, from) - from) * t;
  }
}
