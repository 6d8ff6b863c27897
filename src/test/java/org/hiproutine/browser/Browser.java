package org.hiproutine.browser;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The app in a real browser, with what a person does there: open an address, follow a link, press a
 * button, type. Every step that loads a page waits for the new page, never for a fixed time.
 */
final class Browser {

  private static final Duration PATIENCE = Duration.ofSeconds(15);

  private final ChromeDriver driver;
  private final String origin;

  Browser(ChromeDriver driver, int port) {
    this.driver = driver;
    this.origin = "http://localhost:" + port;
  }

  ChromeDriver driver() {
    return driver;
  }

  String url(String path) {
    return origin + path;
  }

  /** A visitor this browser has never seen: no remembered routines, no CSRF cookie. */
  void forgetEverything() {
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
  }

  void open(String path) {
    driver.get(path.startsWith("http") ? path : url(path));
    waitUntilLoaded();
  }

  /** The path and query of the page shown, as the address bar would show them after the host. */
  String path() {
    URI uri = URI.create(driver.getCurrentUrl());
    return uri.getRawQuery() == null
        ? uri.getRawPath()
        : uri.getRawPath() + "?" + uri.getRawQuery();
  }

  String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  WebElement find(String cssSelector) {
    return driver.findElement(By.cssSelector(cssSelector));
  }

  List<WebElement> findAll(String cssSelector) {
    return driver.findElements(By.cssSelector(cssSelector));
  }

  List<String> texts(String cssSelector) {
    return findAll(cssSelector).stream().map(WebElement::getText).toList();
  }

  /** A button by the name a screen reader announces: its text, hidden words included. */
  WebElement button(String name) {
    return driver.findElement(By.xpath("//button[normalize-space(.)=" + xpathLiteral(name) + "]"));
  }

  WebElement link(String text) {
    return driver.findElement(By.xpath("//a[normalize-space(.)=" + xpathLiteral(text) + "]"));
  }

  /**
   * Clicks a link or a submit button and waits for the page it leads to. It is scrolled to the
   * middle of the screen first, as a person would, clear of anything pinned to the screen's edges.
   */
  void click(WebElement linkOrButton) {
    script("arguments[0].scrollIntoView({block: 'center'})", linkOrButton);
    loadsAPage(linkOrButton::click);
  }

  void type(WebElement field, String text) {
    field.clear();
    field.sendKeys(text);
  }

  /** The element that has the keyboard focus. */
  WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /** Presses keys on the keyboard, into whatever has the focus. */
  void press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  void pressShiftTab() {
    new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
  }

  /** Selects all of the focused field's text and types over it. */
  void typeOver(String text) {
    new Actions(driver)
        .keyDown(Keys.CONTROL)
        .sendKeys("a")
        .keyUp(Keys.CONTROL)
        .sendKeys(text)
        .perform();
  }

  /** Does something that leaves this page, and waits until the next one has loaded. */
  void loadsAPage(Runnable action) {
    script("window.hipRoutineLeftThisPage = true");
    action.run();
    // A new page has a new window object, without the mark. While it loads, Chromium may answer
    // that the old page's nodes and scripts are gone: the wait asks again.
    waiting()
        .ignoring(WebDriverException.class)
        .until(
            page ->
                (Boolean)
                    script(
                        "return window.hipRoutineLeftThisPage === undefined"
                            + " && document.readyState === 'complete'"));
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, PATIENCE);
  }

  Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  /** Lays pages out as on a screen of this size; a phone also applies the viewport meta tag. */
  void useScreen(int width, int height, boolean phone) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", true));
  }

  /** Whether the page is wider than the screen, so a person has to scroll sideways to read it. */
  boolean scrollsSideways() {
    return (Boolean)
        script(
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
  }

  /** The whole page as a PNG, below the fold included, one pixel per CSS pixel. */
  byte[] screenshotOfTheWholePage() {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
    Map<String, Object> screenshot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of(
                    "x", 0,
                    "y", 0,
                    "width", content.get("width"),
                    "height", content.get("height"),
                    "scale", 1)));
    return Base64.getDecoder().decode((String) screenshot.get("data"));
  }

  /**
   * Copies the first ready-made routine ("Use this routine"): a routine with three exercises,
   * remembered by this browser. Ends on its builder; answers the builder's path.
   */
  String copyAReadyMadeRoutine() {
    return copyReadyRoutine(1);
  }

  /** Copies the ready routine in this place on the list (from 1); ends on its builder. */
  String copyReadyRoutine(int place) {
    open("/routines/new");
    click(findAll("form[action^='/routines/templates/'] button").get(place - 1));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("share-link")));
    return path();
  }

  /** Ticks these exercises in the builder's picker and adds them with its one button. */
  void addExercises(String... names) {
    for (String name : names) {
      WebElement box =
          driver.findElement(
              By.xpath(
                  "//ul[@id='exercises']//label[.//span[normalize-space(.)="
                      + xpathLiteral(name)
                      + "]]/preceding-sibling::input"));
      script("arguments[0].scrollIntoView({block: 'center'})", box);
      if (!box.isSelected()) {
        box.click();
      }
    }
    click(find("button[name=action][value=add]"));
  }

  /** Creates a routine with no exercises yet. Ends on its builder; answers the builder's path. */
  String createAnEmptyRoutine(String name) {
    open("/routines/new");
    type(driver.findElement(By.id("name")), name);
    click(find("form[action='/routines'] button[type=submit]"));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("share-link")));
    return path();
  }

  /** Waits until the page's web fonts have loaded, as a person's print would. */
  void waitForFonts() {
    waiting()
        .until(
            page ->
                (Boolean)
                    script(
                        "return document.fonts.status === 'loaded'"
                            + " && document.fonts.check('12pt \"Liberation Sans\"')"));
  }

  private void waitUntilLoaded() {
    waiting().until(page -> "complete".equals(script("return document.readyState")));
  }

  private static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
