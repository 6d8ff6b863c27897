package org.hiproutine.catalog.drawing;

import static org.hiproutine.catalog.drawing.Anthropometry.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A pose put in the world: where each joint is and where each segment lies, in centimetres above
 * the floor. The renderer draws these frames; the pose tests measure them.
 */
final class Body {

  /** Segments in the order they are drawn within one limb. */
  static final List<Segment> LEG = List.of(Segment.THIGH, Segment.SHANK, Segment.FOOT);

  static final List<Segment> ARM = List.of(Segment.UPPER_ARM, Segment.FOREARM, Segment.HAND);

  final Pose pose;
  final View view;
  final Frame lowerTrunk;
  final Frame middleTrunk;
  final Frame upperTrunk;
  final Frame neck;
  private final Map<Side, Map<Segment, Frame>> limbs = new EnumMap<>(Side.class);

  Body(Pose pose, View view, Point hip) {
    this.pose = pose;
    this.view = view;
    double lower = pose.angle(Axis.TRUNK) - pose.angle(Axis.SPINE) / 2;
    double upper = pose.angle(Axis.TRUNK) + pose.angle(Axis.SPINE) / 2;
    lowerTrunk = new Frame(hip, lower);
    middleTrunk = new Frame(lowerTrunk.at(0, TRUNK_PIECE), pose.angle(Axis.TRUNK));
    upperTrunk = new Frame(middleTrunk.at(0, TRUNK_PIECE), upper);
    neck = new Frame(upperTrunk.at(0, TRUNK_PIECE), upper + pose.angle(Axis.NECK));
    for (Side side : Side.values()) {
      double apart = view == View.FRONT ? (side == Side.NEAR ? 1 : -1) : 0;
      Map<Segment, Frame> frames = new EnumMap<>(Segment.class);
      Frame thigh =
          new Frame(
              lowerTrunk.at(apart * HALF_HIP_SPACING, 0),
              lower + 180 - pose.angle(side, Joint.HIP));
      Frame shank = next(thigh, side, Segment.THIGH, pose.angle(side, Joint.KNEE));
      Frame foot = next(shank, side, Segment.SHANK, -90 - pose.angle(side, Joint.ANKLE));
      Frame arm =
          new Frame(
              upperTrunk.at(
                  apart * HALF_SHOULDER_SPACING,
                  TRUNK_PIECE - Math.abs(apart) * SHOULDER_BELOW_TOP),
              upper + 180 - pose.angle(side, Joint.SHOULDER));
      Frame forearm = next(arm, side, Segment.UPPER_ARM, -pose.angle(side, Joint.ELBOW));
      Frame hand = next(forearm, side, Segment.FOREARM, -pose.angle(side, Joint.WRIST));
      frames.put(Segment.THIGH, thigh);
      frames.put(Segment.SHANK, shank);
      frames.put(Segment.FOOT, foot);
      frames.put(Segment.UPPER_ARM, arm);
      frames.put(Segment.FOREARM, forearm);
      frames.put(Segment.HAND, hand);
      limbs.put(side, frames);
    }
  }

  private Frame next(Frame frame, Side side, Segment segment, double turn) {
    return new Frame(frame.at(0, length(side, segment)), frame.angle() + turn);
  }

  /** The same pose moved so that its hip joint lies at {@code hip}. */
  Body at(Point hip) {
    return new Body(pose, view, hip);
  }

  Body movedBy(Point shift) {
    return at(hip().plus(shift));
  }

  Frame frame(Side side, Segment segment) {
    return limbs.get(side).get(segment);
  }

  /** The segment's length in the skeleton's plane, shortened if it turns out of it. */
  double length(Side side, Segment segment) {
    return Shapes.length(segment, scale(side, segment));
  }

  private double scale(Side side, Segment segment) {
    return Math.cos(Math.toRadians(pose.depth(side, segment)));
  }

  /** How far toward the viewer a segment's joint lies, in centimetres. */
  double nearness(Side side, Segment segment) {
    List<Segment> limb = Body.LEG.contains(segment) ? Body.LEG : Body.ARM;
    double nearness = 0;
    for (Segment before : limb.subList(0, limb.indexOf(segment))) {
      nearness += Shapes.length(before, 1) * Math.sin(Math.toRadians(pose.depth(side, before)));
    }
    return nearness;
  }

  /**
   * Where a segment is drawn: as in the skeleton's plane, but from a view a little above, a point
   * toward the viewer is drawn lower (see {@link View#oblique()}).
   */
  Frame drawn(Side side, Segment segment) {
    Frame frame = frame(side, segment);
    Point origin = frame.origin().plus(new Point(0, -view.oblique() * nearness(side, segment)));
    return new Frame(origin, drawnWay(side, segment).direction());
  }

