package org.hiproutine.diary;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hiproutine.routine.RememberedRoutines;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineKeys;
import org.hiproutine.routine.RoutineNotFoundException;
import org.hiproutine.routine.RoutineSnapshots;
import org.hiproutine.routine.RoutineVersions;
import org.hiproutine.web.FormField;
import org.hiproutine.web.FormFields;
import org.hiproutine.web.StorageFailures;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A routine's practice diary, reached only through its edit link: the diary page with its charts
 * and advice, logging a session, correcting or deleting an entry. Nothing here is kept in the page
 * store or by any cache: every answer is {@code no-store} and {@code noindex}.
 */
@Controller
class DiaryController {

  static final String DIARY = "/routines/{editKey:" + RoutineKeys.PATTERN + "}/diary";
  static final String ENTRY = DIARY + "/{entryId:[0-9]{1,18}}";

  /** From a page reached by the share link (the share page, a session's end) to the diary. */
  static final String FROM_SHARE_LINK = "/s/{shareKey:" + RoutineKeys.PATTERN + "}/diary";

  private final RoutineSnapshots snapshots;
  private final DiarySnapshots diaries;
  private final RoutineVersions versions;
  private final DiaryEntryRepository entries;
  private final DiaryEntries diaryEntries;
  private final DiaryViews views;
  private final DiaryDays days;
  private final RememberedRoutines remembered;
  private final StorageFailures storageFailures;
  private final MessageSource messages;

  DiaryController(
      RoutineSnapshots snapshots,
      DiarySnapshots diaries,
      RoutineVersions versions,
      DiaryEntryRepository entries,
      DiaryEntries diaryEntries,
      DiaryViews views,
      DiaryDays days,
      RememberedRoutines remembered,
      StorageFailures storageFailures,
      MessageSource messages) {
    this.snapshots = snapshots;
    this.diaries = diaries;
    this.versions = versions;
    this.entries = entries;
    this.diaryEntries = diaryEntries;
    this.views = views;
    this.days = days;
    this.remembered = remembered;
    this.storageFailures = storageFailures;
    this.messages = messages;
  }

  @ModelAttribute
  void privateAnswer(HttpServletResponse response) {
    DiaryHeaders.privateAnswer(response);
  }

  @InitBinder("diaryForm")
  void limitLists(WebDataBinder binder) {
    // Eight exercises and nine symptoms at most: a bot's exercises[100000] must not grow a list.
    binder.setAutoGrowCollectionLimit(16);
  }

  @GetMapping(DIARY)
  String diary(
      @PathVariable String editKey,
      @RequestParam(defaultValue = "") String weeks,
      Model model,
      Locale locale) {
    Routine routine = load(editKey);
    Diary diary = Diary.of(diaries.whole(routine.getId()));
    DiaryView view = views.of(routine, diary, locale);
    model.addAttribute("diary", view.page(routine, diary, days.today(routine), "12".equals(weeks)));
    Object logged = model.getAttribute("logged");
    if (logged instanceof String id && id.matches("[0-9]{1,18}")) {
      diary
          .find(Long.parseLong(id))
          .ifPresent(entry -> model.addAttribute("justLogged", view.entry(entry)));
    }
    return "diary/diary";
  }

  @GetMapping(DIARY + "/new")
  String newEntry(@PathVariable String editKey, Model model, Locale locale) {
    Routine routine = load(editKey);
    LocalDate today = days.today(routine);
    model.addAttribute("diaryForm", DiaryForm.fresh(today, slugs(routine)));
    return form(routine, null, model, locale);
  }

  @PostMapping(DIARY)
  String log(
      @PathVariable String editKey,
      @Valid @ModelAttribute DiaryForm diaryForm,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      Locale locale,
      RedirectAttributes redirect) {
    DiaryEntries.Outcome outcome;
    try {
      outcome = diaryEntries.log(editKey, diaryForm, result.hasErrors());
    } catch (DataIntegrityViolationException sentTwiceAtOnce) {
      // The same form, sent twice at the same moment: the other request made the entry.
      outcome =
          diaryEntries
              .madeBy(editKey, diaryForm)
              .<DiaryEntries.Outcome>map(DiaryEntries.Saved::new)
              .orElseThrow(() -> sentTwiceAtOnce);
    } catch (RuntimeException failed) {
      return notSaved(failed, editKey, null, model, response, locale);
    }
    return answer(outcome, editKey, null, diaryForm, result, model, locale, redirect);
  }

