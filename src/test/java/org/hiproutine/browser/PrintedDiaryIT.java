package org.hiproutine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hiproutine.diary.TestDiaries;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineEditor;
import org.hiproutine.routine.RoutineRepository;
import org.hiproutine.routine.TestRoutines;
import org.hiproutine.support.PdfPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Printing the diary from Chromium, as a person does with the browser's Print command before an
 * appointment: twelve weeks of daily sessions with a note each run over several pages, every page
 * carries the short disclaimer, the sessions table's header repeats on each page it runs onto, and
 * the charts are black, white and greys. The printed PDFs are kept in target/screenshots/.
 */
class PrintedDiaryIT extends BrowserTest {

  private static final PageSize A4 = new PageSize(29.7, 21.0);
  private static final PageSize LETTER = new PageSize(27.94, 21.59);

  /** A colour in an SVG attribute that is black, white or a grey: #rgb or #rrggbb, all equal. */
  private static final Pattern GREY =
      Pattern.compile("none|transparent|currentColor|#([0-9a-fA-F])\\1\\1|#([0-9a-fA-F]{2})\\2\\2");

  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;
  @Autowired ApplicationContext app;

  private Routine routine;
  private List<LocalDate> days;

  @BeforeAll
  void twelveWeeksOfDailySessions() {
    routine =
        TestRoutines.saved(
            editor,
            routines,
            "Printed diary",
            List.of("glute-bridges", "cat-cow", "lunges", "clamshells"));
    days = TestDiaries.logDaily(app, routine, 84);
  }

  @AfterEach
  void backToTheScreen() {
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
  }

  @Test
  void printsTheShortDisclaimerOnEveryPageOnA4AndLetter() throws IOException {
    for (PageSize paper : List.of(A4, LETTER)) {
      String query = paper == A4 ? "" : "?paper=letter";
      List<String> pages =
          pagesText(print(query, paper, "diary-printed" + (paper == A4 ? "" : "-letter")));

      System.out.printf(
          "printed diary %s: %d pages%n", paper == A4 ? "A4" : "Letter", pages.size());
      assertThat(pages).as("twelve weeks of sessions run over several pages").hasSizeGreaterThan(2);
      for (int i = 0; i < pages.size(); i++) {
        assertThat(pages.get(i).replaceAll("\\s+", " "))
            .as("page %d", i + 1)
            .contains(text("disclaimer.short"));
      }
    }
  }

  @Test
  void repeatsTheTableHeaderAtTheTopOfEveryPageTheSessionsRunOnto() throws IOException {
    TestDiaries.assertTheHeaderOpensEveryPageOfSessions(
        pagesText(print("", A4, "diary-printed")), messages);
  }

  @Test
  void printsEverySessionOfTheTwelveWeeksOnceNewestFirst() throws IOException {
    LocalDate firstShown = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(11);
    long shown = days.stream().filter(day -> !day.isBefore(firstShown)).count();

    List<Integer> sessions = new ArrayList<>();
    pagesText(print("", A4, "diary-printed"))
        .forEach(p -> sessions.addAll(TestDiaries.sessionsOn(p)));

    assertThat(sessions)
        .as("newest first, none lost or repeated at a page break")
        .isEqualTo(
            IntStream.iterate(days.size(), n -> n > days.size() - shown, n -> n - 1)
                .boxed()
                .toList());
  }

  @Test
  void drawsTheChartsOfThePrintPageInGreysOnly() throws IOException {
    browser.open("/routines/" + routine.getEditKey() + "/diary/print");
    @SuppressWarnings("unchecked")
    List<String> colours =
        (List<String>)
            browser.script(
                "var found = [];"
                    + " document.querySelectorAll('.diary-print svg, .diary-print svg *')"
                    + "   .forEach(function (e) {"
                    + "     ['fill', 'stroke', 'color', 'stop-color', 'flood-color']"
                    + "       .forEach(function (a) {"
                    + "         if (e.hasAttribute(a)) { found.push(e.getAttribute(a)); } });"
                    + "   });"
                    + " return found;");
    assertThat(browser.findAll(".diary-print svg[role=img]")).hasSize(2);
    assertThat(colours).as("the charts say their colours").isNotEmpty();
    assertThat(colours).allSatisfy(colour -> assertThat(colour).matches(GREY));

    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    @SuppressWarnings("unchecked")
    List<String> painted =
        (List<String>)
            browser.script(
                "var found = [];"
                    + " document.querySelectorAll('.diary-print svg *').forEach(function (e) {"
                    + "   var style = getComputedStyle(e);"
                    + "   found.push(style.fill, style.stroke); });"
                    + " return found;");
    assertThat(painted)
        .as("as printed, after every style sheet")
        .allSatisfy(colour -> assertThat(colour).matches(GREY_AS_COMPUTED));

    byte[] printed = print("", A4, "diary-printed");
    try (PDDocument pdf = Loader.loadPDF(printed)) {
      var firstPage = PdfPages.picture(pdf, 0, 60);
      Files.createDirectories(ScreenshotIT.SCREENSHOTS);
      ImageIO.write(
          firstPage, "png", ScreenshotIT.SCREENSHOTS.resolve("diary-printed-1.png").toFile());
      assertThat(PdfPages.colouredPixels(firstPage))
          .as("coloured pixels on the printed charts' page")
          .isZero();
    }
  }

  /** rgb(r, g, b) or rgba(…) with r = g = b, or nothing painted. */
  private static final Pattern GREY_AS_COMPUTED =
      Pattern.compile("none|rgba?\\((\\d+), \\1, \\1(, [0-9.]+)?\\)");

  /** Opens the diary's print page and prints it as Chromium's print to PDF does. */
  private byte[] print(String query, PageSize paper, String fileName) throws IOException {
    browser.open("/routines/" + routine.getEditKey() + "/diary/print" + query);
    browser.waitForFonts();
    PrintOptions options = new PrintOptions();
    options.setPageSize(paper);
    options.setBackground(false);
    byte[] pdf = Base64.getDecoder().decode(browser.driver().print(options).getContent());
    Files.createDirectories(ScreenshotIT.SCREENSHOTS);
    Files.write(ScreenshotIT.SCREENSHOTS.resolve(fileName + ".pdf"), pdf);
    return pdf;
  }

  private static List<String> pagesText(byte[] printed) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(printed)) {
      return PdfPages.text(pdf);
    }
  }
}
