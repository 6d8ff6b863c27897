package org.hiproutine.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Set;
import org.hiproutine.routine.Frequency;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class TickGridTest {

  private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

  TickGridTest() {
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
  }

  @Test
  void hasADayColumnForEachWeekdayAndOneRowForAnExerciseDoneOnce() {
    TickGrid grid = TickGrid.of(Frequency.DAILY, Set.of(), false, 1, messages, Locale.UK);

    assertThat(grid.days()).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    assertThat(grid.rows()).containsExactly("Done");
  }

  @Test
  void splitsEachTimeOfDayIntoLeftAndRightForEachSideExercises() {
    TickGrid grid = TickGrid.of(new Frequency(3, 3), Set.of(), true, 1, messages, Locale.UK);

    assertThat(grid.days()).containsExactly("Day 1", "Day 2", "Day 3");
    assertThat(grid.rows())
        .containsExactly("1st Left", "1st Right", "2nd Left", "2nd Right", "3rd Left", "3rd Right");
  }

  @Test
  void showsOnlyTheWeekdaysChosenForRemindersAndRepeatsForTwoWeeks() {
    TickGrid grid =
        TickGrid.of(
            new Frequency(1, 3),
            Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
            false,
            2,
            messages,
            Locale.UK);

    assertThat(grid.days()).containsExactly("Mon", "Wed", "Fri");
    assertThat(grid.weekNumbers()).containsExactly(1, 2);
  }
}
