package org.hiproutine.sheet;

import java.util.Locale;

/** The paper a sheet is printed on. A4 unless the person picks Letter. */
public enum Paper {
  A4,
  LETTER;

  /** Reads the "paper" choice; anything else is the default, A4. */
  public static Paper of(String choice) {
    return "letter".equalsIgnoreCase(choice) ? LETTER : A4;
  }

  /** The value in the page's form and links: "a4", "letter". */
  public String param() {
    return name().toLowerCase(Locale.ROOT);
  }
}
