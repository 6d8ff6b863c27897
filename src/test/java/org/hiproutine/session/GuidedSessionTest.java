package org.hiproutine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hiproutine.routine.TestRoutines.CAT_COW;
import static org.hiproutine.routine.TestRoutines.CLAMSHELLS;
import static org.hiproutine.routine.TestRoutines.FORWARD_BEND;
import static org.hiproutine.routine.TestRoutines.GLUTE_BRIDGES;
import static org.hiproutine.routine.TestRoutines.HIP_FLEXOR_STRETCH;
import static org.hiproutine.routine.TestRoutines.LUNGES;

import org.hiproutine.catalog.DoseKind;
import org.hiproutine.routine.TestRoutines;
import org.hiproutine.routine.TestRoutines.Planned;
import org.junit.jupiter.api.Test;

/** A routine turned into the steps a person does, and the timing rules between them. */
class GuidedSessionTest {

  @Test
  void twoSetsOfAnEachSideHoldAreFourStepsLeftThenRightInEachSet() {
    GuidedSession session =
        GuidedSession.of(TestRoutines.inMemory(new Planned(HIP_FLEXOR_STRETCH, 2, 15)));

    assertThat(session.steps())
        .extracting(SessionStep::number, SessionStep::set, SessionStep::sets, SessionStep::side)
        .containsExactly(
            tuple(1, 1, 2, Side.LEFT),
            tuple(2, 1, 2, Side.RIGHT),
            tuple(3, 2, 2, Side.LEFT),
            tuple(4, 2, 2, Side.RIGHT));
    assertThat(session.steps())
        .allSatisfy(
            step -> {
              assertThat(step.kind()).isEqualTo(DoseKind.HOLD);
              assertThat(step.amount()).isEqualTo(15);
              assertThat(step.exercise()).isEqualTo(HIP_FLEXOR_STRETCH);
            });
  }

  @Test
  void tenRoundsOfCatCowAreOneStepWithNoSide() {
    GuidedSession session = GuidedSession.of(TestRoutines.inMemory(new Planned(CAT_COW, 1, 10)));

    assertThat(session.steps())
        .extracting(SessionStep::side, SessionStep::kind, SessionStep::amount)
        .containsExactly(tuple(null, DoseKind.BREATHING_ROUNDS, 10));
  }

  @Test
  void keepsTheRoutinesOrderAndNumbersStepsAndExercisesFromOne() {
    GuidedSession session =
        GuidedSession.of(
            TestRoutines.inMemory(
                new Planned(GLUTE_BRIDGES, 2, 12),
                new Planned(CLAMSHELLS, 1, 15),
                new Planned(FORWARD_BEND, 1, 20)));

    assertThat(session.steps())
        .extracting(s -> s.exercise().getSlug(), SessionStep::exerciseNumber, SessionStep::side)
        .containsExactly(
            tuple("glute-bridges", 1, null),
            tuple("glute-bridges", 1, null),
            tuple("clamshells", 2, Side.LEFT),
            tuple("clamshells", 2, Side.RIGHT),
            tuple("standing-forward-bend", 3, null));
    assertThat(session.size()).isEqualTo(5);
    assertThat(session.exercises()).isEqualTo(3);
  }

  @Test
  void findsAStepByItsNumberOnlyWithinTheSession() {
    GuidedSession session = GuidedSession.of(TestRoutines.inMemory(new Planned(LUNGES, 1, 12)));

    assertThat(session.step(1)).isPresent();
    assertThat(session.step(2)).get().extracting(SessionStep::side).isEqualTo(Side.RIGHT);
    assertThat(session.step(0)).isEmpty();
    assertThat(session.step(3)).isEmpty();
    assertThat(session.step(-7)).isEmpty();
  }

  @Test
  void skippingAnExerciseGoesToTheFirstStepOfTheNextOne() {
    GuidedSession session =
        GuidedSession.of(
            TestRoutines.inMemory(new Planned(LUNGES, 2, 12), new Planned(CAT_COW, 1, 10)));

    SessionStep secondLunge = session.step(2).orElseThrow();
    assertThat(session.nextExercise(secondLunge))
        .get()
        .extracting(SessionStep::number)
        .isEqualTo(5);
    assertThat(session.nextExercise(session.step(5).orElseThrow())).isEmpty();
  }

  @Test
  void switchesSidesByItselfOnlyBetweenTheTwoSidesOfOneSet() {
    GuidedSession session =
        GuidedSession.of(
            TestRoutines.inMemory(new Planned(CLAMSHELLS, 2, 15), new Planned(LUNGES, 1, 12)));
    SessionStep[] steps = session.steps().toArray(SessionStep[]::new);

    assertThat(steps[0].switchesSidesAfter(steps[1])).as("set 1 left → right").isTrue();
    assertThat(steps[1].switchesSidesAfter(steps[2])).as("set 1 right → set 2 left").isFalse();
    assertThat(steps[2].switchesSidesAfter(steps[3])).as("set 2 left → right").isTrue();
    assertThat(steps[3].switchesSidesAfter(steps[4])).as("to the next exercise").isFalse();
    assertThat(steps[5].switchesSidesAfter(null)).isFalse();
  }

  @Test
  void aHoldTakesTheGetReadyCountTheHoldTheSwitchPauseAndTheOtherSide() {
    GuidedSession session =
        GuidedSession.of(TestRoutines.inMemory(new Planned(HIP_FLEXOR_STRETCH, 1, 5)));
    SessionStep left = session.step(1).orElseThrow();
    SessionStep right = session.step(2).orElseThrow();

    assertThat(SessionTiming.GET_READY_SECONDS).isEqualTo(5);
    assertThat(SessionTiming.SWITCH_SIDES_SECONDS).isEqualTo(5);
    assertThat(SessionTiming.secondsFromStart(left, right)).isEqualTo(5 + 5 + 5 + 5);
    assertThat(SessionTiming.secondsFromStart(right, null)).isEqualTo(5 + 5);
  }

  @Test
  void countsRepetitionsAndBreathingRoundsAtThePaceOfTheEstimate() {
    assertThat(GuidedSession.of(TestRoutines.inMemory(new Planned(GLUTE_BRIDGES, 1, 12))))
        .extracting(s -> s.step(1).orElseThrow().seconds())
        .isEqualTo(36);
    assertThat(GuidedSession.of(TestRoutines.inMemory(new Planned(CAT_COW, 1, 10))))
        .extracting(s -> s.step(1).orElseThrow().seconds())
        .isEqualTo(60);
  }

  @Test
  void asksForAMatUnlessEveryExerciseIsDoneStanding() {
    assertThat(GuidedSession.of(TestRoutines.inMemory(new Planned(LUNGES, 1, 12))).needsAMat())
        .isFalse();
    assertThat(
            GuidedSession.of(
                    TestRoutines.inMemory(
                        new Planned(LUNGES, 1, 12), new Planned(GLUTE_BRIDGES, 1, 12)))
                .needsAMat())
        .isTrue();
  }
}
