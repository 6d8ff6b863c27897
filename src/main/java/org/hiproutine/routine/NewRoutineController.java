package org.hiproutine.routine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.hiproutine.catalog.ExerciseNotFoundException;
import org.hiproutine.catalog.ExerciseRepository;
import org.hiproutine.web.FormFields;
import org.hiproutine.web.StorageFailures;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Starting a routine: from a blank form, from an exercise, as a copy of a ready routine, or as a
 * copy of a routine someone shared.
 */
@Controller
class NewRoutineController {

  private static final String COPY_PATH = "/s/{shareKey:" + RoutineKeys.PATTERN + "}/copy";

  private final RoutineEditor editor;
  private final RoutineTemplateRepository templates;
  private final ExerciseRepository exercises;
  private final RememberedRoutines remembered;
  private final StorageFailures storageFailures;
  private final RoutineRepository routines;
  private final MessageSource messages;

  NewRoutineController(
      RoutineEditor editor,
      RoutineTemplateRepository templates,
      ExerciseRepository exercises,
      RememberedRoutines remembered,
      StorageFailures storageFailures,
      RoutineRepository routines,
      MessageSource messages) {
    this.editor = editor;
    this.templates = templates;
    this.exercises = exercises;
    this.remembered = remembered;
    this.storageFailures = storageFailures;
    this.routines = routines;
    this.messages = messages;
  }

  @GetMapping("/routines/new")
  String startNew(@RequestParam(required = false) String exercise, Model model, Locale locale) {
    RoutineForm form = RoutineForm.blank();
    form.setExercise(exercise);
    model.addAttribute("routineForm", form);
    return newRoutinePage(form, model, locale);
  }

  @PostMapping("/routines")
  String create(
      @Valid RoutineForm routineForm,
      BindingResult result,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return newRoutinePage(routineForm, model, locale);
    }
    Routine routine;
    try {
      routine = editor.create(routineForm);
    } catch (RuntimeException failed) {
      if (!StorageFailures.isStorageFailure(failed)) {
        throw failed;
      }
      storageFailures.saveFailed(failed);
      response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
      model.addAttribute("notSaved", true);
      return newRoutinePage(routineForm, model, locale);
    }
    return created(routine, request, response, redirect);
  }

  @PostMapping("/routines/templates/{slug}")
  String copyTemplate(
      @PathVariable String slug,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return created(editor.copy(slug), request, response, redirect);
  }

  /** "Make a copy" from a share link: what the copy is, and a button to make it. */
  @GetMapping(COPY_PATH)
  String confirmCopy(@PathVariable String shareKey, Model model) {
    model.addAttribute(
        "routine", routines.findByShareKey(shareKey).orElseThrow(RoutineNotFoundException::new));
    return "routine/copy";
  }

  @PostMapping(COPY_PATH)
  String copy(
      @PathVariable String shareKey,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Routine original = routines.findByShareKey(shareKey).orElseThrow(RoutineNotFoundException::new);
    Routine copy =
        editor.copyOf(
            shareKey,
            messages.getMessage("routine.copy.name", new Object[] {original.getName()}, locale));
    remembered.remember(copy.getEditKey(), request, response);
    new Notice("notice.copied", original.getName()).flash(redirect, messages, locale);
    return "redirect:/routines/" + copy.getEditKey();
  }

  private String created(
      Routine routine,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    remembered.remember(routine.getEditKey(), request, response);
    redirect.addFlashAttribute("created", true);
    return "redirect:/routines/" + routine.getEditKey();
  }

  private String newRoutinePage(RoutineForm form, Model model, Locale locale) {
    model.addAttribute(
        "details", DetailFields.of(form, FormFields.of(model, "routineForm", messages, locale)));
    if (form.getExercise() != null && !form.getExercise().isBlank()) {
      model.addAttribute(
          "startingExercise",
          exercises
              .findBySlug(form.getExercise())
              .orElseThrow(() -> new ExerciseNotFoundException(form.getExercise())));
    }
    model.addAttribute("templates", templates.findAllByOrderByPosition());
    return "routine/new";
  }
}
