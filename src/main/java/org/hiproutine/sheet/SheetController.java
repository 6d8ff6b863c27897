package org.hiproutine.sheet;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.hiproutine.routine.RoutineKeys;
import org.hiproutine.routine.RoutineNotFoundException;
import org.hiproutine.routine.RoutineVersions;
import org.hiproutine.web.PageRenderer;
import org.hiproutine.web.PageStore;
import org.hiproutine.web.PageStore.Audience;
import org.hiproutine.web.PublicUrl;
import org.hiproutine.web.RenderedPage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The routine sheet: a page made for paper, and the same page as a PDF. Both are kept in the page
 * store under what they are rendered from: the routine's version, the paper, the print size, the
 * day printed on it, the address its QR code opens, and the language.
 */
@Controller
class SheetController {

  private static final String SHEET_PATH = "/s/{shareKey:" + RoutineKeys.PATTERN + "}/sheet";

  record SheetKey(
      String shareKey,
      long version,
      Paper paper,
      PrintSize size,
      LocalDate printedOn,
      String publicUrl,
      Locale locale) {}

  record SheetPage(SheetKey sheet) {}

  record SheetPdfFile(SheetKey sheet) {}

  record PageCss(Locale locale) {}

  private final RoutineVersions versions;
  private final Sheets sheets;
  private final SheetPdf pdf;
  private final PageStore store;
  private final PageRenderer renderer;
  private final PublicUrl publicUrl;
  private final Clock clock;

  SheetController(
      RoutineVersions versions,
      Sheets sheets,
      SheetPdf pdf,
      PageStore store,
      PageRenderer renderer,
      PublicUrl publicUrl,
      Clock clock) {
    this.versions = versions;
    this.sheets = sheets;
    this.pdf = pdf;
    this.store = store;
    this.renderer = renderer;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  @GetMapping(SHEET_PATH)
  ResponseEntity<byte[]> sheet(
      @PathVariable String shareKey,
      @RequestParam(defaultValue = "a4") Paper paper,
      @RequestParam(defaultValue = "normal") PrintSize size,
      Locale locale,
      HttpServletRequest request) {
    SheetKey key = key(shareKey, paper, size, locale, request);
    return store.answer(new SheetPage(key), Audience.LINK_HOLDERS, this::page, request);
  }

  @GetMapping(SHEET_PATH + ".pdf")
  ResponseEntity<byte[]> pdf(
      @PathVariable String shareKey,
      @RequestParam(defaultValue = "a4") Paper paper,
      @RequestParam(defaultValue = "normal") PrintSize size,
      Locale locale,
      HttpServletRequest request) {
    SheetKey key = key(shareKey, paper, size, locale, request);
    return store.answer(new SheetPdfFile(key), Audience.LINK_HOLDERS, this::pdf, request);
  }

  /** The printed page's footer and size, in the words of messages.properties. */
  @GetMapping("/sheet/page.css")
  ResponseEntity<byte[]> pageStyle(Locale locale, HttpServletRequest request) {
    return store.answer(new PageCss(locale), Audience.EVERYONE, this::pageStyle, request);
  }

  private SheetKey key(
      String shareKey, Paper paper, PrintSize size, Locale locale, HttpServletRequest request) {
    long version =
        versions.findVersionByShareKey(shareKey).orElseThrow(RoutineNotFoundException::new);
    return new SheetKey(
        shareKey, version, paper, size, LocalDate.now(clock), publicUrl.of(request), locale);
  }

  private RenderedPage page(SheetPage page) {
    Sheet sheet = sheets.of(page.sheet());
    RenderedPage rendered =
        renderer.html("sheet/sheet", Map.of("sheet", sheet, "pdf", false), page.sheet().locale());
    return sheet.routine().getVersion() == page.sheet().version() ? rendered : rendered.notKept();
  }

  private RenderedPage pdf(SheetPdfFile file) {
    SheetKey key = file.sheet();
    Sheet sheet = sheets.of(key);
    String html = renderer.text("sheet/sheet", Map.of("sheet", sheet, "pdf", true), key.locale());
    String pageCss = renderer.text("sheet/page.css", Map.of(), key.locale());
    RenderedPage rendered =
        RenderedPage.of(pdf.render(html, pageCss), MediaType.APPLICATION_PDF)
            .downloadedAs(FileName.of(sheet.routine().getName()) + ".pdf");
    return sheet.routine().getVersion() == key.version() ? rendered : rendered.notKept();
  }

  private RenderedPage pageStyle(PageCss css) {
    return renderer.file(
        "sheet/page.css",
        Map.of(),
        css.locale(),
        new MediaType("text", "css", StandardCharsets.UTF_8));
  }
}
