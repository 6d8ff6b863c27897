package org.hiproutine.routine;

import java.util.Optional;

/**
 * The one question every page under a share link asks first, kept copy or not: which version of the
 * routine is current. Answered in plain SQL (RoutineVersionsImpl), the routine's other queries
 * through JPA.
 */
public interface RoutineVersions {

  /** The version alone: enough to tell whether a page rendered earlier is still right. */
  Optional<Long> findVersionByShareKey(String shareKey);
}