  @GetMapping(ENTRY)
  String editEntry(
      @PathVariable String editKey, @PathVariable long entryId, Model model, Locale locale) {
    Routine routine = load(editKey);
    DiaryEntry entry = entries.entryOf(routine.getId(), entryId);
    model.addAttribute("diaryForm", DiaryForm.of(entry));
    return form(routine, entry, model, locale);
  }

  @PostMapping(ENTRY)
  String changeEntry(
      @PathVariable String editKey,
      @PathVariable long entryId,
      @Valid @ModelAttribute DiaryForm diaryForm,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      Locale locale,
      RedirectAttributes redirect) {
    DiaryEntries.Outcome outcome;
    try {
      outcome = diaryEntries.change(editKey, entryId, diaryForm, result.hasErrors());
    } catch (RuntimeException failed) {
      return notSaved(failed, editKey, entryId, model, response, locale);
    }
    return answer(outcome, editKey, entryId, diaryForm, result, model, locale, redirect);
  }

  @GetMapping(ENTRY + "/delete")
  String confirmDelete(
      @PathVariable String editKey, @PathVariable long entryId, Model model, Locale locale) {
    Routine routine = load(editKey);
    DiaryEntry entry = entries.entryOf(routine.getId(), entryId);
    Diary diary = Diary.of(diaries.whole(routine.getId()));
    DiaryView view = views.of(routine, diary, locale);
    model.addAttribute("routine", routine);
    model.addAttribute("entryId", entry.getId());
    model.addAttribute("day", view.longDay(entry.getDay()));
    model.addAttribute("entry", view.entry(diary.find(entry.getId()).orElseThrow()));
    return "diary/delete";
  }

  @PostMapping(ENTRY + "/delete")
  String delete(
      @PathVariable String editKey,
      @PathVariable long entryId,
      Locale locale,
      RedirectAttributes redirect) {
    Routine routine = load(editKey);
    LocalDate day = entries.entryOf(routine.getId(), entryId).getDay();
    diaryEntries.delete(editKey, entryId);
    String longDay = views.of(routine, Diary.of(List.of()), locale).longDay(day);
    redirect.addFlashAttribute(
        "notice", messages.getMessage("diary.notice.deleted", new Object[] {longDay}, locale));
    return "redirect:/routines/" + editKey + "/diary";
  }

  /**
   * "Log this session" on a page reached by the share link: the browser that remembers this routine
   * as its own goes on to its diary; anyone else is offered a copy to keep a diary of.
   */
  @GetMapping(FROM_SHARE_LINK)
  String fromShareLink(
      @PathVariable String shareKey, jakarta.servlet.http.HttpServletRequest request) {
    Optional<String> own = remembered.ownEditKey(shareKey, request);
    if (own.isPresent()) {
      return "redirect:/routines/" + own.get() + "/diary/new";
    }
    if (versions.findVersionByShareKey(shareKey).isEmpty()) {
      throw new RoutineNotFoundException();
    }
    return "redirect:/s/" + shareKey + "/copy";
  }

