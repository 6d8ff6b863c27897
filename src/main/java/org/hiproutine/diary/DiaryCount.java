package org.hiproutine.diary;

import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineDiary;
import org.springframework.stereotype.Component;

/** Tells the routine's delete page how many diary entries go with it. */
@Component
class DiaryCount implements RoutineDiary {

  private final DiaryEntryRepository entries;

  DiaryCount(DiaryEntryRepository entries) {
    this.entries = entries;
  }

  @Override
  public long sessionsLogged(Routine routine) {
    return entries.countByRoutineId(routine.getId());
  }
}
