package org.hiproutine.catalog.drawing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hiproutine.catalog.drawing.PoseData.angleAt;
import static org.hiproutine.catalog.drawing.PoseData.exercise;
import static org.hiproutine.catalog.drawing.PoseData.leanFromUpright;
import static org.hiproutine.catalog.drawing.PoseData.pose;
import static org.hiproutine.catalog.drawing.PoseData.round;
import static org.hiproutine.catalog.drawing.PoseData.slopeFromLevel;
import static org.hiproutine.catalog.drawing.Side.FAR;
import static org.hiproutine.catalog.drawing.Side.NEAR;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's words, measured on the pose data: what each drawing shows is what the exercise says,
 * within a tolerance a physiotherapist would accept. Near is the right side as drawn (the side the
 * seed describes), far the left; in the clamshell, seen from the front, near is on top.
 */
class PosesTest {

  /** How close to the floor a part that rests on it must be, in centimetres. */
  private static final double ON_THE_FLOOR = 1.0;

  /** How far a drawn part may sink into the floor where the round outlines meet it. */
  private static final double INTO_THE_FLOOR = 0.5;

  @Test
  void hipFlexorStretchKneelsOnTheBackKneeWithTheFrontKneeAtARightAngleAndTheBodyUpright() {
    Body body = pose("hip-flexor-stretch", "held");

    assertOnTheFloor(body, "near-knee", "far-heel", "far-toe");
    assertThat(body.knee(NEAR).x()).as("back knee behind the hips").isLessThan(body.hip().x());
    assertThat(body.ankle(FAR).x()).as("front foot in front").isGreaterThan(body.hip().x() + 20);
    assertThat(angleAt(body.hip(FAR), body.knee(FAR), body.ankle(FAR)))
        .as("front knee")
        .isBetween(80.0, 100.0);
    assertThat(leanFromUpright(body.ankle(FAR), body.knee(FAR))).as("front shin").isLessThan(10);
    assertThat(leanFromUpright(body.hip(), body.shoulders())).as("trunk").isLessThan(10);
  }

  @Test
  void hipFlexorStretchPushesTheHipsSlightlyForwardOfTheBackKnee() {
    Body body = pose("hip-flexor-stretch", "held");

    assertThat(body.hip().x()).isGreaterThan(body.knee(NEAR).x());
    assertThat(leanFromUpright(body.knee(NEAR), body.hip())).isBetween(5.0, 25.0);
  }

  @Test
  void quadReleaseKneelsOnTheBackShinWithTheWeightShiftedForwardPastTheFrontAnkle() {
    Body body = pose("hip-flexor-and-quad-release", "held");

    assertOnTheFloor(body, "near-knee", "near-shin", "near-foot", "far-heel", "far-toe");
    assertThat(slopeFromLevel(body.knee(NEAR), body.ankle(NEAR))).as("back shin").isLessThan(15);
    assertThat(body.knee(FAR).x())
        .as("front knee past the ankle")
        .isGreaterThan(body.ankle(FAR).x() + 5);
    assertThat(leanFromUpright(body.knee(NEAR), body.hip())).as("back thigh").isGreaterThan(35);
    assertThat(leanFromUpright(body.hip(), body.shoulders())).as("trunk").isLessThan(15);
  }

  @Test
  void quadReleaseGoesVisiblyDeeperThanTheHipFlexorStretch() {
    Body stretch = pose("hip-flexor-stretch", "held");
    Body release = pose("hip-flexor-and-quad-release", "held");

    assertThat(stretch.hip().y() - release.hip().y()).as("hips lower").isGreaterThan(8);
    assertThat(
            leanFromUpright(release.knee(NEAR), release.hip())
                - leanFromUpright(stretch.knee(NEAR), stretch.hip()))
        .as("back thigh further from upright")
        .isGreaterThan(15);
    assertThat(release.knee(FAR).x() - release.ankle(FAR).x())
        .as("front knee further over the foot")
        .isGreaterThan(stretch.knee(FAR).x() - stretch.ankle(FAR).x() + 10);
  }

