package org.hiproutine.diary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineItem;
import org.hiproutine.routine.RoutineNotFoundException;
import org.hiproutine.routine.RoutineRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a routine's diary: each form is checked against the routine as it is in the same
 * transaction (its exercises, its times a day), and every save is flushed before it is answered.
 */
@Service
@Transactional
class DiaryEntries {

  /** What a logging or correcting form came to. */
  sealed interface Outcome permits Saved, Rejected {}

  record Saved(long entryId) implements Outcome {}

  /** Each field's problem; a full day says how many times a day the routine is done. */
  record Rejected(Map<DiaryForm.Problem.Field, DiaryForm.Problem> problems, int timesADay)
      implements Outcome {}

  private final RoutineRepository routines;
  private final DiaryEntryRepository entries;
  private final DiaryDays days;
  private final Clock clock;

  DiaryEntries(
      RoutineRepository routines, DiaryEntryRepository entries, DiaryDays days, Clock clock) {
    this.routines = routines;
    this.entries = entries;
    this.days = days;
    this.clock = clock;
  }

  /**
   * Logs a session; invalidElsewhere (the note) leaves it unsaved but still checks every field. A
   * form sent again (the same token) answers the entry it already made, so a double tap on Save
   * makes one entry.
   */
  Outcome log(String editKey, DiaryForm form, boolean invalidElsewhere) {
    Routine routine = routine(editKey);
    String token = form.tokenOrNew();
    var made = entries.findByRoutineIdAndFormToken(routine.getId(), token);
    if (made.isPresent()) {
      return new Saved(made.get().getId());
    }
    List<String> slugs = slugs(routine);
    DiaryForm.Parsed parsed =
        form.read(new DiaryForm.Choices(slugs, slugs.size(), days.earliest(), days.latest()));
    if (parsed instanceof DiaryForm.Invalid invalid) {
      return rejected(invalid.problems(), routine);
    }
    if (invalidElsewhere) {
      return rejected(Map.of(), routine);
    }
    DiaryEntryDraft draft = ((DiaryForm.Valid) parsed).draft();
    if (dayFull(routine, draft)) {
      return rejected(Map.of(DiaryForm.Problem.Field.DAY, DiaryForm.Problem.DAY_FULL), routine);
    }
    DiaryEntry entry =
        entries.saveAndFlush(new DiaryEntry(routine.getId(), token, draft, clock.instant()));
    return new Saved(entry.getId());
  }

  /** Corrects an entry; the exercises it was logged with stay choices even if since removed. */
  Outcome change(String editKey, long entryId, DiaryForm form, boolean invalidElsewhere) {
    Routine routine = routine(editKey);
    DiaryEntry entry = entries.entryOf(routine.getId(), entryId);
    Set<String> slugs = new LinkedHashSet<>(slugs(routine));
    slugs.addAll(entry.getExercisesDone());
    DiaryForm.Parsed parsed =
        form.read(
            new DiaryForm.Choices(
                slugs, entry.getExercisesPlanned(), days.earliest(), days.latest()));
    if (parsed instanceof DiaryForm.Invalid invalid) {
      return rejected(invalid.problems(), routine);
    }
    if (invalidElsewhere) {
      return rejected(Map.of(), routine);
    }
    DiaryEntryDraft draft = ((DiaryForm.Valid) parsed).draft();
    if (!draft.day().equals(entry.getDay()) && dayFull(routine, draft)) {
      return rejected(Map.of(DiaryForm.Problem.Field.DAY, DiaryForm.Problem.DAY_FULL), routine);
    }
    entry.change(draft, clock.instant());
    entries.saveAndFlush(entry);
    return new Saved(entry.getId());
  }

  void delete(String editKey, long entryId) {
    Routine routine = routine(editKey);
    entries.delete(entries.entryOf(routine.getId(), entryId));
  }

  /** The entry a form with this token made, if the same form was sent twice at the same moment. */
  @Transactional(readOnly = true)
  java.util.Optional<Long> madeBy(String editKey, DiaryForm form) {
    Routine routine = routine(editKey);
    return entries
        .findByRoutineIdAndFormToken(routine.getId(), form.tokenOrNew())
        .map(DiaryEntry::getId);
  }

  private boolean dayFull(Routine routine, DiaryEntryDraft draft) {
    long thatDay = entries.countByRoutineIdAndDay(routine.getId(), draft.day());
    return thatDay >= routine.getFrequency().timesPerDay();
  }

  private Rejected rejected(
      Map<DiaryForm.Problem.Field, DiaryForm.Problem> problems, Routine routine) {
    // in the fields' order; EnumMap's copy constructor refuses an empty map that is not an EnumMap
    Map<DiaryForm.Problem.Field, DiaryForm.Problem> inOrder =
        new EnumMap<>(DiaryForm.Problem.Field.class);
    inOrder.putAll(problems);
    return new Rejected(inOrder, routine.getFrequency().timesPerDay());
  }

  private Routine routine(String editKey) {
    return routines.findByEditKey(editKey).orElseThrow(RoutineNotFoundException::new);
  }

  private static List<String> slugs(Routine routine) {
    List<String> slugs = new ArrayList<>();
    for (RoutineItem item : routine.getItems()) {
      slugs.add(item.getExercise().getSlug());
    }
    return slugs;
  }
}
