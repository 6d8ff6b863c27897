package org.hiproutine.web;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the database can take a save now: it writes one row. Reading alone (Spring Boot's own
 * "db" check) says UP on a full disk or a read-only file, while every save fails.
 */
@Component("storage")
class StorageHealth implements HealthIndicator {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  StorageHealth(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Health health() {
    try {
      jdbc.update(
          "update storage_check set checked_at = ? where id = 1", Timestamp.from(clock.instant()));
      return Health.up().build();
    } catch (DataAccessException cannotWrite) {
      return Health.down().build();
    }
  }
}
