package org.hiproutine.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hiproutine.SeedCatalog;
import org.hiproutine.routine.ReminderForm;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineEditor;
import org.hiproutine.routine.RoutineReminders;
import org.hiproutine.routine.RoutineRepository;
import org.hiproutine.routine.TestRoutines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The sheet page as printed: what every block shows. */
@SpringBootTest(properties = "hip-routine.public-url=https://hip-routine.example")
@AutoConfigureMockMvc
class SheetControllerIT {

  @Autowired MockMvc mvc;
  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;
  @Autowired RoutineReminders reminders;
  @Autowired JdbcTemplate jdbc;

  @Test
  void showsEveryItemsNameDoseStepsAndNote() throws Exception {
    Routine routine = glutesAndClamshells();

    Document sheet = sheet(routine.getShareKey(), "");

    assertThat(sheet.select(".sheet h1").text()).isEqualTo("Back care");
    assertThat(sheet.select(".sheet-item h2").eachText())
        .containsExactly(
            "1. Glute Bridges 2 sets · 15 repetitions", "2. Clamshells 20 repetitions · each side");
    assertThat(sheet.select(".sheet-item").get(1).select(".sheet-note").text())
        .isEqualTo("Note: Left side is weaker");
    assertThat(sheet.select(".sheet-item").first().select(".sheet-steps li").eachText())
        .containsExactly(
            "Lie on your back with knees bent and feet hip-width apart.",
            "Lift your hips toward the ceiling, engaging your glutes.",
            "Hold at the top for a moment, then lower back down.");
    assertThat(sheet.select(".sheet-meta").text())
        .startsWith("Twice a day, 5 days a week · About ")
        .contains("· Printed ");
    assertThat(sheet.select(".sheet-notes").text()).contains("Before breakfast");
  }

  @Test
  void givesLeftAndRightBoxesOnlyToExercisesDoneOnEachSide() throws Exception {
    Routine routine = glutesAndClamshells();

    Document sheet = sheet(routine.getShareKey(), "");

    Element bridges = sheet.select(".sheet-item").get(0).selectFirst(".tick-grid");
    Element clamshells = sheet.select(".sheet-item").get(1).selectFirst(".tick-grid");
    assertThat(bridges.select("thead th").eachText())
        .containsExactly("Day 1", "Day 2", "Day 3", "Day 4", "Day 5");
    assertThat(bridges.select("tbody th").eachText()).containsExactly("1st Done", "2nd Done");
    assertThat(clamshells.select("tbody th").eachText())
        .containsExactly("1st Left", "1st Right", "2nd Left", "2nd Right");
    assertThat(clamshells.select("tbody td")).hasSize(4 * 5);
  }

  @Test
  void namesTheWeekdaysForARoutineDoneEveryDay() throws Exception {
    Routine routine =
        TestRoutines.saved(editor, routines, "Daily", List.of("standing-forward-bend"));

    Element grid = sheet(routine.getShareKey(), "").selectFirst(".tick-grid");

    assertThat(grid.select("thead th").eachText())
        .containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    assertThat(grid.select("tbody th").eachText()).containsExactly("Done");
  }

  @Test
  void givesTwoWeeksOfBoxesWhenTheSheetHasRoomAndOneWhenItHasNot() throws Exception {
    Routine few = TestRoutines.saved(editor, routines, "Few", List.of("lunges", "cat-cow"));
    Routine many = TestRoutines.saved(editor, routines, "Many", SeedCatalog.SLUGS);

    Document roomy = sheet(few.getShareKey(), "");
    Document full = sheet(many.getShareKey(), "");

    assertThat(roomy.select(".sheet-item").get(0).select(".tick-grid")).hasSize(2);
    assertThat(roomy.select(".sheet-item").get(0).select("caption").eachText())
        .containsExactly("Tick when done: Lunges, week 1", "Tick when done: Lunges, week 2");
    assertThat(full.select(".sheet-item")).allMatch(item -> item.select(".tick-grid").size() == 1);
  }

