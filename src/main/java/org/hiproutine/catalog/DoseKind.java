package org.hiproutine.catalog;

import org.hiproutine.web.Worded;

/**
 * How an exercise is measured. The hard limits reject absurd amounts in a routine; they are not
 * advice, the recommended range of each exercise comes from the catalog.
 */
public enum DoseKind implements Worded {
  HOLD(5, 120),
  REPETITIONS(1, 50),
  BREATHING_ROUNDS(1, 30);

  private final int lowestAllowed;
  private final int highestAllowed;

  DoseKind(int lowestAllowed, int highestAllowed) {
    this.lowestAllowed = lowestAllowed;
    this.highestAllowed = highestAllowed;
  }

  public int lowestAllowed() {
    return lowestAllowed;
  }

  public int highestAllowed() {
    return highestAllowed;
  }

  public boolean allows(int amount) {
    return amount >= lowestAllowed && amount <= highestAllowed;
  }

  @Override
  public String wordingPrefix() {
    return "dose";
  }
}
