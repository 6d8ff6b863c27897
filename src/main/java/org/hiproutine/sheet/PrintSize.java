package org.hiproutine.sheet;

import java.util.Locale;

/** Normal print (12pt text) or large print (16pt) for people with poor eyesight. */
public enum PrintSize {
  NORMAL,
  LARGE;

  public static PrintSize of(String choice) {
    return "large".equalsIgnoreCase(choice) ? LARGE : NORMAL;
  }

  public String param() {
    return name().toLowerCase(Locale.ROOT);
  }
}
