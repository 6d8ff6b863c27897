package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.StaticMessageSource;

class KeptMessagesTest {

  private final AtomicInteger formatted = new AtomicInteger();
  private final StaticMessageSource source =
      new StaticMessageSource() {
        @Override
        protected String getMessageInternal(String code, Object[] args, Locale locale) {
          formatted.incrementAndGet();
          return super.getMessageInternal(code, args, locale);
        }
      };
  private final KeptMessages messages = new KeptMessages(source);

  KeptMessagesTest() {
    source.addMessage("item.sets", Locale.UK, "{0,choice,1#1 set|1<{0} sets}");
    source.addMessage("step", Locale.UK, "Step {0} of {1}");
    source.addMessage("named", Locale.UK, "Move up: {0}");
    source.addMessage("numbered", Locale.UK, "{0}. {1}");
    source.addMessage("timeAndSide", Locale.UK, "{0,choice,1#1st|2#2nd|3#3rd} {1}");
    source.addMessage("twice", Locale.UK, "{1} ({0} sets) - ''{1}'' again, {2}");
    source.addMessage("big", Locale.UK, "{1}: {0} of {2}");
  }

  @Test
  void formatsNumbersAsTheMessagesSay() {
    assertThat(messages.getMessage("item.sets", new Object[] {1}, Locale.UK)).isEqualTo("1 set");
    assertThat(messages.getMessage("item.sets", new Object[] {3}, Locale.UK)).isEqualTo("3 sets");
    assertThat(messages.getMessage("step", new Object[] {3, 26}, Locale.UK))
        .isEqualTo("Step 3 of 26");
  }

  @Test
  void formatsAMessageOfWholeNumbersOnce() {
    for (int i = 0; i < 5; i++) {
      messages.getMessage("step", new Object[] {3, 26}, Locale.UK);
    }
    messages.getMessage("step", new Object[] {4, 26}, Locale.UK);

    assertThat(formatted).hasValue(2);
  }

  @Test
  void keepsNoMessageWithWordsInIt() {
    messages.getMessage("named", new Object[] {"Lunges"}, Locale.UK);
    messages.getMessage("named", new Object[] {"Lunges"}, Locale.UK);

    assertThat(formatted).hasValue(2);
    assertThat(messages.size()).isZero();
  }

  @Test
  void aMissingMessageIsStillAnErrorAndNotKept() {
    assertThatThrownBy(() -> messages.getMessage("nothing", new Object[] {1}, Locale.UK))
        .isInstanceOf(NoSuchMessageException.class);
    assertThat(messages.size()).isZero();
  }

  @Test
  void pastItsBoundFormatsEachTimeInsteadOfKeepingMore() {
    for (int n = 0; n < KeptMessages.MOST_KEPT + 100; n++) {
      messages.getMessage("item.sets", new Object[] {n}, Locale.UK);
    }

    assertThat(messages.size()).isEqualTo(KeptMessages.MOST_KEPT);
  }

  @Test
  void formatsAMessageOfNumbersAndWordsAsMessageFormatDoes() {
    List<Object[]> cases =
        List.of(
            new Object[] {"numbered", 3, "Lunges"},
            new Object[] {"numbered", 3, "Glute {0} Bridges 'quoted' $1 \\ ünïcode 🦵"},
            new Object[] {"numbered", 12L, ""},
            new Object[] {"timeAndSide", 1, "Left"},
            new Object[] {"timeAndSide", 2, "Right"},
            new Object[] {"twice", 2, "Lunges", "Squats"},
            new Object[] {"big", 12345, "Squats", 1_000_000L});
    for (Object[] c : cases) {
      Object[] args = Arrays.copyOfRange(c, 1, c.length);
      String code = (String) c[0];
      assertThat(messages.getMessage(code, args, Locale.UK))
          .as(Arrays.toString(c))
          .isEqualTo(source.getMessage(code, args, Locale.UK));
    }
  }

  @Test
  void keepsAMessageOfNumbersAndWordsOnceForItsNumbersWhateverTheWords() {
    assertThat(messages.getMessage("numbered", new Object[] {1, "Lunges"}, Locale.UK))
        .isEqualTo("1. Lunges");
    assertThat(messages.getMessage("numbered", new Object[] {1, "Squats"}, Locale.UK))
        .isEqualTo("1. Squats");
    assertThat(messages.getMessage("numbered", new Object[] {2, "Squats"}, Locale.UK))
        .isEqualTo("2. Squats");

    assertThat(formatted).hasValue(2);
    assertThat(messages.size()).isEqualTo(2);
  }

  @Test
  void aWordWithTheMarksInItIsFormattedAsItComes() {
    String marked = "\uE000\uE001 and \uE000";
    assertThat(messages.getMessage("numbered", new Object[] {1, marked}, Locale.UK))
        .isEqualTo("1. " + marked);
    assertThat(messages.size()).isZero();
  }
}
