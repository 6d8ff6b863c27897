package org.hiproutine.session;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hiproutine.catalog.ExercisePictures;
import org.hiproutine.catalog.ExerciseSteps;
import org.hiproutine.routine.RememberedRoutines;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineKeys;
import org.hiproutine.routine.RoutineNotFoundException;
import org.hiproutine.routine.RoutineSnapshots;
import org.hiproutine.routine.RoutineVersions;
import org.hiproutine.web.PageRenderer;
import org.hiproutine.web.PageStore;
import org.hiproutine.web.PageStore.Audience;
import org.hiproutine.web.RenderedPage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A guided session through a routine's share link, so anyone who can read the routine can do it: a
 * start page, a page per step with Back and Next links, a stop page, an end page. Plain links
 * throughout, so it works without JavaScript; session.js adds the timers. Nothing on these pages
 * depends on the visitor, so they are kept in the page store per version of the routine.
 */
@Controller
class SessionController {

  private static final String SESSION = "/s/{shareKey:" + RoutineKeys.PATTERN + "}/session";
  private static final String STEP = SESSION + "/{number:[0-9]{1,4}}";

  record StartPage(String shareKey, long version, Locale locale) {}

  record StepPage(String shareKey, long version, int number, Locale locale) {}

  record StopPage(String shareKey, long version, int number, Locale locale) {}

  /** yours: this browser remembers the routine as its own, so the page offers to log it. */
  record EndPage(String shareKey, long version, boolean stopped, boolean yours, Locale locale) {}

  /** A step number the session doesn't have: the 404 page. */
  @ResponseStatus(HttpStatus.NOT_FOUND)
  static final class NoSuchStep extends RuntimeException {
    NoSuchStep() {
      super("no such step in this session");
    }
  }

  /** The attribute of each word session.js shows, and its message. */
  private static final Map<String, String> SCRIPT_TEXTS = scriptTextKeys();

