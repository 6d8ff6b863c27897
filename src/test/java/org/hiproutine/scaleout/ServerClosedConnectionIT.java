package org.hiproutine.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.hiproutine.support.Postgres;
import org.hiproutine.web.StorageConnections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pool's rule for H2's closed databases (web.StorageConnections) leaves PostgreSQL's own to the
 * pool: a connection the server ended (a restart, a failover, an administrator) fails once and is
 * thrown away, and the next request gets a new one.
 */
@ExtendWith(Postgres.Reachable.class)
class ServerClosedConnectionIT {

  @Test
  void aConnectionTheServerEndedIsReplacedNotHandedOutAgain() throws Exception {
    Postgres.Database database = Postgres.freshDatabase();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.url());
    config.setUsername(database.user());
    config.setPassword(database.password());
    config.setMaximumPoolSize(1);
    config.setExceptionOverrideClassName(StorageConnections.class.getName());
    try (HikariDataSource pool = new HikariDataSource(config)) {
      int ended;
      try (Connection connection = pool.getConnection()) {
        ended = backend(connection);
        endBackend(database, ended);
        assertThatThrownBy(() -> backend(connection)).isInstanceOf(SQLException.class);
      }
      // at once, before the pool would test an idle connection itself
      try (Connection next = pool.getConnection()) {
        assertThat(backend(next)).as("a new server process").isNotEqualTo(ended);
      }
    } finally {
      database.drop();
    }
  }

  private static int backend(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
      row.next();
      return row.getInt(1);
    }
  }

  /** Ends the server process behind a connection, as a restart or failover would, and waits. */
  private static void endBackend(Postgres.Database database, int pid) throws Exception {
    try (Connection admin = database.connect();
        PreparedStatement end = admin.prepareStatement("select pg_terminate_backend(?)");
        PreparedStatement alive =
            admin.prepareStatement("select count(*) from pg_stat_activity where pid = ?")) {
      end.setInt(1, pid);
      end.execute();
      alive.setInt(1, pid);
      Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
      while (Instant.now().isBefore(deadline)) {
        try (ResultSet row = alive.executeQuery()) {
          row.next();
          if (row.getInt(1) == 0) {
            return;
          }
        }
        Thread.sleep(10);
      }
      throw new AssertionError("server process " + pid + " still running");
    }
  }
}
