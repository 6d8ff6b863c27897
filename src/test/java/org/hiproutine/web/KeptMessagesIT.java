package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/** The app's messages, as templates and the domain get them, come through KeptMessages. */
@SpringBootTest
class KeptMessagesIT {

  @Autowired MessageSource messageSource;
  @Autowired ApplicationContext context;

  @Test
  void theAppsMessagesOfNumbersAreKeptAndSayWhatMessagesPropertiesSays() {
    assertThat(messageSource).isInstanceOf(KeptMessages.class);
    KeptMessages kept = (KeptMessages) messageSource;
    int before = kept.size();

    // numbers no other test is likely to have shown, so that this test's messages are new ones
    assertThat(context.getMessage("item.sets", new Object[] {97}, Locale.UK)).isEqualTo("97 sets");
    assertThat(context.getMessage("item.sets", new Object[] {1}, Locale.UK)).isEqualTo("1 set");
    assertThat(context.getMessage("session.step.progress", new Object[] {91, 93}, Locale.UK))
        .isEqualTo("Step 91 of 93");
    assertThat(kept.size()).isGreaterThan(before);
  }
}
