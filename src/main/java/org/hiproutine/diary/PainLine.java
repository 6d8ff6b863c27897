package org.hiproutine.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The diary's pain scores over the same twelve weeks as the progress calendar. */
public record PainLine(LocalDate firstDay, LocalDate lastDay, List<PainPoint> points) {

  public PainLine {
    points = List.copyOf(points);
  }

  /**
   * The entries of the twelve weeks ending this week, by day; entries of one day keep the order
   * they are given in (the order they were made).
   */
  public static PainLine of(List<PainPoint> entries, LocalDate today) {
    LocalDate lastDay = ProgressCalendar.mondayOf(today).plusDays(6);
    LocalDate firstDay = lastDay.minusDays(ProgressCalendar.WEEKS * 7L - 1);
    List<PainPoint> points = new ArrayList<>();
    for (PainPoint entry : entries) {
      if (!entry.day().isBefore(firstDay) && !entry.day().isAfter(lastDay)) {
        points.add(entry);
      }
    }
    points.sort(Comparator.comparing(PainPoint::day));
    return new PainLine(firstDay, lastDay, points);
  }

  /** Whether any entry in the twelve weeks has a score; if not, show an empty state instead. */
  public boolean hasScores() {
    return points.stream().anyMatch(p -> p.before() != null || p.after() != null);
  }

  int days() {
    return (int) (lastDay.toEpochDay() - firstDay.toEpochDay()) + 1;
  }
}
