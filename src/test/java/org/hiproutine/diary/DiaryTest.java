package org.hiproutine.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class DiaryTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

  @Test
  void eachEntryGetsItsAdviceFromItselfAndTheOneBefore() {
    Diary diary =
        Diary.of(
            List.of(
                entry(1, DAY.minusDays(3), 2, 3, null),
                entry(2, DAY.minusDays(2), null, null, false),
                entry(3, DAY.minusDays(1), null, null, false),
                entry(4, DAY, 1, 1, true)));

    assertThat(diary.entries().stream().map(Diary.Logged::advice))
        .containsExactly(Advice.GREEN, Advice.AMBER, Advice.RED, Advice.GREEN);
  }

  @Test
  void asksWhetherThePainSettledOnlyAfterAnEntryWithMorePainAfter() {
    Diary diary =
        Diary.of(
            List.of(
                entry(1, DAY.minusDays(2), 2, 2, null), entry(2, DAY.minusDays(1), 2, 4, null)));

    assertThat(diary.newEntryAsksIfSettled(DAY)).isTrue();
    assertThat(diary.newEntryAsksIfSettled(DAY.minusDays(2)))
        .as("a day logged late follows the entry before it")
        .isFalse();
    assertThat(diary.entryAsksIfSettled(2)).isFalse();
    assertThat(Diary.of(List.of()).newEntryAsksIfSettled(DAY)).isFalse();
  }

  @Test
  void listsTheNewestFirstFromADayAndCountsTheOlderOnes() {
    List<DiaryEntry> entries = new ArrayList<>();
    for (int day = 20; day >= 0; day--) {
      entries.add(entry(21 - day, DAY.minusDays(day), null, null, null));
    }
    Diary diary = Diary.of(entries);

    assertThat(diary.newestFirstFrom(DAY.minusDays(2)).stream().map(l -> l.entry().getDay()))
        .containsExactly(DAY, DAY.minusDays(1), DAY.minusDays(2));
    assertThat(diary.before(DAY.minusDays(2))).isEqualTo(18);
  }

  @Test
  void theCalendarStartsOnTheFirstEntrySoNoEarlierDayIsMissed() {
    Diary diary = Diary.of(List.of(entry(1, DAY, null, null, null)));

    ProgressCalendar calendar = diary.calendar(Diary.schedule(Optional.empty(), 7), DAY);

    assertThat(
            calendar.weeks().stream()
                .flatMap(week -> week.days().stream())
                .filter(day -> day.state() == DayState.MISSED))
        .isEmpty();
    assertThat(calendar.summary().daysDoneThisWeek()).isOne();
  }

  @Test
  void thePlanIsTheReminderDaysWhenThereAreAny() {
    assertThat(Diary.schedule(Optional.of(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), 5))
        .isEqualTo(Schedule.onDays(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
    assertThat(Diary.schedule(Optional.empty(), 3)).isEqualTo(Schedule.daysAWeek(3));
  }

  static DiaryEntry entry(long id, LocalDate day, Integer before, Integer after, Boolean settled) {
    DiaryEntry entry =
        new DiaryEntry(
            1,
            "token-" + id,
            new DiaryEntryDraft(day, List.of("lunges"), 1, before, after, settled, Set.of(), null),
            Instant.parse("2026-12-02T08:00:00Z"));
    ReflectionTestUtils.setField(entry, "id", id);
    return entry;
  }
}
