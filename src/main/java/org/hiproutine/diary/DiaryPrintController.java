package org.hiproutine.diary;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineKeys;
import org.hiproutine.routine.RoutineNotFoundException;
import org.hiproutine.routine.RoutineSnapshots;
import org.hiproutine.sheet.FileName;
import org.hiproutine.sheet.Paper;
import org.hiproutine.sheet.SheetPdf;
import org.hiproutine.web.PageRenderer;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The diary to take to a physiotherapist: a page made for paper (the last twelve weeks, charts in
 * black and white, the disclaimer in the foot of every page), the same page as a PDF through the
 * sheet's PDF renderer, and every entry as a spreadsheet file. Made afresh on every request, kept
 * by no cache: a diary is private.
 */
@Controller
class DiaryPrintController {

  private static final String FILES = "/routines/{editKey:" + RoutineKeys.PATTERN + "}/diary";

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final RoutineSnapshots snapshots;
  private final DiarySnapshots diaries;
  private final DiaryViews views;
  private final DiaryDays days;
  private final PageRenderer renderer;
  private final SheetPdf pdf;
  private final MessageSource messages;

  DiaryPrintController(
      RoutineSnapshots snapshots,
      DiarySnapshots diaries,
      DiaryViews views,
      DiaryDays days,
      PageRenderer renderer,
      SheetPdf pdf,
      MessageSource messages) {
    this.snapshots = snapshots;
    this.diaries = diaries;
    this.views = views;
    this.days = days;
    this.renderer = renderer;
    this.pdf = pdf;
    this.messages = messages;
  }

  @ModelAttribute
  void privateAnswer(HttpServletResponse response) {
    DiaryController.DiaryHeaders.privateAnswer(response);
  }

  @GetMapping(DiaryController.DIARY + "/print")
  String print(
      @PathVariable String editKey,
      @RequestParam(defaultValue = "a4") Paper paper,
      Model model,
      Locale locale) {
    model.addAllAttributes(printModel(editKey, paper, locale, false));
    return "diary/print";
  }

  @GetMapping(FILES + ".pdf")
  ResponseEntity<byte[]> pdf(
      @PathVariable String editKey, @RequestParam(defaultValue = "a4") Paper paper, Locale locale) {
    Map<String, Object> model = printModel(editKey, paper, locale, true);
    String html = renderer.text("diary/print", model, locale);
    String pageCss = renderer.text("sheet/page.css", Map.of(), locale);
    byte[] file = pdf.render(html, pageCss);
    return download(
        file,
        MediaType.APPLICATION_PDF,
        fileName((DiaryView.Page) model.get("diary"), locale) + ".pdf");
  }

  @GetMapping(FILES + ".csv")
  ResponseEntity<byte[]> csv(@PathVariable String editKey, Locale locale) {
    Routine routine = load(editKey);
    Diary diary = Diary.of(diaries.whole(routine.getId()));
    String csv = DiaryCsv.of(diary, views.of(routine, diary, locale));
    return download(
        csv.getBytes(StandardCharsets.UTF_8),
        CSV,
        FileName.of(
                messages.getMessage("diary.csv.fileName", new Object[] {routine.getName()}, locale))
            + ".csv");
  }

  private Map<String, Object> printModel(String editKey, Paper paper, Locale locale, boolean pdf) {
    Routine routine = load(editKey);
    Diary diary = Diary.of(diaries.whole(routine.getId()));
    DiaryView.Page page =
        views.of(routine, diary, locale).page(routine, diary, days.today(routine));
    Map<String, Object> model = new HashMap<>();
    model.put("diary", page.inBlackAndWhite());
    model.put("paper", paper);
    model.put("pdf", pdf);
    return model;
  }

  private String fileName(DiaryView.Page page, Locale locale) {
    return FileName.of(
        messages.getMessage("diary.csv.fileName", new Object[] {page.routineName()}, locale));
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.setContentDisposition(
        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
    headers.setCacheControl("no-store");
    headers.set("X-Robots-Tag", "noindex");
    return ResponseEntity.ok().headers(headers).body(body);
  }

  private Routine load(String editKey) {
    return snapshots.byEditKey(editKey).orElseThrow(RoutineNotFoundException::new);
  }
}
