package org.hiproutine.diary;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hiproutine.catalog.Exercise;
import org.hiproutine.catalog.ExerciseRepository;
import org.hiproutine.routine.Routine;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Makes a diary's words for one request; reads the catalog only when it must. */
@Component
class DiaryViews {

  private final ExerciseRepository exercises;
  private final MessageSource messages;

  DiaryViews(ExerciseRepository exercises, MessageSource messages) {
    this.exercises = exercises;
    this.messages = messages;
  }

  /** The catalog is read only if an entry names an exercise since removed from the routine. */
  DiaryView of(Routine routine, Diary diary, Locale locale) {
    Set<String> inRoutine = new HashSet<>();
    routine.getItems().forEach(item -> inRoutine.add(item.getExercise().getSlug()));
    boolean allInRoutine =
        diary.entries().stream().allMatch(l -> inRoutine.containsAll(l.entry().getExercisesDone()));
    List<Exercise> catalog = allInRoutine ? List.of() : exercises.findAllToChoose();
    return new DiaryView(messages, locale, routine, catalog);
  }
}
