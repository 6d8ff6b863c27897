package org.hiproutine.catalog;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CatalogController {

  private final ExerciseRepository exercises;

  CatalogController(ExerciseRepository exercises) {
    this.exercises = exercises;
  }

  @GetMapping("/exercises")
  String list(
      @RequestParam(required = false) ExerciseKind kind,
      @RequestParam(required = false) StartPosition position,
      Model model) {
    CatalogFilter filter = new CatalogFilter(kind, position);
    model.addAttribute("filter", filter);
    model.addAttribute("kinds", ExerciseKind.values());
    model.addAttribute("positions", StartPosition.values());
    model.addAttribute("exercises", filter.apply(exercises.findAllByOrderByPosition()));
    return "catalog/list";
  }

  @GetMapping("/exercises/{slug}")
  String show(@PathVariable String slug, Model model) {
    List<Exercise> catalog = exercises.findAllByOrderByPosition();
    int index = indexOf(catalog, slug);
    model.addAttribute("exercise", catalog.get(index));
    model.addAttribute("previous", index > 0 ? catalog.get(index - 1) : null);
    model.addAttribute("next", index < catalog.size() - 1 ? catalog.get(index + 1) : null);
    return "catalog/show";
  }

  private static int indexOf(List<Exercise> catalog, String slug) {
    for (int i = 0; i < catalog.size(); i++) {
      if (catalog.get(i).getSlug().equals(slug)) {
        return i;
      }
    }
    throw new ExerciseNotFoundException(slug);
  }
}
