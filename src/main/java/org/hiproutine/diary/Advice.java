package org.hiproutine.diary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the app says back after a diary entry (SAFETY.md §4), from least to most serious. URGENT (a
 * red-flag symptom was ticked) is a band above RED rather than a flag beside the bands, so an entry
 * gets one answer and the urgent-help panel never sits next to "Keep going at this level". NONE is
 * an entry with no pain score after, no "No" to the settle question and no red flag.
 */
public enum Advice {
  NONE,
  GREEN,
  AMBER,
  RED,
  URGENT;

  private static final int RED_AFTER = 6;
  private static final int AMBER_RISE = 2;

  /**
   * The advice for {@code current}, given the entry before it (for "No" twice in a row). A missing
   * before score leaves the rise unknown, so the after score alone decides; a missing after score
   * gives no band from the scores, so only the settle answer and red flags count.
   */
  public static Advice of(PainReport current, Optional<PainReport> previous) {
    if (current.redFlags()) {
      return URGENT;
    }
    Advice advice = fromScores(current);
    if (Boolean.FALSE.equals(current.settled())) {
      boolean noTwiceInARow = previous.map(p -> Boolean.FALSE.equals(p.settled())).orElse(false);
      advice = advice.atLeast(noTwiceInARow ? RED : AMBER);
    }
    return advice;
  }

  /** The advice for each of a person's entries, given in the order they were made. */
  public static List<Advice> ofEach(List<PainReport> inOrder) {
    List<Advice> advice = new ArrayList<>(inOrder.size());
    PainReport previous = null;
    for (PainReport current : inOrder) {
      advice.add(of(current, Optional.ofNullable(previous)));
      previous = current;
    }
    return advice;
  }

  private static Advice fromScores(PainReport report) {
    Integer after = report.after();
    if (after == null) {
      return NONE;
    }
    if (after >= RED_AFTER) {
      return RED;
    }
    if (after >= PainReport.AMBER_AFTER || report.rise().orElse(0) >= AMBER_RISE) {
      return AMBER;
    }
    return GREEN;
  }

  private Advice atLeast(Advice other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** Whether there is any advice to show. */
  public boolean given() {
    return this != NONE;
  }

  /** Whether the §3 "Get urgent medical help" panel is shown, above everything else. */
  public boolean urgent() {
    return this == URGENT;
  }

  /**
   * The advice in SAFETY.md §4's words. For URGENT it is the §3 panel's title: the page shows the
   * whole panel.
   */
  public String messageKey() {
    return this == URGENT ? "safety.redFlags.urgent.title" : "diary.advice." + key();
  }

  /** A short name for the band, for the diary's list, its printout and the charts' legend. */
  public String labelKey() {
    return "diary.advice." + key() + ".label";
  }

  private String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
