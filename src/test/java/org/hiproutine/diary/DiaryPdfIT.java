package org.hiproutine.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineEditor;
import org.hiproutine.routine.RoutineRepository;
import org.hiproutine.routine.TestRoutines;
import org.hiproutine.support.PdfPages;
import org.hiproutine.support.PdfWords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/**
 * The diary's PDF download, opened with PDFBox: twelve weeks of daily sessions with a note each run
 * over several pages, and every page carries the short disclaimer, its page number and, where the
 * sessions table runs on, the table's header; the whole PDF is black, white and greys. The file and
 * its pages as pictures are kept in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiaryPdfIT {

  private static final Path KEPT = Path.of("target", "screenshots");

  @LocalServerPort int port;
  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;
  @Autowired ApplicationContext app;
  @Autowired MessageSource messages;

  private final HttpClient http = HttpClient.newHttpClient();

  private Routine routine;
  private List<LocalDate> days;

  @BeforeAll
  void twelveWeeksOfDailySessions() {
    routine =
        TestRoutines.saved(
            editor,
            routines,
            "Twelve weeks",
            List.of("glute-bridges", "cat-cow", "lunges", "clamshells"));
    days = TestDiaries.logDaily(app, routine, 84);
  }

  @Test
  void printsTheShortDisclaimerAndThePageNumberOnEveryPage() throws Exception {
    for (String paper : List.of("", "?paper=letter")) {
      try (PDDocument pdf = pdf(paper, "diary-12-weeks" + paper.replace("?paper=", "-"))) {
        List<String> pages = PdfPages.text(pdf);
        System.out.printf("diary PDF %s: %d pages%n", paper.isEmpty() ? "A4" : paper, pages.size());
        assertThat(pages)
            .as("twelve weeks of sessions run over several pages")
            .hasSizeGreaterThan(2);
        for (int i = 0; i < pages.size(); i++) {
          String page = pages.get(i).replaceAll("\\s+", " ");
          assertThat(page).as("page %d", i + 1).contains(text("disclaimer.short"));
          assertThat(page).as("page %d", i + 1).contains("Page " + (i + 1) + " of " + pages.size());
        }
      }
    }
  }

  @Test
  void repeatsTheTableHeaderAtTheTopOfEveryPageTheSessionsRunOnto() throws Exception {
    try (PDDocument pdf = pdf("", null)) {
      TestDiaries.assertTheHeaderOpensEveryPageOfSessions(PdfPages.text(pdf), messages);
    }
  }

  @Test
  void listsEverySessionOfTheTwelveWeeksOnceNewestFirst() throws Exception {
    LocalDate firstShown = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(11);
    long shown = days.stream().filter(day -> !day.isBefore(firstShown)).count();

    try (PDDocument pdf = pdf("", null)) {
      List<Integer> sessions = new ArrayList<>();
      PdfPages.text(pdf).forEach(page -> sessions.addAll(TestDiaries.sessionsOn(page)));

      assertThat(sessions)
          .as("newest first, none lost or repeated at a page break")
          .isEqualTo(
              IntStream.iterate(days.size(), n -> n > days.size() - shown, n -> n - 1)
                  .boxed()
                  .toList());
    }
  }

  @Test
  void drawsEveryPageInBlackWhiteAndGreysOnly() throws Exception {
    try (PDDocument pdf = pdf("", null)) {
      for (int page = 0; page < pdf.getNumberOfPages(); page++) {
        var picture = PdfPages.picture(pdf, page, 60);
        Files.createDirectories(KEPT);
        ImageIO.write(picture, "png", KEPT.resolve("diary-pdf-" + (page + 1) + ".png").toFile());
        assertThat(PdfPages.colouredPixels(picture))
            .as("coloured pixels on page %d", page + 1)
            .isZero();
      }
    }
  }

  /** The renderer cuts off what runs past the page's margin (the sheet's link and grids did). */
  @Test
  void keepsEveryWordInsideThePageMarginsOnEitherPaper() throws Exception {
    float margin = 10 / 25.4f * 72; // page.css: 10 mm left and right
    for (String paper : List.of("", "?paper=letter")) {
      try (PDDocument pdf = pdf(paper, null)) {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
          float right = pdf.getPage(page - 1).getMediaBox().getWidth() - margin + 0.5f;
          assertThat(PdfWords.onPage(pdf, page))
              .as(paper + " page " + page + ": words past the margin")
              .filteredOn(word -> word.right() > right || word.left() < margin - 0.5f)
              .isEmpty();
        }
      }
    }
  }

  @Test
  void printsOnA4ByDefaultAndOnLetterWhenAsked() throws Exception {
    try (PDDocument a4 = pdf("", null)) {
      PDPage page = a4.getPage(0);
      assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, offset(0.5f));
      assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, offset(0.5f));
    }
    try (PDDocument letter = pdf("?paper=letter", null)) {
      assertThat(letter.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
      assertThat(letter.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
    }
  }

  /**
   * The table's header row as its first printed line reads: the first words of its first three
   * cells ("Pain before" may wrap after "Pain"), at the start of a line.
   */
  private String text(String key) {
    return messages.getMessage(key, null, Locale.ENGLISH);
  }

  /** The PDF as the diary's download link gives it; kept under this name if one is given. */
  private PDDocument pdf(String query, String keptAs) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + port
                            + "/routines/"
                            + routine.getEditKey()
                            + "/diary.pdf"
                            + query))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    if (keptAs != null) {
      Files.createDirectories(KEPT);
      Files.write(KEPT.resolve(keptAs + ".pdf"), response.body());
    }
    return Loader.loadPDF(response.body());
  }
}
