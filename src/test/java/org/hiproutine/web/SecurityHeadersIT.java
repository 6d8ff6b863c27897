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
import java.util.Map;
import org.hiproutine.routine.RoutineEditor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every answer over real HTTP carries the strict headers — pages, kept pages, PDFs, static files,
 * the app's error pages, the answers made before Spring Security runs (413), and Tomcat's own error
 * page for a request it can't parse, which also gets our wording and disclaimer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIT {

  private static final Map<String, String> STRICT =
      Map.of(
          "content-security-policy",
          "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self';"
              + " form-action 'self'; frame-ancestors 'none'",
          "x-content-type-options",
          "nosniff",
          "x-frame-options",
          "DENY",
          "referrer-policy",
          "no-referrer");

  @LocalServerPort int port;
  @Autowired RoutineEditor editor;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyKindOfAnswerCarriesTheStrictHeaders() throws Exception {
    String share = "/s/" + editor.copy("strengthening").getShareKey();
    for (String path :
        new String[] {
          "/",
          "/exercises",
          "/exercises/lunges",
          "/exercises/lunges",
          share,
          share,
          share + "/sheet.pdf",
          "/css/app.css",
          "/no-such-page",
          "/error"
        }) {
      HttpResponse<byte[]> answer = get(path);
      STRICT.forEach(
          (name, value) ->
              assertThat(answer.headers().firstValue(name)).as(path + " " + name).hasValue(value));
    }
  }

  @Test
  void aBodyTooLargeIsRefusedWithTheStrictHeaders() throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/routines"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("notes=" + "x".repeat(100_000)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(413);
    STRICT.forEach((name, value) -> assertThat(answer.headers().firstValue(name)).hasValue(value));
    assertThat(answer.body()).contains("That was too much to send", "Consult a healthcare");
  }

  @Test
  void tomcatsOwnErrorPageHasTheHeadersOurWordsAndTheDisclaimer() throws IOException {
    String answer = raw("GET /a|b HTTP/1.1\r\nHost: localhost\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 400");
    String headers = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
    STRICT.forEach(
        (name, value) -> assertThat(headers).contains(name + ": " + value.toLowerCase()));
    assertThat(answer)
        .contains("We could not understand that request")
        .contains("Consult a healthcare professional before starting these exercises.")
        .contains("These exercises are general information, not medical advice.")
        .doesNotContain("Tomcat", "<style");
  }

  @Test
  void exposesOnlyTheHealthEndpoint() throws Exception {
    assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    for (String endpoint : new String[] {"env", "beans", "configprops", "mappings", "heapdump"}) {
      assertThat(get("/actuator/" + endpoint).statusCode()).as(endpoint).isEqualTo(404);
    }
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
