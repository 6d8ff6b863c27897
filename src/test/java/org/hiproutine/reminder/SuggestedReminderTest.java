package org.hiproutine.reminder;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuggestedReminderTest {

  @Test
  void spreadsTheDaysOverTheWeekFromMonday() {
    assertThat(SuggestedReminder.days(1)).containsExactly(MONDAY);
    assertThat(SuggestedReminder.days(2)).containsExactly(MONDAY, THURSDAY);
    assertThat(SuggestedReminder.days(3)).containsExactly(MONDAY, WEDNESDAY, FRIDAY);
    assertThat(SuggestedReminder.days(4)).containsExactly(MONDAY, TUESDAY, THURSDAY, SATURDAY);
    assertThat(SuggestedReminder.days(5))
        .containsExactly(MONDAY, TUESDAY, WEDNESDAY, FRIDAY, SATURDAY);
    assertThat(SuggestedReminder.days(6)).doesNotContain(DayOfWeek.SUNDAY).hasSize(6);
    assertThat(SuggestedReminder.days(7)).isEqualTo(EnumSet.allOf(DayOfWeek.class));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
  void spreadsTheRestDaysEvenlyOverTheWeek(int daysAWeek) {
    List<DayOfWeek> days = List.copyOf(SuggestedReminder.days(daysAWeek));
    List<Integer> restBetween = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      boolean last = i + 1 == days.size();
      int next = days.get(last ? 0 : i + 1).getValue() + (last ? 7 : 0);
      restBetween.add(next - days.get(i).getValue() - 1);
    }

    assertThat(days).hasSize(daysAWeek);
    assertThat(restBetween.stream().mapToInt(Integer::intValue).sum()).isEqualTo(7 - daysAWeek);
    assertThat(Collections.max(restBetween) - Collections.min(restBetween)).isLessThanOrEqualTo(1);
  }

  @Test
  void suggestsMorningMiddayAndEveningTimes() {
    assertThat(SuggestedReminder.times(1)).containsExactly(LocalTime.of(8, 0));
    assertThat(SuggestedReminder.times(2)).containsExactly(LocalTime.of(8, 0), LocalTime.of(18, 0));
    assertThat(SuggestedReminder.times(3))
        .containsExactly(LocalTime.of(8, 0), LocalTime.of(13, 0), LocalTime.of(18, 0));
  }

  @Test
  void refusesAFrequencyARoutineCannotHave() {
    assertThatThrownBy(() -> SuggestedReminder.days(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SuggestedReminder.days(8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SuggestedReminder.times(4))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
