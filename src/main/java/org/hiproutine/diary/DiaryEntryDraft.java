package org.hiproutine.diary;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A diary entry as the logging form said it, checked and ready to save. */
record DiaryEntryDraft(
    LocalDate day,
    List<String> exercisesDone,
    int exercisesPlanned,
    Integer painBefore,
    Integer painAfter,
    Boolean settled,
    Set<RedFlag> redFlags,
    String note) {

  DiaryEntryDraft {
    exercisesDone = List.copyOf(exercisesDone);
    redFlags = redFlags.isEmpty() ? EnumSet.noneOf(RedFlag.class) : EnumSet.copyOf(redFlags);
    new PainReport(painBefore, painAfter, settled, false); // checks the scores
  }
}
