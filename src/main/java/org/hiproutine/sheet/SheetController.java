package org.hiproutine.sheet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.hiproutine.routine.RoutineKeys;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The routine sheet: a page made for paper, and the same page as a PDF. */
@Controller
class SheetController {

  private static final String SHEET_PATH = "/s/{shareKey:" + RoutineKeys.PATTERN + "}/sheet";

  private final Sheets sheets;
  private final SheetPdf pdf;
  private final PageStyle pageStyle;
  private final PageRenderer renderer;

  SheetController(Sheets sheets, SheetPdf pdf, PageStyle pageStyle, PageRenderer renderer) {
    this.sheets = sheets;
    this.pdf = pdf;
    this.pageStyle = pageStyle;
    this.renderer = renderer;
  }

  @GetMapping(SHEET_PATH)
  String sheet(
      @PathVariable String shareKey,
      @RequestParam(required = false) String paper,
      @RequestParam(required = false) String size,
      Locale locale,
      Model model) {
    model.addAttribute("sheet", sheets.of(shareKey, Paper.of(paper), PrintSize.of(size), locale));
    model.addAttribute("pdf", false);
    return "sheet/sheet";
  }

  @GetMapping(SHEET_PATH + ".pdf")
  ResponseEntity<byte[]> pdf(
      @PathVariable String shareKey,
      @RequestParam(required = false) String paper,
      @RequestParam(required = false) String size,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response) {
    Sheet sheet = sheets.of(shareKey, Paper.of(paper), PrintSize.of(size), locale);
    String html =
        renderer.render(
            "sheet/sheet", Map.of("sheet", sheet, "pdf", true), locale, request, response);
    byte[] document = pdf.render(html, pageStyle.css(locale));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(FileName.of(sheet.routine().getName()) + ".pdf", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(document);
  }

  /** The printed page's footer and size, in the words of messages.properties. */
  @GetMapping(value = "/sheet/page.css", produces = "text/css")
  @ResponseBody
  ResponseEntity<String> pageStyle(Locale locale) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
        .body(pageStyle.css(locale));
  }
}
