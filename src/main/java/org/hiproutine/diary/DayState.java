package org.hiproutine.diary;

/** How one day of the progress calendar looks. */
public enum DayState {
  /** At least one diary entry that day. */
  DONE,
  /** A chosen day, before today, with no entry. */
  MISSED,
  /** Not a chosen day, before the diary started, or (with no days chosen) a day with no entry. */
  NOT_PLANNED,
  /** Today, with no entry yet. */
  TODAY,
  FUTURE
}
