package org.hiproutine.catalog;

public enum ExerciseKind {
  STRETCH,
  STRENGTHENING,
  MOBILITY;

  public String messageKey() {
    return "kind." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
