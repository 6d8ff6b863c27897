package org.hiproutine.routine;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hiproutine.catalog.DoseKind;
import org.hiproutine.catalog.Exercise;
import org.hiproutine.catalog.ExerciseRepository;
import org.hiproutine.routine.RoutineForm.ItemForm;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Creates and changes routines: each change is one transaction, checked against the version. */
@Service
@Transactional
public class RoutineEditor {

  private final RoutineRepository routines;
  private final RoutineTemplateRepository templates;
  private final ExerciseRepository exercises;
  private final RoutineKeys keys;
  private final Clock clock;

  RoutineEditor(
      RoutineRepository routines,
      RoutineTemplateRepository templates,
      ExerciseRepository exercises,
      RoutineKeys keys,
      Clock clock) {
    this.routines = routines;
    this.templates = templates;
    this.exercises = exercises;
    this.keys = keys;
    this.clock = clock;
  }

  /** The result of submitting a routine's form. */
  sealed interface Edit {

    /** Saved; the notice says what was done. */
    record Done(Routine routine, MessageSourceResolvable notice) implements Edit {}

    /** Not saved: the errors say why, the form keeps the person's input. */
    record Rejected(Routine routine) implements Edit {}

    /** Not saved: the routine changed since the form was loaded (another tab or person). */
    record Stale(Routine current) implements Edit {}
  }

  public Routine create(RoutineForm form) {
    Routine routine =
        new Routine(keys, form.getName(), form.getNotes(), form.frequency(), clock.instant());
    if (form.getExercise() != null && !form.getExercise().isBlank()) {
      routine.add(exercise(form.getExercise()));
    }
    return routines.save(routine);
  }

  public Routine copy(String templateSlug) {
    RoutineTemplate template =
        templates.findBySlug(templateSlug).orElseThrow(RoutineNotFoundException::new);
    Routine routine =
        new Routine(keys, template.getName(), null, template.getFrequency(), clock.instant());
    template
        .getItems()
        .forEach(item -> routine.add(item.getExercise(), item.getSets(), item.getAmount()));
    return routines.save(routine);
  }

  /** Adds an exercise from the catalog; adding one already there changes nothing. */
  public MessageSourceResolvable addExercise(String editKey, String exerciseSlug) {
    Routine routine = routines.findByEditKey(editKey).orElseThrow(RoutineNotFoundException::new);
    return add(routine, exercise(exerciseSlug));
  }

  /** Deletes the routine for good; answers its name, to tell the person what was deleted. */
  public String delete(String editKey) {
    Routine routine = routines.findByEditKey(editKey).orElseThrow(RoutineNotFoundException::new);
    routines.delete(routine);
    return routine.getName();
  }

  /**
   * Saves what the person typed and then does what their button asked. Nothing is saved unless all
   * of it is valid and the form was loaded at the routine's current version.
   */
  public Edit edit(String editKey, RoutineForm form, RoutineAction action, Errors errors) {
    Routine routine = routines.findByEditKey(editKey).orElseThrow(RoutineNotFoundException::new);
    if (!Objects.equals(form.getVersion(), routine.getVersion())) {
      if (action instanceof RoutineAction.Add add) {
        Exercise exercise = exercise(add.exerciseSlug());
        if (routine.contains(exercise)) { // the same "add" sent twice: it is done already
          return new Edit.Done(routine, new Notice("notice.alreadyThere", exercise.getName()));
        }
      }
      return new Edit.Stale(routine);
    }
    List<ItemForm> itemForms = form.getItems() == null ? List.of() : form.getItems();
    checkSameItems(routine, itemForms, errors);
    checkAmounts(routine, itemForms, errors);
    if (errors.hasErrors()) {
      return new Edit.Rejected(routine);
    }
    Instant now = clock.instant();
    routine.describe(form.getName(), form.getNotes(), form.frequency(), now);
    for (int i = 0; i < itemForms.size(); i++) {
      ItemForm typed = itemForms.get(i);
      routine.getItems().get(i).change(typed.getSets(), typed.getAmount(), typed.getNote());
    }
    return new Edit.Done(routine, apply(routine, action));
  }

  private MessageSourceResolvable apply(Routine routine, RoutineAction action) {
    if (action instanceof RoutineAction.Add add) {
      return add(routine, exercise(add.exerciseSlug()));
    }
    if (action instanceof RoutineAction.OrderByPosition) {
      routine.orderByPosition();
      return new Notice("notice.ordered");
    }
    if (action instanceof RoutineAction.MoveUp up) {
      RoutineItem item = item(routine, up.itemId());
      routine.moveUp(item);
      return new Notice("notice.movedUp", item.getExercise().getName());
    }
    if (action instanceof RoutineAction.MoveDown down) {
      RoutineItem item = item(routine, down.itemId());
      routine.moveDown(item);
      return new Notice("notice.movedDown", item.getExercise().getName());
    }
    if (action instanceof RoutineAction.Remove remove) {
      RoutineItem item = item(routine, remove.itemId());
      routine.remove(item);
      return new Notice("notice.removed", item.getExercise().getName());
    }
    return new Notice("notice.saved");
  }

  private MessageSourceResolvable add(Routine routine, Exercise exercise) {
    if (routine.contains(exercise)) {
      return new Notice("notice.alreadyThere", exercise.getName());
    }
    routine.add(exercise);
    routine.touch(clock.instant());
    return new Notice("notice.added", exercise.getName());
  }

  /** The form's rows must be the routine's items, in order: anything else was not sent by us. */
  private static void checkSameItems(Routine routine, List<ItemForm> itemForms, Errors errors) {
    List<RoutineItem> items = routine.getItems();
    boolean same = items.size() == itemForms.size();
    for (int i = 0; same && i < items.size(); i++) {
      same = itemForms.get(i) != null && items.get(i).getId().equals(itemForms.get(i).getId());
    }
    if (!same || errors.hasFieldErrors("version")) {
      throw new BadRoutineRequestException("the form's items are not the routine's");
    }
  }

  /** The hard limits of each item's kind: holds 5–120 s, repetitions 1–50, rounds 1–30. */
  private static void checkAmounts(Routine routine, List<ItemForm> itemForms, Errors errors) {
    for (int i = 0; i < itemForms.size(); i++) {
      String field = "items[" + i + "].amount";
      Integer amount = itemForms.get(i).getAmount();
      DoseKind kind = routine.getItems().get(i).kind();
      if (amount != null && !errors.hasFieldErrors(field) && !kind.allows(amount)) {
        errors.rejectValue(
            field,
            kind.messageKey() + ".outOfLimits",
            new Object[] {kind.lowestAllowed(), kind.highestAllowed()},
            null);
      }
    }
  }

  private static RoutineItem item(Routine routine, long itemId) {
    return routine
        .item(itemId)
        .orElseThrow(() -> new BadRoutineRequestException("no such item in this routine"));
  }

  private Exercise exercise(String slug) {
    return exercises
        .findBySlug(slug)
        .orElseThrow(() -> new BadRoutineRequestException("no such exercise in the catalog"));
  }
}
