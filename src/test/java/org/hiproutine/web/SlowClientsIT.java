package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Thirty clients declare a 60 KB form and send it a byte a second: they must not hold the request
 * threads. While they trickle, a normal page answers within a second every time, and each of them
 * is dropped (408 past the body deadline, or 503 at once when the body readers are all busy).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "hip-routine.body-deadline=4s")
class SlowClientsIT {

  private static final int TRICKLERS = 30;

  @LocalServerPort int port;

  private final Map<Integer, String> answers = new ConcurrentHashMap<>();

  @Test
  void aNormalPageAnswersWithinASecondWhileThirtyClientsTrickleTheirBodies() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest catalog =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/exercises"))
            .timeout(Duration.ofSeconds(1))
            .build();
    for (int i = 0; i < 20; i++) { // warmed up: the first renders compile templates and code
      http.send(catalog, HttpResponse.BodyHandlers.discarding());
    }
    ExecutorService tricklers = Executors.newFixedThreadPool(TRICKLERS);
    for (int i = 0; i < TRICKLERS; i++) {
      int client = i;
      tricklers.submit(() -> trickle(client));
    }
    Thread.sleep(1500); // every trickler has sent its headers and started its body

    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      long start = System.nanoTime();
      HttpResponse<String> page = http.send(catalog, HttpResponse.BodyHandlers.ofString());
      millis.add((System.nanoTime() - start) / 1_000_000);
      assertThat(page.statusCode()).isEqualTo(200);
      Thread.sleep(1000);
    }
    System.out.println("a normal page while 30 clients trickle, ms: " + millis);
    assertThat(millis).allMatch(ms -> ms < 1000);

    tricklers.shutdown();
    assertThat(tricklers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    System.out.println("the tricklers' answers: " + answers.values());
    assertThat(answers).hasSize(TRICKLERS);
    assertThat(answers.values())
        .allMatch(status -> status.startsWith("HTTP/1.1 408") || status.startsWith("HTTP/1.1 503"));
  }

  /** Sends headers for a 60 KB form, then a byte a second until the server answers or closes. */
  private void trickle(int client) {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(100);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(
          ("POST /routines HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/x-www-form-urlencoded\r\n"
                  + "Content-Length: 61440\r\n\r\nname=")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      for (int second = 0; second < 25; second++) {
        String answer = answer(in);
        if (answer != null) {
          answers.put(client, answer);
          return;
        }
        out.write('x');
        out.flush();
        Thread.sleep(1000);
      }
      answers.put(client, "still reading after 25 s");
    } catch (IOException closed) {
      answers.put(client, "closed without an answer");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String answer(InputStream in) throws IOException {
    byte[] line = new byte[64];
    try {
      int read = in.read(line);
      if (read == -1) {
        throw new IOException("closed");
      }
      String text = new String(line, 0, read, StandardCharsets.US_ASCII);
      return text.lines().findFirst().orElse(text);
    } catch (java.net.SocketTimeoutException nothingYet) {
      return null;
    }
  }
}
