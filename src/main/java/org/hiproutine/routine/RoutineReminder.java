package org.hiproutine.routine;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hiproutine.reminder.ReminderSchedule;

/**
 * A routine's reminders as stored, in the routine_reminder row beside the routine (see V9): a day
 * per column, the times in order, the zone id, and when they were saved. Absent (null in the
 * routine) when the person has set none.
 */
@Embeddable
class RoutineReminder {

  static final String TABLE = "routine_reminder";

  @Column(table = TABLE)
  private Boolean monday;

  @Column(table = TABLE)
  private Boolean tuesday;

  @Column(table = TABLE)
  private Boolean wednesday;

  @Column(table = TABLE)
  private Boolean thursday;

  @Column(table = TABLE)
  private Boolean friday;

  @Column(table = TABLE)
  private Boolean saturday;

  @Column(table = TABLE)
  private Boolean sunday;

  @Column(table = TABLE)
  private LocalTime firstTime;

  @Column(table = TABLE)
  private LocalTime secondTime;

  @Column(table = TABLE)
  private LocalTime thirdTime;

  @Column(table = TABLE)
  private String zoneId;

  @Column(table = TABLE)
  private Instant savedAt;

  protected RoutineReminder() {}

  RoutineReminder(ReminderSchedule schedule, Instant savedAt) {
    Set<DayOfWeek> days = schedule.days();
    monday = days.contains(DayOfWeek.MONDAY);
    tuesday = days.contains(DayOfWeek.TUESDAY);
    wednesday = days.contains(DayOfWeek.WEDNESDAY);
    thursday = days.contains(DayOfWeek.THURSDAY);
    friday = days.contains(DayOfWeek.FRIDAY);
    saturday = days.contains(DayOfWeek.SATURDAY);
    sunday = days.contains(DayOfWeek.SUNDAY);
    List<LocalTime> times = schedule.times();
    firstTime = times.get(0);
    secondTime = times.size() > 1 ? times.get(1) : null;
    thirdTime = times.size() > 2 ? times.get(2) : null;
    zoneId = schedule.zone().getId();
    this.savedAt = savedAt;
  }

  ReminderSchedule schedule() {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    addIf(days, monday, DayOfWeek.MONDAY);
    addIf(days, tuesday, DayOfWeek.TUESDAY);
    addIf(days, wednesday, DayOfWeek.WEDNESDAY);
    addIf(days, thursday, DayOfWeek.THURSDAY);
    addIf(days, friday, DayOfWeek.FRIDAY);
    addIf(days, saturday, DayOfWeek.SATURDAY);
    addIf(days, sunday, DayOfWeek.SUNDAY);
    List<LocalTime> times = new ArrayList<>(3);
    for (LocalTime time : new LocalTime[] {firstTime, secondTime, thirdTime}) {
      if (time != null) {
        times.add(time);
      }
    }
    return new ReminderSchedule(days, times, ZoneId.of(zoneId));
  }

  Instant savedAt() {
    return savedAt;
  }

  private static void addIf(Set<DayOfWeek> days, Boolean chosen, DayOfWeek day) {
    if (Boolean.TRUE.equals(chosen)) {
      days.add(day);
    }
  }
}
