package org.hiproutine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hiproutine.catalog.drawing.Drawing;
import org.hiproutine.catalog.drawing.Drawings;
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
import org.springframework.util.DigestUtils;

/**
 * Each exercise's drawings: served at content-hash URLs, small, well-formed, described, and shown
 * wherever the exercise is — moving on screen where it moves, still on paper.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IllustrationIT {

  private static final int SMALLEST_ALT = 40;

  @Autowired MockMvc mvc;
  @Autowired ExerciseRepository exercises;
  @Autowired Drawings drawings;
  @Autowired MessageSource messages;
  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;

  @Test
  void everyDrawingIsServedSmallWellFormedWithoutTextAndCachedForAYear() throws Exception {
    for (String file : drawings.fileNames()) {
      String url = served(file);
      MockHttpServletResponse response =
          mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();

      assertThat(response.getContentType()).startsWith("image/svg+xml");
      assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000");
      byte[] svg = response.getContentAsByteArray();
      assertThat(svg.length)
          .as(file + " size")
          .isLessThanOrEqualTo(file.contains("animated") ? 12 * 1024 : 6 * 1024);
      var xml =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(svg));
      assertThat(xml.getDocumentElement().getTagName()).isEqualTo("svg");
      assertThat(new String(svg)).doesNotContain("<script", "<text", "href=\"http", "style=");
    }
  }

  @Test
  void everyDrawingHasAnAltTextThatDescribesIt() {
    for (Exercise exercise : exercises.findAllByOrderByPosition()) {
      for (boolean left : new boolean[] {false, true}) {
        Drawing drawing = drawings.of(exercise.getSlug(), left);
        String still = messages.getMessage(drawing.stillAlt(), null, Locale.UK);
        assertThat(still).as(drawing.still()).hasSizeGreaterThan(SMALLEST_ALT);
        assertThat(still.toLowerCase(Locale.ROOT)).doesNotContain("image of", "picture of");
        if (drawing.moves()) {
          assertThat(messages.getMessage(drawing.animatedAlt(), null, Locale.UK))
              .as(drawing.animated())
              .startsWith("Moving");
        }
      }
    }
  }

  @Test
  void theCatalogAndEachExercisePageShowTheDrawingMovingWhereTheExerciseMoves() throws Exception {
    Document catalog = page("/exercises");
    for (Exercise exercise : exercises.findAllByOrderByPosition()) {
      assertShown(catalog, exercise, false);
      assertShown(page("/exercises/" + exercise.getSlug()), exercise, false);
    }
  }

  @Test
  void theBuilderTheShareViewAndTheSheetShowEachItemsDrawing() throws Exception {
    var routine = routines.findByEditKey(editor.copy("all-eight").getEditKey()).orElseThrow();
    for (String path :
        List.of("/routines/" + routine.getEditKey(), "/s/" + routine.getShareKey())) {
      Document page = page(path);
      for (Exercise exercise : exercises.findAllByOrderByPosition()) {
        assertShown(page, exercise, false);
      }
    }
    Document sheet = page("/s/" + routine.getShareKey() + "/sheet");
    for (Exercise exercise : exercises.findAllByOrderByPosition()) {
      Element still = sheet.selectFirst("img[src^=/img/exercises/" + exercise.getSlug() + "-]");
      assertThat(still).as("the still drawing on paper").isNotNull();
      assertThat(still.attr("src")).doesNotContain("animated");
      assertThat(sheet.select("source[srcset*=/" + exercise.getSlug() + "-]")).isEmpty();
    }
  }

  @Test
  void theGuidedSessionShowsTheSideBeingWorked() throws Exception {
    var routine = routines.findByEditKey(editor.copy("strengthening").getEditKey()).orElseThrow();
    String session = "/s/" + routine.getShareKey() + "/session/";
    Exercise lunges = exercises.findBySlug("lunges").orElseThrow();

    assertShown(page(session + "1"), lunges, true); // lunges, left side
    assertShown(page(session + "2"), lunges, false); // right side
  }

  @Test
  void theCatalogWithItsStylesAndDrawingsStaysWithin40KbCompressed() throws Exception {
    Document catalog = page("/exercises");
    long bytes = gzipped(mvc.perform(get("/exercises")).andReturn().getResponse());
    for (Element css : catalog.select("link[rel=stylesheet], link[rel=icon]")) {
      bytes += gzipped(mvc.perform(get(css.attr("href"))).andReturn().getResponse());
    }
    for (Element picture : catalog.select("picture")) {
      Element moving = picture.selectFirst("source");
      String url = moving != null ? moving.attr("srcset") : picture.selectFirst("img").attr("src");
      bytes += gzipped(mvc.perform(get(url)).andReturn().getResponse());
    }
    System.out.printf("/exercises with its styles and drawings: %,d bytes compressed%n", bytes);
    assertThat(bytes).isLessThanOrEqualTo(40 * 1024);
  }

  private void assertShown(Document page, Exercise exercise, boolean left) {
    Drawing drawing = drawings.of(exercise.getSlug(), left);
    Element img = page.selectFirst("img[src=" + served(drawing.still()) + "]");
    assertThat(img).as(drawing.still() + " on " + page.title()).isNotNull();
    Element picture = img.parent();
    assertThat(picture.tagName()).isEqualTo("picture");
    assertThat(img.attr("alt"))
        .isEqualTo(messages.getMessage(drawing.altOnScreen(), null, Locale.UK));
    Element moving = picture.selectFirst("source");
    if (drawing.moves()) {
      assertThat(moving.attr("srcset")).isEqualTo(served(drawing.animated()));
      assertThat(moving.attr("media"))
          .isEqualTo("screen and (prefers-reduced-motion: no-preference)");
    } else {
      assertThat(moving).isNull();
    }
  }

  /** The content-hash URL a page links a drawing under: its name and the MD5 of its bytes. */
  private String served(String file) {
    String hash =
        DigestUtils.md5DigestAsHex(drawings.file(file).orElseThrow(() -> new AssertionError(file)));
    return "/img/exercises/" + file.replaceFirst("\\.svg$", "") + "-" + hash + ".svg";
  }

  private static long gzipped(MockHttpServletResponse response) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(response.getContentAsByteArray());
    }
    return out.size();
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