  @Test
  void pigeonPoseHasTheFrontKneeBentOnTheFloorAndTheBackLegStraightBehind() {
    Body body = pose("pigeon-pose", "held");

    assertOnTheFloor(body, "near-knee", "near-shin", "far-knee", "far-foot");
    assertThat(body.knee(NEAR).x()).as("front knee forward").isGreaterThan(body.hip().x() + 20);
    assertThat(body.bend(NEAR, Joint.KNEE)).as("front knee bent").isGreaterThan(90);
    assertThat(angleAt(body.hip(FAR), body.knee(FAR), body.ankle(FAR)))
        .as("back knee straight")
        .isGreaterThan(170);
    assertThat(body.ankle(FAR).x()).as("back leg behind").isLessThan(body.hip().x() - 60);
    assertThat(slopeFromLevel(body.hip(), body.ankle(FAR)))
        .as("back leg along the floor")
        .isLessThan(15);
  }

  @Test
  void pigeonPoseLowersTheTrunkOverTheFrontKnee() {
    Body body = pose("pigeon-pose", "held");

    assertThat(leanFromUpright(body.hip(), body.shoulders())).isGreaterThan(45);
    assertThat(body.shoulders().x()).isGreaterThan(body.knee(NEAR).x());
    assertThat(body.shoulders().y()).as("shoulders below standing hip height").isLessThan(50);
  }

  @Test
  void gluteBridgeStartsOnTheBackWithKneesBentAndFeetFlat() {
    Body down = pose("glute-bridges", "down");

    assertOnTheFloor(down, "head", "back", "pelvis", "near-heel", "near-toe", "far-heel");
    assertThat(angleAt(down.hip(), down.knee(NEAR), down.ankle(NEAR)))
        .as("knees bent")
        .isBetween(60.0, 110.0);
  }

  @Test
  void gluteBridgeUpPutsShouldersHipsAndKneesNearlyInOneLine() {
    Body down = pose("glute-bridges", "down");
    Body up = pose("glute-bridges", "up");

    assertOnTheFloor(up, "back", "near-heel", "near-toe", "far-heel", "far-toe");
    assertThat(angleAt(up.shoulders(), up.hip(), up.knee(NEAR))).isGreaterThan(170);
    assertThat(up.hip().y() - down.hip().y()).as("hips lifted").isGreaterThan(12);
    assertThat(up.shoulders().x())
        .as("shoulders stay")
        .isCloseTo(down.shoulders().x(), within(1.0));
    assertThat(up.ankle(NEAR).x()).as("feet stay").isCloseTo(down.ankle(NEAR).x(), within(1.0));
  }

  @Test
  void clamshellsLieOnTheSideWithKneesBentAndFeetTogether() {
    for (String name : List.of("closed", "open")) {
      Body body = pose("clamshells", name);

      assertOnTheFloor(body, "pelvis", "far-knee", "far-foot");
      assertThat(slopeFromLevel(body.hip(), body.shoulders())).as("lying").isLessThan(15);
      assertThat(body.bend(NEAR, Joint.KNEE)).as("top knee bent").isBetween(70.0, 110.0);
      assertThat(body.bend(FAR, Joint.KNEE)).as("bottom knee bent").isBetween(70.0, 110.0);
      assertThat(body.pose.depth(NEAR, Segment.THIGH)).as("hips bent forward").isGreaterThan(20);
      assertThat(body.ankle(NEAR).distance(body.ankle(FAR)))
          .as("feet together")
          .isLessThan(2 * Anthropometry.ANKLE_RADIUS + 2);
    }
  }

  @Test
  void clamshellsStackTheKneesClosedAndRaiseTheTopKneeOpen() {
    Body closed = pose("clamshells", "closed");
    Body open = pose("clamshells", "open");

    assertThat(closed.knee(NEAR).x()).isCloseTo(closed.knee(FAR).x(), within(3.0));
    assertThat(closed.knee(NEAR).distance(closed.knee(FAR)))
        .as("knees touching")
        .isLessThan(2 * Anthropometry.KNEE_RADIUS + 2);
    assertThat(open.knee(NEAR).y() - closed.knee(NEAR).y()).as("knee lifted").isGreaterThan(15);
    assertThat(open.ankle(NEAR).distance(closed.ankle(NEAR))).as("foot stays").isLessThan(1.0);
  }