  @Test
  void followsTheWeekdaysChosenForRemindersInTheGridAndInHowOften() throws Exception {
    Routine routine =
        TestRoutines.saved(editor, routines, "Reminded", List.of("standing-forward-bend"));
    ReminderForm form = new ReminderForm();
    form.setDays(List.of("MONDAY", "WEDNESDAY", "FRIDAY"));
    form.setTimes(List.of("08:00"));
    form.setZone("Europe/London");
    reminders.save(routine.getEditKey(), form);

    Document sheet = sheet(routine.getShareKey(), "");

    assertThat(sheet.selectFirst(".tick-grid").select("thead th").eachText())
        .containsExactly("Mon", "Wed", "Fri");
    assertThat(sheet.select(".sheet-meta").text()).startsWith("Once a day, on Mon, Wed and Fri · ");
    assertThat(stored(routine).getFrequency().daysPerWeek()).isEqualTo(3);
  }

  @Test
  void printsWhoTheRoutineIsForAndFromInItsHeader() throws Exception {
    Routine routine = glutesAndClamshells();
    mvc.perform(
            post("/routines/" + routine.getEditKey())
                .with(csrf())
                .param("version", String.valueOf(stored(routine).getVersion()))
                .param("name", "Back care")
                .param("timesPerDay", "2")
                .param("daysPerWeek", "5")
                .param("forWhom", "Mrs J. Smith")
                .param("fromWhom", "Riverside Physio, 01234 567890")
                .param("items[0].id", stored(routine).getItems().get(0).getId().toString())
                .param("items[0].sets", "2")
                .param("items[0].amount", "15")
                .param("items[1].id", stored(routine).getItems().get(1).getId().toString())
                .param("items[1].sets", "1")
                .param("items[1].amount", "20"))
        .andExpect(status().isFound());

    assertThat(sheet(routine.getShareKey(), "").select(".sheet-header .sheet-for").eachText())
        .containsExactly("For: Mrs J. Smith", "From: Riverside Physio, 01234 567890");
  }

  @Test
  void printsTheShareLinkAsTextAndAsAQrCode() throws Exception {
    Routine routine =
        TestRoutines.withShareKey(jdbc, routines, glutesAndClamshells(), "Ve4RtNb8cJw-Kq7_pZ2mHx");

    Document sheet = sheet(routine.getShareKey(), "");

    // printed without the scheme, breakable only after a slash
    assertThat(sheet.select(".sheet-link").text())
        .isEqualTo("hip-routine.example/s/" + routine.getShareKey());
    assertThat(sheet.selectFirst(".sheet-link").html().replaceAll("\\s", ""))
        .isEqualTo(
            "<span>hip-routine.example/</span><wbr><span>s/</span><wbr><span>"
                + routine.getShareKey()
                + "</span><wbr>");
    Element qr = sheet.selectFirst("img.sheet-qr");
    assertThat(qr.attr("src")).startsWith("data:image/svg+xml;base64,");
    assertThat(qr.attr("alt")).isEqualTo("QR code that opens this routine on a phone");
    assertThat(QrCodeTest.decode(qr.attr("src")))
        .isEqualTo("https://hip-routine.example/s/" + routine.getShareKey());

    // a key too wide for the box beside the QR code breaks in its middle too (PrintedLink)
    TestRoutines.withShareKey(jdbc, routines, routine, "WWKmNqWKaLQwdcb4RGogbS");
    assertThat(
            sheet("WWKmNqWKaLQwdcb4RGogbS", "")
                .selectFirst(".sheet-link")
                .html()
                .replaceAll("\\s", ""))
        .endsWith("<span>s/</span><wbr><span>WWKmNqWKaLQ</span><wbr><span>wdcb4RGogbS</span><wbr>");
  }

  @Test
  void carriesTheRedFlagsWhileYouExerciseAndTheDisclaimer() throws Exception {
    Document sheet = sheet(glutesAndClamshells().getShareKey(), "");

    assertThat(sheet.select(".sheet .red-flags").text())
        .contains("Red flags: get help now, do not exercise", "chest pain;", "emergency number");
    assertThat(sheet.select(".sheet .sheet-while li")).hasSize(4);
    assertThat(sheet.select(".sheet .sheet-disclaimer").text())
        .startsWith("These exercises are general information, not medical advice.");
    assertThat(sheet.select("link[rel=stylesheet]").eachAttr("href"))
        .anyMatch(href -> href.startsWith("/sheet/page.css"));
  }

