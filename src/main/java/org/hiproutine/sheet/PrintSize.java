package org.hiproutine.sheet;

import java.util.Locale;

/** Normal print (12pt text) or large print (16pt) for people with poor eyesight. */
public enum PrintSize {
  NORMAL,
  LARGE;

  public String param() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a form or link value; anything else is a request no page of ours sends. */
  static PrintSize of(String param) {
    for (PrintSize size : values()) {
      if (size.param().equals(param)) {
        return size;
      }
    }
    throw new IllegalArgumentException("no print size " + param);
  }
}
