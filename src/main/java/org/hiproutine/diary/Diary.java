package org.hiproutine.diary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A routine's diary as a whole: every entry in the order it happened, each with the advice it got
 * from itself and the entry before it (SAFETY.md §4), and what the progress charts show.
 */
public final class Diary {

  /** One entry with its advice. */
  public record Logged(DiaryEntry entry, Advice advice) {}

  private final List<Logged> logged;

  private Diary(List<Logged> logged) {
    this.logged = logged;
  }

  /**
   * @param inOrder the routine's entries by day, then in the order they were made
   */
  public static Diary of(List<DiaryEntry> inOrder) {
    List<Advice> advice = Advice.ofEach(inOrder.stream().map(DiaryEntry::painReport).toList());
    List<Logged> logged = new ArrayList<>(inOrder.size());
    for (int i = 0; i < inOrder.size(); i++) {
      logged.add(new Logged(inOrder.get(i), advice.get(i)));
    }
    return new Diary(Collections.unmodifiableList(logged));
  }

  public boolean isEmpty() {
    return logged.isEmpty();
  }

  public int size() {
    return logged.size();
  }

  /** Every entry, oldest first. */
  public List<Logged> entries() {
    return logged;
  }

  public Optional<Logged> find(long entryId) {
    return logged.stream().filter(l -> l.entry().getId() == entryId).findFirst();
  }

  /** The entries from {@code firstDay} on, newest first: what the diary page lists. */
  public List<Logged> newestFirstFrom(LocalDate firstDay) {
    List<Logged> recent = new ArrayList<>();
    for (int i = logged.size() - 1; i >= 0; i--) {
      if (logged.get(i).entry().getDay().isBefore(firstDay)) {
        break;
      }
      recent.add(logged.get(i));
    }
    return recent;
  }

  /** How many entries are older than {@code firstDay}. */
  public int before(LocalDate firstDay) {
    return (int) logged.stream().filter(l -> l.entry().getDay().isBefore(firstDay)).count();
  }

  /**
   * Whether a new entry is asked "Did the extra pain from last time settle within a day?": when the
   * latest entry on or before that day says so.
   */
  public boolean newEntryAsksIfSettled(LocalDate day) {
    Logged previous = null;
    for (Logged entry : logged) {
      if (entry.entry().getDay().isAfter(day)) {
        break;
      }
      previous = entry;
    }
    return previous != null && previous.entry().painReport().nextEntryAsksIfSettled();
  }

  /**
   * Whether the entry, corrected, is still asked the settle question: when the one before it asks.
   */
  public boolean entryAsksIfSettled(long entryId) {
    for (int i = 1; i < logged.size(); i++) {
      if (logged.get(i).entry().getId() == entryId) {
        return logged.get(i - 1).entry().painReport().nextEntryAsksIfSettled();
      }
    }
    return false;
  }

  /** The twelve-week calendar; the diary starts on its first entry, so no day before is missed. */
  public ProgressCalendar calendar(Schedule schedule, LocalDate today) {
    LocalDate start = logged.isEmpty() ? today : logged.get(0).entry().getDay();
    if (start.isAfter(today)) {
      start = today;
    }
    return ProgressCalendar.of(
        schedule, start, logged.stream().map(l -> l.entry().getDay()).toList(), today);
  }

  public PainLine painLine(LocalDate today) {
    return PainLine.of(
        logged.stream()
            .map(l -> PainPoint.of(l.entry().getDay(), l.entry().painReport(), l.advice()))
            .toList(),
        today);
  }

  /** The routine's plan: its reminder days when it has them, else its days a week. */
  public static Schedule schedule(Optional<Set<DayOfWeek>> chosenDays, int daysAWeek) {
    return chosenDays
        .filter(days -> !days.isEmpty())
        .map(Schedule::onDays)
        .orElseGet(() -> Schedule.daysAWeek(daysAWeek));
  }
}
