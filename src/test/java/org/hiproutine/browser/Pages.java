package org.hiproutine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hiproutine.SeedCatalog;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Every page the app serves, each in the states a person meets it in, and how a new visitor gets
 * there. The accessibility check and the screenshots both walk this list.
 */
final class Pages {

  static final List<String> EXERCISES = SeedCatalog.SLUGS;

  /** A page to visit: its file-name-like name and the steps that lead a new visitor to it. */
  record Page(String name, Consumer<Browser> visit) {

    void visitWith(Browser browser) {
      browser.forgetEverything();
      visit.accept(browser);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private Pages() {}

  static List<Page> all() {
    List<Page> pages = new ArrayList<>();
    pages.add(new Page("home", browser -> browser.open("/")));
    pages.add(
        new Page(
            "home-with-your-routines",
            browser -> {
              browser.copyAReadyMadeRoutine();
              browser.open("/");
              assertThat(browser.findAll(".routine-row")).hasSize(1);
            }));
    pages.add(new Page("catalog", browser -> browser.open("/exercises")));
    pages.add(
        new Page(
            "catalog-no-result",
            browser -> {
              browser.open("/exercises");
              new Select(browser.find("#kind")).selectByValue("MOBILITY");
              new Select(browser.find("#position")).selectByValue("STANDING");
              browser.click(browser.find("form.filter button[type=submit]"));
              assertThat(browser.findAll(".cards")).isEmpty();
            }));
    for (String slug : EXERCISES) {
      pages.add(new Page("exercise-" + slug, browser -> browser.open("/exercises/" + slug)));
    }
    pages.add(
        new Page(
            "add-to-routine",
            browser -> {
              browser.copyAReadyMadeRoutine();
              browser.open("/exercises/pigeon-pose/add-to-routine");
            }));
    pages.add(new Page("new-routine", browser -> browser.open("/routines/new")));
    pages.add(
        new Page(
            "new-routine-with-error",
            browser -> {
              browser.open("/routines/new");
              browser.type(browser.find("#daysPerWeek"), "8");
              browser.click(browser.find("form[action='/routines'] button[type=submit]"));
              assertThat(browser.findAll(".error-summary")).hasSize(1);
            }));
    pages.add(new Page("builder-empty", browser -> browser.createAnEmptyRoutine("Evening hips")));
    pages.add(new Page("builder", Browser::copyAReadyMadeRoutine));
    pages.add(
        new Page(
            "builder-with-error",
            browser -> {
              browser.copyAReadyMadeRoutine();
              browser.type(browser.find("#items-0-amount"), "abc");
              browser.click(browser.find("button[name=action][value=save]"));
              assertThat(browser.findAll(".error-summary")).hasSize(1);
            }));
    pages.add(
        new Page(
            "delete-routine",
            browser -> {
              browser.copyAReadyMadeRoutine();
              browser.click(browser.find(".danger-zone a"));
              browser
                  .waiting()
                  .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".danger")));
            }));
    pages.add(
        new Page(
            "shared-routine",
            browser -> {
              browser.copyAReadyMadeRoutine();
              browser.open(browser.find("#share-link").getDomProperty("value"));
              assertThat(browser.findAll(".item")).hasSize(3);
            }));
    pages.add(
        new Page(
            "sheet",
            browser -> {
              browser.copyAReadyMadeRoutine();
              browser.open(browser.find("#share-link").getDomProperty("value") + "/sheet");
              assertThat(browser.findAll(".sheet-item")).hasSize(3);
            }));
    pages.add(
        new Page(
            "session-start",
            browser -> {
              browser.copyAReadyMadeRoutine();
              browser.open(browser.find("#share-link").getDomProperty("value") + "/session");
            }));
    pages.add(
        new Page(
            "session-step",
            browser -> {
              browser.copyAReadyMadeRoutine();
              browser.open(browser.find("#share-link").getDomProperty("value") + "/session/2");
              browser.waiting().until(page -> browser.find(".session-primary").isDisplayed());
            }));
    pages.add(
        new Page(
            "session-step-holding",
            browser -> {
              browser.copyAReadyMadeRoutine();
              browser.open(browser.find("#share-link").getDomProperty("value") + "/session/2");
              browser.find(".session-primary").click();
              browser
                  .waiting()
                  .until(
                      page ->
                          "hold".equals(browser.script("return window.hipSession.state().phase")));
            }));
    pages.add(
        new Page(
            "session-step-repetitions",
            browser -> {
              browser.copyReadyRoutine(2); // strengthening: lunges first
              browser.open(browser.find("#share-link").getDomProperty("value") + "/session/1");
              browser.waiting().until(page -> browser.find(".session-add").isDisplayed());
            }));
    pages.add(
        new Page(
            "session-stop",
            browser -> {
              browser.copyAReadyMadeRoutine();
              browser.open(browser.find("#share-link").getDomProperty("value") + "/session/1/stop");
            }));
    pages.add(
        new Page(
            "session-end",
            browser -> {
              browser.copyAReadyMadeRoutine();
              browser.open(browser.find("#share-link").getDomProperty("value") + "/session/end");
            }));
    pages.add(new Page("reminders", Pages::remindMe));
    pages.add(
        new Page(
            "reminders-with-error",
            browser -> {
              remindMe(browser);
              browser.findAll("input[name=days]").stream()
                  .filter(WebElement::isSelected)
                  .forEach(WebElement::click);
              browser.click(browser.find(".reminder-form button[type=submit]"));
              assertThat(browser.findAll(".error-summary")).hasSize(1);
            }));
    pages.add(
        new Page(
            "reminders-saved",
            browser -> {
              remindMe(browser);
              browser.click(browser.find(".reminder-form button[type=submit]"));
              assertThat(browser.findAll("#calendar")).hasSize(1);
            }));
    pages.add(
        new Page(
            "diary-empty",
            browser -> {
              browser.copyAReadyMadeRoutine();
              browser.click(browser.find("button[name=action][value=\"go:diary\"]"));
              assertThat(browser.findAll(".diary-actions")).hasSize(1);
            }));
    pages.add(new Page("diary-log", Pages::logASession));
    pages.add(
        new Page(
            "diary-log-with-error",
            browser -> {
              logASession(browser);
              browser.script(
                  "arguments[0].value = arguments[1]",
                  browser.find("#day"),
                  LocalDate.now().plusDays(7).toString());
              browser.find("label[for=painAfter-4]").click();
              browser.click(browser.find(".diary-form button[type=submit]"));
              assertThat(browser.findAll(".error-summary")).hasSize(1);
            }));
    pages.add(
        new Page(
            "diary",
            browser -> {
              String editKey = Diaries.editKey(browser.copyAReadyMadeRoutine());
              Diaries.logTheDaysBefore(browser, editKey, 20);
              Diaries.tapScore(browser, "painBefore", 2);
              Diaries.tapScore(browser, "painAfter", 5);
              browser.click(browser.find(".diary-form button[type=submit]"));
              assertThat(browser.findAll(".diary-entry")).hasSize(21);
            }));
    pages.add(
        new Page(
            "diary-urgent",
            browser -> {
              logASession(browser);
              browser.find("label[for=flag-CHEST_PAIN]").click();
              browser.click(browser.find(".diary-form button[type=submit]"));
              assertThat(browser.findAll(".urgent-help")).hasSize(1);
            }));
    pages.add(
        new Page(
            "diary-delete",
            browser -> {
              logASession(browser);
              browser.click(browser.find(".diary-form button[type=submit]"));
              browser.click(browser.find(".entry-actions a[href$='/delete']"));
              assertThat(browser.findAll("form button.danger")).hasSize(1);
            }));
    pages.add(
        new Page(
            "diary-print",
            browser -> {
              String editKey = Diaries.editKey(browser.copyAReadyMadeRoutine());
              Diaries.logTheDaysBefore(browser, editKey, 20);
              browser.open("/routines/" + editKey + "/diary/print");
              assertThat(browser.findAll(".diary-print-entries tbody tr")).hasSize(20);
            }));
    pages.add(new Page("safety", browser -> browser.open("/safety")));
    pages.add(new Page("not-found", browser -> browser.open("/exercises/no-such-exercise")));
    return pages;
  }

  /** The diary's logging form of a ready-made routine, reached from its builder. */
  private static void logASession(Browser browser) {
    browser.copyAReadyMadeRoutine();
    browser.click(browser.find("button[name=action][value=\"go:log\"]"));
    assertThat(browser.findAll(".diary-form")).hasSize(1);
  }

  /** The "Remind me" form of a ready-made routine, reached from its builder. */
  private static void remindMe(Browser browser) {
    browser.copyAReadyMadeRoutine();
    browser.click(browser.find("button[name=action][value=\"go:reminders\"]"));
    assertThat(browser.findAll(".reminder-form")).hasSize(1);
  }
}
