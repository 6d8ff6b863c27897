package org.hiproutine.routine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.hiproutine.catalog.Exercise;
import org.hiproutine.catalog.ExerciseNotFoundException;
import org.hiproutine.catalog.ExerciseRepository;
import org.hiproutine.routine.RoutineEditor.Edit;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
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

/** Building and changing a routine through its secret edit link. */
@Controller
class RoutineController {

  private static final String EDIT_PATH = "/routines/{editKey:" + RoutineKeys.PATTERN + "}";

  private final RoutineEditor editor;
  private final RoutineRepository routines;
  private final RoutineTemplateRepository templates;
  private final ExerciseRepository exercises;
  private final RememberedRoutines remembered;
  private final MessageSource messages;

  RoutineController(
      RoutineEditor editor,
      RoutineRepository routines,
      RoutineTemplateRepository templates,
      ExerciseRepository exercises,
      RememberedRoutines remembered,
      MessageSource messages) {
    this.editor = editor;
    this.routines = routines;
    this.templates = templates;
    this.exercises = exercises;
    this.remembered = remembered;
    this.messages = messages;
  }

  @InitBinder("routineForm")
  void limitItems(WebDataBinder binder) {
    // A form has one row per catalog exercise; a bot's items[100000] must not grow a huge list.
    binder.setAutoGrowCollectionLimit(16);
  }

  @GetMapping("/routines/new")
  String startNew(@RequestParam(required = false) String exercise, Model model) {
    RoutineForm form = RoutineForm.blank();
    form.setExercise(exercise);
    model.addAttribute("routineForm", form);
    return newRoutinePage(form, model);
  }

  @PostMapping("/routines")
  String create(
      @Valid RoutineForm routineForm,
      BindingResult result,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return newRoutinePage(routineForm, model);
    }
    return created(editor.create(routineForm), request, response, redirect);
  }

  @PostMapping("/routines/templates/{slug}")
  String copyTemplate(
      @PathVariable String slug,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return created(editor.copy(slug), request, response, redirect);
  }

  @GetMapping(EDIT_PATH)
  String edit(@PathVariable String editKey, Model model) {
    Routine routine = routines.findByEditKey(editKey).orElseThrow(RoutineNotFoundException::new);
    model.addAttribute("routineForm", RoutineForm.of(routine));
    return editPage(routine, model);
  }

  @PostMapping(EDIT_PATH)
  String update(
      @PathVariable String editKey,
      @Valid RoutineForm routineForm,
      BindingResult result,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      HttpServletResponse response,
      Locale locale,
      RedirectAttributes redirect) {
    RoutineAction requested = RoutineAction.parse(action);
    Edit edit;
    try {
      edit = editor.edit(editKey, routineForm, requested, result);
    } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException clash) {
      // Another save committed between our read and write: the same answer as a stale form.
      edit = new Edit.Stale(load(editKey));
    }
    if (edit instanceof Edit.Done done) {
      notice(redirect, done.notice(), locale);
      return "redirect:/routines/" + editKey + anchor(requested);
    }
    if (edit instanceof Edit.Stale stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("unsaved", routineForm);
      model.addAttribute("routineForm", RoutineForm.of(stale.current()));
      return editPage(stale.current(), model);
    }
    return editPage(((Edit.Rejected) edit).routine(), model);
  }

  @PostMapping(EDIT_PATH + "/items")
  String addExercise(
      @PathVariable String editKey,
      @RequestParam String exercise,
      Locale locale,
      RedirectAttributes redirect) {
    MessageSourceResolvable notice;
    try {
      notice = editor.addExercise(editKey, exercise);
    } catch (DataIntegrityViolationException sameAddAtTheSameMoment) {
      notice = new Notice("notice.alreadyThere", exerciseName(exercise));
    }
    notice(redirect, notice, locale);
    return "redirect:/routines/" + editKey + "#items";
  }

  @GetMapping("/exercises/{slug}/add-to-routine")
  String chooseRoutine(@PathVariable String slug, HttpServletRequest request, Model model) {
    Exercise exercise =
        exercises.findBySlug(slug).orElseThrow(() -> new ExerciseNotFoundException(slug));
    model.addAttribute("exercise", exercise);
    model.addAttribute("yourRoutines", remembered.summaries(request));
    return "routine/add-to-routine";
  }

  @GetMapping(EDIT_PATH + "/delete")
  String confirmDelete(@PathVariable String editKey, Model model) {
    model.addAttribute("routine", load(editKey));
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
    notice(redirect, new Notice("notice.deleted", name), locale);
    return "redirect:/";
  }

  @PostMapping(EDIT_PATH + "/forget")
  String forget(
      @PathVariable String editKey,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      RedirectAttributes redirect) {
    remembered.forget(editKey, request, response);
    notice(redirect, new Notice("notice.forgotten"), locale);
    return "redirect:/";
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

  private String newRoutinePage(RoutineForm form, Model model) {
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

  private String editPage(Routine routine, Model model) {
    model.addAttribute("routine", routine);
    model.addAttribute("links", RoutineLinks.of(routine));
    model.addAttribute(
        "notYetAdded",
        exercises.findAllByOrderByPosition().stream().filter(e -> !routine.contains(e)).toList());
    return "routine/edit";
  }

  private String exerciseName(String slug) {
    return exercises.findBySlug(slug).map(Exercise::getName).orElse(slug);
  }

  private Routine load(String editKey) {
    return routines.findByEditKey(editKey).orElseThrow(RoutineNotFoundException::new);
  }

  private void notice(RedirectAttributes redirect, MessageSourceResolvable notice, Locale locale) {
    redirect.addFlashAttribute("notice", messages.getMessage(notice, locale));
  }

  /** Back to where the person was: the moved item, or the list they changed. */
  private static String anchor(RoutineAction action) {
    if (action instanceof RoutineAction.MoveUp up) {
      return "#item-" + up.itemId();
    }
    if (action instanceof RoutineAction.MoveDown down) {
      return "#item-" + down.itemId();
    }
    if (action instanceof RoutineAction.Remove || action instanceof RoutineAction.Add) {
      return "#items";
    }
    return "";
  }
}
