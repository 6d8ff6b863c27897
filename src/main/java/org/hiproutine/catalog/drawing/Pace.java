package org.hiproutine.catalog.drawing;

/**
 * How long one round of a movement takes, as the routine's time estimate counts it.
 *
 * @param seconds one repetition, or one breathing round
 * @param breathing whether a round is a breath (in and out) rather than a repetition
 */
record Pace(double seconds, boolean breathing) {

  Pace {
    if (!(seconds > 0)) {
      throw new IllegalArgumentException("a pace takes some time: " + seconds);
    }
  }
}
