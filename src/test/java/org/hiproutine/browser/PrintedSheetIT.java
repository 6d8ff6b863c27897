package org.hiproutine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hiproutine.routine.Frequency;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineEditor;
import org.hiproutine.routine.RoutineRepository;
import org.hiproutine.routine.TestRoutines;
import org.hiproutine.support.PdfWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Printing the routine sheet from Chromium, as a person does with the browser's Print command: five
 * exercises (with a note on each) fit one A4 page, all eight fit two, every page carries the advice
 * to consult a healthcare professional, the tick boxes are big enough for a pen and never run into
 * the words. The PDFs are kept in target/screenshots/.
 */
class PrintedSheetIT extends BrowserTest {

  private static final PageSize A4 = new PageSize(29.7, 21.0);
  private static final PageSize LETTER = new PageSize(27.94, 21.59);

  /** 7 mm in CSS pixels (96 to the inch). */
  private static final double SEVEN_MM = 7 / 25.4 * 96;

  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;

  @AfterEach
  void backToTheScreen() {
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
  }

  @Test
  void printsFiveExercisesWithAHundredCharacterNoteOnEachOnOneA4Page() throws IOException {
    Routine routine =
        routineOf(
            Frequency.DAILY,
            "hip-flexor-stretch",
            "pigeon-pose",
            "glute-bridges",
            "clamshells",
            "lunges");
    TestRoutines.withNotes(
        editor, routines, routine.getEditKey(), TestRoutines.HUNDRED_CHARACTER_NOTE);

    List<String> pages = pagesText(print(routine, "", A4, "sheet-5-exercises"));

    assertThat(pages).hasSize(1);
    assertThat(pages).allSatisfy(this::hasTheDisclaimer);
  }

  @Test
  void printsARoutineOfAllEightExercisesOnAtMostTwoA4Pages() throws IOException {
    Routine routine = routineOf(Frequency.DAILY, Pages.EXERCISES.toArray(String[]::new));

    List<String> pages = pagesText(print(routine, "", A4, "sheet-8-exercises"));

    assertThat(pages).hasSizeBetween(1, 2);
    assertThat(pages).allSatisfy(this::hasTheDisclaimer);
  }

  @Test
  void neverLetsTheTickBoxesRunIntoTheStepsEvenThreeTimesADayOnEitherPaper() throws IOException {
    Routine routine = routineOf(new Frequency(3, 7), "lunges", "clamshells");

    for (PageSize paper : List.of(A4, LETTER)) {
      byte[] printed = print(routine, paper == A4 ? "" : "?paper=letter", paper, "sheet-3-a-day");
      try (PDDocument pdf = Loader.loadPDF(printed)) {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
          List<PdfWords.Word> words = PdfWords.onPage(pdf, page);
          float steps = PdfWords.rightmost(words, word -> STEP_WORDS.contains(word.text()));
          float grid =
              PdfWords.leftmost(words, word -> word.text().matches("Mon|Tue|Wed|Thu|1st|2nd|3rd"));
          assertThat(steps).as("page %d: steps end before the boxes begin", page).isLessThan(grid);
        }
      }
    }
  }

  @Test
  void printsTickBoxesAtLeastSevenMillimetresAndLargerInLargePrint() {
    Routine routine =
        routineOf(Frequency.DAILY, "lunges", "glute-bridges", "cat-cow", "clamshells");
    browser.open("/s/" + routine.getShareKey() + "/sheet");
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    double box = width("td.tick");
    double drawing = width(".sheet-image");

    browser.open("/s/" + routine.getShareKey() + "/sheet?size=large");

    assertThat(box).as("a tick box, in CSS pixels").isGreaterThanOrEqualTo(SEVEN_MM - 0.5);
    assertThat(width("td.tick")).as("large print's box").isGreaterThan(box * 1.2);
    assertThat(width(".sheet-image")).as("large print's drawing").isGreaterThan(drawing * 1.2);
  }

  /** Words of the lunges' and clamshells' steps. */
  private static final Set<String> STEP_WORDS =
      Set.of(
          "Step",
          "forward",
          "lowering",
          "hips",
          "Push",
          "starting",
          "Lie",
          "stacked",
          "Keeping",
          "Squeeze",
          "glutes");

  private double width(String selector) {
    return ((Number)
            browser.script(
                "return document.querySelector(arguments[0]).getBoundingClientRect().width",
                selector))
        .doubleValue();
  }

  private void hasTheDisclaimer(String page) {
    assertThat(page.replaceAll("\\s+", " ")).contains(text("disclaimer.short"));
  }

  private Routine routineOf(Frequency frequency, String... exercises) {
    return TestRoutines.saved(editor, routines, "Printed hips", frequency, List.of(exercises));
  }

  /** Opens the sheet from the share view, prints it as Chromium's print to PDF does. */
  private byte[] print(Routine routine, String query, PageSize paper, String fileName)
      throws IOException {
    browser.open("/s/" + routine.getShareKey() + "/sheet" + query);
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
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(printed)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
    }
    return pages;
  }
}