  private static Map<String, String> scriptTextKeys() {
    Map<String, String> keys = new LinkedHashMap<>();
    for (String word :
        List.of(
            "start",
            "getReady",
            "hold",
            "switchSides",
            "done",
            "pause",
            "resume",
            "paused",
            "seconds",
            "count",
            "addOne",
            "setDone",
            "breatheIn",
            "breatheOut",
            "round",
            "sound",
            "speech",
            "pace",
            "skip",
            "nextExercise")) {
      keys.put(
          "data-text-" + word.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT),
          "session.text." + word);
    }
    keys.put("data-text-close", "session.stop.close");
    return Collections.unmodifiableMap(keys);
  }

  private final RoutineVersions versions;
  private final RoutineSnapshots snapshots;
  private final PageStore store;
  private final PageRenderer renderer;
  private final MessageSource messages;
  private final RememberedRoutines remembered;
  private final ExercisePictures pictures;
  private final ExerciseSteps steps;
  // the languages the app speaks (SupportedLocales): a few
  private final Map<Locale, Map<String, String>> scriptTexts = new ConcurrentHashMap<>();

  SessionController(
      RoutineVersions versions,
      RoutineSnapshots snapshots,
      PageStore store,
      PageRenderer renderer,
      MessageSource messages,
      RememberedRoutines remembered,
      ExercisePictures pictures,
      ExerciseSteps steps) {
    this.versions = versions;
    this.snapshots = snapshots;
    this.store = store;
    this.renderer = renderer;
    this.messages = messages;
    this.remembered = remembered;
    this.pictures = pictures;
    this.steps = steps;
  }

  @GetMapping(SESSION)
  ResponseEntity<byte[]> start(
      @PathVariable String shareKey, Locale locale, HttpServletRequest request) {
    return store.answer(
        new StartPage(shareKey, version(shareKey), locale),
        Audience.LINK_HOLDERS,
        page -> render(page.shareKey(), page.version(), page.locale(), "session/start", Map.of()),
        request);
  }

  @GetMapping(STEP)
  ResponseEntity<byte[]> step(
      @PathVariable String shareKey,
      @PathVariable int number,
      Locale locale,
      HttpServletRequest request) {
    return store.answer(
        new StepPage(shareKey, version(shareKey), number, locale),
        Audience.LINK_HOLDERS,
        page -> renderStep(page.shareKey(), page.version(), page.number(), page.locale(), false),
        request);
  }

  @GetMapping(STEP + "/stop")
  ResponseEntity<byte[]> stop(
      @PathVariable String shareKey,
      @PathVariable int number,
      Locale locale,
      HttpServletRequest request) {
    return store.answer(
        new StopPage(shareKey, version(shareKey), number, locale),
        Audience.LINK_HOLDERS,
        page -> renderStep(page.shareKey(), page.version(), page.number(), page.locale(), true),
        request);
  }

  @GetMapping(SESSION + "/end")
  ResponseEntity<byte[]> end(
      @PathVariable String shareKey,
      @RequestParam(defaultValue = "false") boolean stopped,
      Locale locale,
      HttpServletRequest request) {
    return store.answer(
        new EndPage(
            shareKey,
            version(shareKey),
            stopped,
            remembered.ownEditKey(shareKey, request).isPresent(),
            locale),
        Audience.LINK_HOLDERS,
        page ->
            render(
                page.shareKey(),
                page.version(),
                page.locale(),
                "session/end",
                Map.of("stopped", page.stopped(), "yours", page.yours())),
        request);
  }

  private long version(String shareKey) {
    return versions.findVersionByShareKey(shareKey).orElseThrow(RoutineNotFoundException::new);
  }

  private RenderedPage renderStep(
      String shareKey, long version, int number, Locale locale, boolean stopped) {
    Routine routine = load(shareKey);
    GuidedSession session = GuidedSession.of(routine);
    SessionStep step = session.step(number).orElseThrow(NoSuchStep::new);
    SessionStep next = session.after(step).orElse(null);
    Map<String, Object> model = new HashMap<>();
    model.put("step", step);
    model.put("next", next);
    model.put("nextExercise", session.nextExercise(step).orElse(null));
    model.put("switchesSides", step.switchesSidesAfter(next));
    // data-* attributes may not call beans: the other side's words are made here
    model.put("nextSet", next == null ? null : next.describeSet(messages, locale));
    model.put("timing", new Timing());
    // what only the step page shows, made in plain calls: from the template they were bean calls,
    // each made by reflection
    if (!stopped) {
      model.put("set", step.describeSet(messages, locale));
      model.put("target", step.describeTarget(messages, locale));
      String slug = step.exercise().getSlug();
      model.put(
          "picture", pictures.html(slug, step.side() == Side.LEFT, "session-drawing", locale));
      model.put("how", steps.html(slug, "session-how"));
      model.put("texts", scriptTexts(locale));
    }
    return render(
        routine, session, version, locale, stopped ? "session/stop" : "session/step", model);
  }

  private RenderedPage render(
      String shareKey, long version, Locale locale, String template, Map<String, Object> extra) {
    Routine routine = load(shareKey);
    return render(routine, GuidedSession.of(routine), version, locale, template, extra);
  }

  private RenderedPage render(
      Routine routine,
      GuidedSession session,
      long version,
      Locale locale,
      String template,
      Map<String, Object> extra) {
    Map<String, Object> model = new HashMap<>(extra);
    model.put("routine", routine);
    model.put("guided", session);
    RenderedPage page = renderer.html(template, model, locale);
    return routine.getVersion() == version ? page : page.notKept();
  }

  /**
   * Every word session.js shows, as the step's data-text-* attributes, in this language: the same
   * on every step, made once per language (hr:attributes inserts them).
   */
  private Map<String, String> scriptTexts(Locale locale) {
    return scriptTexts.computeIfAbsent(
        locale,
        language -> {
          Map<String, String> texts = new LinkedHashMap<>();
          SCRIPT_TEXTS.forEach(
              (attribute, key) -> texts.put(attribute, messages.getMessage(key, null, language)));
          return Collections.unmodifiableMap(texts);
        });
  }

  private Routine load(String shareKey) {
    return snapshots.byShareKey(shareKey).orElseThrow(RoutineNotFoundException::new);
  }

  /** The session's timing for the page's script, from the one place it is defined. */
  public record Timing() {
    public int getReady() {
      return SessionTiming.GET_READY_SECONDS;
    }

    public int switchSides() {
      return SessionTiming.SWITCH_SIDES_SECONDS;
    }

    public int perRepetition() {
      return SessionTiming.SECONDS_PER_REPETITION;
    }

    public int perBreathingRound() {
      return SessionTiming.SECONDS_PER_BREATHING_ROUND;
    }
  }
}
