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
 * The app's messages (Spring Boot's, from messages.properties), with those whose arguments are all
 * whole numbers kept once formatted: "2 sets", "hold 30 s", "Step 3 of 26". Java's MessageFormat
 * makes a new number format for every number it formats, and parses a choice's text again each time
 * ("1 set" or "{0} sets"), on every item of every page. Numbers come in a few dozen values, so the
 * keys are few; past a bound messages are formatted each time instead of kept.
 */
final class KeptMessages implements HierarchicalMessageSource {

  static final int MOST_KEPT = 10_000;

  private final MessageSource messages;
  private final MadeOnce<Key> kept = new MadeOnce<>(MOST_KEPT);

  private record Key(String code, List<Object> numbers, Locale locale) {}

  KeptMessages(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public String getMessage(String code, Object[] args, Locale locale) {
    if (!wholeNumbers(args) || locale == null) {
      return messages.getMessage(code, args, locale);
    }
    // a message that is not there throws, and nothing is kept
    return kept.get(
        new Key(code, List.of(args), locale), key -> messages.getMessage(code, args, locale));
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

  private static boolean wholeNumbers(Object[] args) {
    if (args == null || args.length == 0) {
      return false;
    }
    for (Object arg : args) {
      if (!(arg instanceof Integer || arg instanceof Long)) {
        return false;
      }
    }
    return true;
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
