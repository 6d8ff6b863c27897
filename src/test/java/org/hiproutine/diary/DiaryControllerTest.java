package org.hiproutine.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hiproutine.catalog.ExerciseRepository;
import org.hiproutine.routine.Frequency;
import org.hiproutine.routine.RememberedRoutines;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineSnapshots;
import org.hiproutine.routine.RoutineVersions;
import org.hiproutine.routine.TestRoutines;
import org.hiproutine.web.WebSlice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** The diary's pages and forms alone: the web layer with the database mocked away. */
@WebSlice(DiaryController.class)
@Import({DiaryViews.class, DiaryDays.class})
class DiaryControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean RoutineSnapshots snapshots;
  @MockitoBean RoutineVersions versions;
  @MockitoBean DiaryEntryRepository entries;
  @MockitoBean DiarySnapshots diaries;
  @MockitoBean DiaryEntries diaryEntries;
  @MockitoBean ExerciseRepository exercises;
  @MockitoBean RememberedRoutines remembered;

  private Routine routine;
  private String diary;

  @BeforeEach
  void aRoutineOfTwoExercises() {
    routine =
        TestRoutines.inMemory(
            "Hips",
            new Frequency(2, 7),
            new TestRoutines.Planned(TestRoutines.CLAMSHELLS, 1, 10),
            new TestRoutines.Planned(TestRoutines.LUNGES, 1, 10));
    ReflectionTestUtils.setField(routine, "id", 7L);
    when(snapshots.byEditKey(routine.getEditKey())).thenReturn(Optional.of(routine));
    when(diaries.whole(7L)).thenReturn(List.of());
    diary = "/routines/" + routine.getEditKey() + "/diary";
  }

  @Test
  void theFormOffersTodayTheRoutinesExercisesAndTheZeroToTenScale() throws Exception {
    Document form = page(diary + "/new");

    assertThat(form.getElementById("day").val())
        .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.systemDefault()).toString());
    assertThat(form.select("input[name=exercises]").eachAttr("value"))
        .containsExactly("clamshells", "lunges");
    assertThat(form.select("input[name=painAfter]").eachAttr("value"))
        .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "");
    assertThat(form.select("input[name=redFlags]")).hasSize(RedFlag.values().length);
    assertThat(form.select("label[for=flag-CHEST_PAIN]").text()).isEqualTo("chest pain");
  }

  @Test
  void aRejectedFormShowsEachProblemBesideItsFieldAndKeepsTheScoresChosen() throws Exception {
    when(diaryEntries.log(eq(routine.getEditKey()), any(), anyBoolean()))
        .thenReturn(
            new DiaryEntries.Rejected(
                Map.of(DiaryForm.Problem.Field.DAY, DiaryForm.Problem.DAY_FULL), 2));

    Document page =
        Jsoup.parse(
            mvc.perform(
                    post(diary)
                        .with(csrf())
                        .param("day", "2026-12-02")
                        .param("exercises", "lunges")
                        .param("painBefore", "3")
                        .param("painAfter", "6"))
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(page.getElementById("day-error").text())
        .contains(
            "You have already logged 2 sessions that day, and this routine is done 2 times a day.");
    assertThat(page.select(".error-summary a[href=#day]")).hasSize(1);
    assertThat(page.select("input[name=painBefore][checked]").val()).isEqualTo("3");
    assertThat(page.select("input[name=painAfter][checked]").val()).isEqualTo("6");
    assertThat(page.select("input[name=exercises][checked]").eachAttr("value"))
        .containsExactly("lunges");
  }

  @Test
  void theShareLinkLeadsItsOwnBrowserToTheLogFormAndAnyoneElseToACopy() throws Exception {
    String share = routine.getShareKey();
    when(remembered.ownEditKey(eq(share), any())).thenReturn(Optional.of(routine.getEditKey()));
    mvc.perform(get("/s/" + share + "/diary")).andExpect(redirectedUrl(diary + "/new"));

    when(remembered.ownEditKey(eq(share), any())).thenReturn(Optional.empty());
    when(versions.findVersionByShareKey(share)).thenReturn(Optional.of(3L));
    mvc.perform(get("/s/" + share + "/diary")).andExpect(redirectedUrl("/s/" + share + "/copy"));

    when(versions.findVersionByShareKey(share)).thenReturn(Optional.empty());
    mvc.perform(get("/s/" + share + "/diary")).andExpect(status().isNotFound());
  }

  @Test
  void anUnknownEditKeyIsNotFound() throws Exception {
    when(snapshots.byEditKey(any())).thenReturn(Optional.empty());
    when(entries.findByIdAndRoutineId(anyLong(), anyLong())).thenReturn(Optional.empty());

    mvc.perform(get("/routines/AAAAAAAAAAAAAAAAAAAAAA/diary")).andExpect(status().isNotFound());
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
  }
}
