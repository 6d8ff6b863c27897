package org.hiproutine.routine;

import java.time.Instant;
import java.util.List;
import org.hiproutine.catalog.Dose;
import org.hiproutine.catalog.DoseKind;
import org.hiproutine.catalog.Exercise;
import org.hiproutine.catalog.ExerciseKind;
import org.hiproutine.catalog.StartPosition;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Routines and exercises for tests, in one place: in memory (no database, for domain tests of any
 * feature) or saved the way the builder saves them.
 */
public final class TestRoutines {

  public static final Exercise HIP_FLEXOR_STRETCH =
      exercise(1, "hip-flexor-stretch", DoseKind.HOLD, 15, 30, true, StartPosition.KNEELING);
  public static final Exercise PIGEON_POSE =
      exercise(2, "pigeon-pose", DoseKind.HOLD, 15, 30, true, StartPosition.PLANK);
  public static final Exercise GLUTE_BRIDGES =
      exercise(
          3, "glute-bridges", DoseKind.REPETITIONS, 12, 15, false, StartPosition.LYING_ON_BACK);
  public static final Exercise CLAMSHELLS =
      exercise(4, "clamshells", DoseKind.REPETITIONS, 15, 20, true, StartPosition.LYING_ON_SIDE);
  public static final Exercise CAT_COW =
      exercise(
          6, "cat-cow", DoseKind.BREATHING_ROUNDS, 10, 15, false, StartPosition.HANDS_AND_KNEES);
  public static final Exercise FORWARD_BEND =
      exercise(7, "standing-forward-bend", DoseKind.HOLD, 20, 30, false, StartPosition.STANDING);
  public static final Exercise LUNGES =
      exercise(8, "lunges", DoseKind.REPETITIONS, 12, 15, true, StartPosition.STANDING);

  private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

  /** An exercise of a routine: how many sets of how much. */
  public record Planned(Exercise exercise, int sets, int amount) {}

  private TestRoutines() {}

  /** A routine in memory only, never saved, with these exercises in this order. */
  public static Routine inMemory(String name, Frequency frequency, Planned... planned) {
    Routine routine = new Routine(new RoutineKeys(), name, null, frequency, NOW);
    for (Planned item : planned) {
      routine.add(item.exercise(), item.sets(), item.amount());
    }
    return routine;
  }

  public static Routine inMemory(Planned... planned) {
    return inMemory("Morning", Frequency.DAILY, planned);
  }

  /** A routine saved as the builder saves it: created, then each exercise added. */
  public static Routine saved(
      RoutineEditor editor, RoutineRepository routines, String name, List<String> slugs) {
    return saved(editor, routines, name, Frequency.DAILY, slugs);
  }

  public static Routine saved(
      RoutineEditor editor,
      RoutineRepository routines,
      String name,
      Frequency frequency,
      List<String> slugs) {
    RoutineForm form = RoutineForm.blank();
    form.setName(name);
    form.setTimesPerDay(frequency.timesPerDay());
    form.setDaysPerWeek(frequency.daysPerWeek());
    String editKey = editor.create(form).getEditKey();
    slugs.forEach(slug -> editor.addExercise(editKey, slug));
    return routines.findByEditKey(editKey).orElseThrow();
  }

  /** Saves the same note for every item of the routine, as the edit form would. */
  public static Routine withNotes(
      RoutineEditor editor, RoutineRepository routines, String editKey, String note) {
    RoutineForm form = RoutineForm.of(routines.findByEditKey(editKey).orElseThrow());
    form.getItems().forEach(item -> item.setNote(note));
    RoutineEditor.Edit edit = editor.edit(editKey, form, new RoutineAction.Save(), true);
    if (!(edit instanceof RoutineEditor.Edit.Done)) {
      throw new IllegalStateException("not saved: " + edit);
    }
    return routines.findByEditKey(editKey).orElseThrow();
  }

  /** Saves who the routine is for and from, as the edit form would. */
  public static Routine addressed(
      RoutineEditor editor,
      RoutineRepository routines,
      String editKey,
      String forWhom,
      String fromWhom) {
    RoutineForm form = RoutineForm.of(routines.findByEditKey(editKey).orElseThrow());
    form.setForWhom(forWhom);
    form.setFromWhom(fromWhom);
    RoutineEditor.Edit edit = editor.edit(editKey, form, new RoutineAction.Save(), true);
    if (!(edit instanceof RoutineEditor.Edit.Done)) {
      throw new IllegalStateException("not saved: " + edit);
    }
    return routines.findByEditKey(editKey).orElseThrow();
  }

  /**
   * Gives a saved routine a share key chosen by the test (share keys are random, and some tests are
   * about how wide one prints): written straight into its row, as nothing in the app changes it.
   */
  public static Routine withShareKey(
      JdbcTemplate jdbc, RoutineRepository routines, Routine routine, String shareKey) {
    jdbc.update("update routine set share_key = ? where id = ?", shareKey, routine.getId());
    return routines.findByEditKey(routine.getEditKey()).orElseThrow();
  }

  /** A note of exactly 100 characters, as a physiotherapist might write on every exercise. */
  public static final String HUNDRED_CHARACTER_NOTE =
      "Keep your back flat and breathe out as you lift; stop if your knee hurts at all. Slow and steady ok.";

  /** Saves these amounts for the routine's items, in order, as the edit form would. */
  public static Routine withAmounts(
      RoutineEditor editor, RoutineRepository routines, String editKey, int... amounts) {
    RoutineForm form = RoutineForm.of(routines.findByEditKey(editKey).orElseThrow());
    for (int i = 0; i < amounts.length; i++) {
      form.getItems().get(i).setAmount(amounts[i]);
    }
    RoutineEditor.Edit edit = editor.edit(editKey, form, new RoutineAction.Save(), true);
    if (!(edit instanceof RoutineEditor.Edit.Done)) {
      throw new IllegalStateException("not saved: " + edit);
    }
    return routines.findByEditKey(editKey).orElseThrow();
  }

  public static Exercise exercise(
      long id,
      String slug,
      DoseKind kind,
      int min,
      int max,
      boolean eachSide,
      StartPosition position) {
    return new Exercise(
        id,
        slug,
        slug,
        new Dose(kind, min, max, eachSide),
        position,
        ExerciseKind.STRETCH,
        List.of());
  }
}
