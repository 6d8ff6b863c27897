package org.hiproutine.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.hiproutine.reminder.ReminderSchedule;
import org.hiproutine.routine.Routine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Which day it is for a diary: in the time zone of the routine's reminders when it has them, else
 * in the app's default zone (the logging form's script puts the browser's own date in). The days a
 * form may log are judged in the zones furthest ahead and behind, so no one's today is refused.
 */
@Component
class DiaryDays {

  private static final ZoneOffset FURTHEST_AHEAD = ZoneOffset.ofHours(14);
  private static final ZoneOffset FURTHEST_BEHIND = ZoneOffset.ofHours(-12);

  private final Clock clock;
  private final ZoneId defaultZone;

  DiaryDays(Clock clock, @Value("${hip-routine.reminder-zone:}") String configuredZone) {
    this.clock = clock;
    String zone =
        StringUtils.hasText(configuredZone) ? configuredZone : ZoneId.systemDefault().getId();
    this.defaultZone =
        ReminderSchedule.offeredZones().contains(zone) ? ZoneId.of(zone) : ZoneOffset.UTC;
  }

  LocalDate today(Routine routine) {
    ZoneId zone = routine.reminder().map(ReminderSchedule::zone).orElse(defaultZone);
    return LocalDate.now(clock.withZone(zone));
  }

  /** The last day anyone could call today. */
  LocalDate latest() {
    return LocalDate.now(clock.withZone(FURTHEST_AHEAD));
  }

  /** A year before the first day anyone could call today. */
  LocalDate earliest() {
    return LocalDate.now(clock.withZone(FURTHEST_BEHIND)).minusYears(1);
  }
}
