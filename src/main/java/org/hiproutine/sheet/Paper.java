package org.hiproutine.sheet;

import java.util.Locale;

/** The paper a sheet is printed on. A4 unless the person picks Letter. */
public enum Paper {
  A4,
  LETTER;

  /** The value in the page's form and links: "a4", "letter". */
  public String param() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a form or link value; anything else is a request no page of ours sends. */
  static Paper of(String param) {
    for (Paper paper : values()) {
      if (paper.param().equals(param)) {
        return paper;
      }
    }
    throw new IllegalArgumentException("no paper " + param);
  }
}
