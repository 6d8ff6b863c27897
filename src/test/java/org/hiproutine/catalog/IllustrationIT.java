package org.hiproutine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hiproutine.routine.RoutineEditor;
import org.hiproutine.routine.RoutineRepository;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Each exercise's drawing: served, small, well-formed, described, and shown wherever it is. */
@SpringBootTest
@AutoConfigureMockMvc
class IllustrationIT {

  private static final int SMALLEST_ALT = 40;

  @Autowired MockMvc mvc;
  @Autowired ExerciseRepository exercises;
  @Autowired MessageSource messages;
  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;

  @Test
  void everyDrawingIsAnSmallWellFormedSvgWithATitleCachedForAYear() throws Exception {
    Document catalog = page("/exercises");
    for (Exercise exercise : exercises.findAllByOrderByPosition()) {
      String url = imageOf(catalog, exercise).attr("src");
      assertThat(url)
          .as("a content-hash URL")
          .matches("/img/exercises/" + exercise.getSlug() + "-[0-9a-f]{32}\\.svg");

      MockHttpServletResponse response =
          mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();

      assertThat(response.getContentType()).startsWith("image/svg+xml");
      assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000");
      byte[] svg = response.getContentAsByteArray();
      assertThat(svg.length).as(exercise.getSlug() + " size").isLessThan(8 * 1024);
      var xml =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(svg));
      assertThat(xml.getDocumentElement().getTagName()).isEqualTo("svg");
      assertThat(xml.getDocumentElement().getAttribute("role")).isEqualTo("img");
      assertThat(xml.getElementsByTagName("title").item(0).getTextContent()).isNotBlank();
      assertThat(new String(svg)).doesNotContain("<script", "<text", "href=\"http");
    }
  }

  @Test
  void everyDrawingHasAnAltTextThatDescribesThePosition() {
    for (Exercise exercise : exercises.findAllByOrderByPosition()) {
      String alt = messages.getMessage(exercise.getIllustrationAltKey(), null, Locale.UK);
      assertThat(alt).as(exercise.getSlug()).hasSizeGreaterThan(SMALLEST_ALT);
      assertThat(alt.toLowerCase(Locale.ROOT)).doesNotContain("image of", "picture of");
    }
  }

  @Test
  void theCatalogAndEachExercisePageShowTheDrawing() throws Exception {
    Document catalog = page("/exercises");
    for (Exercise exercise : exercises.findAllByOrderByPosition()) {
      assertDescribed(imageOf(catalog, exercise), exercise);
      assertDescribed(imageOf(page("/exercises/" + exercise.getSlug()), exercise), exercise);
    }
  }

  @Test
  void theBuilderTheShareViewAndTheSheetShowEachItemsDrawing() throws Exception {
    var routine = routines.findByEditKey(editor.copy("all-eight").getEditKey()).orElseThrow();
    List<String> pages =
        List.of(
            "/routines/" + routine.getEditKey(),
            "/s/" + routine.getShareKey(),
            "/s/" + routine.getShareKey() + "/sheet");
    for (String path : pages) {
      Document page = page(path);
      for (Exercise exercise : exercises.findAllByOrderByPosition()) {
        assertDescribed(imageOf(page, exercise), exercise);
      }
    }
  }

  private void assertDescribed(Element image, Exercise exercise) {
    assertThat(image.attr("alt"))
        .isEqualTo(messages.getMessage(exercise.getIllustrationAltKey(), null, Locale.UK));
  }

  private static Element imageOf(Document page, Exercise exercise) {
    Element image = page.selectFirst("img[src^=/img/exercises/" + exercise.getSlug() + "-]");
    assertThat(image).as(exercise.getSlug() + "'s drawing on " + page.title()).isNotNull();
    return image;
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
