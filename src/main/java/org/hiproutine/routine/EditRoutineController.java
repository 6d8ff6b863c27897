package org.hiproutine.routine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hiproutine.catalog.ExerciseChoices;
import org.hiproutine.catalog.ExercisePictures;
import org.hiproutine.routine.RoutineEditor.Edit;
import org.hiproutine.web.FormField;
import org.hiproutine.web.FormField.Width;
import org.hiproutine.web.FormFields;
import org.hiproutine.web.PublicUrl;
import org.hiproutine.web.StorageFailures;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Changing a routine and its exercises through its secret edit link, and deleting it. */
@Controller
class EditRoutineController {

  static final String EDIT_PATH = "/routines/{editKey:" + RoutineKeys.PATTERN + "}";

  private final RoutineEditor editor;
  private final RoutineSnapshots snapshots;
  private final ExerciseChoices choices;
  private final RememberedRoutines remembered;
  private final StorageFailures storageFailures;
  private final MessageSource messages;
  private final PublicUrl publicUrl;
  private final RoutineDiary diary;
  private final ExercisePictures pictures;

  EditRoutineController(
      RoutineEditor editor,
      RoutineSnapshots snapshots,
      ExerciseChoices choices,
      RememberedRoutines remembered,
      StorageFailures storageFailures,
      MessageSource messages,
      PublicUrl publicUrl,
      RoutineDiary diary,
      ExercisePictures pictures) {
    this.editor = editor;
    this.snapshots = snapshots;
    this.choices = choices;
    this.remembered = remembered;
    this.storageFailures = storageFailures;
    this.messages = messages;
    this.publicUrl = publicUrl;
    this.diary = diary;
    this.pictures = pictures;
  }

  @InitBinder("routineForm")
  void limitItems(WebDataBinder binder) {
    // A form has one row per catalog exercise; a bot's items[100000] must not grow a huge list.
    binder.setAutoGrowCollectionLimit(16);
  }

  @GetMapping(EDIT_PATH)
  String edit(@PathVariable String editKey, Model model, HttpServletRequest request) {
    Routine routine = load(editKey);
    model.addAttribute("routineForm", RoutineForm.of(routine));
    return editPage(routine, model, request);
  }

  @PostMapping(EDIT_PATH)
  String update(
      @PathVariable String editKey,
      @Valid RoutineForm routineForm,
      BindingResult result,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      RedirectAttributes redirect) {
    if (result.hasFieldErrors("version")) {
      throw new BadRoutineRequestException("the form's version is not a number");
    }
    RoutineAction requested = RoutineAction.parse(action, routineForm.getExercises());
    Edit edit;
    try {
      edit = editor.edit(editKey, routineForm, requested, !result.hasErrors());
    } catch (ObjectOptimisticLockingFailureException savedMeanwhile) {
      edit = new Edit.Stale(load(editKey));
    } catch (RuntimeException failed) {
      if (!StorageFailures.isStorageFailure(failed)) {
        throw failed;
      }
      storageFailures.saveFailed(failed);
      response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
      model.addAttribute("notSaved", true);
      return editPage(load(editKey), model, request);
    }
    if (edit instanceof Edit.Done done) {
      return saved(done, requested, request, response, locale, redirect);
    }
    if (edit instanceof Edit.Stale stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("unsaved", routineForm);
      model.addAttribute("routineForm", RoutineForm.of(stale.current()));
      return editPage(stale.current(), model, request);
    }
    Edit.Rejected rejected = (Edit.Rejected) edit;
    rejected
        .problems()
        .forEach(
            problem ->
                result.rejectValue(problem.field(), problem.code(), problem.arguments(), null));
    return editPage(rejected.routine(), model, request);
  }

  /** Where a saved form leads: back to the page, or on to where its button asked to go. */
  private String saved(
      Edit.Done done,
      RoutineAction requested,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      RedirectAttributes redirect) {
    Routine routine = done.routine();
    if (requested instanceof RoutineAction.Go go) {
      if (go.destination() != RoutineAction.Destination.PDF) {
        return "redirect:" + go.destination().pathFor(routine);
      }
      // a download leaves the page where it is: back to it at the saved version, downloading
      redirect.addFlashAttribute("downloadPdf", true);
      new Notice("notice.savedDownloading").flash(redirect, messages, locale);
      return "redirect:/routines/" + routine.getEditKey();
    }
    if (requested instanceof RoutineAction.Copy) {
      String name =
          messages.getMessage("routine.copy.name", new Object[] {routine.getName()}, locale);
      Routine copy = editor.copyOf(routine.getShareKey(), name);
      remembered.remember(copy.getEditKey(), request, response);
      new Notice("notice.copied", routine.getName()).flash(redirect, messages, locale);
      return "redirect:/routines/" + copy.getEditKey();
    }
    done.notice().flash(redirect, messages, locale);
    List<String> farOutside =
        routine.getItems().stream()
            .filter(RoutineItem::isFarOutsideRecommendation)
            .map(item -> item.getExercise().getName())
            .toList();
    if (!farOutside.isEmpty()) {
      redirect.addFlashAttribute(
          "doseWarning",
          messages.getMessage(
              "notice.farOutside",
              new Object[] {farOutside.size(), String.join(", ", farOutside)},
              locale));
    }
    return "redirect:/routines/" + routine.getEditKey() + done.anchor();
  }

