package org.hiproutine.routine;

import org.springframework.stereotype.Component;

/** The read-only view of a routine is rendered once per version of the routine. */
@Component
class SharedRoutinePages extends SharedPages {

  SharedRoutinePages(RoutineRepository routines) {
    super(routines, "/s/{shareKey}");
  }
}
