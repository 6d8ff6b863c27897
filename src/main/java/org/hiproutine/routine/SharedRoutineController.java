package org.hiproutine.routine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hiproutine.catalog.Exercise;
import org.hiproutine.catalog.ExercisePictures;
import org.hiproutine.catalog.ExerciseSteps;
import org.hiproutine.web.MadeOnce;
import org.hiproutine.web.PageRenderer;
import org.hiproutine.web.PageStore;
import org.hiproutine.web.PageStore.Audience;
import org.hiproutine.web.RenderedPage;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A routine seen through its share link: read-only, for a physiotherapist or family. Kept in the
 * page store once per version of the routine: one indexed query tells whether a kept copy is still
 * right.
 */
@Controller
class SharedRoutineController {

  /** yours: this browser remembers the routine as its own, so the page offers its diary. */
  record SharedPage(String shareKey, long version, boolean yours, Locale locale) {}

  /**
   * An item as the page shows it, made here in plain calls: asked for from the template, the
   * picture, steps and dose were bean calls evaluated by reflection, eight times each. Its heading
   * and its steps (with their summary) are the same for the exercise on every routine: made once.
   */
  public record ShownItem(String heading, String dose, String note, String picture, String steps) {}

  private record ItemPart(String fragment, String slug, Locale locale) {}

  /**
   * How often and how long, in words, made here: asked for from the template, each was a method
   * given the message source, a call SpEL can't compile and made by reflection.
   */
  public record Facts(String howOften, String estimate, String assumptions) {}

  private final RoutineVersions versions;
  private final RoutineSnapshots snapshots;
  private final PageStore store;
  private final PageRenderer renderer;
  private final RememberedRoutines remembered;
  private final ExercisePictures pictures;
  private final ExerciseSteps steps;
  private final MessageSource messages;
  // eight exercises, two parts, the languages the app speaks: a few dozen
  private final MadeOnce<ItemPart> itemParts = new MadeOnce<>(1_000);

  SharedRoutineController(
      RoutineVersions versions,
      RoutineSnapshots snapshots,
      PageStore store,
      PageRenderer renderer,
      RememberedRoutines remembered,
      ExercisePictures pictures,
      ExerciseSteps steps,
      MessageSource messages) {
    this.versions = versions;
    this.snapshots = snapshots;
    this.store = store;
    this.renderer = renderer;
    this.remembered = remembered;
    this.pictures = pictures;
    this.steps = steps;
    this.messages = messages;
  }

  @GetMapping("/s/{shareKey:" + RoutineKeys.PATTERN + "}")
  ResponseEntity<byte[]> show(
      @PathVariable String shareKey,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response) {
    long version =
        versions.findVersionByShareKey(shareKey).orElseThrow(RoutineNotFoundException::new);
    // the visitor's own list, in a cookie of theirs: never part of the page kept for everyone
    remembered.rememberShared(shareKey, request, response);
    boolean yours = remembered.ownEditKey(shareKey, request).isPresent();
    return store.answer(
        new SharedPage(shareKey, version, yours, locale),
        Audience.LINK_HOLDERS,
        this::render,
        request);
  }

  private RenderedPage render(SharedPage page) {
    Routine routine =
        snapshots.byShareKey(page.shareKey()).orElseThrow(RoutineNotFoundException::new);
    RenderedPage rendered =
        renderer.html(
            "routine/shared",
            Map.of(
                "routine",
                routine,
                "facts",
                facts(routine, page.locale()),
                "items",
                shown(routine, page.locale()),
                "yours",
                page.yours()),
            page.locale());
    return routine.getVersion() == page.version() ? rendered : rendered.notKept();
  }

  private Facts facts(Routine routine, Locale locale) {
    TimeEstimate estimate = routine.estimatedDuration();
    return new Facts(
        routine.describeHowOften(messages, locale),
        estimate.describe(messages, locale),
        estimate.describeAssumptions(messages, locale));
  }

  private List<ShownItem> shown(Routine routine, Locale locale) {
    List<ShownItem> shown = new ArrayList<>(routine.getItems().size());
    for (RoutineItem item : routine.getItems()) {
      Exercise exercise = item.getExercise();
      String slug = exercise.getSlug();
      shown.add(
          new ShownItem(
              itemPart("heading", exercise, locale),
              item.describe(messages, locale),
              item.getNote(),
              pictures.html(slug, false, "item-image", locale),
              itemPart("steps", exercise, locale)));
    }
    return shown;
  }

  private String itemPart(String fragment, Exercise exercise, Locale locale) {
    return itemParts.get(
        new ItemPart(fragment, exercise.getSlug(), locale),
        part ->
            renderer
                .text(
                    "routine/shared :: " + fragment,
                    Map.of(
                        "slug",
                        exercise.getSlug(),
                        "name",
                        exercise.getName(),
                        "steps",
                        steps.html(exercise.getSlug(), "steps")),
                    locale)
                .strip());
  }
}
