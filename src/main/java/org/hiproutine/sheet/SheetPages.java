package org.hiproutine.sheet;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.hiproutine.routine.RoutineRepository;
import org.hiproutine.routine.SharedPages;
import org.springframework.stereotype.Component;

/**
 * A routine's sheet and its PDF are made once per version, paper, print size and day (the sheet
 * says the date it was printed): printing and downloading again costs nothing.
 */
@Component
class SheetPages extends SharedPages {

  private final Clock clock;

  SheetPages(RoutineRepository routines, Clock clock) {
    super(routines, "/s/{shareKey}/sheet(?:\\.pdf)?");
    this.clock = clock;
  }

  @Override
  protected String variant(HttpServletRequest request) {
    return Paper.of(request.getParameter("paper")).param()
        + "|"
        + PrintSize.of(request.getParameter("size")).param()
        + "|"
        + LocalDate.now(clock);
  }
}
