package org.hiproutine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Building a five-exercise routine on a 390 px phone: the picker and the exercises come before the
 * settings and links, five exercises go in with one press, and leaving with a change not saved asks
 * first.
 */
class BuildOnAPhoneIT extends BrowserTest {

  @AfterEach
  void laptopAgain() {
    browser.useScreen(1280, 800, false);
  }

  @Test
  void buildsFiveExercisesInAFewPressesWithThePickerBeforeTheSettings() {
    browser.useScreen(390, 844, true);
    browser.createAnEmptyRoutine("Phone hips");

    double picker = top("fieldset.picker");
    double settings = top("#name");
    double links = top("details.routine-more");
    assertThat(picker).as("the picker before the settings").isLessThan(settings);
    assertThat(settings).as("the settings before the links").isLessThan(links);
    assertThat(browser.scrollsSideways()).isFalse();

    browser.addExercises(
        "Hip Flexor Stretch", "Glute Bridges", "Clamshells", "Cat-Cow Stretch", "Lunges");

    assertThat(browser.findAll(".item")).hasSize(5);
    assertThat(top(".item")).as("the first new exercise is in view").isLessThan(844);
  }

  @Test
  void asksBeforeLeavingWithAChangeNotSavedAndOnlyThen() {
    browser.copyAReadyMadeRoutine();
    assertThat(leavingIsStopped()).as("nothing typed yet: leaves freely").isFalse();

    browser.find("#items-0-amount").sendKeys("5");

    assertThat(leavingIsStopped()).as("a change not saved: the browser asks first").isTrue();
  }

  /** What the page answers when the browser is about to leave it. */
  private boolean leavingIsStopped() {
    return (Boolean)
        browser.script(
            "var leaving = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(leaving); return leaving.defaultPrevented;");
  }

  @Test
  void leavesWithoutAskingThroughAButtonThatSavesFirst() {
    browser.copyAReadyMadeRoutine();
    browser.type(browser.find("#items-0-amount"), "25");

    browser.click(browser.find("button[value=\"go:sheet\"]"));

    assertThat(browser.path()).endsWith("/sheet");
    assertThat(browser.find(".sheet-dose").getText()).contains("25 s");
  }

  /** The element's top edge, from the top of the page, in CSS pixels. */
  private double top(String selector) {
    return ((Number)
            browser.script(
                "return document.querySelector(arguments[0]).getBoundingClientRect().top"
                    + " + window.scrollY",
                selector))
        .doubleValue();
  }
}
