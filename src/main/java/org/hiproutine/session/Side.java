package org.hiproutine.session;

import org.hiproutine.web.Worded;

/** The side of the body a step works, for exercises done on each side: Left first, then Right. */
public enum Side implements Worded {
  LEFT,
  RIGHT;

  @Override
  public String wordingPrefix() {
    return "session.side";
  }
}
