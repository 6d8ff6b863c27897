package org.hiproutine.routine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

/**
 * A routine seen through its share link: read-only, for a physiotherapist or family. Kept in the
 * page store once per version of the routine: one indexed query tells whether a kept copy is still
 * right.
 */
@Controller
class SharedRoutineController {

  /** yours: this browser remembers the routine as its own, so the page offers its diary. */
  record SharedPage(String shareKey, long version, boolean yours, Locale locale) {}

  private final RoutineRepository routines;
  private final RoutineSnapshots snapshots;
  private final PageStore store;
  private final PageRenderer renderer;
  private final RememberedRoutines remembered;

  SharedRoutineController(
      RoutineRepository routines,
      RoutineSnapshots snapshots,
      PageStore store,
      PageRenderer renderer,
      RememberedRoutines remembered) {
    this.routines = routines;
    this.snapshots = snapshots;
    this.store = store;
    this.renderer = renderer;
    this.remembered = remembered;
  }

  @GetMapping("/s/{shareKey:" + RoutineKeys.PATTERN + "}")
  ResponseEntity<byte[]> show(
      @PathVariable String shareKey,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response) {
    long version =
        routines.findVersionByShareKey(shareKey).orElseThrow(RoutineNotFoundException::new);
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
            "routine/shared", Map.of("routine", routine, "yours", page.yours()), page.locale());
    return routine.getVersion() == page.version() ? rendered : rendered.notKept();
  }
}
