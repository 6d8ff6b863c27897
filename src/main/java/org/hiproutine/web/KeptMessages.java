package org.hiproutine.web;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * The app's messages (Spring Boot's, from messages.properties), with those whose arguments are
 * whole numbers kept once formatted: "2 sets", "hold 30 s", "Step 3 of 26". Java's MessageFormat
 * makes a new number format for every number it formats, and parses a choice's text again each time
 * ("1 set" or "{0} sets"), on every item of every page. Numbers come in a few dozen values, so the
 * keys are few; past a bound messages are formatted each time instead of kept.
 *
 * <p>A message of numbers and words ("{0}. {1}": "3. Lunges") is kept with its numbers and a mark
 * where each word goes, and the words are put in on every call: the words are the routine's own,
 * never part of the key. A message of words alone makes no number format and is formatted as it
 * comes.
 */
final class KeptMessages implements HierarchicalMessageSource {

  static final int MOST_KEPT = 10_000;

  /** Marks where word i goes in a kept message: this private-use character, then WORD + 1 + i. */
  private static final char WORD = '\uE000';

  private static final int MOST_ARGUMENTS = 16;

  /** The mark of each argument, made once: MARKS[i] stands for word i. */
  private static final String[] MARKS = new String[MOST_ARGUMENTS];

  static {
    for (int i = 0; i < MARKS.length; i++) {
      MARKS[i] = new String(new char[] {WORD, (char) (WORD + 1 + i)});
    }
  }

  private final MessageSource messages;
  private final MadeOnce<Key> kept = new MadeOnce<>(MOST_KEPT);

  private record Key(String code, List<Object> numbers, Locale locale) {}

  KeptMessages(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public String getMessage(String code, Object[] args, Locale locale) {
    if (!numbersAndWords(args) || locale == null) {
      return messages.getMessage(code, args, locale);
    }
    Object[] marked = args.clone();
    boolean words = false;
    for (int i = 0; i < marked.length; i++) {
      if (marked[i] instanceof String) {
        marked[i] = MARKS[i];
        words = true;
      }
    }
    // a message that is not there throws, and nothing is kept
    String message =
        kept.get(
            new Key(code, List.of(marked), locale),
            key -> messages.getMessage(code, marked, locale));
    return words ? wordsPutIn(message, args) : message;
  }

  private static String wordsPutIn(String message, Object[] args) {
    StringBuilder text = new StringBuilder(message.length() + 32);
    int from = 0;
    for (int at = message.indexOf(WORD); at >= 0; at = message.indexOf(WORD, from)) {
      int word = at + 1 < message.length() ? message.charAt(at + 1) - WORD - 1 : -1;
      if (word >= 0 && word < args.length && args[word] instanceof String put) {
        text.append(message, from, at).append(put);
        from = at + 2;
      } else { // not a mark of ours: the message's own character
        text.append(message, from, at + 1);
        from = at + 1;
      }
    }
    return text.append(message, from, message.length()).toString();
  }

  @Override
  public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
    return messages.getMessage(code, args, defaultMessage, locale);
  }

  @Override
  public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
    return messages.getMessage(resolvable, locale);
  }

  @Override
  public void setParentMessageSource(MessageSource parent) {
    if (messages instanceof HierarchicalMessageSource hierarchical) {
      hierarchical.setParentMessageSource(parent);
    }
  }

  @Override
  public MessageSource getParentMessageSource() {
    return messages instanceof HierarchicalMessageSource hierarchical
        ? hierarchical.getParentMessageSource()
        : null;
  }

  int size() {
    return kept.size();
  }

  /** At least one whole number, and the rest words without the marks. */
  private static boolean numbersAndWords(Object[] args) {
    if (args == null || args.length == 0 || args.length > MOST_ARGUMENTS) {
      return false;
    }
    boolean number = false;
    for (Object arg : args) {
      if (arg instanceof Integer || arg instanceof Long) {
        number = true;
      } else if (!(arg instanceof String word) || word.indexOf(WORD) >= 0) {
        return false;
      }
    }
    return number;
  }

  /** Puts KeptMessages in front of the message source Spring Boot configures. */
  @Configuration(proxyBeanMethods = false)
  static class Setup {

    @Bean
    static BeanPostProcessor keptMessages() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(name)
                  && bean instanceof MessageSource messages
                  && !(bean instanceof KeptMessages)
              ? new KeptMessages(messages)
              : bean;
        }
      };
    }
  }
}
