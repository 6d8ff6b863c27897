package org.hiproutine.sheet;

import java.text.Normalizer;
import java.util.Locale;

/** A download's file name from a routine's name: plain letters, digits and dashes only. */
public final class FileName {

  private static final int LONGEST = 60;
  private static final String FALLBACK = "hip-routine";

  private FileName() {}

  public static String of(String routineName) {
    String ascii =
        Normalizer.normalize(routineName == null ? "" : routineName, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "");
    String name =
        ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
    if (name.length() > LONGEST) {
      name = name.substring(0, LONGEST).replaceAll("-+$", "");
    }
    return name.isEmpty() ? FALLBACK : FALLBACK + "-" + name;
  }
}
