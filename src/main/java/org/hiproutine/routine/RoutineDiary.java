package org.hiproutine.routine;

/**
 * What the routine's delete page needs to know of its diary, which lives in a feature that depends
 * on this one: how many sessions deleting the routine would delete with it.
 */
public interface RoutineDiary {

  long sessionsLogged(Routine routine);
}
