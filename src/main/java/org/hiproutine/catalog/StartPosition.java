package org.hiproutine.catalog;

import org.hiproutine.web.Worded;

/**
 * The body position an exercise starts from, declared from standing down to lying, so that sorting
 * by it gets a person down to the floor once.
 */
public enum StartPosition implements Worded {
  STANDING,
  KNEELING,
  HANDS_AND_KNEES,
  PLANK,
  LYING_ON_SIDE,
  LYING_ON_BACK;

  @Override
  public String wordingPrefix() {
    return "position";
  }
}
