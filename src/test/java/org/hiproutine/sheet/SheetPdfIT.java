package org.hiproutine.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.hiproutine.SeedCatalog;
import org.hiproutine.routine.Frequency;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineEditor;
import org.hiproutine.routine.RoutineRepository;
import org.hiproutine.routine.TestRoutines;
import org.hiproutine.support.PdfWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The downloaded PDF, opened and read with PDFBox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SheetPdfIT {

  private static final List<String> FIVE =
      List.of("glute-bridges", "clamshells", "cat-cow", "lunges", "hip-flexor-stretch");

  /** Words of the lunges' and clamshells' steps, and the words of a tick grid. */
  private static final Set<String> STEP_WORDS =
      Set.of(
          "Step",
          "forward",
          "lowering",
          "hips",
          "Push",
          "starting",
          "Lie",
          "side",
          "stacked",
          "Keeping",
          "Squeeze",
          "glutes",
          "clamshell.");

  private static final String GRID_WORD = "Mon|Tue|Wed|Thu|Fri|Sat|Sun|1st|2nd|3rd|Wk";

  private static final String SHORT_DISCLAIMER =
      "Consult a healthcare professional before starting these exercises. Stop if your pain"
          + " gets worse.";

  /**
   * A share key of about the average width in the sheet's font. Share keys are random; tests about
   * the page's margins use this one so that they test the page and not the dice, and the widest
   * keys have a test of their own.
   */
  private static final String TYPICAL_KEY = "Kq7_pZ2mHx-Ve4RtNb8cJw";

  @LocalServerPort int port;
  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;
  @Autowired MessageSource messages;
  @Autowired JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void fitsFiveExercisesOnOneA4PageWithEveryNameAndTheDisclaimer() throws Exception {
    Routine routine = TestRoutines.saved(editor, routines, "Five", FIVE);

    try (PDDocument pdf = pdf(routine, "")) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      assertA4(pdf.getPage(0));
      String text = pagesText(pdf).get(0);
      assertThat(text)
          .contains("Glute Bridges", "Clamshells", "Cat-Cow Stretch", "Lunges")
          .contains("Hip Flexor Stretch", SHORT_DISCLAIMER, "Page 1 of 1")
          .contains("Red flags: get help now, do not exercise")
          .contains("These exercises are general information, not medical advice.");
    }
  }

  @Test
  void fitsFiveExercisesWithAHundredCharacterNoteOnEachOnOneA4Page() throws Exception {
    Routine routine = TestRoutines.saved(editor, routines, "Noted", FIVE);
    TestRoutines.withNotes(
        editor, routines, routine.getEditKey(), TestRoutines.HUNDRED_CHARACTER_NOTE);

    try (PDDocument pdf = pdf(routine, "")) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      assertThat(pagesText(pdf).get(0))
          .contains(
              SHORT_DISCLAIMER, "These exercises are general information, not medical advice.");
    }
  }

  @Test
  void neverLetsTheTickBoxesRunIntoTheStepsEvenThreeTimesADayOnEitherPaper() throws Exception {
    Routine routine =
        TestRoutines.saved(
            editor, routines, "Three a day", new Frequency(3, 7), List.of("lunges", "clamshells"));

    for (String paper : List.of("", "?paper=letter", "?size=large")) {
      try (PDDocument pdf = pdf(routine, paper)) {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
          List<PdfWords.Word> words = PdfWords.onPage(pdf, page);
          float steps = PdfWords.rightmost(words, word -> STEP_WORDS.contains(word.text()));
          float grid = PdfWords.leftmost(words, word -> word.text().matches(GRID_WORD));
          assertThat(steps)
              .as(paper + " page " + page + ": the steps end before the boxes begin")
              .isLessThan(grid);
        }
      }
    }
  }

  /**
   * The renderer cuts off what runs past the page's margin: a tick grid's last column ("Day 5" and
   * its boxes) and the end of the printed link ran a millimetre or two over, and were cut.
   */
  @Test
  void keepsEveryWordInsideThePageMarginsWhateverTheDaysPaperAndSize() throws Exception {
    float margin = 10 / 25.4f * 72; // page.css: 10 mm left and right
    SoftAssertions soft = new SoftAssertions();
    for (int days = 1; days <= 7; days++) {
      Routine saved =
          TestRoutines.saved(
              editor,
              routines,
              days + " days",
              new Frequency(2, days),
              List.of("lunges", "clamshells", "glute-bridges"));
      Routine routine =
          TestRoutines.withShareKey(jdbc, routines, saved, TYPICAL_KEY.substring(0, 21) + days);
      for (String paper : List.of("", "?paper=letter", "?size=large")) {
        try (PDDocument pdf = pdf(routine, paper)) {
          for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            float width = pdf.getPage(page - 1).getMediaBox().getWidth();
            float right = width - margin + 0.5f;
            soft.assertThat(PdfWords.onPage(pdf, page))
                .as(days + " days" + paper + ", page " + page + ": words past the margin")
                .filteredOn(word -> word.right() > right)
                .isEmpty();
          }
        }
      }
    }
    soft.assertAll();
  }

  /**
   * A share key of wide letters is wider than the box beside the QR code: printed whole on one
   * line, its end ran past the margin and was cut off (one did in a clean-clone CI run,
   * "wdcb4RGogbSWWKmNqWKaLQ", 3 pt past it).
   */
  @Test
  void printsEvenTheWidestShareKeyWholeAndInsideTheMargins() throws Exception {
    float margin = 10 / 25.4f * 72;
    SoftAssertions soft = new SoftAssertions();
    // the one from CI; the widest there can be; one of 13.95 em, wider than most
    for (String key : List.of("wdcb4RGogbSWWKmNqWKaLQ", "W".repeat(22), "Mm7_WwmQHx-Ve4RtNb8cJw")) {
      Routine routine =
          TestRoutines.withShareKey(
              jdbc, routines, TestRoutines.saved(editor, routines, "Wide", List.of("lunges")), key);
      for (String paper : List.of("", "?paper=letter", "?size=large")) {
        try (PDDocument pdf = pdf(routine, paper)) {
          float right = pdf.getPage(0).getMediaBox().getWidth() - margin + 0.5f;
          soft.assertThat(PdfWords.onPage(pdf, 1))
              .as(key + paper + ": words past the margin")
              .filteredOn(word -> word.right() > right)
              .isEmpty();
          soft.assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s", ""))
              .as(key + paper + ": the link, whole")
              .contains("localhost:" + port + "/s/" + key);
        }
      }
    }
    soft.assertAll();
  }

  @Test
  void printsWhoTheRoutineIsForAndFromAtTheTop() throws Exception {
    Routine routine = TestRoutines.saved(editor, routines, "Addressed", List.of("lunges"));
    TestRoutines.addressed(
        editor, routines, routine.getEditKey(), "Mr K. Lee", "Hill Clinic, 0123");

    try (PDDocument pdf = pdf(routine, "")) {
      assertThat(pagesText(pdf).get(0)).contains("For: Mr K. Lee From: Hill Clinic, 0123");
    }
  }

  @Test
  void printsTheLinkWithoutBreakingItInsideAWord() throws Exception {
    // a key that fits on a line of its own, but not after the rest of the link; and the widest
    // key printed whole (13.95 em; a random key would be broken in the middle one time in forty)
    List<Routine> keyed = new ArrayList<>();
    for (String key : List.of(TYPICAL_KEY, "Mm7_WwmQHx-Ve4RtNb4cJw")) {
      keyed.add(
          TestRoutines.withShareKey(
              jdbc,
              routines,
              TestRoutines.saved(editor, routines, "Link", List.of("lunges")),
              key));
    }

    for (Routine routine : keyed) {
      for (String paper : List.of("", "?paper=letter", "?size=large")) {
        try (PDDocument pdf = pdf(routine, paper)) {
          String text = new PDFTextStripper().getText(pdf);
          assertThat(text)
              .as(paper)
              .contains("localhost:" + port + "/s/")
              .contains(routine.getShareKey())
              .doesNotContain("http");
        }
      }
    }
  }

  @Test
  void setsEveryPdfInTheShippedFontsWithoutFallingBackOrWarning(CapturedOutput output)
      throws Exception {
    Routine routine = TestRoutines.saved(editor, routines, "Fonts", FIVE);

    try (PDDocument pdf = pdf(routine, "?size=large")) {
      for (PDPage page : pdf.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.getName()).contains("LiberationSans");
          assertThat(font.isEmbedded()).isTrue();
        }
      }
    }
    assertThat(output.getAll()).doesNotContain("fallback font").doesNotContain("PDType1Font");
  }

  @Test
  void fitsAllEightExercisesOnTwoPagesWithTheDisclaimerOnEach() throws Exception {
    Routine routine = TestRoutines.saved(editor, routines, "All eight", SeedCatalog.SLUGS);

    try (PDDocument pdf = pdf(routine, "")) {
      assertThat(pdf.getNumberOfPages()).isLessThanOrEqualTo(2);
      List<String> pages = pagesText(pdf);
      for (int i = 0; i < pages.size(); i++) {
        assertThat(pages.get(i)).as("page " + (i + 1)).contains(SHORT_DISCLAIMER);
        assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
      }
      String all = String.join(" ", pages);
      assertThat(all).contains(SeedCatalog.NAMES.toArray(String[]::new));
    }
  }

  @Test
  void drawsEveryExercisesDrawingAsVectorsInThePdf() throws Exception {
    Routine routine = TestRoutines.saved(editor, routines, "Drawn", SeedCatalog.SLUGS);

    Set<String> drawings = new HashSet<>();
    try (PDDocument pdf = pdf(routine, "")) {
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDFormXObject form
              && form.getBBox().getWidth() > form.getBBox().getHeight() * 1.5) { // not the QR code
            String content =
                new String(form.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(content.lines().filter(op -> op.endsWith(" l") || op.endsWith(" c")))
                .as("drawn with lines and curves")
                .hasSizeGreaterThan(30);
            drawings.add(content);
          }
        }
      }
    }
    assertThat(drawings).as("a different drawing for each of the eight").hasSize(8);
  }

  @Test
  void printsAQrCodeAPhoneReadsAsTheShareLinkInEitherSize() throws Exception {
    Routine routine = TestRoutines.saved(editor, routines, "Scanned", List.of("lunges"));

    for (String query : List.of("", "?size=large", "?paper=letter")) {
      try (PDDocument pdf = pdf(routine, query)) {
        // the first page at 150 dpi, as a printout photographed: read as any image, not pure
        java.awt.image.BufferedImage page =
            new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 150);
        int[] pixels =
            page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        com.google.zxing.BinaryBitmap image =
            new com.google.zxing.BinaryBitmap(
                new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.RGBLuminanceSource(
                        page.getWidth(), page.getHeight(), pixels)));
        String read =
            new com.google.zxing.qrcode.QRCodeReader()
                .decode(image, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true))
                .getText();

        assertThat(read).as(query).isEqualTo(shareLink(routine));
      }
    }
  }

  @Test
  void drawsTheQrCodeAsRectanglesNotThroughAnSvgRenderer() throws Exception {
    Routine routine = TestRoutines.saved(editor, routines, "Squares", List.of("lunges"));

    List<Long> rectangles = new ArrayList<>();
    try (PDDocument pdf = pdf(routine, "")) {
      PDPage first = pdf.getPage(0);
      for (COSName name : first.getResources().getXObjectNames()) {
        if (first.getResources().getXObject(name) instanceof PDFormXObject form
            && form.getBBox().getWidth() == form.getBBox().getHeight()) {
          String content =
              new String(form.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
          rectangles.add(content.lines().filter(op -> op.endsWith(" re")).count());
        }
      }
    }
    // one rectangle per run of dark modules (and the light square): drawn from the modules
    assertThat(rectangles).hasSize(1);
    assertThat(rectangles.get(0)).isGreaterThan(100);
  }

  @Test
  void tagsTheQrCodeAsAFigureSayingWhatItOpens() throws Exception {
    Routine routine = TestRoutines.saved(editor, routines, "Tagged code", List.of("lunges"));

    List<String> figures = new ArrayList<>();
    try (PDDocument pdf = pdf(routine, "")) {
      collectFigures(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
    }
    assertThat(figures).contains(messages.getMessage("sheet.qr.alt", null, java.util.Locale.UK));
  }

  @Test
  void tagsEachDrawingAsAFigureWithItsDescriptionForScreenReaders() throws Exception {
    Routine routine = TestRoutines.saved(editor, routines, "Described", SeedCatalog.SLUGS);

    List<String> figures = new ArrayList<>();
    try (PDDocument pdf = pdf(routine, "")) {
      collectFigures(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
    }
    for (String slug : SeedCatalog.SLUGS) {
      String description =
          messages.getMessage("illustration." + slug + ".alt", null, java.util.Locale.ENGLISH);
      assertThat(figures).as(slug).contains(description);
    }
  }

  private static void collectFigures(List<Object> kids, List<String> descriptions) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if ("Figure".equals(element.getStructureType())) {
          descriptions.add(element.getAlternateDescription());
        }
        collectFigures(element.getKids(), descriptions);
      }
    }
  }

  @Test
  void embedsEveryFontItUses() throws Exception {
    Routine routine = TestRoutines.saved(editor, routines, "Fonts", FIVE);

    try (PDDocument pdf = pdf(routine, "")) {
      for (PDPage page : pdf.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }
  }

  @Test
  void printsLargePrintAndLetterWhenAsked() throws Exception {
    Routine routine = TestRoutines.saved(editor, routines, "Big", FIVE);

    try (PDDocument letter = pdf(routine, "?paper=letter")) {
      assertThat(letter.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
      assertThat(letter.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
    }
    try (PDDocument large = pdf(routine, "?size=large")) {
      assertThat(large.getNumberOfPages()).isGreaterThan(1);
      assertA4(large.getPage(0));
    }
  }

  @Test
  void namesTheFileAfterTheRoutineSafelyAndPrintsTheNameAsText() throws Exception {
    String name = "<script>\"Mum's\" back/hips 💪</script>";
    Routine routine = TestRoutines.saved(editor, routines, name, List.of("glute-bridges"));

    HttpResponse<byte[]> response = get("/s/" + routine.getShareKey() + "/sheet.pdf");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"hip-routine-script-mum-s-back-hips-script.pdf\"");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      assertThat(pagesText(pdf).get(0)).contains("<script>\"Mum's\" back/hips");
    }
  }

  @Test
  void answersTheNotFoundPageNotAPdfErrorForAnUnknownShareKey() throws Exception {
    HttpResponse<byte[]> response = get("/s/AAAAAAAAAAAAAAAAAAAAAA/sheet.pdf");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(new String(response.body())).contains("Page not found", SHORT_DISCLAIMER);
  }

  private String shareLink(Routine routine) {
    return "http://localhost:" + port + "/s/" + routine.getShareKey();
  }

  private PDDocument pdf(Routine routine, String query) throws Exception {
    HttpResponse<byte[]> response = get("/s/" + routine.getShareKey() + "/sheet.pdf" + query);
    assertThat(response.statusCode()).isEqualTo(200);
    return Loader.loadPDF(response.body());
  }

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static List<String> pagesText(PDDocument pdf) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    List<String> pages = new ArrayList<>();
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      pages.add(stripper.getText(pdf).replaceAll("\\s+", " "));
    }
    return pages;
  }

  private static void assertA4(PDPage page) {
    assertThat(page.getMediaBox().getWidth())
        .isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
    assertThat(page.getMediaBox().getHeight())
        .isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
  }
}
