package org.hiproutine.diary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/**
 * The words on the charts, from the message bundle: {@code messages} turns a key into its text in
 * the reader's language (e.g. {@code key -> messageSource.getMessage(key, null, locale)}).
 */
public final class ChartWords {

  private final Function<String, String> messages;
  private final DateTimeFormatter dates;

  public ChartWords(Function<String, String> messages, Locale locale) {
    this.messages = messages;
    this.dates = DateTimeFormatter.ofPattern(messages.apply("diary.chart.dateFormat"), locale);
  }

  String text(String key) {
    return messages.apply(key);
  }

  String date(LocalDate date) {
    return dates.format(date);
  }
}
