package org.hiproutine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineEditor;
import org.hiproutine.routine.RoutineForm;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Printing the routine sheet from Chromium on A4 paper, as a person does with the browser's Print
 * command: a routine of five exercises fits one page, all eight fit two, and every page carries the
 * advice to consult a healthcare professional. The PDFs are kept in target/screenshots/.
 */
class PrintedSheetIT extends BrowserTest {

  private static final PageSize A4 = new PageSize(29.7, 21.0);

  @Autowired RoutineEditor editor;

  @Test
  void printsARoutineOfFiveExercisesOnOneA4Page() throws IOException {
    Routine routine =
        routineOf("hip-flexor-stretch", "pigeon-pose", "glute-bridges", "clamshells", "lunges");

    List<String> pages = print(routine, "sheet-5-exercises");

    assertThat(pages).hasSize(1);
    assertThat(pages).allSatisfy(this::hasTheDisclaimer);
  }

  @Test
  void printsARoutineOfAllEightExercisesOnAtMostTwoA4Pages() throws IOException {
    Routine routine = routineOf(Pages.EXERCISES.toArray(String[]::new));

    List<String> pages = print(routine, "sheet-8-exercises");

    assertThat(pages).hasSizeBetween(1, 2);
    assertThat(pages).allSatisfy(this::hasTheDisclaimer);
  }

  private void hasTheDisclaimer(String page) {
    assertThat(page.replaceAll("\\s+", " ")).contains(text("disclaimer.short"));
  }

  private Routine routineOf(String... exercises) {
    RoutineForm form = RoutineForm.blank();
    form.setName("Printed hips");
    form.setExercise(exercises[0]);
    Routine routine = editor.create(form);
    for (int i = 1; i < exercises.length; i++) {
      editor.addExercise(routine.getEditKey(), exercises[i]);
    }
    return routine;
  }

  /** Opens the sheet from the share view, prints it to PDF and reads back each page's text. */
  private List<String> print(Routine routine, String fileName) throws IOException {
    browser.open("/s/" + routine.getShareKey());
    browser.click(browser.link(text("routine.sheet.print")));
    assertThat(browser.path()).isEqualTo("/s/" + routine.getShareKey() + "/sheet");
    browser.waitForFonts();

    PrintOptions options = new PrintOptions();
    options.setPageSize(A4);
    options.setBackground(false);
    byte[] pdf = Base64.getDecoder().decode(browser.driver().print(options).getContent());
    Files.createDirectories(ScreenshotIT.SCREENSHOTS);
    Files.write(ScreenshotIT.SCREENSHOTS.resolve(fileName + ".pdf"), pdf);

    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
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