  @GetMapping(EDIT_PATH + "/delete")
  String confirmDelete(@PathVariable String editKey, Model model) {
    Routine routine = load(editKey);
    model.addAttribute("routine", routine);
    model.addAttribute("diaryEntries", diary.sessionsLogged(routine));
    return "routine/delete";
  }

  @PostMapping(EDIT_PATH + "/delete")
  String delete(
      @PathVariable String editKey,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      RedirectAttributes redirect) {
    String name = editor.delete(editKey);
    remembered.forget(editKey, request, response);
    new Notice("notice.deleted", name).flash(redirect, messages, locale);
    return "redirect:/";
  }

  private String editPage(Routine routine, Model model, HttpServletRequest request) {
    Locale locale = RequestContextUtils.getLocale(request);
    RoutineForm form = (RoutineForm) model.getAttribute("routineForm");
    FormFields fields = FormFields.of(model, "routineForm", messages, locale);
    model.addAttribute("routine", routine);
    model.addAttribute("shownItems", shown(routine, form, fields, locale));
    model.addAttribute("details", DetailFields.of(form, fields));
    model.addAttribute(
        "forWhom", fields.field("forWhom", "routine.forWhom", Width.WIDE, form.getForWhom()));
    model.addAttribute(
        "fromWhom", fields.field("fromWhom", "routine.fromWhom", Width.WIDE, form.getFromWhom()));
    model.addAttribute("links", RoutineLinks.of(routine, publicUrl.of(request)));
    model.addAttribute(
        "notYetAdded", choices.all().stream().filter(e -> !routine.contains(e.slug())).toList());
    return "routine/edit";
  }

  /**
   * What the page shows of an item, made in plain calls: asked for from the template, the picture,
   * dose, range and fields were bean and method calls evaluated by reflection, eight times each.
   *
   * @param match how the typed sets and amount stand to the recommendation (Recommendation.Match),
   *     or null when they are not both valid numbers
   */
  public record ShownItem(
      String picture,
      String dose,
      String range,
      FormField sets,
      FormField amount,
      FormField note,
      String match) {}

  private List<ShownItem> shown(
      Routine routine, RoutineForm form, FormFields fields, Locale locale) {
    String setsLabel = fields.text("routine.item.sets");
    String setsHint = fields.text("routine.item.sets.hint");
    String noteLabel = fields.text("routine.item.note");
    String noteHint = fields.text("routine.item.note.hint");
    List<RoutineItem> items = routine.getItems();
    List<ShownItem> shown = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      RoutineItem item = items.get(i);
      RoutineForm.ItemForm typed = form.getItems().get(i);
      String prefix = "items[" + i + "].";
      String range = item.recommendation().describeRange(messages, locale);
      String amountLabel =
          fields.text(
              item.kind().messageKey() + (item.isDoneOnEachSide() ? ".label.eachSide" : ".label"));
      FormField sets =
          fields.field(prefix + "sets", setsLabel, setsHint, Width.NUMBER, typed.getSets());
      FormField amount =
          fields.field(prefix + "amount", amountLabel, range, Width.NUMBER, typed.getAmount());
      String match =
          typed.getSets() != null && typed.getAmount() != null && !sets.failed() && !amount.failed()
              ? item.recommendation().match(typed.getSets(), typed.getAmount()).name()
              : null;
      shown.add(
          new ShownItem(
              pictures.html(item.getExercise().getSlug(), false, "item-image", locale),
              item.describe(messages, locale),
              range,
              sets,
              amount,
              fields.field(prefix + "note", noteLabel, noteHint, Width.MULTILINE, typed.getNote()),
              match));
    }
    return shown;
  }

  private Routine load(String editKey) {
    return snapshots.byEditKey(editKey).orElseThrow(RoutineNotFoundException::new);
  }
}
