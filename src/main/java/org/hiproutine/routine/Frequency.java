package org.hiproutine.routine;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** How often a routine is done: 1 to 3 times a day, 1 to 7 days a week. */
@Embeddable
public record Frequency(
    @Column(name = "times_per_day") int timesPerDay,
    @Column(name = "days_per_week") int daysPerWeek) {

  public static final int MOST_TIMES_PER_DAY = 3;
  public static final int DAYS_IN_WEEK = 7;
  public static final Frequency DAILY = new Frequency(1, DAYS_IN_WEEK);

  public Frequency {
    if (timesPerDay < 1 || timesPerDay > MOST_TIMES_PER_DAY) {
      throw new IllegalArgumentException("times a day must be 1 to 3, not " + timesPerDay);
    }
    if (daysPerWeek < 1 || daysPerWeek > DAYS_IN_WEEK) {
      throw new IllegalArgumentException("days a week must be 1 to 7, not " + daysPerWeek);
    }
  }

  public boolean everyDay() {
    return daysPerWeek == DAYS_IN_WEEK;
  }

  /** "Once a day, every day", "Twice a day, 3 days a week". */
  public String describe(MessageSource messages, Locale locale) {
    String times = messages.getMessage("frequency.times", new Object[] {timesPerDay}, locale);
    String days =
        everyDay()
            ? messages.getMessage("frequency.everyDay", null, locale)
            : messages.getMessage("frequency.days", new Object[] {daysPerWeek}, locale);
    return messages.getMessage("frequency.join", new Object[] {times, days}, locale);
  }
}