  @Test
  void catCowStaysOnHandsAndKneesWithHandsUnderShouldersAndKneesUnderHips() {
    for (String name : List.of("cow", "cat")) {
      Body body = pose("cat-cow", name);

      assertOnTheFloor(body, "near-hand", "far-hand", "near-knee", "far-knee");
      assertThat(body.wrist(NEAR).x()).isCloseTo(body.shoulder(NEAR).x(), within(6.0));
      assertThat(body.knee(NEAR).x()).isCloseTo(body.hip().x(), within(6.0));
    }
  }

  @Test
  void catCowArchesTheBackAndLiftsTheHeadThenRoundsTheBackAndTucksTheChin() {
    Body cow = pose("cat-cow", "cow");
    Body cat = pose("cat-cow", "cat");

    assertThat(aboveTheLineFromHipsToShoulders(cow, cow.waist()))
        .as("cow: back dips")
        .isLessThan(-3);
    assertThat(aboveTheLineFromHipsToShoulders(cat, cat.waist()))
        .as("cat: back rounds")
        .isGreaterThan(5);
    assertThat(cat.waist().y() - cow.waist().y()).as("the back moves").isGreaterThan(8);
    assertThat(cow.headCentre().y()).as("cow: head up").isGreaterThan(cow.shoulders().y() + 5);
    assertThat(cat.headCentre().y()).as("cat: head down").isLessThan(cat.shoulders().y() - 5);
  }

  @Test
  void standingForwardBendKeepsTheLegsAlmostStraightAndHangsTheHeadBelowTheHips() {
    Body body = pose("standing-forward-bend", "held");

    assertOnTheFloor(body, "near-heel", "near-toe", "far-heel", "far-toe");
    assertThat(angleAt(body.hip(), body.knee(NEAR), body.ankle(NEAR)))
        .as("legs")
        .isGreaterThan(160);
    assertThat(angleAt(body.shoulders(), body.hip(), body.knee(NEAR)))
        .as("bent at the hips")
        .isLessThan(80);
    assertThat(body.headCentre().y()).as("head below the hips").isLessThan(body.hip().y() - 20);
    assertThat(body.bottom(Place.parse("near-hand")))
        .as("hands reach the floor")
        .isLessThan(ON_THE_FLOOR);
    assertThat(body.fingertips(NEAR).x())
        .as("in front of the feet")
        .isGreaterThan(body.toe(NEAR).x());
  }

  @Test
  void lungesStartStandingTallWithFeetTogether() {
    Body body = pose("lunges", "standing");

    assertOnTheFloor(body, "near-heel", "near-toe", "far-heel", "far-toe");
    assertThat(angleAt(body.hip(), body.knee(NEAR), body.ankle(NEAR))).isGreaterThan(170);
    assertThat(body.ankle(NEAR).x()).isCloseTo(body.ankle(FAR).x(), within(3.0));
    assertThat(leanFromUpright(body.hip(), body.shoulders())).isLessThan(5);
  }

  @Test
  void lungesLowerUntilBothKneesAreNearARightAngleWithTheBackKneeJustAboveTheFloor() {
    Body standing = pose("lunges", "standing");
    Body lowered = pose("lunges", "lowered");

    assertThat(angleAt(lowered.hip(), lowered.knee(NEAR), lowered.ankle(NEAR)))
        .as("front knee")
        .isBetween(80.0, 100.0);
    assertThat(angleAt(lowered.hip(), lowered.knee(FAR), lowered.ankle(FAR)))
        .as("back knee")
        .isBetween(80.0, 100.0);
    assertOnTheFloor(lowered, "near-heel", "near-toe", "far-toe");
    assertThat(lowered.bottom(Place.parse("far-knee")))
        .as("back knee just above the floor")
        .isBetween(1.0, 8.0);
    assertThat(lowered.bottom(Place.parse("far-heel"))).as("back heel up").isGreaterThan(5);
    assertThat(lowered.ankle(NEAR).x() - lowered.toe(FAR).x())
        .as("a step forward")
        .isGreaterThan(60);
    assertThat(leanFromUpright(lowered.hip(), lowered.shoulders())).as("trunk").isLessThan(10);
    assertThat(lowered.toe(FAR).x())
        .as("back foot stays")
        .isCloseTo(standing.toe(FAR).x(), within(0.5));
  }

