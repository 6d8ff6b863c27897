package org.hiproutine.sheet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineItem;
import org.hiproutine.routine.RoutineLinks;
import org.hiproutine.routine.RoutineNotFoundException;
import org.hiproutine.routine.RoutineRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Makes the sheet of a routine found by its share key. */
@Component
class Sheets {

  private final RoutineRepository routines;
  private final MessageSource messages;
  private final Clock clock;

  Sheets(RoutineRepository routines, MessageSource messages, Clock clock) {
    this.routines = routines;
    this.messages = messages;
    this.clock = clock;
  }

  Sheet of(String shareKey, Paper paper, PrintSize size, Locale locale) {
    Routine routine =
        routines.findSheetByShareKey(shareKey).orElseThrow(RoutineNotFoundException::new);
    String shareLink = RoutineLinks.of(routine).share();
    Map<Long, TickGrid> grids = new LinkedHashMap<>();
    for (RoutineItem item : routine.getItems()) {
      grids.put(
          item.getId(),
          TickGrid.of(routine.getFrequency(), item.isDoneOnEachSide(), messages, locale));
    }
    String printedOn =
        LocalDate.now(clock)
            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    return new Sheet(
        routine, paper, size, printedOn, shareLink, QrCode.svgDataUri(shareLink), grids);
  }
}
