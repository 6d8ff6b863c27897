package org.hiproutine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * axe-core on every page the app serves, in every state a person meets it in: no WCAG 2.2 A or AA
 * violation anywhere. One test per page, so the report shows what was checked.
 */
class AccessibilityIT extends BrowserTest {

  private static final List<String> WCAG =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  /**
   * axe measures colours as they are drawn, so a colour still fading is measured half-way: the
   * guided session's status fades to the next phase's colours in 0.3 s, and on a fast machine axe
   * measured "Hold" at 1.93:1 in the middle of it. Pages are checked as a person reads them, once
   * their transitions are over.
   */
  private static final String TRANSITIONS_OVER =
      "return document.getAnimations()"
          + ".every(a => !(a instanceof CSSTransition) || a.playState !== 'running')";

  private final AtomicInteger pagesChecked = new AtomicInteger();
  private final AtomicInteger violations = new AtomicInteger();

  /** A phone held upright, and a laptop: pages lay out differently at each. */
  private record Screen(String name, int width, int height, boolean phone) {}

  private static final List<Screen> SCREENS =
      List.of(new Screen("390 px", 390, 844, true), new Screen("1280 px", 1280, 800, false));

  @TestFactory
  Stream<DynamicTest> everyPageHasNoAccessibilityViolations() {
    return SCREENS.stream()
        .flatMap(screen -> Pages.all().stream().map(page -> check(page, screen)));
  }

  private DynamicTest check(Pages.Page page, Screen screen) {
    return DynamicTest.dynamicTest(
        "axe: " + page.name() + " at " + screen.name(),
        () -> {
          browser.useScreen(screen.width(), screen.height(), screen.phone());
          page.visitWith(browser);
          browser.waiting().until(done -> Boolean.TRUE.equals(browser.script(TRANSITIONS_OVER)));
          Results results =
              new AxeBuilder()
                  .setAxeScriptProvider(AccessibilityIT::currentAxe)
                  .withTags(WCAG)
                  .analyze(browser.driver());
          assertThat(results.getTestEngine().getVersion())
              .as("the axe-core release the pom names")
              .isEqualTo(System.getProperty("axe-core.version", "4.14.1"));
          assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
          assertThat(results.getPasses()).as("axe checked something").isNotEmpty();
          pagesChecked.incrementAndGet();
          List<Rule> found = results.getViolations();
          violations.addAndGet(found.size());
          String report = report(page.name() + " at " + screen.name(), results.getUrl(), found);
          System.out.println(report);
          assertThat(found).as(report).isEmpty();
        });
  }

  /** axe-core as the build fetched it from npm (pom.xml: axe-core.version). */
  private static String currentAxe() throws IOException {
    try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe-core/axe.min.js")) {
      if (in == null) {
        throw new IOException("axe-core/axe.min.js is missing: the build fetches it (pom.xml)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  void printSummary() {
    System.out.printf(
        "axe: %d pages checked, %d violations%n", pagesChecked.get(), violations.get());
  }

  private static String report(String page, String url, List<Rule> violations) {
    StringBuilder report =
        new StringBuilder()
            .append("axe: ")
            .append(violations.size())
            .append(" violations on ")
            .append(page)
            .append(" (")
            .append(url)
            .append(")");
    for (Rule rule : violations) {
      report
          .append("\n  ")
          .append(rule.getId())
          .append(" [")
          .append(rule.getImpact())
          .append("] ")
          .append(rule.getHelp())
          .append("\n    ")
          .append(rule.getHelpUrl());
      for (CheckedNode node : rule.getNodes()) {
        report
            .append("\n    element ")
            .append(node.getTarget())
            .append(": ")
            .append(node.getHtml())
            .append("\n       ")
            .append(String.valueOf(node.getFailureSummary()).replace("\n", "\n       "));
      }
    }
    return report.toString();
  }
}
