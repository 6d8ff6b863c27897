package org.hiproutine.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole journey over real HTTP, as a browser without JavaScript makes it: create a routine,
 * change it through its edit link, read it through its share link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedRoutineIT {

  @LocalServerPort int port;

  private final HttpClient browser =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  @Test
  void createsEditsThroughTheEditLinkAndReadsThroughTheShareLink() throws Exception {
    Document newForm = get("/routines/new");
    HttpResponse<String> created =
        post(
            "/routines",
            newForm,
            Map.of("name", "Back care", "timesPerDay", "1", "daysPerWeek", "7"));
    assertThat(created.statusCode()).isEqualTo(302);
    String editPath = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();

    Document edit = get(editPath);
    assertThat(edit.select(".notice").text()).contains("Your routine is saved");
    String shareLink = edit.getElementById("share-link").val();
    post(editPath, edit, formOf(edit, "action", "add:glute-bridges"));
    edit = get(editPath);
    Map<String, String> fields = formOf(edit, "action", "save");
    fields.put("items[0].sets", "2");
    fields.put("items[0].amount", "15");
    fields.put("items[0].note", "Slowly at the top");
    assertThat(post(editPath, edit, fields).statusCode()).isEqualTo(302);

    Document shared = get(URI.create(shareLink).getPath());
    assertThat(shared.select("h1").text()).isEqualTo("Back care");
    assertThat(shared.select(".item h3").text()).isEqualTo("Glute Bridges");
    assertThat(shared.select(".item .dose").text()).isEqualTo("2 sets · 15 repetitions");
    assertThat(shared.select(".item").text()).contains("Slowly at the top");
    assertThat(shared.select("form")).as("no way to edit").isEmpty();
    assertThat(shared.select("input, textarea, button")).isEmpty();
    assertThat(shared.html()).doesNotContain(editPath);
    assertThat(shared.select("a").eachAttr("href"))
        .noneMatch(href -> href.matches("/routines/" + RoutineKeys.PATTERN + ".*"));

    Document home = get("/");
    assertThat(home.select(".routine-row .routine-name").text()).isEqualTo("Back care");
  }

  private Map<String, String> formOf(Document page, String button, String value) {
    Map<String, String> fields =
        page.select("form[method=post]:has(input[name=version]) input[name]").stream()
            .filter(input -> !input.attr("type").equals("submit"))
            .collect(
                Collectors.toMap(
                    input -> input.attr("name"),
                    input -> input.val(),
                    (a, b) -> a,
                    LinkedHashMap::new));
    page.select("form:has(input[name=version]) textarea[name]")
        .forEach(area -> fields.put(area.attr("name"), area.text()));
    fields.put(button, value);
    return fields;
  }

  private Document get(String path) throws Exception {
    HttpResponse<String> response =
        browser.send(
            HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  private HttpResponse<String> post(String path, Document page, Map<String, String> fields)
      throws Exception {
    Map<String, String> body = new LinkedHashMap<>(fields);
    body.put("_csrf", page.select("input[name=_csrf]").first().val());
    String encoded =
        body.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return browser.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
