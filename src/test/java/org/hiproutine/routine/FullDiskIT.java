package org.hiproutine.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import org.hiproutine.support.FullDisk;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The disk fills up under the embedded database, then frees: a save that fails says so and keeps
 * what was typed, health says the database is down while it is, pages kept in memory still answer,
 * and once there is room again the app saves again by itself, with no restart.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FullDiskIT {

  @TempDir static Path data;

  @DynamicPropertySource
  static void onADiskThatFillsUp(DynamicPropertyRegistry registry) {
    FullDisk.install();
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:fullDisk:" + data.resolve("hip-routine") + ";WRITE_DELAY=0");
  }

  @Autowired MockMvc mvc;
  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;

  @AfterEach
  void freeTheDisk() {
    FullDisk.free();
  }

  @Test
  void aFullDiskFailsSavesClearlyAndTheAppHealsWhenThereIsRoomAgain() throws Exception {
    Routine routine = editor.copy("strengthening");
    String edit = "/routines/" + routine.getEditKey();
    assertThat(status(get("/exercises"))).isEqualTo(200);

    FullDisk.fill();
    MockHttpServletResponse failed = save(routine, "Typed while the disk was full");

    assertThat(failed.getStatus()).isEqualTo(503);
    Document page = Jsoup.parse(failed.getContentAsString());
    assertThat(page.select("[role=alert]").text())
        .contains("We could not save this", "Nothing you typed is lost");
    assertThat(page.getElementById("name").val()).isEqualTo("Typed while the disk was full");
    assertThat(page.getElementById("items-0-amount").val()).isEqualTo("14");
    assertThat(status(get("/actuator/health"))).as("health while full").isEqualTo(503);
    assertThat(status(get("/exercises"))).as("a kept page while full").isEqualTo(200);
    MockHttpServletResponse read = mvc.perform(get(edit)).andReturn().getResponse();
    assertThat(read.getStatus()).as("reading while full").isIn(200, 503);

    FullDisk.free();
    int health = 0;
    for (int i = 0; i < 50 && health != 200; i++) {
      Thread.sleep(100);
      health = status(get("/actuator/health"));
    }
    assertThat(health).as("health once there is room again").isEqualTo(200);
    MockHttpServletResponse saved =
        save(routines.findByEditKey(routine.getEditKey()).orElseThrow(), "Saved once freed");
    assertThat(saved.getStatus()).isEqualTo(302);
    assertThat(routines.findByEditKey(routine.getEditKey()).orElseThrow().getName())
        .isEqualTo("Saved once freed");
  }

  @Test
  void aFullDiskAnswersANewRoutineWithItsFormAsTyped() throws Exception {
    FullDisk.fill();

    MockHttpServletResponse failed =
        mvc.perform(
                post("/routines")
                    .with(csrf())
                    .param("name", "Evening hips")
                    .param("notes", "Typed notes")
                    .param("timesPerDay", "2")
                    .param("daysPerWeek", "5"))
            .andReturn()
            .getResponse();

    assertThat(failed.getStatus()).isEqualTo(503);
    Document page = Jsoup.parse(failed.getContentAsString());
    assertThat(page.select("[role=alert]").text()).contains("We could not save this");
    assertThat(page.getElementById("name").val()).isEqualTo("Evening hips");
    assertThat(page.getElementById("notes").text()).isEqualTo("Typed notes");
    assertThat(page.getElementById("timesPerDay").val()).isEqualTo("2");
  }

  private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }

  private MockHttpServletResponse save(Routine routine, String name) throws Exception {
    var request =
        post("/routines/" + routine.getEditKey())
            .with(csrf())
            .param("version", String.valueOf(routine.getVersion()))
            .param("name", name)
            .param("timesPerDay", "1")
            .param("daysPerWeek", "7");
    for (int i = 0; i < routine.getItems().size(); i++) {
      request
          .param("items[" + i + "].id", routine.getItems().get(i).getId().toString())
          .param("items[" + i + "].sets", "1")
          .param("items[" + i + "].amount", "14");
    }
    return mvc.perform(request).andReturn().getResponse();
  }
}
