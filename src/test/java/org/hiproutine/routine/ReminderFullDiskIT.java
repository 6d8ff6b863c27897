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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Saving reminders while the disk under the database is full: the form says nothing was saved and
 * keeps every choice; once there is room the same choices save.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReminderFullDiskIT {

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
  void aFullDiskAnswersTheRemindersFormWithEveryChoiceKept() throws Exception {
    Routine routine = editor.copy("strengthening");

    FullDisk.fill();
    MockHttpServletResponse failed = mvc.perform(reminders(routine)).andReturn().getResponse();

    assertThat(failed.getStatus()).isEqualTo(503);
    Document page = Jsoup.parse(failed.getContentAsString());
    assertThat(page.select("[role=alert]").text())
        .contains("We could not save this", "Nothing you typed is lost");
    assertThat(page.select("input[name=days][checked]").eachAttr("value"))
        .containsExactly("TUESDAY", "THURSDAY");
    assertThat(page.getElementById("time-1").val()).isEqualTo("07:45");
    assertThat(page.select("#zone option[selected]").val()).isEqualTo("Asia/Tokyo");

    FullDisk.free();
    int health = 0;
    for (int i = 0; i < 50 && health != 200; i++) {
      Thread.sleep(100);
      health = mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus();
    }
    assertThat(health).as("health once there is room again").isEqualTo(200);
    assertThat(mvc.perform(reminders(routine)).andReturn().getResponse().getStatus())
        .isEqualTo(302);
    assertThat(routines.findByEditKey(routine.getEditKey()).orElseThrow().chosenDays())
        .hasValueSatisfying(days -> assertThat(days).hasSize(2));
  }

  private static MockHttpServletRequestBuilder reminders(Routine routine) {
    return post("/routines/" + routine.getEditKey() + "/reminders")
        .with(csrf())
        .param("days", "TUESDAY", "THURSDAY")
        .param("times[0]", "07:45")
        .param("zone", "Asia/Tokyo");
  }
}
