package org.hiproutine.routine;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hiproutine.reminder.ReminderSchedule;
import org.hiproutine.reminder.SuggestedReminder;

/**
 * What the person chose on the "Remind me" form, kept as sent (weekday names, times as typed, a
 * zone id) so a rejected form shows it again. {@link ReminderSchedule#parse} reads it.
 */
public class ReminderForm {

  /** What an input of type time holds: what a browser that has one shows as a time. */
  private static final Pattern TIME_FIELD_VALUE = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");

  private List<String> days = new ArrayList<>();

  private List<String> times = new ArrayList<>();

  private String zone;

  /** The saved reminders, or a suggestion from how often the routine is done. */
  static ReminderForm of(Routine routine, String defaultZone) {
    ReminderForm form = new ReminderForm();
    Frequency frequency = routine.getFrequency();
    ReminderSchedule shown =
        routine
            .reminder()
            .orElseGet(
                () ->
                    new ReminderSchedule(
                        SuggestedReminder.days(frequency.daysPerWeek()),
                        SuggestedReminder.times(frequency.timesPerDay()),
                        ZoneId.of(defaultZone)));
    form.days = new ArrayList<>(shown.days().stream().map(DayOfWeek::name).toList());
    form.times = new ArrayList<>(shown.times().stream().map(LocalTime::toString).toList());
    form.zone = shown.zone().getId();
    return form;
  }

  /** One time field for each time a day, or more when more times were saved or sent. */
  int timeFields(Routine routine) {
    int wanted = Math.max(routine.getFrequency().timesPerDay(), times.size());
    return Math.min(wanted, ReminderSchedule.MOST_TIMES_A_DAY);
  }

  /** Blank fields up to that many, so each has a value to show. */
  void padTimes(int fields) {
    while (times.size() < fields) {
      times.add("");
    }
  }

  public boolean isChosen(DayOfWeek day) {
    return days.stream().anyMatch(chosen -> day.name().equalsIgnoreCase(chosen));
  }

  /**
   * Whether a time field can show this value as a time. A value it can't show (a browser would
   * empty the field) goes in a text field instead, so the person sees what they sent.
   */
  public boolean showsAsTime(int field) {
    String value = field < times.size() ? times.get(field) : null;
    return value == null || value.isEmpty() || TIME_FIELD_VALUE.matcher(value).matches();
  }

  public boolean isOfferedZone() {
    return zone != null && ReminderSchedule.offeredZones().contains(zone);
  }

  public List<String> getDays() {
    return days;
  }

  public void setDays(List<String> days) {
    this.days = days;
  }

  public List<String> getTimes() {
    return times;
  }

  public void setTimes(List<String> times) {
    this.times = times;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }
}
