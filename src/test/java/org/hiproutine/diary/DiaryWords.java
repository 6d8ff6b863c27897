package org.hiproutine.diary;

import java.util.Locale;
import java.util.Map;

/** The chart words proposed for messages.properties, for tests that need real English text. */
final class DiaryWords {

  static final Map<String, String> ENGLISH =
      Map.ofEntries(
          Map.entry("diary.chart.dateFormat", "d MMM"),
          Map.entry("diary.chart.day.mon", "Mon"),
          Map.entry("diary.chart.day.tue", "Tue"),
          Map.entry("diary.chart.day.wed", "Wed"),
          Map.entry("diary.chart.day.thu", "Thu"),
          Map.entry("diary.chart.day.fri", "Fri"),
          Map.entry("diary.chart.day.sat", "Sat"),
          Map.entry("diary.chart.day.sun", "Sun"),
          Map.entry("diary.chart.calendar.done", "Done"),
          Map.entry("diary.chart.legend.done", "Done"),
          Map.entry("diary.chart.legend.missed", "Missed"),
          Map.entry("diary.chart.legend.notPlanned", "Not planned"),
          Map.entry("diary.chart.legend.noSession", "No session"),
          Map.entry("diary.chart.legend.today", "Today"),
          Map.entry("diary.chart.legend.future", "Still to come"),
          Map.entry(
              "diary.chart.pain.axis", "Pain: 0 = no pain, 10 = the worst pain you can imagine"),
          Map.entry("diary.chart.pain.before", "Before the session"),
          Map.entry("diary.chart.pain.after", "After the session"),
          Map.entry("diary.chart.pain.noScore", "No score"),
          Map.entry("diary.advice.green.label", "Green: fine"),
          Map.entry("diary.advice.amber.label", "Amber: don't increase"),
          Map.entry("diary.advice.red.label", "Red: too much"),
          Map.entry("diary.advice.urgent.label", "Urgent help"),
          Map.entry("diary.advice.none.label", "No advice"));

  static ChartWords english() {
    return english(Map.of());
  }

  /** The English words with some of them changed. */
  static ChartWords english(Map<String, String> changed) {
    return new ChartWords(key -> changed.getOrDefault(key, english(key)), Locale.UK);
  }

  private static String english(String key) {
    String text = ENGLISH.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no words for " + key);
    }
    return text;
  }

  private DiaryWords() {}
}
