package org.hiproutine.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.hiproutine.support.Visitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole journey over real HTTP, as a browser without JavaScript makes it: a physiotherapist
 * builds a routine through its edit link; a patient opens the share link, keeps it, copies it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedRoutineIT {

  private static final String FORM = "#routine-form";

  @LocalServerPort int port;

  @Test
  void createsEditsThroughTheEditLinkAndReadsThroughTheShareLink() throws Exception {
    Visitor physio = new Visitor(origin());
    String editPath = create(physio, "Back care");
    String edit = ok(physio.get(editPath)).body();
    assertThat(Jsoup.parse(edit).select(".notice").text()).contains("Your routine is saved");
    String shareLink = Visitor.field(edit, "share-link");

    Map<String, String> fields = Visitor.formFields(edit, FORM);
    fields.put("action", "add:glute-bridges");
    physio.post(editPath, Visitor.csrfToken(edit), fields);
    edit = ok(physio.get(editPath)).body();
    fields = Visitor.formFields(edit, FORM);
    fields.putAll(
        Map.of(
            "items[0].sets", "2",
            "items[0].amount", "15",
            "items[0].note", "Slowly at the top",
            "notes", "Every morning, before breakfast",
            "forWhom", "Mrs J. Smith",
            "fromWhom", "Riverside Physio, 01234 567890",
            "action", "save"));
    assertThat(physio.post(editPath, Visitor.csrfToken(edit), fields).statusCode()).isEqualTo(302);

    Document shared = Jsoup.parse(ok(new Visitor(origin()).get(path(shareLink))).body());
    assertThat(shared.select("h1").text()).isEqualTo("Back care");
    assertThat(shared.select(".item h3").text()).isEqualTo("Glute Bridges");
    assertThat(shared.select(".item .dose").text()).isEqualTo("2 sets · 15 repetitions");
    assertThat(shared.select(".item").text()).contains("Slowly at the top");
    assertThat(shared.select("#notes-title").text()).isEqualTo("Notes");
    assertThat(shared.select("section:has(#notes-title) p").text())
        .isEqualTo("Every morning, before breakfast");
    assertThat(shared.select("details.item-steps").first().hasAttr("open"))
        .as("each exercise's steps, collapsed")
        .isFalse();
    assertThat(shared.select("details.item-steps li").eachText())
        .startsWith("Lie on your back with knees bent and feet hip-width apart.");
    assertThat(shared.text())
        .as("who it is for and from: on paper only")
        .doesNotContain("Smith", "Riverside");
    assertThat(shared.select("form")).as("no way to edit").isEmpty();
    assertThat(shared.select("input, textarea, button")).isEmpty();
    assertThat(shared.html()).doesNotContain(editPath);
    assertThat(shared.select("a").eachAttr("href"))
        .noneMatch(href -> href.matches("/routines/" + RoutineKeys.PATTERN + ".*"));

    Document home = Jsoup.parse(ok(physio.get("/")).body());
    assertThat(home.select(".your-routines .routine-name").text()).isEqualTo("Back care");
  }

  @Test
  void aPatientKeepsWhatTheyAreSentUnderSharedWithYouAndCanForgetIt() throws Exception {
    Visitor physio = new Visitor(origin());
    String share =
        path(Visitor.field(ok(physio.get(create(physio, "For Sam"))).body(), "share-link"));
    Visitor patient = new Visitor(origin());

    ok(patient.get(share));
    ok(patient.get(share)); // opened twice: listed once
    String home = ok(patient.get("/")).body();

    assertThat(Jsoup.parse(home).select(".shared-with-you .routine-name").eachText())
        .containsExactly("For Sam");
    assertThat(Jsoup.parse(home).select(".shared-with-you a.routine-name").attr("href"))
        .isEqualTo(share);
    assertThat(Jsoup.parse(ok(physio.get("/")).body()).select(".shared-with-you"))
        .as("the physio's own routine is under Your routines only")
        .isEmpty();

    HttpResponse<String> forgot =
        patient.post(
            "/shared/" + share.substring(3) + "/forget", Visitor.csrfToken(home), Map.of());
    assertThat(forgot.statusCode()).isEqualTo(302);
    assertThat(Jsoup.parse(ok(patient.get("/")).body()).select(".shared-with-you")).isEmpty();
    assertThat(ok(patient.get(share)).statusCode()).as("forgetting deletes nothing").isEqualTo(200);
  }

  @Test
  void aPatientMakesACopyOfTheirOwnFromTheShareLink() throws Exception {
    Visitor physio = new Visitor(origin());
    String editPath = create(physio, "Knees");
    String share = path(Visitor.field(ok(physio.get(editPath)).body(), "share-link"));
    Visitor patient = new Visitor(origin());

    Document shared = Jsoup.parse(ok(patient.get(share)).body());
    String confirm = ok(patient.get(shared.selectFirst("a[href$=/copy]").attr("href"))).body();
    assertThat(Jsoup.parse(confirm).select("h1").text()).isEqualTo("Make a copy of Knees");
    HttpResponse<String> copied =
        patient.post(share + "/copy", Visitor.csrfToken(confirm), Map.of());

    String copyPath = copied.headers().firstValue("Location").orElseThrow();
    assertThat(copyPath).matches(".*/routines/" + RoutineKeys.PATTERN).doesNotEndWith(editPath);
    Document copy = Jsoup.parse(ok(patient.get(path(copyPath))).body());
    assertThat(copy.select("h1").text()).isEqualTo("Copy of Knees");
    assertThat(copy.select("[role=status]").text()).contains("This is your copy of Knees");
    assertThat(
            Jsoup.parse(ok(patient.get("/")).body()).select(".your-routines .routine-name").text())
        .isEqualTo("Copy of Knees");
  }

  private String create(Visitor visitor, String name) throws Exception {
    String form = ok(visitor.get("/routines/new")).body();
    HttpResponse<String> created =
        visitor.post(
            "/routines",
            Visitor.csrfToken(form),
            Map.of("name", name, "timesPerDay", "1", "daysPerWeek", "7"));
    assertThat(created.statusCode()).isEqualTo(302);
    return path(created.headers().firstValue("Location").orElseThrow());
  }

  private static <T> HttpResponse<T> ok(HttpResponse<T> response) {
    assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
    return response;
  }

  private static String path(String link) {
    return URI.create(link).getPath();
  }

  private String origin() {
    return "http://localhost:" + port;
  }
}
