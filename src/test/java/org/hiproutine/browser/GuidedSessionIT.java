package org.hiproutine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineEditor;
import org.hiproutine.routine.RoutineRepository;
import org.hiproutine.routine.TestRoutines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A guided session in Chromium: followed page by page with JavaScript off, and timed in real time
 * with it on — the get-ready count, the hold, the switch-sides cue, the other side, the end —
 * holding the screen awake while the timer runs.
 */
class GuidedSessionIT extends BrowserTest {

  /** Records the page's wake lock requests, as a phone's browser would grant them. */
  private static final String RECORD_WAKE_LOCK =
      "window.wakeLockCalls = [];"
          + "Object.defineProperty(navigator, 'wakeLock', {configurable: true, value: {"
          + "  request: function (type) {"
          + "    window.wakeLockCalls.push(type);"
          + "    var lock = {released: false, addEventListener: function () {},"
          + "      release: function () { lock.released = true;"
          + "        window.wakeLockCalls.push('release'); return Promise.resolve(); }};"
          + "    return Promise.resolve(lock);"
          + "  }}});";

  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;

  @AfterEach
  void scriptsBackOn() {
    browser
        .driver()
        .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
  }

  @Test
  void aWholeSessionCanBeFollowedWithJavaScriptOff() {
    Routine routine =
        TestRoutines.saved(editor, routines, "No script", List.of("lunges", "cat-cow"));
    browser
        .driver()
        .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));

    browser.open("/s/" + routine.getShareKey());
    browser.click(browser.link(text("session.start.button")));
    browser.click(browser.link(text("session.start.go")));
    List<String> steps = new ArrayList<>();
    while (browser.findAll("#session-step").size() == 1) {
      assertThat(browser.find(".session-nojs").isDisplayed()).isTrue();
      assertThat(browser.find(".session-controls").isDisplayed()).isFalse();
      steps.add(browser.find(".session-progress").getText() + " " + browser.heading());
      browser.click(browser.find("a[rel=next]"));
    }

    assertThat(steps)
        .containsExactly("Step 1 of 3 Lunges", "Step 2 of 3 Lunges", "Step 3 of 3 Cat-Cow Stretch");
    assertThat(browser.heading()).isEqualTo(text("session.end.title"));
  }

  @Test
  void timesBothSidesOfAHoldInRealTimeAndKeepsTheScreenAwake() {
    Routine routine =
        TestRoutines.saved(editor, routines, "Timed", List.of("hip-flexor-stretch", "cat-cow"));
    TestRoutines.withAmounts(editor, routines, routine.getEditKey(), 5, 10);
    browser
        .driver()
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_WAKE_LOCK));

    browser.open("/s/" + routine.getShareKey() + "/session/1");
    assertThat(phase()).isEqualTo("idle");
    assertThat(browser.find(".session-nojs").isDisplayed()).isFalse();
    long started = System.nanoTime();
    browser.find(".session-primary").click();

    List<String> phases = new ArrayList<>();
    List<Long> at = new ArrayList<>();
    for (String now = phase(); !"done".equals(now) && elapsed(started) < 40_000; now = phase()) {
      if (phases.isEmpty() || !phases.get(phases.size() - 1).equals(now)) {
        phases.add(now);
        at.add(elapsed(started));
      }
      sleep(100);
    }
    long total = elapsed(started);
    System.out.println("session phases " + phases + " at ms " + at + ", done after " + total);

    assertThat(phases).containsExactly("get-ready", "hold", "switch", "hold");
    assertThat(at.get(1))
        .as("the hold starts after the 5 s get-ready count")
        .isBetween(4500L, 6500L);
    assertThat(at.get(2)).as("switch sides after the first 5 s hold").isBetween(9500L, 11500L);
    assertThat(at.get(3)).as("the other side after the 5 s switch").isBetween(14500L, 16500L);
    assertThat(total).as("done after the second hold").isBetween(19500L, 25000L);
    assertThat(browser.find(".session-set").getText()).isEqualTo(text("session.side.right"));
    assertThat(browser.find(".session-progress").getText()).isEqualTo("Step 2 of 3");
    assertThat(browser.find("a[rel=next]").getDomProperty("href")).endsWith("/session/3");
    assertThat(browser.focused().getDomProperty("href")).endsWith("/session/3");
    @SuppressWarnings("unchecked")
    List<String> wakeLock = (List<String>) browser.script("return window.wakeLockCalls");
    assertThat(wakeLock)
        .as("wake lock while the timer ran")
        .startsWith("screen")
        .contains("release");
  }

  @Test
  void pauseStopsTheCountdownAndResumeGoesOn() {
    Routine routine =
        TestRoutines.saved(editor, routines, "Pause", List.of("standing-forward-bend"));
    browser.open("/s/" + routine.getShareKey() + "/session/1");
    browser.find(".session-primary").click();
    browser.waiting().withTimeout(Duration.ofSeconds(10)).until(page -> "hold".equals(phase()));

    browser.find(".session-primary").click();
    long paused = remaining();
    sleep(1500);
    assertThat(remaining()).as("no time passes while paused").isEqualTo(paused);
    assertThat(state().get("paused")).isEqualTo(true);

    browser.find(".session-primary").click();
    sleep(1500);
    assertThat(remaining()).as("the countdown goes on after Resume").isLessThan(paused);
  }

  @Test
  void itHurtsStopPausesTheTimerAndShowsWhatToDo() {
    Routine routine =
        TestRoutines.saved(editor, routines, "Stop", List.of("standing-forward-bend"));
    browser.open("/s/" + routine.getShareKey() + "/session/1");
    browser.find(".session-primary").click();
    browser.waiting().withTimeout(Duration.ofSeconds(10)).until(page -> "hold".equals(phase()));

    browser.find(".session-stop-link").click();

    assertThat(state().get("paused")).isEqualTo(true);
    assertThat(browser.find("#session-stop-panel").isDisplayed()).isTrue();
    assertThat(browser.find("#session-stop-panel").getText())
        .contains(text("safety.while.2"), text("safety.redFlags.urgent.title"))
        .contains(text("session.stop.skip"), text("session.stop.end"));
    assertThat(browser.path()).endsWith("/session/1");
  }

  private String phase() {
    return (String) state().get("phase");
  }

  private long remaining() {
    return ((Number) state().get("remainingMs")).longValue();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> state() {
    return (Map<String, Object>) browser.script("return window.hipSession.state()");
  }

  private static long elapsed(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
