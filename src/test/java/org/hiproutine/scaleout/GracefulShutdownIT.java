package org.hiproutine.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hiproutine.support.AppProcess;
import org.hiproutine.support.Postgres;
import org.hiproutine.support.RawHttp;
import org.hiproutine.support.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a rolling restart relies on: told to stop (SIGTERM), an instance at once refuses new
 * connections, so a load balancer can send them, forms included, to another instance; and it
 * finishes a form that was already on its way, saving it, before it exits.
 */
@ExtendWith(Postgres.Reachable.class)
class GracefulShutdownIT {

  @Test
  void refusesNewConnectionsAtOnceAndSavesTheFormInFlightBeforeExiting() throws Exception {
    Postgres.Database database = Postgres.freshDatabase();
    try (AppProcess app =
        AppProcess.start(
            "graceful-shutdown",
            List.of(
                "HIP_ROUTINE_DB_URL=" + database.url(),
                "HIP_ROUTINE_DB_USER=" + database.user(),
                "HIP_ROUTINE_DB_PASSWORD=" + database.password()))) {
      RawHttp.Answer page =
          RawHttp.exchange(app.port(), "GET /routines/new HTTP/1.0\r\n", new byte[0]);
      byte[] body =
          RawHttp.form(
              Map.of(
                  "name", "Sent while the instance stops",
                  "timesPerDay", "2",
                  "daysPerWeek", "5",
                  "_csrf", Visitor.csrfToken(page.text())));
      int half = body.length / 2;

      try (Socket form = new Socket("127.0.0.1", app.port())) {
        form.setSoTimeout(30_000);
        OutputStream out = form.getOutputStream();
        out.write(
            ("POST /routines HTTP/1.0\r\nCookie: XSRF-TOKEN="
                    + page.cookie("XSRF-TOKEN")
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                    + body.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(body, 0, half);
        out.flush();
        Thread.sleep(300); // the app has the headers and waits for the rest of the form

        Instant told = Instant.now();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::stop);
        Duration untilRefused = untilConnectionsAreRefused(app.port());
        assertThat(app.isAlive()).as("still running while a form is in flight").isTrue();

        out.write(Arrays.copyOfRange(body, half, body.length));
        out.flush();
        RawHttp.Answer saved = RawHttp.read(form.getInputStream());
        stopping.get(60, TimeUnit.SECONDS);
        Duration stopped = Duration.between(told, Instant.now());
        System.out.printf(
            "Graceful shutdown: new connections refused %d ms after SIGTERM; the form in flight"
                + " answered %d; stopped %d ms after SIGTERM%n",
            untilRefused.toMillis(), saved.status(), stopped.toMillis());

        assertThat(saved.status()).as("the form in flight is answered").isEqualTo(302);
        String editKey = saved.header("Location").replaceAll(".*/routines/", "");
        try (Connection connection = database.connect();
            PreparedStatement query =
                connection.prepareStatement(
                    "select name, times_per_day from routine where edit_key = ?")) {
          query.setString(1, editKey);
          try (ResultSet row = query.executeQuery()) {
            assertThat(row.next()).as("the answered form's routine is stored").isTrue();
            assertThat(row.getString(1)).isEqualTo("Sent while the instance stops");
            assertThat(row.getInt(2)).isEqualTo(2);
          }
        }
      }
    } finally {
      database.drop();
    }
  }

  /** How long after now a new connection to the port is refused; fails after five seconds. */
  private static Duration untilConnectionsAreRefused(int port) throws InterruptedException {
    Instant start = Instant.now();
    while (Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(5)) < 0) {
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      } catch (ConnectException refused) {
        return Duration.between(start, Instant.now());
      } catch (IOException other) {
        throw new AssertionError("a new connection failed otherwise than refused", other);
      }
      Thread.sleep(10);
    }
    throw new AssertionError("new connections were still taken 5 s after SIGTERM");
  }
}
