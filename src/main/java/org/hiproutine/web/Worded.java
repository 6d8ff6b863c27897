package org.hiproutine.web;

import java.util.Locale;

/**
 * An enum whose every value has words in messages.properties, under the enum's prefix and the
 * value's name: kind.stretch, position.lying_on_back, dose.hold.
 */
public interface Worded {

  /** The first part of each value's message key: "kind". */
  String wordingPrefix();

  default String messageKey() {
    return wordingPrefix() + "." + ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
  }
}
