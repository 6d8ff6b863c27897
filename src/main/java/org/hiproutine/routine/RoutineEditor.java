package org.hiproutine.routine;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hiproutine.catalog.DoseKind;
import org.hiproutine.catalog.Exercise;
import org.hiproutine.catalog.ExerciseRepository;
import org.hiproutine.routine.RoutineForm.ItemForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes routines: each change is one transaction, checked against the version the
 * person's form was loaded at, and raising that version whatever it changed.
 */
@Service
@Transactional
public class RoutineEditor {

  private final RoutineRepository routines;
  private final RoutineTemplateRepository templates;
  private final ExerciseRepository exercises;
  private final RoutineKeys keys;
  private final Clock clock;
  private final EntityManager entityManager;

  RoutineEditor(
      RoutineRepository routines,
      RoutineTemplateRepository templates,
      ExerciseRepository exercises,
      RoutineKeys keys,
      Clock clock,
      EntityManager entityManager) {
    this.routines = routines;
    this.templates = templates;
    this.exercises = exercises;
    this.keys = keys;
    this.clock = clock;
    this.entityManager = entityManager;
  }

  /** The result of submitting a routine's form. */
  sealed interface Edit {

    /**
     * Saved; the notice says what was done, the anchor where on the page to land, the routine is as
     * saved.
     */
    record Done(Routine routine, Notice notice, String anchor) implements Edit {}

    /** Not saved: the problems say why, the form keeps the person's input. */
    record Rejected(Routine routine, List<Problem> problems) implements Edit {}

    /** Not saved: the routine changed since the form was loaded (another tab or person). */
    record Stale(Routine current) implements Edit {}
  }

  /** Something wrong with one field of the form: a message key and its arguments. */
  record Problem(String field, String code, Object... arguments) {}

