package org.hiproutine.web;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * When the database can't store or read (a full disk, a read-only file, a server that is down): a
 * form that failed to save says so and shows what was typed (each form's controller catches {@link
 * #isStorageFailure}); any other page answers 503 with words for it, not a generic 500.
 */
@ControllerAdvice
public class StorageFailures {

  private static final Logger log = LoggerFactory.getLogger(StorageFailures.class);

  private final DataSource dataSource;

  StorageFailures(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * A failure of the storage, not of the request: not a clash with another save (optimistic lock,
   * unique key), which the forms answer in their own words.
   */
  public static boolean isStorageFailure(RuntimeException failure) {
    if (failure instanceof ConcurrencyFailureException
        || failure instanceof DataIntegrityViolationException) {
      return false;
    }
    return failure instanceof DataAccessException || failure instanceof TransactionException;
  }

  /**
   * Logs a failed save (what failed, never the request's address: it may hold a secret key) and
   * lets the pool replace its connections, so the next read opens the database afresh.
   */
  public void saveFailed(RuntimeException failure) {
    log.error("A save failed: the database could not store it", failure);
    renewConnections();
  }

  private void renewConnections() {
    if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
      pool.getHikariPoolMXBean().softEvictConnections();
    }
  }

  @ExceptionHandler({DataAccessException.class, TransactionException.class})
  ModelAndView unavailable(RuntimeException failure) {
    if (!isStorageFailure(failure)) {
      throw failure;
    }
    log.error("The database could not answer", failure);
    renewConnections();
    return new ModelAndView(
        "error",
        Map.of("problem", "error.storage", "statusCode", HttpStatus.SERVICE_UNAVAILABLE.value()),
        HttpStatus.SERVICE_UNAVAILABLE);
  }
}
