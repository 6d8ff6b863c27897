package org.hiproutine.catalog.drawing;

/**
 * The figure's proportions, in centimetres, for an adult 170 cm tall. Segment lengths and mass
 * fractions are Drillis and Contini's lengths and Dempster's masses as tabulated by D. A. Winter,
 * <i>Biomechanics and Motor Control of Human Movement</i> (4th ed., 2009), table 4.1 and figure
 * 4.1; widths are rounded body breadths and depths, a little slim so the figure reads when small.
 */
final class Anthropometry {

  static final double HEIGHT = 170;

  /** Hip joint to shoulder joint, in three pieces so that the spine can round and arch. */
  static final double TRUNK = (0.818 - 0.530) * HEIGHT;

  static final double TRUNK_PIECE = TRUNK / 3;

  /** Shoulder level to chin level. */
  static final double NECK = (0.870 - 0.818) * HEIGHT;

  /** The centre of the head lies beyond the neck, halfway between chin and crown. */
  static final double HEAD_CENTRE = (0.935 - 0.870) * HEIGHT;

  static final double HEAD_HEIGHT = 0.130 * HEIGHT;
  static final double THIGH = 0.245 * HEIGHT;
  static final double SHANK = 0.246 * HEIGHT;
  static final double ANKLE_HEIGHT = 0.039 * HEIGHT;
  static final double FOOT_LENGTH = 0.152 * HEIGHT;
  static final double UPPER_ARM = 0.186 * HEIGHT;
  static final double FOREARM = 0.146 * HEIGHT;

  /** Wrist to fingertips, drawn a little short as a closed hand. */
  static final double HAND = 0.09 * HEIGHT;

  /**
   * Half the distance between the hip joints and between the shoulder joints, seen from the front.
   */
  static final double HALF_HIP_SPACING = 0.05 * HEIGHT;

  static final double HALF_SHOULDER_SPACING = 0.09 * HEIGHT;

  /** Seen from the front, the shoulder joints lie a little below the top of the shoulders. */
  static final double SHOULDER_BELOW_TOP = 3;

  /** Radii of the limbs at their joints. */
  static final double HIP_RADIUS = 8.5;

  static final double KNEE_RADIUS = 5.8;
  static final double ANKLE_RADIUS = 3.8;
  static final double HEEL_RADIUS = 3.5;
  static final double TOE_RADIUS = 2.4;
  static final double SHOULDER_RADIUS = 5.2;
  static final double ELBOW_RADIUS = 3.9;
  static final double WRIST_RADIUS = 2.9;
  static final double FINGER_RADIUS = 2.3;

  /** Heel and ball of the foot, along the sole from below the ankle. */
  static final double HEEL_BEHIND_ANKLE = 0.11 * FOOT_LENGTH;

  static final double TOE_AHEAD_OF_ANKLE = FOOT_LENGTH - HEEL_BEHIND_ANKLE - HEEL_RADIUS - 2.4;

  /** Mass fractions of the whole body (Dempster), for the centre of mass. */
  static final double HEAD_AND_NECK_MASS = 0.081;

  static final double TRUNK_MASS = 0.497;
  static final double UPPER_ARM_MASS = 0.028;
  static final double FOREARM_MASS = 0.016;
  static final double HAND_MASS = 0.006;
  static final double THIGH_MASS = 0.100;
  static final double SHANK_MASS = 0.0465;
  static final double FOOT_MASS = 0.0145;

  /**
   * Where each segment's centre of mass lies, as a fraction of its length from the proximal end.
   */
  static final double TRUNK_MASS_CENTRE = 0.50;

  static final double UPPER_ARM_MASS_CENTRE = 0.436;
  static final double FOREARM_MASS_CENTRE = 0.430;
  static final double HAND_MASS_CENTRE = 0.506;
  static final double THIGH_MASS_CENTRE = 0.433;
  static final double SHANK_MASS_CENTRE = 0.433;
  static final double FOOT_MASS_CENTRE = 0.50;

  private Anthropometry() {}
}