  /** The drawn length of a centimetre of the segment. */
  double drawnScale(Side side, Segment segment) {
    return drawnWay(side, segment).length();
  }

  private Point drawnWay(Side side, Segment segment) {
    double depth = Math.toRadians(pose.depth(side, segment));
    return Point.heading(frame(side, segment).angle())
        .times(Math.cos(depth))
        .plus(new Point(0, -view.oblique() * Math.sin(depth)));
  }

  /** A joint's place as drawn. */
  Point drawn(Point joint, double nearness) {
    return joint.plus(new Point(0, -view.oblique() * nearness));
  }

  Point hip() {
    return lowerTrunk.origin();
  }

  Point hip(Side side) {
    return frame(side, Segment.THIGH).origin();
  }

  Point shoulders() {
    return neck.origin();
  }

  Point shoulder(Side side) {
    return frame(side, Segment.UPPER_ARM).origin();
  }

  /** The middle of the back. */
  Point waist() {
    return middleTrunk.at(0, TRUNK_PIECE / 2);
  }

  Point headCentre() {
    return neck.at(0, NECK + HEAD_CENTRE);
  }

  Point knee(Side side) {
    return frame(side, Segment.SHANK).origin();
  }

  Point ankle(Side side) {
    return frame(side, Segment.FOOT).origin();
  }

  Point heel(Side side) {
    return frame(side, Segment.FOOT).at(Shapes.heel(scale(side, Segment.FOOT)));
  }

  Point toe(Side side) {
    return frame(side, Segment.FOOT).at(Shapes.toe(scale(side, Segment.FOOT)));
  }

  Point elbow(Side side) {
    return frame(side, Segment.FOREARM).origin();
  }

  Point wrist(Side side) {
    return frame(side, Segment.HAND).origin();
  }

  Point fingertips(Side side) {
    return frame(side, Segment.HAND).at(0, length(side, Segment.HAND));
  }

  /** The direction a segment points, in degrees from straight up, clockwise. */
  double direction(Side side, Segment segment) {
    return frame(side, segment).angle();
  }

  Outline outline(Side side, Segment segment) {
    return Shapes.limb(segment, scale(side, segment)).in(frame(side, segment));
  }

  Outline drawnOutline(Side side, Segment segment) {
    return Shapes.limb(segment, drawnScale(side, segment)).in(drawn(side, segment));
  }

  List<Outline> outlines() {
    List<Outline> all = new ArrayList<>();
    all.add(Shapes.lowerTrunk(view).in(lowerTrunk));
    all.add(Shapes.middleTrunk(view).in(middleTrunk));
    all.add(Shapes.upperTrunk(view).in(upperTrunk));
    all.add(Shapes.neck().in(neck));
    all.add(Shapes.head(view).in(neck));
    for (Side side : Side.values()) {
      for (Segment segment : Segment.values()) {
        all.add(outline(side, segment));
      }
    }
    return all;
  }

  /**
   * How far a joint bends. A knee or an elbow is a hinge: where its segments turn out of the
   * picture, its bend is the angle between them in space (the picture cannot show which way it
   * bends); other joints, and hinges lying in the picture, are measured in the picture.
   */
  double bend(Side side, Joint joint) {
    double drawn = pose.angle(side, joint);
    Segment upper = joint == Joint.KNEE ? Segment.THIGH : Segment.UPPER_ARM;
    Segment lower = joint == Joint.KNEE ? Segment.SHANK : Segment.FOREARM;
    boolean hinge = joint == Joint.KNEE || joint == Joint.ELBOW;
    if (!hinge || pose.depth(side, upper) == 0 && pose.depth(side, lower) == 0) {
      return drawn;
    }
    double[] a = inSpace(side, upper);
    double[] b = inSpace(side, lower);
    double cos = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
  }

  /** A segment's direction as a unit vector in space, the third axis toward the viewer. */
  private double[] inSpace(Side side, Segment segment) {
    double depth = Math.toRadians(pose.depth(side, segment));
    Point heading = Point.heading(direction(side, segment)).times(Math.cos(depth));
    return new double[] {heading.x(), heading.y(), Math.sin(depth)};
  }

  /** The joints bent further than a body allows, as "near knee 170"; empty if none. */
  List<String> impossibleJoints() {
    List<String> impossible = new ArrayList<>();
    for (Axis axis : Axis.values()) {
      if (!axis.allows(pose.angle(axis))) {
        impossible.add(axis.word() + " " + Math.round(pose.angle(axis)));
      }
    }
    for (Side side : Side.values()) {
      for (Joint joint : Joint.values()) {
        if (!joint.allows(bend(side, joint))) {
          impossible.add(side.word() + " " + joint.word() + " " + Math.round(bend(side, joint)));
        }
      }
    }
    return impossible;
  }

