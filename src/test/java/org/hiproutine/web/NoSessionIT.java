package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hiproutine.support.Visitor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nothing the app does creates an HTTP session, so any instance can answer any request: a visitor
 * goes through every kind of page and form, and no answer sets JSESSIONID. The notice after a
 * redirect travels in a signed cookie, which a browser can't forge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoSessionIT {

  @LocalServerPort int port;

  private final List<String> cookiesSet = new ArrayList<>();

  @Test
  void noPageOrFormCreatesASessionAndNoticesStillShowAfterARedirect() throws Exception {
    Visitor visitor = new Visitor("http://localhost:" + port);
    String token = Visitor.csrfToken(seen(visitor.get("/routines/new")).body());

    HttpResponse<String> created =
        seen(
            visitor.post(
                "/routines",
                token,
                Map.of("name", "No session", "timesPerDay", "1", "daysPerWeek", "7")));
    String edit = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
    String editPage = seen(visitor.get(edit)).body();
    assertThat(Jsoup.parse(editPage).text()).contains("Your routine is saved");

    HttpResponse<String> saved =
        seen(
            visitor.post(
                edit,
                token,
                Map.of(
                    "version", Visitor.field(editPage, "version"),
                    "name", "Renamed",
                    "timesPerDay", "1",
                    "daysPerWeek", "7",
                    "action", "add:lunges")));
    assertThat(saved.statusCode()).isEqualTo(302);
    String afterSave = seen(visitor.get(edit)).body();
    assertThat(Jsoup.parse(afterSave).select("[role=status]").text()).contains("Added Lunges");
    assertThat(Jsoup.parse(seen(visitor.get(edit)).body()).select("[role=status]").text())
        .as("a notice shows once")
        .doesNotContain("Added Lunges");

    String share = URI.create(Visitor.field(afterSave, "share-link")).getPath();
    for (String path :
        List.of(
            "/",
            "/exercises",
            "/exercises/lunges",
            "/exercises/lunges/add-to-routine",
            "/safety",
            share,
            share + "/sheet",
            edit + "/delete",
            "/no-such-page")) {
      seen(visitor.get(path));
    }
    seen(visitor.post(edit + "/forget", token, Map.of()));
    seen(visitor.post(edit + "/delete", token, Map.of()));

    assertThat(cookiesSet).isNotEmpty().noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
  }

  @Test
  void manyUnfollowedSavesKeepTheNoticeCookieSmallAndTheNewestNoticeShows() throws Exception {
    Visitor visitor = new Visitor("http://localhost:" + port);
    String token = Visitor.csrfToken(visitor.get("/routines/new").body());
    String newest = "";
    for (int i = 0; i < 50; i++) {
      HttpResponse<String> created =
          visitor.post(
              "/routines",
              token,
              Map.of("name", "Busy " + i, "timesPerDay", "1", "daysPerWeek", "7"));
      assertThat(created.statusCode()).isEqualTo(302);
      newest = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
      List<String> flash =
          created.headers().allValues("Set-Cookie").stream()
              .filter(cookie -> cookie.startsWith("flash="))
              .toList();
      assertThat(flash.get(flash.size() - 1).length())
          .as("the notice cookie after %d redirects not followed", i + 1)
          .isLessThan(1024);
    }
    assertThat(Jsoup.parse(visitor.get(newest).body()).select("[role=status]").text())
        .as("the newest notice shows")
        .contains("Your routine is saved");
  }

  @Test
  void aForgedNoticeCookieShowsNothing() throws Exception {
    HttpResponse<String> home =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .header("Cookie", "flash=AAAAAQAA.bm90LWEtc2lnbmF0dXJl")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(home.body()).select(".notice")).isEmpty();
  }

  private <T> HttpResponse<T> seen(HttpResponse<T> response) {
    cookiesSet.addAll(response.headers().allValues("Set-Cookie"));
    assertThat(response.statusCode()).as(response.uri().toString()).isLessThan(500);
    return response;
  }
}