  public Routine create(RoutineForm form) {
    Routine routine =
        new Routine(keys, form.getName(), form.getNotes(), form.frequency(), clock.instant());
    routine.address(form.getForWhom(), form.getFromWhom());
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

  /** A copy of the routine with this share key, under the given name: "Copy of Morning hips". */
  public Routine copyOf(String shareKey, String name) {
    Routine original = routines.findByShareKey(shareKey).orElseThrow(RoutineNotFoundException::new);
    String within =
        name.length() > Routine.LONGEST_NAME ? name.substring(0, Routine.LONGEST_NAME) : name;
    return routines.save(original.copy(keys, within.strip(), clock.instant()));
  }

  /** Adds an exercise from the catalog; adding one already there changes nothing. */
  public Notice addExercise(String editKey, String exerciseSlug) {
    Routine routine = routines.findByEditKey(editKey).orElseThrow(RoutineNotFoundException::new);
    Exercise exercise = exercise(exerciseSlug);
    if (routine.contains(exercise)) {
      return new Notice("notice.alreadyThere", exercise.getName());
    }
    long loadedAt = routine.getVersion();
    routine.add(exercise);
    routine.touch(clock.instant());
    raiseVersion(routine, loadedAt);
    return new Notice("notice.added", exercise.getName());
  }

  /** Deletes the routine for good; answers its name, to tell the person what was deleted. */
  public String delete(String editKey) {
    Routine routine = routines.findByEditKey(editKey).orElseThrow(RoutineNotFoundException::new);
    routines.delete(routine);
    return routine.getName();
  }

  /**
   * Saves what the person typed and then does what their button asked. Nothing is saved unless all
   * of it is valid (typedValid says whether the form's own checks passed) and the form was loaded
   * at the routine's current version.
   */
  public Edit edit(String editKey, RoutineForm form, RoutineAction action, boolean typedValid) {
    Routine routine = routines.findByEditKey(editKey).orElseThrow(RoutineNotFoundException::new);
    List<ItemForm> itemForms = form.getItems() == null ? List.of() : form.getItems();
    if (!Objects.equals(form.getVersion(), routine.getVersion())) {
      if (action instanceof RoutineAction.Add add && alreadyAdded(routine, add)) {
        // the same "add" sent twice: it is done already
        return new Edit.Done(
            routine, new Notice("notice.alreadyThere", names(add)), action.anchor());
      }
      return new Edit.Stale(routine);
    }
    checkSameItems(routine, itemForms);
    List<Problem> problems = checkAmounts(routine, itemForms);
    if (action instanceof RoutineAction.Add add && add.exerciseSlugs().isEmpty()) {
      problems.add(new Problem("exercises", "routine.picker.noneChosen"));
    }
    if (!typedValid || !problems.isEmpty()) {
      return new Edit.Rejected(routine, problems);
    }
    routine.changeDetails(form.getName(), form.getNotes(), form.frequency(), clock.instant());
    routine.address(form.getForWhom(), form.getFromWhom());
    for (int i = 0; i < itemForms.size(); i++) {
      ItemForm typed = itemForms.get(i);
      routine.getItems().get(i).change(typed.getSets(), typed.getAmount(), typed.getNote());
    }
    List<RoutineItem> added = new ArrayList<>();
    Notice notice = apply(routine, action, added);
    raiseVersion(routine, form.getVersion());
    // after the flush the new items have ids: land on the first of them
    return new Edit.Done(
        routine, notice, added.isEmpty() ? action.anchor() : "#item-" + added.get(0).getId());
  }

  /** Does what the button asked; the items it adds are put in added. */
  private Notice apply(Routine routine, RoutineAction action, List<RoutineItem> added) {
    if (action instanceof RoutineAction.Add add) {
      List<String> names = new ArrayList<>();
      for (String slug : add.exerciseSlugs()) {
        Exercise exercise = exercise(slug);
        if (!routine.contains(exercise)) {
          added.add(routine.add(exercise));
          names.add(exercise.getName());
        }
      }
      return names.isEmpty()
          ? new Notice("notice.alreadyThere", names(add))
          : new Notice("notice.added", String.join(", ", names));
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

  /**
   * Raises the routine's version exactly once for this change, whatever it changed: its own fields
   * and its list of items raise it when flushed; a change to an item alone (its amount) does not,
   * so then it is raised on commit. Pages kept for the old version are never served again.
   */
  private void raiseVersion(Routine routine, long loadedAt) {
    entityManager.flush();
    if (routine.getVersion() == loadedAt) {
      entityManager.lock(routine, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
  }

  private boolean alreadyAdded(Routine routine, RoutineAction.Add add) {
    return !add.exerciseSlugs().isEmpty()
        && add.exerciseSlugs().stream().map(this::exercise).allMatch(routine::contains);
  }

  private String names(RoutineAction.Add add) {
    return String.join(", ", add.exerciseSlugs().stream().map(s -> exercise(s).getName()).toList());
  }

  /** The form's rows must be the routine's items, in order: anything else was not sent by us. */
  private static void checkSameItems(Routine routine, List<ItemForm> itemForms) {
    List<RoutineItem> items = routine.getItems();
    boolean same = items.size() == itemForms.size();
    for (int i = 0; same && i < items.size(); i++) {
      same = itemForms.get(i) != null && items.get(i).getId().equals(itemForms.get(i).getId());
    }
    if (!same) {
      throw new BadRoutineRequestException("the form's items are not the routine's");
    }
  }

  /** The hard limits of each item's kind: holds 5–120 s, repetitions 1–50, rounds 1–30. */
  private static List<Problem> checkAmounts(Routine routine, List<ItemForm> itemForms) {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < itemForms.size(); i++) {
      Integer amount = itemForms.get(i).getAmount();
      DoseKind kind = routine.getItems().get(i).kind();
      if (amount != null && !kind.allows(amount)) {
        problems.add(
            new Problem(
                "items[" + i + "].amount",
                kind.messageKey() + ".outOfLimits",
                kind.lowestAllowed(),
                kind.highestAllowed()));
      }
    }
    return problems;
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
