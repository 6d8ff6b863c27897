package org.hiproutine.sheet;

import java.util.List;
import org.hiproutine.SeedCatalog;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineEditor;
import org.hiproutine.routine.RoutineForm;
import org.hiproutine.routine.RoutineRepository;

/** Routines for the sheet's tests, made the way the builder makes them. */
final class SheetTestRoutines {

  static final List<String> FIVE =
      List.of("glute-bridges", "clamshells", "cat-cow", "lunges", "hip-flexor-stretch");

  static final List<String> ALL_EIGHT = SeedCatalog.SLUGS;

  private SheetTestRoutines() {}

  static Routine routine(
      RoutineEditor editor, RoutineRepository routines, String name, List<String> slugs) {
    RoutineForm form = RoutineForm.blank();
    form.setName(name);
    String editKey = editor.create(form).getEditKey();
    slugs.forEach(slug -> editor.addExercise(editKey, slug));
    return routines.findByEditKey(editKey).orElseThrow();
  }
}
