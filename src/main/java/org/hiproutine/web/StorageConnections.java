package org.hiproutine.web;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the connection pool to throw away a connection to an embedded H2 database that closed
 * itself (a full disk, an I/O error): H2 reports that with its own error codes, not the standard
 * connection-error states the pool knows, so the pool would keep handing out dead connections until
 * a restart. A new connection opens the database again once the disk has room.
 */
public class StorageConnections implements SQLExceptionOverride {

  /** H2's DATABASE_IS_CLOSED, IO_EXCEPTION_1, IO_EXCEPTION_2, DATABASE_CALLED_AT_SHUTDOWN. */
  private static final Set<Integer> H2_CLOSED = Set.of(90098, 90028, 90031, 90121);

  @java.lang.Override
  public Override adjudicate(SQLException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && H2_CLOSED.contains(sql.getErrorCode())) {
        return Override.MUST_EVICT;
      }
    }
    return Override.CONTINUE_EVICT;
  }
}
