package org.hiproutine.routine;

import java.time.Instant;

/** What "Your routines" shows of a routine. */
public record RoutineSummary(String name, String editKey, String shareKey, Instant updatedAt) {}
