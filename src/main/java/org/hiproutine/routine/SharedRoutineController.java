package org.hiproutine.routine;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A routine seen through its share link: read-only, for a physiotherapist or family. */
@Controller
class SharedRoutineController {

  private final RoutineRepository routines;

  SharedRoutineController(RoutineRepository routines) {
    this.routines = routines;
  }

  @GetMapping("/s/{shareKey:" + RoutineKeys.PATTERN + "}")
  String show(@PathVariable String shareKey, Model model) {
    Routine routine = routines.findByShareKey(shareKey).orElseThrow(RoutineNotFoundException::new);
    model.addAttribute("routine", routine);
    return "routine/shared";
  }
}
