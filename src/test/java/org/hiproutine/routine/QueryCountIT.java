package org.hiproutine.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hiproutine.web.CountedStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A routine's pages cost one query however many exercises it has (no N+1 over its items, their
 * exercises or their steps), plus one for its version, which is all that a page kept for that
 * version costs. An exercise's steps are read once while the app runs (ExerciseSteps), by whichever
 * page shows them first. (The diary's pages: DiaryQueryCountIT.)
 */
@SpringBootTest
@Import(CountedStatements.class)
@AutoConfigureMockMvc
class QueryCountIT {

  @Autowired MockMvc mvc;
  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;

  private Routine routine;

  @BeforeEach
  void allEightExercises() {
    routine = routines.findByEditKey(editor.copy("all-eight").getEditKey()).orElseThrow();
    CountedStatements.clear();
  }

  /** The app has shown these exercises' steps before, on another routine's pages. */
  private void stepsShownBefore() throws Exception {
    String other =
        routines.findByEditKey(editor.copy("all-eight").getEditKey()).orElseThrow().getShareKey();
    for (String page : new String[] {"", "/sheet", "/session/3"}) {
      mvc.perform(get("/s/" + other + page)).andExpect(status().isOk());
    }
    CountedStatements.clear();
  }

  @Test
  void theSharePageTakesOneQueryAndThenOnlyItsVersion() throws Exception {
    stepsShownBefore();
    mvc.perform(get("/s/" + routine.getShareKey())).andExpect(status().isOk());
    assertThat(CountedStatements.sent()).isEqualTo(2);

    CountedStatements.clear();
    mvc.perform(get("/s/" + routine.getShareKey())).andExpect(status().isOk());
    assertThat(CountedStatements.sent()).isEqualTo(1);
  }

  @Test
  void theSheetTakesOneQueryAndThenOnlyItsVersion() throws Exception {
    stepsShownBefore();
    mvc.perform(get("/s/" + routine.getShareKey() + "/sheet")).andExpect(status().isOk());
    assertThat(CountedStatements.sent()).isEqualTo(2);

    CountedStatements.clear();
    mvc.perform(get("/s/" + routine.getShareKey() + "/sheet.pdf")).andExpect(status().isOk());
    assertThat(CountedStatements.sent()).isEqualTo(2);

    CountedStatements.clear();
    mvc.perform(get("/s/" + routine.getShareKey() + "/sheet.pdf")).andExpect(status().isOk());
    assertThat(CountedStatements.sent()).isEqualTo(1);
  }

  @Test
  void aGuidedSessionsStepTakesOneQueryAndThenOnlyItsVersion() throws Exception {
    stepsShownBefore();
    mvc.perform(get("/s/" + routine.getShareKey() + "/session/3")).andExpect(status().isOk());
    assertThat(CountedStatements.sent()).isEqualTo(2);

    CountedStatements.clear();
    mvc.perform(get("/s/" + routine.getShareKey() + "/session/3")).andExpect(status().isOk());
    assertThat(CountedStatements.sent()).isEqualTo(1);
  }

  @Test
  void theEditPageTakesOneQueryTheCatalogToChooseFromIsReadOnce() throws Exception {
    String other = editor.copy("all-eight").getEditKey();
    mvc.perform(get("/routines/" + other)).andExpect(status().isOk());
    CountedStatements.clear();

    mvc.perform(get("/routines/" + routine.getEditKey())).andExpect(status().isOk());

    assertThat(CountedStatements.sent()).isEqualTo(1);
  }
}
