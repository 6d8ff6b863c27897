package org.hiproutine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Building a routine with the mouse, from an empty form to the link a physiotherapist gets. */
class RoutineBuilderIT extends BrowserTest {

  @Test
  void buildsCorrectsReordersSavesReopensAndSharesARoutine() {
    browser.open("/");
    browser.click(browser.link(text("layout.nav.build")));
    browser.type(browser.find("#name"), "Morning hips");
    browser.type(browser.find("#timesPerDay"), "2");
    browser.click(browser.button(text("routine.new.create")));

    assertThat(browser.heading()).isEqualTo("Morning hips");
    assertThat(browser.find(".notice").getText()).contains(text("routine.created.title"));
    String builder = browser.path();

    browser.addExercises("Glute Bridges", "Lunges");
    assertThat(browser.find(".notice").getText())
        .isEqualTo(text("notice.added", "Glute Bridges, Lunges"));
    assertThat(browser.driver().getCurrentUrl())
        .as("lands on the first exercise added")
        .endsWith("#" + browser.find(".item").getDomAttribute("id"));
    browser.addExercises("Hip Flexor Stretch");
    assertThat(browser.find(".notice").getText())
        .isEqualTo(text("notice.added", "Hip Flexor Stretch"));
    assertThat(browser.texts(".item h3"))
        .containsExactly("Glute Bridges", "Lunges", "Hip Flexor Stretch");

    browser.type(amountOf("Glute Bridges"), "200");
    browser.click(browser.button(text("routine.save")));

    String tooMany = text("dose.repetitions.outOfLimits", 1, 50);
    WebElement summary = browser.find(".error-summary");
    assertThat(summary.getText())
        .contains(text("form.errorSummary.title"))
        .contains(text("routine.edit.notSaved"));
    assertThat(browser.texts(".error-summary li"))
        .containsExactly(text("form.summaryLine", "Glute Bridges", tooMany));
    assertThat(item("Glute Bridges").findElement(By.cssSelector(".error-message")).getText())
        .contains(tooMany);
    assertThat(amountOf("Glute Bridges").getDomProperty("value")).as("input kept").isEqualTo("200");
    assertThat(amountOf("Glute Bridges").getDomAttribute("aria-invalid")).isEqualTo("true");

    browser.link(text("form.summaryLine", "Glute Bridges", tooMany)).click();
    assertThat(browser.focused())
        .as("the summary leads to the field")
        .isEqualTo(amountOf("Glute Bridges"));

    browser.type(amountOf("Glute Bridges"), "15");
    browser.click(
        browser.button(text("routine.item.moveUp") + text("routine.item.which", "Lunges")));

    assertThat(browser.findAll(".error-summary")).isEmpty();
    assertThat(browser.find(".notice").getText()).isEqualTo(text("notice.movedUp", "Lunges"));
    assertThat(browser.texts(".item h3"))
        .containsExactly("Lunges", "Glute Bridges", "Hip Flexor Stretch");

    browser.click(browser.button(text("routine.orderByPosition")));

    assertThat(browser.find(".notice").getText()).isEqualTo(text("notice.ordered"));
    assertThat(browser.texts(".item h3"))
        .as("standing, kneeling, lying")
        .containsExactly("Lunges", "Hip Flexor Stretch", "Glute Bridges");

    browser.type(item("Lunges").findElement(By.tagName("textarea")), "Hold on to a chair");
    browser.click(browser.button(text("routine.save")));

    assertThat(browser.find(".notice").getText()).isEqualTo(text("notice.saved"));

    browser.click(browser.link(text("app.name")));
    browser.click(browser.link("Morning hips"));

    assertThat(browser.path()).isEqualTo(builder);
    assertThat(browser.texts(".item h3"))
        .containsExactly("Lunges", "Hip Flexor Stretch", "Glute Bridges");
    assertThat(item("Glute Bridges").findElement(By.cssSelector(".item-saved")).getText())
        .isEqualTo(text("routine.item.saved", "15 repetitions"));
    assertThat(item("Lunges").findElement(By.tagName("textarea")).getDomProperty("value"))
        .isEqualTo("Hold on to a chair");

    browser.open(browser.find("#share-link").getDomProperty("value"));

    assertThat(browser.path()).startsWith("/s/");
    assertThat(browser.heading()).isEqualTo("Morning hips");
    assertThat(browser.texts(".item h3"))
        .containsExactly("Lunges", "Hip Flexor Stretch", "Glute Bridges");
    assertThat(item("Glute Bridges").getText()).contains("15 repetitions");
    assertThat(item("Lunges").getText()).contains("Hold on to a chair");
    assertThat(browser.find(".facts").getText()).contains("Twice a day");
    assertThat(browser.findAll("form, input, textarea, button")).as("read-only").isEmpty();
  }

  private WebElement item(String exercise) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//li[contains(concat(' ', @class, ' '), ' item ')][.//h3[normalize-space(.)='"
                    + exercise
                    + "']]"));
  }

  private WebElement amountOf(String exercise) {
    return item(exercise).findElement(By.cssSelector("input[id$='-amount']"));
  }
}
