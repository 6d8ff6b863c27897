package org.hiproutine.routine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.hiproutine.catalog.Exercise;
import org.hiproutine.catalog.ExerciseNotFoundException;
import org.hiproutine.catalog.ExerciseRepository;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The routines this browser remembers: adding an exercise to one of them from the catalog, and
 * forgetting one. The add-to-routine page's address is under /exercises because it is reached from
 * an exercise, but it belongs here: the catalog depends on no other feature.
 */
@Controller
class YourRoutinesController {

  private final RoutineEditor editor;
  private final ExerciseRepository exercises;
  private final RememberedRoutines remembered;
  private final MessageSource messages;

  YourRoutinesController(
      RoutineEditor editor,
      ExerciseRepository exercises,
      RememberedRoutines remembered,
      MessageSource messages) {
    this.editor = editor;
    this.exercises = exercises;
    this.remembered = remembered;
    this.messages = messages;
  }

  @GetMapping("/exercises/{slug}/add-to-routine")
  String chooseRoutine(@PathVariable String slug, HttpServletRequest request, Model model) {
    Exercise exercise =
        exercises.findBySlug(slug).orElseThrow(() -> new ExerciseNotFoundException(slug));
    model.addAttribute("exercise", exercise);
    model.addAttribute("yourRoutines", remembered.summaries(request));
    return "routine/add-to-routine";
  }

  @PostMapping(EditRoutineController.EDIT_PATH + "/items")
  String addExercise(
      @PathVariable String editKey,
      @RequestParam String exercise,
      Locale locale,
      RedirectAttributes redirect) {
    Notice notice;
    try {
      notice = editor.addExercise(editKey, exercise);
    } catch (DataIntegrityViolationException sameAddAtTheSameMoment) {
      notice = new Notice("notice.alreadyThere", exerciseName(exercise));
    }
    notice.flash(redirect, messages, locale);
    return "redirect:/routines/" + editKey + "#items";
  }

  @PostMapping(EditRoutineController.EDIT_PATH + "/forget")
  String forget(
      @PathVariable String editKey,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      RedirectAttributes redirect) {
    remembered.forget(editKey, request, response);
    new Notice("notice.forgotten").flash(redirect, messages, locale);
    return "redirect:/";
  }

  @PostMapping("/shared/{shareKey:" + RoutineKeys.PATTERN + "}/forget")
  String forgetShared(
      @PathVariable String shareKey,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      RedirectAttributes redirect) {
    remembered.forgetShared(shareKey, request, response);
    new Notice("notice.forgotten").flash(redirect, messages, locale);
    return "redirect:/";
  }

  private String exerciseName(String slug) {
    return exercises.findBySlug(slug).map(Exercise::getName).orElse(slug);
  }
}