  @Test
  void offersPaperAndPrintSizeAndKeepsTheChoiceInTheDownloadLink() throws Exception {
    Routine routine = glutesAndClamshells();

    Document sheet = sheet(routine.getShareKey(), "?paper=letter&size=large");

    assertThat(sheet.select("input[name=paper][checked]").val()).isEqualTo("letter");
    assertThat(sheet.select("input[name=size][checked]").val()).isEqualTo("large");
    assertThat(sheet.select(".sheet").hasClass("paper-letter")).isTrue();
    assertThat(sheet.select(".sheet").hasClass("large-print")).isTrue();
    assertThat(sheet.select(".sheet-actions a").attr("href"))
        .isEqualTo("/s/" + routine.getShareKey() + "/sheet.pdf?paper=letter&size=large");
    assertThat(sheet.select("button.print-button").text()).isEqualTo("Print sheet");
  }

  @Test
  void escapesARoutineNameThatLooksLikeMarkup() throws Exception {
    Routine routine =
        TestRoutines.saved(editor, routines, "<script>alert(\"x\")</script>", List.of("lunges"));

    String html =
        mvc.perform(get("/s/" + routine.getShareKey() + "/sheet"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
  }

  @Test
  void servesThePrintedPagesFooterFromTheMessages() throws Exception {
    mvc.perform(get("/sheet/page.css"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.valueOf("text/css")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "content: \"Consult a healthcare professional before starting these"
                            + " exercises. Stop if your pain gets worse.\"")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "\"Page \" counter(page) \" of \" counter(pages)")));
  }

  @Test
  void answersNotFoundForAnUnknownShareKey() throws Exception {
    mvc.perform(get("/s/AAAAAAAAAAAAAAAAAAAAAA/sheet")).andExpect(status().isNotFound());
  }

  /** Twice a day on 5 days; glute bridges 2 × 15, clamshells 20 each side with a note. */
  @Test
  void refusesARepeatedOrUnknownPaperOrSizeAndKeepsEachSheetApart() throws Exception {
    String sheet = "/s/" + glutesAndClamshells().getShareKey() + "/sheet";
    for (int time = 0; time < 2; time++) {
      mvc.perform(get(sheet + "?paper=letter&paper=a4&size=large&size=normal"))
          .andExpect(status().isBadRequest());
      mvc.perform(get(sheet + ".pdf?paper=letter&paper=a4&size=large&size=normal"))
          .andExpect(status().isBadRequest());
    }
    mvc.perform(get(sheet + "?paper=legal")).andExpect(status().isBadRequest());
    mvc.perform(get(sheet + ".pdf?size=huge")).andExpect(status().isBadRequest());

    String key = sheet.substring(3, sheet.length() - "/sheet".length());
    for (int time = 0; time < 2; time++) {
      assertThat(sheet(key, "?paper=letter&size=large").selectFirst("article.sheet").classNames())
          .contains("paper-letter", "large-print");
      assertThat(sheet(key, "").selectFirst("article.sheet").classNames())
          .contains("paper-a4")
          .doesNotContain("large-print");
    }
  }

  private Routine glutesAndClamshells() throws Exception {
    Routine routine =
        TestRoutines.saved(editor, routines, "Back care", List.of("glute-bridges", "clamshells"));
    mvc.perform(
            post("/routines/" + routine.getEditKey())
                .with(csrf())
                .param("version", String.valueOf(routine.getVersion()))
                .param("name", routine.getName())
                .param("timesPerDay", "2")
                .param("daysPerWeek", "5")
                .param("notes", "Before breakfast")
                .param("items[0].id", routine.getItems().get(0).getId().toString())
                .param("items[0].sets", "2")
                .param("items[0].amount", "15")
                .param("items[1].id", routine.getItems().get(1).getId().toString())
                .param("items[1].sets", "1")
                .param("items[1].amount", "20")
                .param("items[1].note", "Left side is weaker"))
        .andExpect(status().isFound());
    return routines.findByEditKey(routine.getEditKey()).orElseThrow();
  }

  private Routine stored(Routine routine) {
    return routines.findByEditKey(routine.getEditKey()).orElseThrow();
  }

  private Document sheet(String shareKey, String query) throws Exception {
    String html =
        mvc.perform(get("/s/" + shareKey + "/sheet" + query))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(html);
  }
}
