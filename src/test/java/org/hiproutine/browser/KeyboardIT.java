package org.hiproutine.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Building a routine with the keyboard only: Tab, Shift+Tab, Enter, Space and typing, never a
 * click. Every control on the way is reachable, a mistake is found and fixed from the error
 * summary, and wherever the focus lands it can be seen.
 */
class KeyboardIT extends BrowserTest {

  /** More Tab presses than any page of ours needs to reach any of its controls. */
  private static final int MOST_PRESSES = 80;

  private int focusStepsChecked;

  @Test
  void buildsARoutineWithTheKeyboardOnly() {
    browser.open("/");

    browser.press(Keys.TAB);
    assertFocusIsVisible(browser.focused());
    assertThat(name(browser.focused())).isEqualTo(text("layout.skipLink"));
    browser.press(Keys.ENTER);
    assertThat(browser.focused().getDomAttribute("id"))
        .as("skipped to the content")
        .isEqualTo("main");

    tabTo(link(text("home.build")));
    browser.loadsAPage(() -> browser.press(Keys.ENTER));
    assertThat(browser.path()).isEqualTo("/routines/new");

    tabTo(field("name"));
    browser.press("Keyboard hips");
    tabTo(field("timesPerDay"));
    browser.typeOver("2");
    tabTo(button(text("routine.new.create")));
    browser.loadsAPage(() -> browser.press(Keys.ENTER));
    assertThat(browser.heading()).isEqualTo("Keyboard hips");

    tabTo(field("pick-glute-bridges"));
    browser.press(Keys.SPACE);
    tabTo(field("pick-cat-cow"));
    browser.press(Keys.SPACE);
    tabTo(field("pick-lunges"));
    browser.press(Keys.SPACE);
    tabTo(button(text("routine.picker.add")));
    browser.loadsAPage(() -> browser.press(Keys.ENTER));
    assertThat(browser.texts(".item h3"))
        .containsExactly("Glute Bridges", "Cat-Cow Stretch", "Lunges");

    tabTo(field("items-2-amount"));
    browser.typeOver("200");
    tabTo(button(text("routine.item.moveUp") + text("routine.item.which", "Lunges")));
    browser.loadsAPage(() -> browser.press(Keys.ENTER));
    String tooMany =
        text("form.summaryLine", "Lunges", text("dose.repetitions.outOfLimits", 1, 50));
    assertThat(browser.texts(".error-summary li")).containsExactly(tooMany);

    tabTo(link(tooMany));
    browser.press(Keys.ENTER);
    assertThat(browser.focused().getDomAttribute("id"))
        .as("the error summary leads to the field")
        .isEqualTo("items-2-amount");
    browser.typeOver("14");
    tabTo(button(text("routine.item.moveUp") + text("routine.item.which", "Lunges")));
    browser.loadsAPage(() -> browser.press(Keys.ENTER));
    assertThat(browser.find(".notice").getText()).isEqualTo(text("notice.movedUp", "Lunges"));
    assertThat(browser.texts(".item h3"))
        .containsExactly("Glute Bridges", "Lunges", "Cat-Cow Stretch");

    shiftTabTo(field("items-0-note")); // the page opened at Lunges, now second: go back up
    browser.press("Near a wall");
    shiftTabTo(button(text("routine.save")));
    browser.loadsAPage(() -> browser.press(Keys.ENTER));

    assertThat(browser.find(".notice").getText()).isEqualTo(text("notice.saved"));
    assertThat(browser.texts(".item h3"))
        .containsExactly("Glute Bridges", "Lunges", "Cat-Cow Stretch");
    assertThat(browser.find("#items-1-amount").getDomProperty("value")).isEqualTo("14");
    assertThat(browser.find("#items-0-note").getDomProperty("value")).isEqualTo("Near a wall");
    assertThat(browser.find("#timesPerDay").getDomProperty("value")).isEqualTo("2");
    assertThat(focusStepsChecked).as("focus checked at every step").isGreaterThan(30);
    System.out.printf("keyboard: %d focus stops, each visibly focused%n", focusStepsChecked);
  }

  private void tabTo(Target target) {
    moveFocusTo(target, false);
  }

  private void shiftTabTo(Target target) {
    moveFocusTo(target, true);
  }

  private void moveFocusTo(Target target, boolean backwards) {
    for (int press = 0; press < MOST_PRESSES; press++) {
      if (backwards) {
        browser.pressShiftTab();
      } else {
        browser.press(Keys.TAB);
      }
      WebElement focused = browser.focused();
      assertFocusIsVisible(focused);
      if (target.matches().test(focused)) {
        return;
      }
    }
    fail(
        "%s not reached with %d presses of %s on %s",
        target.description(), MOST_PRESSES, backwards ? "Shift+Tab" : "Tab", browser.path());
  }

  /** A focus indicator: an outline or a box shadow, on an element that is shown. */
  private void assertFocusIsVisible(WebElement focused) {
    focusStepsChecked++;
    String outlineStyle = focused.getCssValue("outline-style");
    String outlineWidth = focused.getCssValue("outline-width");
    String boxShadow = focused.getCssValue("box-shadow");
    boolean outline = !"none".equals(outlineStyle) && !outlineWidth.matches("0(\\.0+)?px");
    boolean shadow = !"none".equals(boxShadow);
    assertThat(outline || shadow)
        .as(
            "focus indicator on %s (outline %s %s, box-shadow %s) on %s",
            describe(focused), outlineStyle, outlineWidth, boxShadow, browser.path())
        .isTrue();
    assertThat(focused.isDisplayed()).as("%s is shown", describe(focused)).isTrue();
  }

  private record Target(String description, Predicate<WebElement> matches) {}

  private static Target field(String id) {
    return new Target("field #" + id, element -> id.equals(element.getDomAttribute("id")));
  }

  private static Target button(String name) {
    return new Target(
        "button \"" + name + "\"",
        element -> element.getTagName().equals("button") && name.equals(name(element)));
  }

  private static Target link(String name) {
    return new Target(
        "link \"" + name + "\"",
        element -> element.getTagName().equals("a") && name.equals(name(element)));
  }

  /** The element's words, hidden ones included, as a screen reader reads them. */
  private static String name(WebElement element) {
    return String.valueOf(element.getDomProperty("textContent")).replaceAll("\\s+", " ").strip();
  }

  private static String describe(WebElement element) {
    String id = element.getDomAttribute("id");
    return "<"
        + element.getTagName()
        + (id == null ? "" : " id=" + id)
        + "> \""
        + name(element)
        + "\"";
  }
}
