package org.hiproutine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hiproutine.SeedCatalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The catalog pages as a person reads them, on the catalog the migration seeds. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogControllerIT {

  @Autowired MockMvc mvc;

  @Test
  void listsAllEightExercisesAsCardsWithDoseAndPosition() throws Exception {
    Document page = page(get("/exercises"));

    assertThat(page.select("h1").eachText()).containsExactly("Exercises");
    assertThat(page.select(".card h2").eachText()).containsExactlyElementsOf(SeedCatalog.NAMES);
    Element first = page.selectFirst(".card");
    assertThat(first.select(".dose").text()).isEqualTo("Hold 15–30 s · each side");
    assertThat(first.select(".facts dd").get(1).text()).isEqualTo("Kneeling");
    assertThat(first.select("a.button").attr("href"))
        .isEqualTo("/exercises/hip-flexor-stretch/add-to-routine");
    assertThat(page.select(".card .dose").eachText())
        .contains("12–15 repetitions", "15–20 repetitions · each side", "10–15 breathing rounds")
        .contains("Hold 20–30 s");
  }

  @Test
  void filtersByKind() throws Exception {
    Document page = page(get("/exercises").param("kind", "STRENGTHENING"));

    assertThat(page.select(".card h2").eachText())
        .containsExactly("Glute Bridges", "Clamshells", "Lunges");
    assertThat(page.select("#kind option[selected]").text()).isEqualTo("Strengthening");
    assertThat(page.select(".result-count").text()).isEqualTo("3 exercises match this filter.");
    assertThat(page.select("a.clear-filter").attr("href")).isEqualTo("/exercises");
  }

  @Test
  void filtersByStartingPosition() throws Exception {
    Document page = page(get("/exercises").param("position", "KNEELING").param("kind", ""));

    assertThat(page.select(".card h2").eachText())
        .containsExactly("Hip Flexor Stretch", "Hip Flexor and Quad Release");
    assertThat(page.select("#position option[selected]").text()).isEqualTo("Kneeling");
  }

  @Test
  void saysSoWhenNothingMatchesAndOffersToClearTheFilter() throws Exception {
    Document page = page(get("/exercises").param("kind", "MOBILITY").param("position", "STANDING"));

    assertThat(page.select(".card")).isEmpty();
    assertThat(page.select(".empty").text()).contains("No exercise matches this filter.");
    assertThat(page.select(".empty a").attr("href")).isEqualTo("/exercises");
  }

  @Test
  void answers400ToAFilterValueNoFormOffers() throws Exception {
    mvc.perform(get("/exercises").param("kind", "JUGGLING")).andExpect(status().isBadRequest());
  }

  @Test
  void showsAnExercisesStepsDoseAreasAndSafetyNotes() throws Exception {
    Document page = page(get("/exercises/hip-flexor-and-quad-release"));

    assertThat(page.select("h1").eachText()).containsExactly("Hip Flexor and Quad Release");
    assertThat(page.select("ol.steps li").eachText())
        .containsExactly(
            "Kneel on your right knee with your left foot in front.",
            "Shift your weight forward, feeling a stretch in your right hip flexor and quad.",
            "Hold for 15-30 seconds and switch sides.");
    assertThat(page.select(".facts").text())
        .contains("Hold 15–30 s · each side", "Kneeling", "Stretch", "Hip flexors, Quadriceps");
    assertThat(page.select(".safety-notes li").eachText())
        .contains(
            "Move slowly and gently. A mild stretch is fine; sharp or shooting pain is not.",
            "Breathe normally; do not hold your breath during holds.");
  }

  @Test
  void linksToThePreviousAndNextExercise() throws Exception {
    Document middle = page(get("/exercises/glute-bridges"));
    assertThat(middle.select("a[rel=prev]").attr("href")).isEqualTo("/exercises/pigeon-pose");
    assertThat(middle.select("a[rel=next]").attr("href")).isEqualTo("/exercises/clamshells");

    Document first = page(get("/exercises/hip-flexor-stretch"));
    assertThat(first.select("a[rel=prev]")).isEmpty();
    assertThat(first.select("a[rel=next]").text()).isEqualTo("Next: Pigeon Pose");

    Document last = page(get("/exercises/lunges"));
    assertThat(last.select("a[rel=next]")).isEmpty();
  }

  @Test
  void answers404ForAnUnknownExercise() throws Exception {
    mvc.perform(get("/exercises/handstand")).andExpect(status().isNotFound());
    mvc.perform(get("/exercises/handstand/add-to-routine")).andExpect(status().isNotFound());
  }

  @Test
  void theHomePageOpensWithTheSeedsIntroductionAndLinksOn() throws Exception {
    Document page = page(get("/"));

    assertThat(page.select("h1").eachText()).containsExactly("Hip fitness for back pain");
    assertThat(page.select(".lead").text())
        .startsWith("I would recommend incorporating hip exercises into your routine");
    assertThat(page.select("main a.button").eachAttr("href"))
        .containsExactly("/routines/new", "/exercises");
    assertThat(page.text()).doesNotContain("Previous Post", "Next Post", "READ MORE");
  }

  @Test
  void theHomePageFollowsTheIntroductionWithTheEightExercisesThenTheClosing() throws Exception {
    Document page = page(get("/"));

    Element exercises = page.selectFirst("ol.home-exercises");
    assertThat(exercises.select("h2 a").eachText()).containsExactlyElementsOf(SeedCatalog.NAMES);
    assertThat(exercises.select("h2 a").eachAttr("href"))
        .containsExactlyElementsOf(SeedCatalog.SLUGS.stream().map(s -> "/exercises/" + s).toList());
    assertThat(exercises.select("picture img")).hasSize(8);
    assertThat(exercises.select(".dose").eachText())
        .startsWith("Hold 15–30 s · each side", "Hold 15–30 s · each side", "12–15 repetitions");
    assertThat(exercises.previousElementSibling().text())
        .endsWith("Here are some hip exercises that can be beneficial for addressing back pain:");
    assertThat(exercises.nextElementSibling().text())
        .startsWith("These exercises help improve hip flexibility, strength, and mobility");
  }

  @Test
  void theSafetyPageShowsTheRedFlags() throws Exception {
    Document page = page(get("/safety"));

    assertThat(page.select(".red-flags li").eachText())
        .contains(
            "numbness, tingling or weakness in both legs;",
            "pain that is worse when you sneeze, cough or poo.")
        .hasSize(9);
    assertThat(page.select(".red-flags").text()).contains("emergency number");
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    String html =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("h1")).as("one h1 per page").hasSize(1);
    return page;
  }
}
