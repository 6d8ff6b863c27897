package org.hiproutine.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The words page.css puts inside CSS strings can't end the string early. */
class PageCssTest {

  private static final Path TEMPLATE = Path.of("src/main/resources/templates/sheet/page.css");
  private static final Path MESSAGES = Path.of("src/main/resources/messages.properties");

  @Test
  void inlinesOnlyMessagesThatAreSafeInACssString() throws IOException {
    Properties messages = new Properties();
    try (var in = Files.newBufferedReader(MESSAGES)) {
      messages.load(in);
    }
    Matcher inlined =
        Pattern.compile("\\[\\(#\\{([^}]+)\\}\\)\\]").matcher(Files.readString(TEMPLATE));
    int found = 0;
    while (inlined.find()) {
      String text = messages.getProperty(inlined.group(1));
      assertThat(text).as(inlined.group(1)).isNotBlank().doesNotContain("\"", "\\", "\n", "\r");
      found++;
    }
    assertThat(found).as("messages inlined in page.css").isEqualTo(3);
  }
}
