package org.hiproutine.catalog;

import org.hiproutine.web.Worded;

public enum ExerciseKind implements Worded {
  STRETCH,
  STRENGTHENING,
  MOBILITY;

  @Override
  public String wordingPrefix() {
    return "kind";
  }
}
