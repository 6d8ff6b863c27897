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

  private final AtomicInteger pagesChecked = new AtomicInteger();
  private final AtomicInteger violations = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> everyPageHasNoAccessibilityViolations() {
    return Pages.all().stream()
        .map(
            page ->
                DynamicTest.dynamicTest(
                    "axe: " + page.name(),
                    () -> {
                      page.visitWith(browser);
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
                      String report = report(page.name(), results.getUrl(), found);
                      System.out.println(report);
                      assertThat(found).as(report).isEmpty();
                    }));
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
