package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every literal #{key} in a template names a text in messages.properties: a typo would show the key
 * itself (or nothing) to a person instead of words.
 */
class MessageKeysTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Path MESSAGES = Path.of("src/main/resources/messages.properties");

  /** #{a.key} or #{a.key(args)}; keys built from expressions (#{${...}}) are checked elsewhere. */
  static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[}(]");

  @Test
  void everyKeyATemplateUsesIsInTheMessages() throws IOException {
    Properties messages = messages();
    List<String> missing = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Matcher key = KEY.matcher(Files.readString(file));
        while (key.find()) {
          checked++;
          if (!messages.containsKey(key.group(1))) {
            missing.add(TEMPLATES.relativize(file) + ": " + key.group(1));
          }
        }
      }
    }
    assertThat(checked).as("keys found in templates").isGreaterThan(100);
    assertThat(missing).as("keys missing from messages.properties").isEmpty();
  }

  @Test
  void theCheckFindsAKeyThatIsNotThere() {
    Matcher key = KEY.matcher("<p th:text=\"#{no.such.key(${x})}\">x</p>");
    assertThat(key.find()).isTrue();
    assertThat(key.group(1)).isEqualTo("no.such.key");
  }

  static Properties messages() throws IOException {
    Properties messages = new Properties();
    try (Reader in = Files.newBufferedReader(MESSAGES)) {
      messages.load(in);
    }
    return messages;
  }
}
