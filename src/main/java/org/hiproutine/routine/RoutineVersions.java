package org.hiproutine.routine;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one question every page under a share link asks first, kept copy or not: which version of the
 * routine is current. One indexed SQL query, asked directly: through JPA it was a third of what a
 * kept page cost (a query plan looked up and interpreted, a transaction begun and ended, for one
 * number), and as a fragment of RoutineRepository the repository's proxy, its transaction and
 * exception-translation interceptors still cost a tenth of a kept page.
 */
@Component
public class RoutineVersions {

  private final JdbcClient jdbc;

  RoutineVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The version alone: enough to tell whether a page rendered earlier is still right. */
  public Optional<Long> findVersionByShareKey(String shareKey) {
    return jdbc.sql("select version from routine where share_key = ?")
        .param(shareKey)
        .query(Long.class)
        .optional();
  }
}
