package org.hiproutine.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineItem;

/**
 * A routine as the steps a person does one after the other: for each exercise, each set, and for
 * exercises done on each side, the Left side and then the Right.
 */
public final class GuidedSession {

  private final Routine routine;
  private final List<SessionStep> steps;

  private GuidedSession(Routine routine, List<SessionStep> steps) {
    this.routine = routine;
    this.steps = Collections.unmodifiableList(steps);
  }

  public static GuidedSession of(Routine routine) {
    List<SessionStep> steps = new ArrayList<>();
    List<RoutineItem> items = routine.getItems();
    for (int i = 0; i < items.size(); i++) {
      RoutineItem item = items.get(i);
      List<Side> sides = item.isDoneOnEachSide() ? List.of(Side.LEFT, Side.RIGHT) : nullSide();
      for (int set = 1; set <= item.getSets(); set++) {
        for (Side side : sides) {
          steps.add(
              new SessionStep(
                  steps.size() + 1,
                  item.getExercise(),
                  i + 1,
                  set,
                  item.getSets(),
                  side,
                  item.kind(),
                  item.getAmount()));
        }
      }
    }
    return new GuidedSession(routine, steps);
  }

  private static List<Side> nullSide() {
    List<Side> once = new ArrayList<>();
    once.add(null);
    return once;
  }

  public Routine routine() {
    return routine;
  }

  public List<SessionStep> steps() {
    return steps;
  }

  public int size() {
    return steps.size();
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /** The step with this number, from 1; empty for any other number. */
  public Optional<SessionStep> step(int number) {
    return number >= 1 && number <= steps.size()
        ? Optional.of(steps.get(number - 1))
        : Optional.empty();
  }

  /** The step after this one, if any. */
  public Optional<SessionStep> after(SessionStep step) {
    return step(step.number() + 1);
  }

  /** The first step of the next exercise, for "Skip this exercise"; empty after the last one. */
  public Optional<SessionStep> nextExercise(SessionStep step) {
    return steps.stream().filter(s -> s.exerciseNumber() > step.exerciseNumber()).findFirst();
  }

  /** How many exercises the session has. */
  public int exercises() {
    return routine.getItems().size();
  }

  /** Whether any exercise is done kneeling, on hands and knees or lying down: a mat is needed. */
  public boolean needsAMat() {
    return routine.getItems().stream()
        .anyMatch(
            item ->
                item.getExercise().getStartPosition()
                    != org.hiproutine.catalog.StartPosition.STANDING);
  }
}
