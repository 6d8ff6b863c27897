package org.hiproutine.diary;

import java.time.LocalDate;

/** One diary entry on the pain line: its day, its scores (each may be missing) and its advice. */
public record PainPoint(LocalDate day, Integer before, Integer after, Advice advice) {

  public static PainPoint of(LocalDate day, PainReport report, Advice advice) {
    return new PainPoint(day, report.before(), report.after(), advice);
  }
}