  private String answer(
      DiaryEntries.Outcome outcome,
      String editKey,
      Long entryId,
      DiaryForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (outcome instanceof DiaryEntries.Saved saved) {
      Routine routine = load(editKey);
      DiaryEntry entry = entries.entryOf(routine.getId(), saved.entryId());
      String longDay = views.of(routine, Diary.of(List.of()), locale).longDay(entry.getDay());
      redirect.addFlashAttribute(
          "notice",
          messages.getMessage(
              entryId == null ? "diary.notice.logged" : "diary.notice.changed",
              new Object[] {longDay},
              locale));
      redirect.addFlashAttribute("logged", String.valueOf(saved.entryId()));
      // To the top of the diary, not to the entry: the notice with its advice, and after a red
      // flag the urgent-help panel, are at the top and must be seen first.
      return "redirect:/routines/" + editKey + "/diary";
    }
    if (outcome instanceof DiaryEntries.Rejected rejected) {
      rejected
          .problems()
          .forEach(
              (field, problem) ->
                  result.rejectValue(
                      field.formName(),
                      problem.messageKey(),
                      problem == DiaryForm.Problem.DAY_FULL
                          ? new Object[] {rejected.timesADay()}
                          : null,
                      null));
    }
    Routine routine = load(editKey);
    DiaryEntry entry = entryId == null ? null : entries.entryOf(routine.getId(), entryId);
    return form(routine, entry, model, locale);
  }

  private String notSaved(
      RuntimeException failed,
      String editKey,
      Long entryId,
      Model model,
      HttpServletResponse response,
      Locale locale) {
    if (!StorageFailures.isStorageFailure(failed)) {
      throw failed;
    }
    storageFailures.saveFailed(failed);
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    model.addAttribute("notSaved", true);
    Routine routine = load(editKey);
    return form(
        routine, entryId == null ? null : entries.entryOf(routine.getId(), entryId), model, locale);
  }

  private String form(Routine routine, DiaryEntry entry, Model model, Locale locale) {
    Diary diary = Diary.of(diaries.whole(routine.getId()));
    DiaryForm form = (DiaryForm) model.getAttribute("diaryForm");
    List<String> choices = new java.util.ArrayList<>(slugs(routine));
    if (entry != null) {
      entry.getExercisesDone().stream().filter(s -> !choices.contains(s)).forEach(choices::add);
    }
    form.getExercises().stream()
        .filter(s -> !choices.contains(s) && s != null && s.matches("[a-z0-9-]{1,60}"))
        .forEach(choices::add);
    DiaryView view = views.of(routine, diary, locale);
    model.addAttribute("routine", routine);
    model.addAttribute("entry", entry);
    model.addAttribute(
        "exerciseChoices",
        choices.stream().map(slug -> new Choice(slug, view.exerciseName(slug))).toList());
    model.addAttribute(
        "redFlags",
        java.util.Arrays.stream(RedFlag.values())
            .map(
                flag ->
                    new FlagChoice(
                        flag.name(),
                        // the safety page lists them as one sentence; a check box is a phrase
                        messages
                            .getMessage(flag.messageKey(), null, locale)
                            .replaceAll("[;.]$", ""),
                        form.isTicked(flag)))
            .toList());
    model.addAttribute("scores", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    FormFields fields = FormFields.of(model, "diaryForm", messages, locale);
    model.addAttribute(
        "note", fields.field("note", "diary.note", FormField.Width.MULTILINE, form.getNote()));
    LocalDate day = DiaryForm.parseDay(form.getDay());
    boolean asks =
        entry != null
            ? diary.entryAsksIfSettled(entry.getId())
            : diary.newEntryAsksIfSettled(day != null ? day : days.today(routine));
    model.addAttribute("asksIfSettled", asks || form.getSettled() != null);
    model.addAttribute("today", days.today(routine).toString());
    return "diary/log";
  }

  /** A red-flag check box of the form. */
  public record FlagChoice(String name, String label, boolean ticked) {}

  /** A checkbox of the form: an exercise's slug and its name. */
  public record Choice(String slug, String name) {}

  private Routine load(String editKey) {
    return snapshots.byEditKey(editKey).orElseThrow(RoutineNotFoundException::new);
  }

  private static List<String> slugs(Routine routine) {
    return routine.getItems().stream().map(item -> item.getExercise().getSlug()).toList();
  }

  /** The headers every diary answer carries. */
  static final class DiaryHeaders {
    private DiaryHeaders() {}

    static void privateAnswer(HttpServletResponse response) {
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
      response.setHeader("X-Robots-Tag", "noindex");
    }
  }
}