  @Test
  void everyPoseRestsOnTheFloorWhereItSaysItDoesAndNothingSinksIntoIt() {
    for (ExercisePoses exercise : PoseData.EXERCISES.values()) {
      for (Body body : Motion.poses(exercise)) {
        String pose = exercise.slug() + " " + body.pose.name();
        assertThat(body.pose.floor()).as(pose).isNotEmpty();
        for (Place place : body.pose.floor()) {
          assertThat(body.bottom(place)).as(pose + " " + place).isCloseTo(0, within(ON_THE_FLOOR));
        }
        assertThat(body.lowest()).as(pose).isGreaterThan(-INTO_THE_FLOOR);
      }
    }
  }

  @Test
  void everyPoseIsBalancedOverWhatRestsOnTheFloor() {
    for (ExercisePoses exercise : PoseData.EXERCISES.values()) {
      for (Body body : Motion.poses(exercise)) {
        double[] support =
            body.pose.floor().stream().mapToDouble(place -> body.reference(place).x()).toArray();
        double from = java.util.Arrays.stream(support).min().orElseThrow() - 3;
        double to = java.util.Arrays.stream(support).max().orElseThrow() + 3;
        assertThat(body.centreOfMass().x())
            .as(exercise.slug() + " " + body.pose.name() + ": centre of mass over the support")
            .isBetween(from, to);
      }
    }
  }

  @Test
  void noPoseAndNoMomentOfAMovementBendsAJointFurtherThanABodyCan() {
    for (ExercisePoses exercise : PoseData.EXERCISES.values()) {
      for (Body body : Motion.round(exercise)) {
        assertThat(body.impossibleJoints()).as(exercise.slug() + " " + body.pose.name()).isEmpty();
      }
      for (Body body : Motion.poses(exercise)) {
        assertThat(body.impossibleJoints()).as(exercise.slug() + " " + body.pose.name()).isEmpty();
      }
    }
  }

  @Test
  void everyMomentOfAMovementKeepsItsAnchorOnTheFloorAndNothingBelowIt() {
    for (ExercisePoses exercise : PoseData.EXERCISES.values()) {
      List<Body> round = Motion.round(exercise);
      double anchor = round.get(0).reference(exercise.anchor()).x();
      for (Body body : round) {
        String moment = exercise.slug() + " " + body.pose.name();
        assertThat(body.bottom(exercise.anchor())).as(moment).isCloseTo(0, within(0.05));
        assertThat(body.reference(exercise.anchor()).x())
            .as(moment)
            .isCloseTo(anchor, within(0.05));
        assertThat(body.lowest()).as(moment).isGreaterThan(-2 * INTO_THE_FLOOR);
      }
    }
  }

  @Test
  void handsAndFeetHeldStillStayWhereTheyAreThroughTheMovement() {
    for (ExercisePoses exercise : PoseData.EXERCISES.values()) {
      List<Body> round = Motion.round(exercise);
      for (Place still : exercise.heldStill()) {
        Side side = still.side().orElseThrow();
        Segment end = still.part() == Part.FOOT ? Segment.FOOT : Segment.HAND;
        Point start = round.get(0).frame(side, end).origin();
        for (Body body : round) {
          assertThat(body.frame(side, end).origin().distance(start))
              .as(exercise.slug() + " " + still + " in " + body.pose.name())
              .isLessThan(1.5);
        }
      }
    }
  }

  @Test
  void movementsPassThroughTheirKeyPoses() {
    for (ExercisePoses exercise : PoseData.EXERCISES.values()) {
      if (!exercise.moves()) {
        continue;
      }
      List<String> passed = round(exercise.slug()).stream().map(body -> body.pose.name()).toList();
      for (Pose pose : exercise.keyPoses()) {
        assertThat(passed).as(exercise.slug()).contains(pose.name());
      }
    }
  }

  /** Centimetres a point lies above the straight line from hips to shoulders. */
  private static double aboveTheLineFromHipsToShoulders(Body body, Point point) {
    Point line = body.shoulders().minus(body.hip());
    Point to = point.minus(body.hip());
    return (line.x() * to.y() - line.y() * to.x()) / line.length();
  }

  private static void assertOnTheFloor(Body body, String... places) {
    for (String place : places) {
      assertThat(body.bottom(Place.parse(place)))
          .as(body.pose.name() + " " + place + " on the floor")
          .isCloseTo(0, within(ON_THE_FLOOR));
    }
  }
}