  /** How high above the floor the lowest point of a part is; negative is below the floor. */
  double bottom(Place place) {
    Side side = place.side().orElse(Side.NEAR);
    return switch (place.part()) {
      case HEAD -> Shapes.head(view).in(neck).lowest();
      case BACK -> Shapes.upperTrunk(view).in(upperTrunk).lowest();
      case PELVIS -> Shapes.lowerTrunk(view).in(lowerTrunk).lowest();
      case WAIST -> Shapes.middleTrunk(view).in(middleTrunk).lowest();
      case THIGH -> outline(side, Segment.THIGH).lowest();
      case KNEE -> knee(side).y() - KNEE_RADIUS;
      case SHIN -> outline(side, Segment.SHANK).lowest();
      case FOOT -> outline(side, Segment.FOOT).lowest();
      case HEEL -> heel(side).y() - HEEL_RADIUS;
      case TOE -> toe(side).y() - TOE_RADIUS;
      case ELBOW -> elbow(side).y() - ELBOW_RADIUS;
      case FOREARM -> outline(side, Segment.FOREARM).lowest();
      case HAND -> outline(side, Segment.HAND).lowest();
    };
  }

  /** Where a part's joint is drawn. */
  Point drawnReference(Place place) {
    Side side = place.side().orElse(Side.NEAR);
    double nearness =
        switch (place.part()) {
          case HEAD, BACK, PELVIS, WAIST -> 0;
          case THIGH, KNEE, SHIN -> nearness(side, Segment.SHANK);
          case FOOT, HEEL, TOE -> nearness(side, Segment.FOOT);
          case ELBOW, FOREARM -> nearness(side, Segment.FOREARM);
          case HAND -> nearness(side, Segment.HAND);
        };
    return drawn(reference(place), nearness);
  }

  /** The joint that marks where a part is along the floor. */
  Point reference(Place place) {
    Side side = place.side().orElse(Side.NEAR);
    return switch (place.part()) {
      case HEAD -> headCentre();
      case BACK -> shoulders();
      case PELVIS -> hip();
      case WAIST -> waist();
      case THIGH, KNEE, SHIN -> knee(side);
      case FOOT -> ankle(side);
      case HEEL -> heel(side);
      case TOE -> toe(side);
      case ELBOW, FOREARM -> elbow(side);
      case HAND -> wrist(side);
    };
  }

  /** The lowest point of the whole body, in centimetres above the floor. */
  double lowest() {
    return outlines().stream().mapToDouble(Outline::lowest).min().orElseThrow();
  }

  /** Left, bottom, right and top of everything drawn. */
  double[] extent() {
    double[] extent = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    List<Outline> drawn = new ArrayList<>(outlines().subList(0, 5));
    for (Side side : Side.values()) {
      for (Segment segment : Segment.values()) {
        drawn.add(drawnOutline(side, segment));
      }
    }
    for (Outline outline : drawn) {
      for (Point point : outline.edge()) {
        extent[0] = Math.min(extent[0], point.x());
        extent[1] = Math.min(extent[1], point.y());
        extent[2] = Math.max(extent[2], point.x());
        extent[3] = Math.max(extent[3], point.y());
      }
    }
    return extent;
  }

  /** The body's centre of mass, from Dempster's segment masses. */
  Point centreOfMass() {
    Point sum = lowerTrunk.origin().toward(neck.origin(), TRUNK_MASS_CENTRE).times(TRUNK_MASS);
    sum = sum.plus(headCentre().times(HEAD_AND_NECK_MASS));
    for (Side side : Side.values()) {
      sum = sum.plus(hip(side).toward(knee(side), THIGH_MASS_CENTRE).times(THIGH_MASS));
      sum = sum.plus(knee(side).toward(ankle(side), SHANK_MASS_CENTRE).times(SHANK_MASS));
      sum = sum.plus(heel(side).toward(toe(side), FOOT_MASS_CENTRE).times(FOOT_MASS));
      sum =
          sum.plus(shoulder(side).toward(elbow(side), UPPER_ARM_MASS_CENTRE).times(UPPER_ARM_MASS));
      sum = sum.plus(elbow(side).toward(wrist(side), FOREARM_MASS_CENTRE).times(FOREARM_MASS));
      sum = sum.plus(wrist(side).toward(fingertips(side), HAND_MASS_CENTRE).times(HAND_MASS));
    }
    double total =
        TRUNK_MASS
            + HEAD_AND_NECK_MASS
            + 2 * (THIGH_MASS + SHANK_MASS + FOOT_MASS + UPPER_ARM_MASS + FOREARM_MASS + HAND_MASS);
    return sum.times(1 / total);
  }
}
