package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hiproutine.diary.TestDiaries;
import org.hiproutine.routine.ReminderForm;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineEditor;
import org.hiproutine.routine.RoutineForm;
import org.hiproutine.routine.RoutineReminders;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Requests every GET route the app has, found from its handler mappings so new pages are covered
 * without touching this test, and every kind of error page, over real HTTP: each answer carries
 * both forms of the disclaimer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclaimerOnEveryPageIT {

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired MessageSource messages;

  private final HttpClient http = HttpClient.newHttpClient();

  /** A visitor following the app's redirects (a share link's diary leads to the copy page). */
  private final HttpClient visitor =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

  private Map<String, String> pathVariables;

  @Autowired RoutineEditor editor;
  @Autowired RoutineReminders reminders;
  @Autowired ApplicationContext app;

  @BeforeAll
  void createARoutineToVisit() {
    RoutineForm form = RoutineForm.blank();
    form.setName("Every page");
    form.setExercise("glute-bridges");
    Routine routine = editor.create(form);
    ReminderForm reminder = new ReminderForm();
    reminder.setDays(List.of("MONDAY"));
    reminder.setTimes(List.of("08:00"));
    reminder.setZone("Europe/London");
    reminders.save(routine.getEditKey(), reminder);
    pathVariables =
        Map.of(
            "slug",
            "glute-bridges",
            "editKey",
            routine.getEditKey(),
            "shareKey",
            routine.getShareKey(),
            "number",
            "1",
            "entryId",
            TestDiaries.logToday(app, routine));
  }

  @TestFactory
  Stream<DynamicTest> everyGetRouteShowsTheDisclaimer() {
    List<String> paths = getRoutes();
    assertThat(paths).contains("/", "/exercises", "/exercises/{slug}", "/safety");
    return paths.stream()
        .map(pattern -> DynamicTest.dynamicTest(pattern, () -> assertDisclaimer(fill(pattern))));
  }

  @TestFactory
  Stream<DynamicTest> everyErrorPageShowsTheDisclaimer() {
    return Stream.of(
            request("GET", "/no-such-page", 404),
            request("GET", "/exercises/no-such-exercise", 404),
            request("GET", "/routines/AAAAAAAAAAAAAAAAAAAAAA", 404),
            request("GET", "/exercises?kind=JUGGLING", 400),
            request("POST", "/routines", 403),
            request("POST", "/routines?oversize", 413),
            request("GET", "/test/boom", 500))
        .map(
            expected ->
                DynamicTest.dynamicTest(
                    expected.method() + " " + expected.path() + " → " + expected.status(),
                    () -> {
                      HttpResponse<String> response = send(expected.method(), expected.path());
                      assertThat(response.statusCode()).isEqualTo(expected.status());
                      assertThat(response.headers().firstValue("Content-Type").orElse(""))
                          .startsWith("text/html");
                      assertHasDisclaimer(response.body());
                    }));
  }

  private void assertDisclaimer(String path) throws Exception {
    HttpResponse<byte[]> response =
        visitor.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(path).isBetween(200, 299);
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("application/pdf")) {
      assertEveryPdfPageHasTheDisclaimer(response.body());
    } else if (type.startsWith("text/calendar")) {
      // each reminder's description ends with the short disclaimer (its lines unfolded here)
      assertThat(new String(response.body(), StandardCharsets.UTF_8).replace("\r\n ", ""))
          .contains(message("disclaimer.short"));
    } else if (type.startsWith("text/csv")) {
      // the diary's data for a spreadsheet, downloaded from the diary page that shows the
      // disclaimer: a line of prose in it would be read as a row of data
      assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
          .startsWith("attachment");
    } else if (type.startsWith("text/css")) {
      // the printed page's stylesheet: it puts the short disclaimer at the foot of every page
      assertThat(new String(response.body(), StandardCharsets.UTF_8))
          .contains(message("disclaimer.short"));
    } else {
      assertHasDisclaimer(new String(response.body(), StandardCharsets.UTF_8));
    }
  }

  private void assertEveryPdfPageHasTheDisclaimer(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper text = new PDFTextStripper();
      StringBuilder all = new StringBuilder();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        text.setStartPage(page);
        text.setEndPage(page);
        String pageText = text.getText(document).replaceAll("\\s+", " ");
        assertThat(pageText).as("PDF page " + page).contains(message("disclaimer.short"));
        all.append(pageText);
      }
      assertThat(all.toString()).contains(message("disclaimer.full"));
    }
  }

  private String message(String key) {
    return messages.getMessage(key, null, Locale.ENGLISH);
  }

  private void assertHasDisclaimer(String html) {
    assertThat(html)
        .contains(message("disclaimer.short"))
        .contains(message("disclaimer.full"))
        .contains("href=\"/safety\"");
    // and, as every page of ours, a description for search engines (Lighthouse SEO)
    assertThat(Jsoup.parse(html).select("meta[name=description]").attr("content")).isNotBlank();
  }

  private List<String> getRoutes() {
    TreeSet<String> paths = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      var methods = info.getMethodsCondition().getMethods();
      if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
        continue;
      }
      paths.addAll(info.getPathPatternsCondition().getPatternValues());
    }
    paths.remove("/error"); // asked for directly it is the 404 page, checked below
    paths.removeIf(path -> path.startsWith("/test/"));
    return new ArrayList<>(paths);
  }

  private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:(?:[^{}]|\\{[^}]*})*)?}");

  private String fill(String pattern) {
    Matcher matcher = VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String value = pathVariables.get(matcher.group(1));
      assertThat(value).as("a value for {" + matcher.group(1) + "} in " + pattern).isNotNull();
      matcher.appendReplacement(path, value);
    }
    matcher.appendTail(path);
    return path.toString();
  }

  private HttpResponse<String> send(String method, String path)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(
                method,
                path.endsWith("?oversize")
                    ? HttpRequest.BodyPublishers.ofString("notes=" + "x".repeat(100_000))
                    : HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Expected request(String method, String path, int status) {
    return new Expected(method, path, status);
  }

  private record Expected(String method, String path, int status) {}

  @TestConfiguration
  static class FailingPage {

    @Bean
    Boom boom() {
      return new Boom();
    }
  }

  @Controller
  static class Boom {
    @GetMapping("/test/boom")
    String boom() {
      throw new IllegalStateException("a failure the person should never see in detail");
    }
  }
}
