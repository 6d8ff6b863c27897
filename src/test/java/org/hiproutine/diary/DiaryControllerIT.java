package org.hiproutine.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineEditor;
import org.hiproutine.routine.RoutineRepository;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The diary through the whole stack but the servlet container: logging, every bad input, a form
 * sent twice, changing and deleting an entry, the spreadsheet file, and the privacy rule: only the
 * edit link reaches it, and nothing of it is kept by a cache.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DiaryControllerIT {

  @Autowired MockMvc mvc;
  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;
  @Autowired DiaryEntryRepository entries;
  @Autowired DiarySnapshots diaries;

  private Routine routine;
  private String diary;
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  @BeforeEach
  void aRoutineOfThreeExercisesOnceADay() {
    routine = routines.findByEditKey(editor.copy("strengthening").getEditKey()).orElseThrow();
    diary = "/routines/" + routine.getEditKey() + "/diary";
  }

  @Test
  void theFormStartsWithTodayEveryExerciseTickedAndNoScore() throws Exception {
    Document form = page(get(diary + "/new"));

    assertThat(form.getElementById("day").val()).isEqualTo(today.toString());
    assertThat(form.select("input[name=exercises][checked]").eachAttr("value"))
        .containsExactly("lunges", "clamshells", "glute-bridges");
    assertThat(form.select("input[name=painBefore]")).hasSize(12);
    assertThat(form.select("input[name=painBefore][checked]").eachAttr("value"))
        .containsExactly("");
    assertThat(form.text())
        .contains("0 = no pain")
        .contains("10 = the worst pain you can imagine")
        .contains("Did you notice any of these?")
        .doesNotContain("settle within a day");
    assertThat(form.select("input[name=token]").val()).matches("[0-9a-f-]{36}");
  }

  @Test
  void logsASessionAndShowsItsAdviceAfterSavingAndBesideThatDay() throws Exception {
    MockHttpServletResponse saved =
        mvc.perform(
                logWith(today, "lunges", "clamshells")
                    .param("painBefore", "2")
                    .param("painAfter", "5")
                    .param("note", "Lunges were hard"))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse();

    List<DiaryEntry> kept = diaries.whole(routine.getId());
    assertThat(kept).hasSize(1);
    DiaryEntry entry = kept.get(0);
    assertThat(saved.getRedirectedUrl()).isEqualTo(diary);
    assertThat(entry.getDay()).isEqualTo(today);
    assertThat(entry.getExercisesDone()).containsExactly("lunges", "clamshells");
    assertThat(entry.getExercisesPlanned()).isEqualTo(3);
    assertThat(entry.getPainBefore()).isEqualTo(2);
    assertThat(entry.getPainAfter()).isEqualTo(5);
    assertThat(entry.getNote()).isEqualTo("Lunges were hard");

    Document page = page(get(diary).cookie(flash(saved)));
    assertThat(page.select("[role=status]").text())
        .contains("Session logged for")
        .contains("Amber: don't increase")
        .contains("Don't increase the amount for now.");
    String listed = page.getElementById("entry-" + entry.getId()).text();
    assertThat(listed)
        .contains("Lunges, Clamshells (2 of 3)")
        .contains("Lunges were hard")
        .contains("Amber: don't increase");

    Document later = page(get(diary));
    assertThat(later.select("[role=status]")).isEmpty();
    assertThat(later.getElementById("entry-" + entry.getId()).text())
        .as("the advice stays beside that day")
        .contains("Amber: don't increase");
    assertThat(later.selectFirst(".advice-legend").text())
        .as("and what it said, in full, once for the page")
        .contains("Amber: don't increase Don't increase the amount for now.");
  }

  @Test
  void theNextFormAsksWhetherTheExtraPainSettled() throws Exception {
    mvc.perform(log(today.minusDays(1)).param("painBefore", "1").param("painAfter", "3"));

    Document form = page(get(diary + "/new"));

    assertThat(form.text()).contains("Did the extra pain from last time settle within a day?");
    assertThat(form.select("input[name=settled]").eachAttr("value"))
        .containsExactly("yes", "no", "");
  }

  @Test
  void noTwiceInARowGetsTheRedAdvice() throws Exception {
    mvc.perform(log(today.minusDays(2)).param("painBefore", "1").param("painAfter", "3"));
    mvc.perform(log(today.minusDays(1)).param("settled", "no"));
    MockHttpServletResponse second =
        mvc.perform(log(today).param("settled", "no")).andReturn().getResponse();

    assertThat(page(get(diary).cookie(flash(second))).select("[role=status]").text())
        .contains("That is too much.");
  }

  @Test
  void aRedFlagShowsTheUrgentHelpPanelAboveEverythingElse() throws Exception {
    MockHttpServletResponse saved =
        mvc.perform(log(today).param("painAfter", "1").param("redFlags", "CHEST_PAIN"))
            .andReturn()
            .getResponse();

    Document page = page(get(diary).cookie(flash(saved)));
    var main = page.selectFirst("main");
    var first = main.child(0);
    assertThat(first.hasClass("urgent-help")).isTrue();
    assertThat(first.attr("role")).isEqualTo("alert");
    assertThat(first.text())
        .contains("Get urgent medical help")
        .contains("Call the emergency number")
        .contains("See a doctor soon");
    assertThat(page.select("[role=status]").text()).doesNotContain("That looks fine");
    assertThat(diaries.whole(routine.getId()).get(0).getRedFlags())
        .containsExactly(RedFlag.CHEST_PAIN);
  }

  @Test
  void refusesScoresOutsideTheScaleTextAFutureDayAndKeepsWhatWasTyped() throws Exception {
    Document page =
        page(
            log(today.plusDays(3))
                .param("painBefore", "eleven")
                .param("painAfter", "11")
                .param("note", "Typed with care"));

    assertThat(page.select(".error-summary li").eachText())
        .containsExactly(
            "The day can't be in the future.",
            "Choose your pain before the session from 0 to 10, or No answer.",
            "Choose your pain after the session from 0 to 10, or No answer.");
    assertThat(page.getElementById("day").val()).isEqualTo(today.plusDays(3).toString());
    assertThat(page.getElementById("note").val()).isEqualTo("Typed with care");
    assertThat(page.getElementById("painBefore-error").text()).contains("from 0 to 10");
    assertThat(entries.countByRoutineId(routine.getId())).isZero();
  }

  @Test
  void refusesADayMoreThanAYearBackAndOneThatIsNotADate() throws Exception {
    assertThat(page(log(today.minusYears(1).minusDays(2))).select(".error-summary li").text())
        .isEqualTo("The day must be within the last year.");
    assertThat(
            page(post(diary).with(csrf()).param("day", "31/02/2026").param("exercises", "lunges"))
                .select(".error-summary li")
                .text())
        .isEqualTo("Enter a real date, for example 2 12 2026.");
    assertThat(entries.countByRoutineId(routine.getId())).isZero();
  }

  @Test
  void takesADayTypedByHand() throws Exception {
    mvc.perform(
            post(diary)
                .with(csrf())
                .param(
                    "day",
                    today.getDayOfMonth() + " " + today.getMonthValue() + " " + today.getYear())
                .param("exercises", "lunges"))
        .andExpect(status().isFound());

    assertThat(diaries.whole(routine.getId()).get(0).getDay()).isEqualTo(today);
  }

  @Test
  void refusesAnExerciseTheRoutineDoesNotHaveAndNoExerciseAtAll() throws Exception {
    assertThat(
            page(post(diary)
                    .with(csrf())
                    .param("day", today.toString())
                    .param("exercises", "pigeon-pose"))
                .select(".error-summary li")
                .text())
        .isEqualTo("Tick exercises from this routine only.");
    assertThat(
            page(post(diary).with(csrf()).param("day", today.toString()).param("exercises", "99"))
                .select(".error-summary li")
                .text())
        .isEqualTo("Tick exercises from this routine only.");
    assertThat(
            page(post(diary).with(csrf()).param("day", today.toString()))
                .select(".error-summary li")
                .text())
        .isEqualTo("Tick at least one exercise you did.");
    assertThat(entries.countByRoutineId(routine.getId())).isZero();
  }

  @Test
  void refusesAnUnknownSymptomAndANoteOverFiveHundredCharacters() throws Exception {
    Document page = page(log(today).param("redFlags", "HEADACHE").param("note", "x".repeat(501)));

    assertThat(page.select(".error-summary li").eachText())
        .containsExactly(
            "Tick symptoms from the list only.", "The note can be at most 500 characters long.");
    assertThat(page.getElementById("note").val()).hasSize(501);
    assertThat(entries.countByRoutineId(routine.getId())).isZero();
  }

  @Test
  void aNoteOverFiveHundredCharactersAloneIsRefusedWithTheFormKept() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(log(today).param("note", "x".repeat(501))).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(200);
    Document page = Jsoup.parse(response.getContentAsString());
    assertThat(page.select(".error-summary li").eachText())
        .containsExactly("The note can be at most 500 characters long.");
    assertThat(page.getElementById("note").val()).hasSize(501);
    assertThat(page.getElementById("note").attr("aria-invalid")).isEqualTo("true");
    assertThat(entries.countByRoutineId(routine.getId())).isZero();
  }

  @Test
  void aFormSentTwiceMakesOneEntry() throws Exception {
    String token = UUID.randomUUID().toString();

    String first =
        mvc.perform(log(today).param("token", token)).andReturn().getResponse().getRedirectedUrl();
    String second =
        mvc.perform(log(today).param("token", token)).andReturn().getResponse().getRedirectedUrl();

    assertThat(second).isEqualTo(first);
    assertThat(entries.countByRoutineId(routine.getId())).isOne();
  }

  @Test
  void refusesMoreSessionsADayThanTheRoutineHas() throws Exception {
    mvc.perform(log(today)).andExpect(status().isFound());

    Document page = page(log(today));

    assertThat(page.select(".error-summary li").text())
        .isEqualTo(
            "You have already logged a session that day, and this routine is done once a day."
                + " Choose another day, or change the entry you made.");
    assertThat(entries.countByRoutineId(routine.getId())).isOne();
  }

  @Test
  void changesAnEntryShowingWhatItSaid() throws Exception {
    mvc.perform(log(today.minusDays(1)).param("painAfter", "4").param("note", "First"));
    DiaryEntry entry = diaries.whole(routine.getId()).get(0);

    Document form = page(get(diary + "/" + entry.getId()));
    assertThat(form.select("input[name=painAfter][checked]").val()).isEqualTo("4");
    assertThat(form.getElementById("note").val()).isEqualTo("First");
    assertThat(form.getElementById("day").val()).isEqualTo(today.minusDays(1).toString());

    mvc.perform(
            post(diary + "/" + entry.getId())
                .with(csrf())
                .param("day", today.minusDays(2).toString())
                .param("exercises", "clamshells")
                .param("painAfter", "2")
                .param("note", "Corrected"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl(diary));

    DiaryEntry changed = entries.findByIdAndRoutineId(entry.getId(), routine.getId()).orElseThrow();
    assertThat(changed.getDay()).isEqualTo(today.minusDays(2));
    assertThat(changed.getExercisesDone()).containsExactly("clamshells");
    assertThat(changed.getPainAfter()).isEqualTo(2);
    assertThat(changed.getNote()).isEqualTo("Corrected");
    assertThat(entries.countByRoutineId(routine.getId())).isOne();
  }

  @Test
  void deletesAnEntryAfterAsking() throws Exception {
    mvc.perform(log(today));
    DiaryEntry entry = diaries.whole(routine.getId()).get(0);

    Document confirm = page(get(diary + "/" + entry.getId() + "/delete"));
    assertThat(confirm.selectFirst("h1").text()).startsWith("Delete the entry for");
    assertThat(entries.countByRoutineId(routine.getId())).isOne();

    MockHttpServletResponse deleted =
        mvc.perform(post(diary + "/" + entry.getId() + "/delete").with(csrf()))
            .andExpect(redirectedUrl(diary))
            .andReturn()
            .getResponse();

    assertThat(entries.countByRoutineId(routine.getId())).isZero();
    assertThat(page(get(diary).cookie(flash(deleted))).select("[role=status]").text())
        .contains("is deleted");
  }

  @Test
  void anEntryOfAnotherRoutineIsNotFoundThroughThisOne() throws Exception {
    Routine other = routines.findByEditKey(editor.copy("strengthening").getEditKey()).orElseThrow();
    mvc.perform(log(today));
    DiaryEntry entry = diaries.whole(routine.getId()).get(0);
    String theirs = "/routines/" + other.getEditKey() + "/diary/" + entry.getId();

    mvc.perform(get(theirs)).andExpect(status().isNotFound());
    mvc.perform(get(theirs + "/delete")).andExpect(status().isNotFound());
    mvc.perform(post(theirs + "/delete").with(csrf())).andExpect(status().isNotFound());
    mvc.perform(
            post(theirs)
                .with(csrf())
                .param("day", today.toString())
                .param("exercises", "lunges")
                .param("note", "tampered"))
        .andExpect(status().isNotFound());

    DiaryEntry untouched =
        entries.findByIdAndRoutineId(entry.getId(), routine.getId()).orElseThrow();
    assertThat(untouched.getNote()).isNull();
    mvc.perform(get(diary + "/99999999")).andExpect(status().isNotFound());
    mvc.perform(get(diary + "/123456789012345678901")).andExpect(status().isNotFound());
    mvc.perform(get(diary + "/abc")).andExpect(status().isNotFound());
  }

  @Test
  void theShareKeyOpensNoDiary() throws Exception {
    mvc.perform(log(today).param("note", "Private words"));
    String share = routine.getShareKey();

    mvc.perform(get("/routines/" + share + "/diary")).andExpect(status().isNotFound());
    mvc.perform(get("/routines/" + share + "/diary.csv")).andExpect(status().isNotFound());
    mvc.perform(get("/routines/" + share + "/diary.pdf")).andExpect(status().isNotFound());
    mvc.perform(get("/routines/" + share + "/diary/print")).andExpect(status().isNotFound());
    mvc.perform(get("/s/" + share + "/diary"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/s/" + share + "/copy"));

    Document sharePage = page(get("/s/" + share));
    assertThat(sharePage.text())
        .doesNotContain("Private words")
        .doesNotContain("Log this session")
        .contains("Copy this routine to keep your own diary");
  }

  @Test
  void theBrowserThatMadeTheRoutineGetsLogThisSessionWithoutTheEditKeyInThePage() throws Exception {
    Cookie own = new Cookie("routines", routine.getEditKey());
    String share = routine.getShareKey();

    String sharePage =
        mvc.perform(get("/s/" + share).cookie(own)).andReturn().getResponse().getContentAsString();
    assertThat(Jsoup.parse(sharePage).select("a[href=/s/" + share + "/diary]").text())
        .isEqualTo("Log this session");
    assertThat(sharePage).doesNotContain(routine.getEditKey());

    String endPage =
        mvc.perform(get("/s/" + share + "/session/end").cookie(own))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(endPage).select("a[href=/s/" + share + "/diary]").text())
        .isEqualTo("Log this session");
    assertThat(endPage).doesNotContain(routine.getEditKey());

    mvc.perform(get("/s/" + share + "/diary").cookie(own)).andExpect(redirectedUrl(diary + "/new"));
  }

  @Test
  void everyDiaryAnswerIsNoStoreAndNoindex() throws Exception {
    mvc.perform(log(today.minusDays(1)));
    long id = diaries.whole(routine.getId()).get(0).getId();
    List<MockHttpServletRequestBuilder> requests =
        List.of(
            get(diary),
            get(diary + "/new"),
            get(diary + "/" + id),
            get(diary + "/" + id + "/delete"),
            get(diary + "/print"),
            get(diary.replace("/diary", "/diary.pdf")),
            get(diary.replace("/diary", "/diary.csv")),
            log(today),
            log(today.plusYears(1)),
            get(diary + "/99999999"));

    for (MockHttpServletRequestBuilder request : requests) {
      MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
      assertThat(response.getHeader("Cache-Control"))
          .as(response.getStatus() + " " + response.getContentType())
          .isEqualTo("no-store");
      assertThat(response.getHeader("X-Robots-Tag")).isEqualTo("noindex");
    }
  }

  @Test
  void theSpreadsheetHasEveryEntryWithFormulasMadeHarmless() throws Exception {
    mvc.perform(
        log(today.minusDays(1))
            .param("painBefore", "3")
            .param("painAfter", "2")
            .param("note", "=HYPERLINK(\"http://evil\",\"click\")"));
    mvc.perform(
        logWith(today, "lunges")
            .param("note", "Felt fine, \"really\"\nsecond line")
            .param("redFlags", "CHEST_PAIN"));

    MockHttpServletResponse csv =
        mvc.perform(get("/routines/" + routine.getEditKey() + "/diary.csv"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();

    assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(csv.getHeader("Content-Disposition"))
        .startsWith("attachment")
        .contains("filename=\"hip-routine-strengthening-diary.csv\"");
    String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFDay,Exercises done,Exercises in the routine,");
    List<String> lines = List.of(text.substring(1).split("\r\n"));
    assertThat(lines.get(0))
        .isEqualTo(
            "Day,Exercises done,Exercises in the routine,Pain before (0 to 10),"
                + "Pain after (0 to 10),Extra pain from last time settled,Symptoms noticed,"
                + "Advice,Note,Recorded at (UTC)");
    assertThat(lines.get(1))
        .startsWith(today.minusDays(1) + ",Lunges; Clamshells; Glute Bridges,3,3,2,,,Green: fine,")
        .contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",");
    assertThat(text)
        .contains(
            today
                + ",Lunges,3,,,,chest pain,Urgent help,\"Felt fine, \"\"really\"\"\nsecond line\",");
  }

  @Test
  void theRoutinesDeletePageSaysItsDiaryGoesTooAndDeletingItDoes() throws Exception {
    mvc.perform(log(today.minusDays(1)));
    mvc.perform(log(today));

    assertThat(page(get("/routines/" + routine.getEditKey() + "/delete")).text())
        .contains("Its diary, with 2 sessions logged, is deleted too.");

    mvc.perform(post("/routines/" + routine.getEditKey() + "/delete").with(csrf()))
        .andExpect(status().isFound());

    assertThat(entries.countByRoutineId(routine.getId())).isZero();
  }

  @Test
  void aRepeatedDayIsRefusedWhileRepeatedTicksAreTaken() throws Exception {
    mvc.perform(
            post(diary)
                .with(csrf())
                .param("day", today.toString(), today.minusDays(1).toString())
                .param("exercises", "lunges"))
        .andExpect(status().isBadRequest());
    assertThat(entries.countByRoutineId(routine.getId())).isZero();
  }

  private MockHttpServletRequestBuilder log(LocalDate day) {
    return logWith(day, "lunges", "clamshells", "glute-bridges");
  }

  private MockHttpServletRequestBuilder logWith(LocalDate day, String... exercises) {
    return post(diary).with(csrf()).param("day", day.toString()).param("exercises", exercises);
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }

  private static Cookie flash(MockHttpServletResponse redirect) {
    Cookie flash = redirect.getCookie("flash");
    assertThat(flash).as("a notice for the next page").isNotNull();
    return flash;
  }
}
