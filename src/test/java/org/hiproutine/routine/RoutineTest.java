package org.hiproutine.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hiproutine.routine.TestRoutines.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutineTest {

  private final Instant now = Instant.parse("2026-11-24T08:00:00Z");

  @Test
  void startsANewItemAtTheRecommendedMinimumWithOneSet() {
    Routine routine = routine();

    RoutineItem bridges = routine.add(GLUTE_BRIDGES);
    RoutineItem catCow = routine.add(CAT_COW);

    assertThat(bridges.getSets()).isEqualTo(1);
    assertThat(bridges.getAmount()).isEqualTo(12);
    assertThat(catCow.getAmount()).isEqualTo(10);
  }

  @Test
  void addsAnExerciseOnlyOnce() {
    Routine routine = routine();

    RoutineItem first = routine.add(GLUTE_BRIDGES);
    RoutineItem again = routine.add(GLUTE_BRIDGES);

    assertThat(again).isSameAs(first);
    assertThat(routine.getItems()).hasSize(1);
  }

  @Test
  void estimatesHoldsTimesSidesTimesSets() {
    Routine routine = routine();
    routine.add(HIP_FLEXOR_STRETCH).change(2, 30, null);

    // 30 s × 2 sides × 2 sets, one exercise so no move between exercises
    assertThat(routine.estimatedDuration().total()).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void estimatesRepetitionsAndRoundsAtTheStatedPaceWithAMoveBetweenExercises() {
    Routine routine = routine();
    routine.add(GLUTE_BRIDGES).change(2, 15, null); // 2 × 15 × 3 s = 90 s
    routine.add(CLAMSHELLS).change(1, 20, null); // 20 × 3 s × 2 sides = 120 s
    routine.add(CAT_COW).change(1, 10, null); // 10 × 6 s = 60 s

    Duration expected =
        Duration.ofSeconds(90 + 120 + 60 + 2 * TimeEstimate.SECONDS_BETWEEN_EXERCISES);
    assertThat(routine.estimatedDuration().total()).isEqualTo(expected);
    assertThat(routine.estimatedDuration().minutes()).isEqualTo(6); // 310 s, rounded up
  }

  @Test
  void anEmptyRoutineTakesNoTime() {
    assertThat(routine().estimatedDuration().total()).isEqualTo(Duration.ZERO);
    assertThat(routine().estimatedDuration().minutes()).isZero();
  }

  @Test
  void ordersStandingThenKneelingThenHandsAndKneesThenLying() {
    Routine routine = routine();
    routine.add(GLUTE_BRIDGES);
    routine.add(CAT_COW);
    routine.add(LUNGES);
    routine.add(PIGEON_POSE);
    routine.add(HIP_FLEXOR_STRETCH);
    routine.add(FORWARD_BEND);
    routine.add(CLAMSHELLS);

    routine.orderByPosition();

    assertThat(slugs(routine))
        .containsExactly(
            "lunges", // standing, and it came before the forward bend: kept first
            "standing-forward-bend",
            "hip-flexor-stretch",
            "cat-cow",
            "pigeon-pose",
            "clamshells",
            "glute-bridges");
  }

  @Test
  void movesAnItemUpAndDownAndStaysPutAtTheEnds() {
    Routine routine = routine();
    RoutineItem bridges = routine.add(GLUTE_BRIDGES);
    RoutineItem clamshells = routine.add(CLAMSHELLS);

    routine.moveUp(clamshells);
    assertThat(slugs(routine)).containsExactly("clamshells", "glute-bridges");

    routine.moveUp(clamshells);
    routine.moveDown(bridges);
    assertThat(slugs(routine)).containsExactly("clamshells", "glute-bridges");

    routine.moveDown(clamshells);
    assertThat(slugs(routine)).containsExactly("glute-bridges", "clamshells");
  }

  @Test
  void refusesAmountsOutsideTheHardLimitsOfTheKind() {
    RoutineItem stretch = routine().add(HIP_FLEXOR_STRETCH);
    RoutineItem bridges = routine().add(GLUTE_BRIDGES);
    RoutineItem catCow = routine().add(CAT_COW);

    assertThatThrownBy(() -> stretch.change(1, 4, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stretch.change(1, 121, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> bridges.change(1, 51, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> catCow.change(1, 31, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> bridges.change(6, 12, null))
        .isInstanceOf(IllegalArgumentException.class);
    stretch.change(1, 120, null);
    assertThat(stretch.getAmount()).isEqualTo(120);
  }

  @Test
  void tellsWhenAnAmountIsOutsideTheRecommendation() {
    RoutineItem bridges = routine().add(GLUTE_BRIDGES);

    bridges.change(1, 15, null);
    assertThat(bridges.isWithinRecommendation()).isTrue();
    bridges.change(1, 20, null);
    assertThat(bridges.isWithinRecommendation()).isFalse();
  }

  @Test
  void keysAre128RandomBitsInBase64Url() {
    RoutineKeys keys = new RoutineKeys();
    String key = keys.next();

    assertThat(key).matches(RoutineKeys.PATTERN).hasSize(22);
    assertThat(keys.next()).isNotEqualTo(key);
    Routine routine = routine();
    assertThat(routine.getEditKey()).isNotEqualTo(routine.getShareKey());
  }

  private Routine routine() {
    return new Routine(new RoutineKeys(), "Morning", null, Frequency.DAILY, now);
  }

  private static List<String> slugs(Routine routine) {
    return routine.getItems().stream().map(item -> item.getExercise().getSlug()).toList();
  }
}
