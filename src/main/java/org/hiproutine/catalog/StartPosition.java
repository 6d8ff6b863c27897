package org.hiproutine.catalog;

/**
 * The body position an exercise starts from, declared from standing down to lying, so that sorting
 * by it gets a person down to the floor once.
 */
public enum StartPosition {
  STANDING,
  KNEELING,
  HANDS_AND_KNEES,
  PLANK,
  LYING_ON_SIDE,
  LYING_ON_BACK;

  public String messageKey() {
    return "position." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
