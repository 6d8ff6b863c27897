package org.hiproutine.browser;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The app on a random port and one Chromium for the whole test class, closed after it. Each test
 * starts as a new visitor (no cookies). Skipped where Chromium is not installed.
 */
@ExtendWith(Chromium.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

  @LocalServerPort private int port;

  @Autowired MessageSource messages;

  private Chromium chromium;

  Browser browser;

  @BeforeAll
  void startChromium() throws IOException {
    chromium = Chromium.start();
    browser = new Browser(chromium.driver(), port);
  }

  @AfterAll
  void closeChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void comeAsANewVisitor() {
    browser.forgetEverything();
  }

  /** A text as the app words it, from messages.properties. */
  String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Locale.ENGLISH);
  }
}
