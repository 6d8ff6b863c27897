package org.hiproutine.support;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server the tests may use: the one at HIP_ROUTINE_TEST_POSTGRES_URL (a system
 * property of that name or the environment variable; .ci/run sets it to a database made for the
 * run), or else this machine's own on 127.0.0.1:5432. Each test that uses it gets a fresh database
 * of its own on that server, named after the given one, and drops it when done.
 */
public final class Postgres {

  public static final String URL_SETTING = "HIP_ROUTINE_TEST_POSTGRES_URL";

  /** Set to "postgresql" by failsafe's second run: Spring test contexts use PostgreSQL then. */
  static final String DATABASE_SETTING = "hip-routine.test.database";

  private static final String DEFAULT_URL =
      "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
  private static final Pattern URL =
      Pattern.compile("(jdbc:postgresql://[^/?]*)/([A-Za-z0-9_]{1,50})(?:\\?(.*))?");
  private static final SecureRandom RANDOM = new SecureRandom();

  private static volatile Optional<String> unavailable;

  private Postgres() {}

  /** The JDBC URL of the server's database the tests start from. */
  public static String url() {
    String url = System.getProperty(URL_SETTING, System.getenv(URL_SETTING));
    return url == null || url.isBlank() ? DEFAULT_URL : url.strip();
  }

  /** Whether this test run puts the Spring test contexts on PostgreSQL instead of H2. */
  static boolean chosen() {
    return "postgresql".equals(System.getProperty(DATABASE_SETTING));
  }

  /** Why the tests can't use PostgreSQL, or empty when a connection works. Asked once per run. */
  public static Optional<String> unavailable() {
    Optional<String> known = unavailable;
    if (known == null) {
      known = reasonItCannotConnect();
      unavailable = known;
    }
    return known;
  }

  private static Optional<String> reasonItCannotConnect() {
    try (Connection connection = connect(url())) {
      return Optional.empty();
    } catch (SQLException | RuntimeException e) {
      return Optional.of(
          "PostgreSQL not available at "
              + withoutPassword(url())
              + " ("
              + e.getMessage()
              + "): set "
              + URL_SETTING
              + " or install postgresql (.ci/run does)");
    }
  }

  /** A new, empty database on the server, for one test context or one test. */
  public static Database freshDatabase() {
    unavailable()
        .ifPresent(
            reason -> {
              throw new IllegalStateException(reason);
            });
    Matcher url = parsed(url());
    String name =
        (url.group(2) + "_t" + HexFormat.of().formatHex(random())).toLowerCase(Locale.ROOT);
    execute("create database " + name);
    Map<String, String> parameters = parameters(url.group(3));
    String user = parameters.getOrDefault("user", System.getProperty("user.name"));
    String password = parameters.getOrDefault("password", "");
    String query = url.group(3) == null ? "" : "?" + url.group(3);
    return new Database(name, url.group(1) + "/" + name + query, user, password);
  }

  private static byte[] random() {
    byte[] bytes = new byte[5];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** One database made for tests; {@link #drop()} removes it, connections and all. */
  public record Database(String name, String url, String user, String password) {

    public void drop() {
      execute("drop database if exists " + name + " with (force)");
    }

    /** A connection to this database, for a test to look at what was stored. */
    public Connection connect() throws SQLException {
      return Postgres.connect(url);
    }
  }

  /** Skips a test, saying how to get PostgreSQL, where no server answers. */
  public static final class Reachable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return unavailable()
          .map(ConditionEvaluationResult::disabled)
          .orElseGet(
              () -> ConditionEvaluationResult.enabled("PostgreSQL at " + withoutPassword(url())));
    }
  }

  private static void execute(String sql) {
    try (Connection connection = connect(url());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + withoutPassword(url()), e);
    }
  }

  private static Connection connect(String url) throws SQLException {
    parsed(url);
    Properties properties = new Properties();
    properties.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(url, properties);
  }

  private static Matcher parsed(String url) {
    Matcher matcher = URL.matcher(url);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          URL_SETTING
              + " must look like jdbc:postgresql://host:port/database?user=...&password=..., not "
              + withoutPassword(url));
    }
    return matcher;
  }

  private static Map<String, String> parameters(String query) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
      }
    }
    return parameters;
  }

  private static String withoutPassword(String url) {
    return url.replaceAll("password=[^&]*", "password=…");
  }
}
