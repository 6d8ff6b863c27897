package org.hiproutine.diary;

/**
 * This week at a glance, for screen readers and the printout. A week counts towards {@code
 * weeksInARow} when it had at least its planned days done; the streak is counted in weeks because a
 * routine done three days a week has no daily streak. This week counts once its plan is met, and
 * does not break the streak before it ends.
 */
public record WeeklySummary(int daysDoneThisWeek, int daysPlannedThisWeek, int weeksInARow) {}
