package org.hiproutine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineEditor;
import org.hiproutine.routine.RoutineRepository;
import org.hiproutine.routine.TestRoutines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A guided session followed page by page, as without JavaScript: start, every step, stop, end. */
@SpringBootTest
@AutoConfigureMockMvc
class SessionControllerIT {

  @Autowired MockMvc mvc;
  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;

  private Routine routine;
  private String session;

  @BeforeEach
  void aRoutineOfAnEachSideHoldAndRepetitions() {
    // hip flexor stretch (each side, 1 set) then glute bridges (1 set): 3 steps
    routine =
        TestRoutines.saved(
            editor, routines, "Session", List.of("hip-flexor-stretch", "glute-bridges"));
    session = "/s/" + routine.getShareKey() + "/session";
  }

  @Test
  void theStartPageSaysWhatIsComingAndStartsAtStepOne() throws Exception {
    Document start = page(session);

    assertThat(start.select("h1").text()).isEqualTo("Start: Session");
    assertThat(start.select(".session-coming li").eachText())
        .containsExactly(
            "Hip Flexor Stretch Hold 15 s · each side", "Glute Bridges 12 repetitions");
    assertThat(start.text())
        .contains("3 steps, 2 exercises")
        .contains("You'll need a mat and space to lie down.")
        .contains("Move slowly and gently.");
    assertThat(start.selectFirst("a.session-go").attr("href")).isEqualTo(session + "/1");
    assertThat(start.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
  }

  @Test
  void nextLinksLeadThroughEveryStepToTheEndAndBackLinksBack() throws Exception {
    List<String> seen = new ArrayList<>();
    String path = page(session).selectFirst("a.session-go").attr("href");
    while (path.matches(".*/session/\\d+")) {
      Document step = page(path);
      seen.add(
          step.select(".session-progress").text()
              + " | "
              + step.select("h1").text()
              + " | "
              + step.select(".session-set").text()
              + " | "
              + step.select(".session-target").text());
      assertThat(step.selectFirst("a.session-stop-link").attr("href")).isEqualTo(path + "/stop");
      assertThat(step.select(".session-nojs").text()).startsWith("Count for yourself");
      String back = step.selectFirst("a[rel=prev]").attr("href");
      assertThat(back).isEqualTo(seen.size() == 1 ? session : session + "/" + (seen.size() - 1));
      path = step.selectFirst("a[rel=next]").attr("href");
    }

    assertThat(seen)
        .containsExactly(
            "Step 1 of 3 | Hip Flexor Stretch | Left side | Hold 15 s",
            "Step 2 of 3 | Hip Flexor Stretch | Right side | Hold 15 s",
            "Step 3 of 3 | Glute Bridges |  | 12 repetitions");
    assertThat(path).isEqualTo(session + "/end");
    Document end = page(path);
    assertThat(end.select("h1").text()).isEqualTo("Done");
    assertThat(end.select(".session-done").text())
        .matches("Done: 2 exercises, about \\d+ minutes?\\.");
  }

  @Test
  void theLeftSideTellsTheScriptAboutTheRightSideItSwitchesTo() throws Exception {
    Element left = page(session + "/1").getElementById("session-step");
    Element right = page(session + "/2").getElementById("session-step");

    assertThat(left.attr("data-kind")).isEqualTo("HOLD");
    assertThat(left.attr("data-amount")).isEqualTo("15");
    assertThat(left.attr("data-lead-in")).isEqualTo("5");
    assertThat(left.attr("data-switch-pause")).isEqualTo("5");
    assertThat(left.attr("data-then-side-label")).isEqualTo("Right side");
    assertThat(left.attr("data-then-progress")).isEqualTo("Step 2 of 3");
    assertThat(left.attr("data-then-next-href")).isEqualTo(session + "/3");
    assertThat(left.attr("data-then-back-href")).isEqualTo(session + "/1");
    assertThat(left.attr("data-text-switch-sides")).isEqualTo("Switch sides");
    assertThat(right.hasAttr("data-then-next-href")).isFalse();
    assertThat(page(session + "/3").getElementById("session-step").attr("data-kind"))
        .isEqualTo("REPETITIONS");
  }

  @Test
  void everyStepGivesTheScriptEveryWordItShowsFromTheMessages() throws Exception {
    Properties messages = new Properties();
    try (Reader in =
        new InputStreamReader(
            new ClassPathResource("messages.properties").getInputStream(),
            StandardCharsets.UTF_8)) {
      messages.load(in);
    }
    String script =
        new ClassPathResource("static/js/session.js").getContentAsString(StandardCharsets.UTF_8);
    Matcher asked = Pattern.compile("text\\(\"([A-Za-z]+)\"").matcher(script);
    List<String> words = new ArrayList<>();
    while (asked.find()) {
      words.add(asked.group(1));
    }
    assertThat(words).as("words session.js shows").hasSizeGreaterThan(10);

    for (int number = 1; number <= 3; number++) {
      Element step = page(session + "/" + number).getElementById("session-step");
      for (String word : words) {
        assertThat(step.attr("data-text-" + kebab(word))).as(word).isNotBlank();
      }
      for (String key : messages.stringPropertyNames()) {
        if (key.startsWith("session.text.")) {
          String word = key.substring("session.text.".length());
          assertThat(step.attr("data-text-" + kebab(word))).as(key).isEqualTo(messages.get(key));
        }
      }
      assertThat(step.attr("data-text-close")).isEqualTo(messages.get("session.stop.close"));
    }
  }

  private static String kebab(String word) {
    return word.replaceAll("(?<=.)([A-Z])", "-$1").toLowerCase(Locale.ROOT);
  }

  @Test
  void theStopPageShowsWhatToDoAndOffersToSkipOrEnd() throws Exception {
    Document stop = page(session + "/1/stop");

    assertThat(stop.text())
        .contains("Stop if it hurts")
        .contains("Stop an exercise if it causes new pain or makes your pain worse")
        .contains("Get urgent medical help");
    assertThat(stop.selectFirst("a.session-skip").attr("href")).isEqualTo(session + "/3");
    assertThat(stop.selectFirst("a.session-end").attr("href"))
        .isEqualTo(session + "/end?stopped=true");
    assertThat(page(session + "/3/stop").selectFirst("a.session-skip").attr("href"))
        .isEqualTo(session + "/end?stopped=true");
    Document stopped = page(session + "/end?stopped=true");
    assertThat(stopped.select("h1").text()).isEqualTo("Session ended");
  }

  @Test
  void everyStepKeepsAnItHurtsStopControlAndItsPanel() throws Exception {
    for (int step = 1; step <= 3; step++) {
      Document page = page(session + "/" + step);
      assertThat(page.select("a.session-stop-link").text()).isEqualTo("It hurts — stop");
      assertThat(page.getElementById("session-stop-panel").text())
          .contains("Skip this exercise", "End the session", "Get urgent medical help");
    }
  }

  @Test
  void answers404ForAStepTheSessionDoesNotHaveOrAnUnknownRoutine() throws Exception {
    for (String step : new String[] {"0", "4", "9999", "0/stop", "4/stop"}) {
      mvc.perform(get(session + "/" + step)).andExpect(status().isNotFound());
    }
    mvc.perform(get(session + "/-1")).andExpect(status().isNotFound());
    mvc.perform(get(session + "/two")).andExpect(status().isNotFound());
    mvc.perform(get("/s/AAAAAAAAAAAAAAAAAAAAAA/session")).andExpect(status().isNotFound());
    mvc.perform(get("/s/AAAAAAAAAAAAAAAAAAAAAA/session/1")).andExpect(status().isNotFound());
  }

  @Test
  void noSessionPageShowsTheEditKeyOrIsIndexed() throws Exception {
    for (String path : List.of(session, session + "/1", session + "/2/stop", session + "/end")) {
      MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
      assertThat(response.getContentAsString())
          .as(path)
          .doesNotContain(routine.getEditKey())
          .contains("<meta name=\"robots\" content=\"noindex\">");
      assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache, private");
    }
  }

  @Test
  void theSharePageOffersToStartTheRoutine() throws Exception {
    assertThat(page("/s/" + routine.getShareKey()).selectFirst("a[href=" + session + "]").text())
        .isEqualTo("Start the routine");
  }

  private Document page(String path) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString());
  }
}
