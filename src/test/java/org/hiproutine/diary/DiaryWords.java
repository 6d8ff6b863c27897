package org.hiproutine.diary;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The chart words of messages.properties, for tests that need the real English text. */
final class DiaryWords {

  private static final Properties MESSAGES = load();

  static ChartWords english() {
    return english(Map.of());
  }

  /** The English words with some of them changed. */
  static ChartWords english(Map<String, String> changed) {
    return new ChartWords(key -> changed.getOrDefault(key, english(key)), Locale.UK);
  }

  static String english(String key) {
    String text = MESSAGES.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("no words for " + key);
    }
    return text;
  }

  private static Properties load() {
    Properties messages = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"))) {
      messages.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return messages;
  }

  private DiaryWords() {}
}
