package org.hiproutine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The practice diary in Chromium on a phone: a person builds a routine, follows a guided session to
 * its end, logs it there with taps only and reads the advice, the charts and their tables; a
 * red-flag tick puts the urgent-help panel first. axe-core checks the diary's pages through {@link
 * Pages} (AccessibilityIT).
 */
class DiaryIT extends BrowserTest {

  /** The goal for a person on a phone: today's session ticked off in under 10 seconds. */
  private static final long TEN_SECONDS = 10_000;

  @BeforeEach
  void onAPhone() {
    browser.useScreen(390, 844, true);
  }

  @AfterEach
  void scriptsBackOn() {
    browser
        .driver()
        .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
  }

  @Test
  void logsASessionFromTheEndOfAGuidedSessionWithTapsOnlyAndShowsTheAmberAdvice() {
    String editKey = Diaries.buildARoutine(browser, "Morning hips");
    String shareLink = Diaries.shareLink(browser);
    followTheWholeSessionWithJavaScriptOff(shareLink);
    assertThat(browser.heading()).isEqualTo(text("session.end.title"));
    browser
        .driver()
        .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));

    long started = System.nanoTime();
    browser.click(browser.link(text("diary.fromShareLink.log")));
    String form = browser.path();
    String day = browser.find("#day").getDomProperty("value");
    List<String> ticked = tickedExercises();
    long saveAt =
        ((Number)
                browser.script(
                    "return arguments[0].getBoundingClientRect().bottom + scrollY",
                    browser.button(text("diary.save"))))
            .longValue();
    Diaries.tapScore(browser, "painBefore", 2);
    Diaries.tapScore(browser, "painAfter", 5);
    browser.click(browser.button(text("diary.save")));
    long took = (System.nanoTime() - started) / 1_000_000;
    keepTheFirstScreen("diary-after-logging-phone");
    System.out.printf(
        "diary: from the session's end to the saved diary in %d ms, 4 taps, no typing;"
            + " the Save button ends %d px down the form, %.1f phone screens%n",
        took, saveAt, saveAt / 844.0);

    assertThat(form).isEqualTo("/routines/" + editKey + "/diary/new");
    assertThat(day).as("today, as the browser has it").isEqualTo(LocalDate.now().toString());
    assertThat(ticked).as("every exercise ticked").containsExactlyElementsOf(Diaries.EXERCISES);
    assertThat(took).as("logging from the end page, in ms").isLessThan(TEN_SECONDS);
    assertThat(browser.path()).isEqualTo("/routines/" + editKey + "/diary");
    assertThat(spoken(browser.find("h1"))).isEqualTo(text("diary.heading") + ": Morning hips");
    assertThat(browser.find(".notice").getText())
        .contains(text("diary.notice.logged", longDay(LocalDate.now())))
        .contains(text("diary.notice.adviceTitle"));
    assertThat(browser.find(".notice .advice").getText())
        .isEqualTo(text("diary.advice.amber.label") + " " + text("diary.advice.amber"));
    assertThat(onTheFirstScreen(text("diary.advice.amber")))
        .as("the advice is on the first screen the diary shows")
        .isTrue();
  }

  @Test
  void drawsTheCalendarAndThePainLineWithATableAndASummaryAScreenReaderReads() {
    String editKey = Diaries.buildARoutine(browser, "Charted hips");
    Diaries.logTheDaysBefore(browser, editKey, 3);
    Diaries.tapScore(browser, "painBefore", 2);
    Diaries.tapScore(browser, "painAfter", 5);
    browser.click(browser.button(text("diary.save")));

    assertChart("svg.diary-calendar", "diary.calendar.title", "diary.calendar.description");
    assertChart("svg.diary-pain", "diary.pain.title", "diary.pain.description");

    List<List<String>> weeks = table(text("diary.calendar.table"));
    assertThat(weeks).hasSize(13); // the header and twelve weeks
    assertThat(weeks.get(0))
        .containsExactly(
            text("diary.calendar.table.week"),
            text("diary.calendar.table.done"),
            text("diary.calendar.table.planned"));
    LocalDate today = LocalDate.now();
    int daysDone = weeks.stream().skip(1).mapToInt(row -> Integer.parseInt(row.get(1))).sum();
    assertThat(daysDone).as("four days logged, one a day").isEqualTo(4);
    assertThat(weeks.get(12).get(0))
        .as("this week, last")
        .isEqualTo(shortDay(today.with(DayOfWeek.MONDAY)));

    List<String> painInWords =
        browser.findAll(".chart-summary li").stream().map(WebElement::getText).toList();
    assertThat(painInWords)
        .as("the pain line in words, for screen readers")
        .containsExactly(
            text("diary.pain.summary.latest", shortDay(today), "2", "5"),
            text(
                "diary.pain.summary.range",
                4,
                1,
                shortDay(today.minusDays(1)),
                5,
                shortDay(today)));
  }

  @Test
  void aRedFlagTickPutsTheUrgentHelpPanelAboveEverythingOnTheFirstScreen() {
    String editKey = Diaries.buildARoutine(browser, "Flagged hips");
    browser.open("/routines/" + editKey + "/diary/new");
    Diaries.tapScore(browser, "painBefore", 3);
    Diaries.tapScore(browser, "painAfter", 3);
    browser.click(browser.button(text("diary.save")));
    assertThat(browser.findAll(".urgent-help")).as("no panel without a red flag").isEmpty();

    browser.click(browser.link(text("diary.log.another")));
    Diaries.tapScore(browser, "painBefore", 3);
    browser.find("label[for=flag-WEAKNESS_IN_BOTH_LEGS]").click();
    browser.click(browser.button(text("diary.save")));
    keepTheFirstScreen("diary-after-red-flag-phone");

    WebElement panel = browser.find(".urgent-help");
    assertThat(panel.getText())
        .contains(text("safety.redFlags.title"), text("diary.urgent.intro"))
        .contains(text("safety.redFlags.urgent.title"), text("safety.redFlags.urgent.1"));
    assertThat(panel.getDomAttribute("role")).isEqualTo("alert");
    assertThat(
            browser.script(
                "return document.querySelector('main').firstElementChild === arguments[0]", panel))
        .as("the panel is the first thing in the page's main content")
        .isEqualTo(true);
    assertThat(comesBefore(panel, browser.find("h1"))).as("above the h1").isTrue();
    assertThat(comesBefore(panel, browser.find(".notice"))).as("above the notice").isTrue();
    assertThat(comesBefore(panel, browser.find(".diary-charts"))).as("above the charts").isTrue();
    Map<?, ?> onScreen =
        (Map<?, ?>)
            browser.script(
                "var box = arguments[0].getBoundingClientRect();"
                    + " return {top: box.top, height: innerHeight};",
                panel);
    double top = ((Number) onScreen.get("top")).doubleValue();
    assertThat(top)
        .as("the panel's top on the first screen the page shows, not scrolled away")
        .isBetween(0.0, ((Number) onScreen.get("height")).doubleValue() / 2);
  }

  @Test
  void refusesADayInTheFutureAndKeepsWhatWasTapped() {
    String editKey = Diaries.buildARoutine(browser, "Future hips");
    browser.open("/routines/" + editKey + "/diary/new");
    String nextWeek = LocalDate.now().plusDays(7).toString();
    browser.script("arguments[0].value = arguments[1]", browser.find("#day"), nextWeek);
    Diaries.tapScore(browser, "painAfter", 4);
    browser.click(browser.button(text("diary.save")));

    assertThat(browser.path()).isEqualTo("/routines/" + editKey + "/diary");
    assertThat(browser.find(".error-summary").getText())
        .contains(text("diary.problem.day_in_the_future"));
    assertThat(browser.find("#day-error").getText())
        .contains(text("diary.problem.day_in_the_future"));
    assertThat(browser.find("#day").getDomProperty("value")).isEqualTo(nextWeek);
    assertThat(browser.find("#painAfter-4").isSelected()).as("the score tapped is kept").isTrue();
  }

  @Test
  void givesEveryPainScoreATapTargetOfAtLeastTwentyFourPixelsOnAPhone() {
    String editKey = Diaries.buildARoutine(browser, "Tapped hips");
    browser.open("/routines/" + editKey + "/diary/new");

    @SuppressWarnings("unchecked")
    List<Map<String, Number>> targets =
        (List<Map<String, Number>>)
            browser.script(
                "return Array.from(document.querySelectorAll('.scale-point')).map(function (l) {"
                    + " var b = l.getBoundingClientRect();"
                    + " return {width: b.width, height: b.height}; })");
    System.out.println("diary: pain scale tap targets at 390 px " + targets.get(0));

    assertThat(targets).hasSize(22);
    assertThat(targets)
        .allSatisfy(
            box -> {
              assertThat(box.get("width").doubleValue()).isGreaterThanOrEqualTo(24);
              assertThat(box.get("height").doubleValue()).isGreaterThanOrEqualTo(24);
            });
    assertThat(browser.scrollsSideways()).isFalse();
  }

  /** The session from its start page to its end, page by page, as GuidedSessionIT follows it. */
  private void followTheWholeSessionWithJavaScriptOff(String shareLink) {
    browser
        .driver()
        .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    browser.open(shareLink);
    browser.click(browser.link(text("session.start.button")));
    browser.click(browser.link(text("session.start.go")));
    List<String> steps = new ArrayList<>();
    while (browser.findAll("#session-step").size() == 1 && steps.size() < 10) {
      steps.add(browser.heading());
      browser.click(browser.find("a[rel=next]"));
    }
    assertThat(steps).as("a step for each exercise").containsAll(Diaries.EXERCISES);
  }

  private List<String> tickedExercises() {
    List<String> ticked = new ArrayList<>();
    for (WebElement box : browser.findAll("input[name=exercises]")) {
      if (box.isSelected()) {
        ticked.add(browser.find("label[for=" + box.getDomAttribute("id") + "]").getText());
      }
    }
    return ticked;
  }

  private void assertChart(String selector, String titleKey, String descriptionKey) {
    WebElement chart = browser.find(selector);
    assertThat(chart.getDomAttribute("role")).isEqualTo("img");
    assertThat(chart.isDisplayed()).isTrue();
    assertThat(chart.getAccessibleName()).isEqualTo(text(titleKey) + " " + text(descriptionKey));
    assertThat(browser.script("return arguments[0].querySelector('title').textContent", chart))
        .isEqualTo(text(titleKey));
    assertThat(browser.script("return arguments[0].querySelector('desc').textContent", chart))
        .isEqualTo(text(descriptionKey));
  }

  /** Opens the details with this summary and reads its table, row by row, header row first. */
  private List<List<String>> table(String summary) {
    WebElement opener =
        browser.findAll("details.chart-table summary").stream()
            .filter(s -> s.getText().equals(summary))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no table behind " + summary));
    browser.script("arguments[0].scrollIntoView({block: 'center'})", opener);
    opener.click();
    WebElement details = (WebElement) browser.script("return arguments[0].parentElement", opener);
    assertThat(details.getDomProperty("open")).isEqualTo("true");
    List<List<String>> rows = new ArrayList<>();
    for (WebElement row : details.findElements(By.cssSelector("tr"))) {
      rows.add(
          row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList());
    }
    return rows;
  }

  /** The screen as the person sees it now, kept in target/screenshots/ to look at. */
  private void keepTheFirstScreen(String name) {
    try {
      Files.createDirectories(ScreenshotIT.SCREENSHOTS);
      Files.write(
          ScreenshotIT.SCREENSHOTS.resolve(name + ".png"),
          browser.driver().getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An element's text as a screen reader reads it: hidden words in, spaces collapsed. */
  private String spoken(WebElement element) {
    return ((String) browser.script("return arguments[0].textContent", element))
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** Whether some element showing exactly this text lies within the screen as the page opens. */
  private boolean onTheFirstScreen(String words) {
    return (Boolean)
        browser.script(
            "var words = arguments[0];"
                + " return Array.from(document.querySelectorAll('main *')).some(function (e) {"
                + " if (e.textContent.trim() !== words) { return false; }"
                + " var box = e.getBoundingClientRect();"
                + " return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight; })",
            words);
  }

  private boolean comesBefore(WebElement first, WebElement second) {
    return (Boolean)
        browser.script(
            "return (arguments[0].compareDocumentPosition(arguments[1])"
                + " & Node.DOCUMENT_POSITION_FOLLOWING) !== 0",
            first,
            second);
  }

  private String longDay(LocalDate day) {
    return DateTimeFormatter.ofPattern(text("diary.dayFormat"), Locale.UK).format(day);
  }

  private String shortDay(LocalDate day) {
    return DateTimeFormatter.ofPattern(text("diary.shortDayFormat"), Locale.UK).format(day);
  }
}
