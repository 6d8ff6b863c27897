package org.hiproutine.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hiproutine.catalog.CatalogText;
import org.hiproutine.catalog.CatalogTextRepository;
import org.hiproutine.catalog.ExerciseRepository;
import org.hiproutine.routine.RememberedRoutines;
import org.hiproutine.routine.RoutineSummary;
import org.hiproutine.routine.TestRoutines;
import org.hiproutine.web.WebSlice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The home and safety pages alone, the catalog and this browser's routines mocked. */
@WebSlice(HomeController.class)
class HomeControllerTest {

  private static final RoutineSummary MINE =
      new RoutineSummary("Morning hips", "e".repeat(22), "s".repeat(22), Instant.EPOCH);

  @Autowired MockMvc mvc;
  @MockitoBean CatalogTextRepository texts;
  @MockitoBean RememberedRoutines remembered;
  @MockitoBean ExerciseRepository exercises;

  @BeforeEach
  void catalog() {
    when(texts.paragraphs())
        .thenReturn(
            Map.of(
                CatalogText.TITLE, "Hip fitness for back pain",
                CatalogText.INTRODUCTION, "Strong hips help the back.",
                CatalogText.CLOSING, "Ask a doctor first."));
    when(exercises.findAllByOrderByPosition())
        .thenReturn(List.of(TestRoutines.LUNGES, TestRoutines.CLAMSHELLS));
  }

  @Test
  void listsThisBrowsersRoutinesWithTheirSessionDiaryAndSharedView() throws Exception {
    when(remembered.summaries(any())).thenReturn(List.of(MINE));
    when(remembered.sharedWithYou(any())).thenReturn(List.of());

    Document home = page("/");

    assertThat(home.select(".your-routines .routine-name").text()).isEqualTo("Morning hips");
    assertThat(home.select(".your-routines a").eachAttr("href"))
        .contains(
            "/routines/" + MINE.editKey(),
            "/s/" + MINE.shareKey() + "/session",
            "/routines/" + MINE.editKey() + "/diary",
            "/s/" + MINE.shareKey());
    assertThat(home.select(".shared-with-you")).isEmpty();
  }

  @Test
  void showsTheExercisesInTheCatalogsOrderAndNoListsToAFirstVisitor() throws Exception {
    when(remembered.summaries(any())).thenReturn(List.of());
    when(remembered.sharedWithYou(any())).thenReturn(List.of());

    Document home = page("/");

    assertThat(home.text()).contains("Strong hips help the back.");
    assertThat(home.select(".home-exercise h2 a").eachAttr("href"))
        .containsExactly("/exercises/lunges", "/exercises/clamshells");
    assertThat(home.select(".routine-list")).isEmpty();
  }

  @Test
  void theSafetyPageListsTheRedFlagsUnderTheDisclaimer() throws Exception {
    Document safety = page("/safety");

    assertThat(safety.select(".disclaimer-short").text())
        .contains("Consult a healthcare professional");
    assertThat(safety.select(".red-flags").text())
        .contains("Get urgent medical help", "chest pain", "See a doctor soon");
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
  }
}
