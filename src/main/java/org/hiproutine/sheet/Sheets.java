package org.hiproutine.sheet;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hiproutine.catalog.Exercise;
import org.hiproutine.catalog.ExerciseSteps;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineItem;
import org.hiproutine.routine.RoutineLinks;
import org.hiproutine.routine.RoutineNotFoundException;
import org.hiproutine.routine.RoutineSnapshots;
import org.hiproutine.sheet.SheetController.SheetKey;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Makes the sheet of a routine from what its key holds, and nothing else. */
@Component
class Sheets {

  private final RoutineSnapshots routines;
  private final MessageSource messages;
  private final ExerciseSteps steps;
  private final TickGrids tickGrids;

  Sheets(
      RoutineSnapshots routines, MessageSource messages, ExerciseSteps steps, TickGrids tickGrids) {
    this.routines = routines;
    this.messages = messages;
    this.steps = steps;
    this.tickGrids = tickGrids;
  }

  Sheet of(SheetKey key) {
    Routine routine =
        routines.byShareKey(key.shareKey()).orElseThrow(RoutineNotFoundException::new);
    String shareLink = RoutineLinks.share(routine, key.publicUrl());
    int rows = 0;
    for (RoutineItem item : routine.getItems()) {
      rows += routine.getFrequency().timesPerDay() * (item.isDoneOnEachSide() ? 2 : 1);
    }
    int weeks = TickGrid.weeksFor(routine.getItems().size(), rows);
    // two shapes at most: exercises done on each side have a row for each side
    Map<Boolean, TickGrid> shapes = new HashMap<>();
    List<Sheet.Item> items = new ArrayList<>(routine.getItems().size());
    for (RoutineItem item : routine.getItems()) {
      TickGrid grid =
          shapes.computeIfAbsent(
              item.isDoneOnEachSide(),
              eachSide ->
                  TickGrid.of(
                      routine.getFrequency(),
                      routine.chosenDays().orElse(Set.of()),
                      eachSide,
                      weeks,
                      messages,
                      key.locale()));
      Exercise exercise = item.getExercise();
      items.add(
          new Sheet.Item(
              exercise.getName(),
              exercise.getIllustration(),
              exercise.getIllustrationAltKey(),
              item.describe(messages, key.locale()),
              item.getNote(),
              steps.html(exercise.getSlug(), "sheet-steps"),
              grid.days().size(),
              tickGrids.html(grid, exercise.getName(), key.locale())));
    }
    String printedOn =
        key.printedOn()
            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(key.locale()));
    return new Sheet(
        routine,
        key.paper(),
        key.size(),
        printedOn,
        routine.describeHowOften(messages, key.locale()),
        routine.estimatedDuration().describe(messages, key.locale()),
        shareLink,
        QrCode.svgDataUri(shareLink),
        items);
  }
}
