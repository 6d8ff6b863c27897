package org.hiproutine.catalog.drawing;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * One position of the body: the angles of its joints, how far arms and legs turn out of the
 * picture, and what rests on the floor. A passing pose is one a movement goes through on its way (a
 * foot lifted to step forward); it is animated but not drawn on paper.
 *
 * @param hold seconds the animation rests in this pose at each visit
 */
record Pose(
    String name,
    boolean passing,
    double hold,
    Map<Axis, Double> axis,
    Map<Side, Map<Joint, Double>> joints,
    Map<Side, Map<Segment, Double>> depths,
    Set<Place> floor) {

  Pose {
    axis = Map.copyOf(axis);
    joints =
        Map.of(
            Side.NEAR,
            Map.copyOf(joints.get(Side.NEAR)),
            Side.FAR,
            Map.copyOf(joints.get(Side.FAR)));
    depths =
        Map.of(
            Side.NEAR,
            Map.copyOf(depths.get(Side.NEAR)),
            Side.FAR,
            Map.copyOf(depths.get(Side.FAR)));
    floor = Set.copyOf(floor);
    for (Axis each : Axis.values()) {
      if (!axis.containsKey(each)) {
        throw new IllegalArgumentException("pose " + name + " has no " + each.word());
      }
    }
    for (Side side : Side.values()) {
      for (Joint joint : Joint.values()) {
        if (!joints.get(side).containsKey(joint)) {
          throw new IllegalArgumentException("pose " + name + " has no " + joint.word());
        }
      }
    }
  }

  double angle(Axis which) {
    return axis.get(which);
  }

  double angle(Side side, Joint joint) {
    return joints.get(side).get(joint);
  }

  /** Degrees the segment turns out of the picture; 0 when it lies in it. */
  double depth(Side side, Segment segment) {
    return depths.get(side).getOrDefault(segment, 0.0);
  }

  boolean restsOn(Place place) {
    return floor.contains(place);
  }

  /** The pose a fraction {@code t} of the way to {@code other}, each angle moving evenly. */
  Pose toward(Pose other, double t) {
    Map<Axis, Double> between = new EnumMap<>(Axis.class);
    axis.forEach((which, angle) -> between.put(which, mix(angle, other.angle(which), t)));
    Map<Side, Map<Joint, Double>> limbs = new EnumMap<>(Side.class);
    Map<Side, Map<Segment, Double>> turned = new EnumMap<>(Side.class);
    for (Side side : Side.values()) {
      Map<Joint, Double> angles = new EnumMap<>(Joint.class);
      joints
          .get(side)
          .forEach((joint, a) -> angles.put(joint, mix(a, other.angle(side, joint), t)));
      limbs.put(side, angles);
      Map<Segment, Double> depth = new EnumMap<>(Segment.class);
      for (Segment segment : Segment.values()) {
        depth.put(segment, mix(depth(side, segment), other.depth(side, segment), t));
      }
      turned.put(side, depth);
    }
    return new Pose(name + "~" + other.name, true, 0, between, limbs, turned, Set.of());
  }

  /** This pose with one joint changed, as when a hand or foot is held in its place. */
  Pose with(Side side, Joint joint, double angle) {
    Map<Side, Map<Joint, Double>> limbs = new EnumMap<>(joints);
    Map<Joint, Double> angles = new EnumMap<>(joints.get(side));
    angles.put(joint, angle);
    limbs.put(side, angles);
    return new Pose(name, passing, hold, axis, limbs, depths, floor);
  }

  private static double mix(double from, double to, double t) {
    return from + (to - from) * t;
  }
}
