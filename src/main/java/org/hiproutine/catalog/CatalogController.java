package org.hiproutine.catalog;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hiproutine.web.PageRenderer;
import org.hiproutine.web.PageStore;
import org.hiproutine.web.PageStore.Audience;
import org.hiproutine.web.RenderedPage;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalog's pages. They change only with a migration, so each is kept in the page store under
 * what it is rendered from: the filter (or the exercise) and the language.
 */
@Controller
class CatalogController {

  record ListPage(CatalogFilter filter, Locale locale) {}

  record ExercisePage(String slug, Locale locale) {}

  private final ExerciseRepository exercises;
  private final PageStore store;
  private final PageRenderer renderer;

  CatalogController(ExerciseRepository exercises, PageStore store, PageRenderer renderer) {
    this.exercises = exercises;
    this.store = store;
    this.renderer = renderer;
  }

  @GetMapping("/exercises")
  ResponseEntity<byte[]> list(
      @RequestParam(required = false) ExerciseKind kind,
      @RequestParam(required = false) StartPosition position,
      Locale locale,
      HttpServletRequest request) {
    return store.answer(
        new ListPage(new CatalogFilter(kind, position), locale),
        Audience.EVERYONE,
        this::list,
        request);
  }

  @GetMapping("/exercises/{slug}")
  ResponseEntity<byte[]> show(
      @PathVariable String slug, Locale locale, HttpServletRequest request) {
    return store.answer(new ExercisePage(slug, locale), Audience.EVERYONE, this::show, request);
  }

  private RenderedPage list(ListPage page) {
    return renderer.html(
        "catalog/list",
        Map.of(
            "filter", page.filter(),
            "kinds", ExerciseKind.values(),
            "positions", StartPosition.values(),
            "exercises", page.filter().apply(exercises.findAllByOrderByPosition())),
        page.locale());
  }

  private RenderedPage show(ExercisePage page) {
    List<Exercise> catalog = exercises.findAllByOrderByPosition();
    int index = indexOf(catalog, page.slug());
    Map<String, Object> model = new java.util.HashMap<>();
    model.put("exercise", catalog.get(index));
    model.put("description", catalog.get(index).getSummary());
    model.put("previous", index > 0 ? catalog.get(index - 1) : null);
    model.put("next", index < catalog.size() - 1 ? catalog.get(index + 1) : null);
    return renderer.html("catalog/show", model, page.locale());
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
