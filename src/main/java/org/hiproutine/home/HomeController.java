package org.hiproutine.home;

import jakarta.servlet.http.HttpServletRequest;
import org.hiproutine.catalog.CatalogTextRepository;
import org.hiproutine.catalog.ExerciseRepository;
import org.hiproutine.routine.RememberedRoutines;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

  private final CatalogTextRepository texts;
  private final RememberedRoutines remembered;
  private final ExerciseRepository exercises;

  HomeController(
      CatalogTextRepository texts, RememberedRoutines remembered, ExerciseRepository exercises) {
    this.texts = texts;
    this.remembered = remembered;
    this.exercises = exercises;
  }

  @GetMapping("/")
  String home(HttpServletRequest request, Model model) {
    model.addAttribute("article", texts.paragraphs());
    model.addAttribute("exercises", exercises.findAllByOrderByPosition());
    model.addAttribute("yourRoutines", remembered.summaries(request));
    model.addAttribute("sharedWithYou", remembered.sharedWithYou(request));
    model.addAttribute("rememberedAtMost", RememberedRoutines.MOST);
    return "home/index";
  }

  @GetMapping("/safety")
  String safety() {
    return "home/safety";
  }
}
