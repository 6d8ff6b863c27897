package org.hiproutine.catalog.drawing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The pose files' format: readable by a person, and a mistake names its line. */
class PoseFileTest {

  private static final String STANDING =
      """
      # a comment
      title Standing
      anchor near-heel

      pose tall
        trunk 0
        spine 0
        neck 0   # looking ahead
        hip 0 0
        knee 0 0
        ankle 0 0
        shoulder 0 0
        elbow 0 0
        wrist 0 0
        floor near-heel near-toe far-heel far-toe
      """;

  @Test
  void readsTheSettingsAndEachPoseWithItsAnglesAndWhatRestsOnTheFloor() {
    ExercisePoses exercise = PoseFile.read("standing", STANDING.replace("knee 0 0", "knee 5 10"));

    assertThat(exercise.title()).isEqualTo("Standing");
    assertThat(exercise.view()).isEqualTo(View.SIDE);
    assertThat(exercise.eachSide()).isFalse();
    assertThat(exercise.moves()).isFalse();
    Pose pose = exercise.pose("tall");
    assertThat(pose.angle(Side.NEAR, Joint.KNEE)).isEqualTo(5);
    assertThat(pose.angle(Side.FAR, Joint.KNEE)).isEqualTo(10);
    assertThat(pose.floor()).contains(Place.parse("far-toe"), Place.parse("near-heel"));
  }

  @Test
  void depthsSetBeforeThePosesHoldForEveryPoseUnlessAPoseSetsItsOwn() {
    ExercisePoses exercise =
        PoseFile.read(
            "standing",
            STANDING.replace("anchor near-heel", "anchor near-heel\ndepth thigh 30 20")
                + STANDING
                    .substring(STANDING.indexOf("pose"))
                    .replace("pose tall", "pose other")
                    .replace("  floor", "  depth thigh 10 0\n  floor")
                + "pace 3 repetition\n");

    assertThat(exercise.pose("tall").depth(Side.NEAR, Segment.THIGH)).isEqualTo(30);
    assertThat(exercise.pose("other").depth(Side.NEAR, Segment.THIGH)).isEqualTo(10);
    assertThat(exercise.pose("other").depth(Side.FAR, Segment.SHANK)).isZero();
  }

  @Test
  void namesTheLineOfAMistake() {
    assertThatThrownBy(() -> PoseFile.read("standing", STANDING.replace("knee 0 0", "knee 0")))
        .hasMessageContaining("standing.pose line 10")
        .hasMessageContaining("knee takes 2 value(s)");
    assertThatThrownBy(() -> PoseFile.read("standing", STANDING.replace("far-toe", "far-nose")))
        .hasMessageContaining("no such part of the body: nose");
  }

  @Test
  void rejectsAPoseThatLeavesOutAJoint() {
    assertThatThrownBy(() -> PoseFile.read("standing", STANDING.replace("  wrist 0 0\n", "")))
        .hasMessageContaining("pose tall has no wrist");
  }

  @Test
  void rejectsAnAnchorThatDoesNotRestOnTheFloor() {
    assertThatThrownBy(
            () -> PoseFile.read("standing", STANDING.replace("anchor near-heel", "anchor head")))
        .hasMessageContaining("tall does not rest on head");
  }

  @Test
  void rejectsAMovementWithoutAPace() {
    String twoPoses =
        STANDING + STANDING.substring(STANDING.indexOf("pose")).replace("pose tall", "pose other");

    assertThatThrownBy(() -> PoseFile.read("standing", twoPoses))
        .hasMessageContaining("a movement needs a pace");
    assertThat(PoseFile.read("standing", twoPoses + "pace 3 repetition\n").moves()).isTrue();
  }
}
