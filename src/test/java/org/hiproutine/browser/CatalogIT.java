package org.hiproutine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hiproutine.SeedCatalog;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** Browsing the exercise catalog as a person does: menus, a filter form, links. */
class CatalogIT extends BrowserTest {

  @Test
  void filtersByStartingPositionOpensAnExerciseAndGoesToTheNextOne() {
    browser.open("/");
    browser.click(browser.link(text("layout.nav.exercises")));

    assertThat(browser.heading()).isEqualTo(text("catalog.title"));
    assertThat(browser.texts(".card-title")).containsExactlyElementsOf(SeedCatalog.NAMES);

    new Select(browser.find("#position")).selectByVisibleText(text("position.standing"));
    browser.click(browser.button(text("catalog.filter.submit")));

    assertThat(browser.path()).endsWith("position=STANDING");
    assertThat(browser.find(".result-count").getText()).isEqualTo(text("catalog.filter.count", 2));
    assertThat(browser.texts(".card-title")).containsExactly("Standing Forward Bend", "Lunges");
    assertThat(new Select(browser.find("#position")).getFirstSelectedOption().getText())
        .as("the filter shows what was chosen")
        .isEqualTo(text("position.standing"));

    browser.click(browser.link("Standing Forward Bend"));

    assertThat(browser.path()).isEqualTo("/exercises/standing-forward-bend");
    assertThat(browser.heading()).isEqualTo("Standing Forward Bend");
    assertThat(browser.texts(".steps li")).isNotEmpty();

    browser.click(browser.link(text("exercise.pager.next", "Lunges")));

    assertThat(browser.path()).isEqualTo("/exercises/lunges");
    assertThat(browser.heading()).isEqualTo("Lunges");
    assertThat(browser.find("a[rel=prev]").getText())
        .isEqualTo(text("exercise.pager.previous", "Standing Forward Bend"));
    assertThat(browser.findAll("a[rel=next]")).as("Lunges is the last exercise").isEmpty();
  }

  @Test
  void aFilterThatMatchesNothingOffersToShowEveryExercise() {
    browser.open("/exercises");
    new Select(browser.find("#kind")).selectByVisibleText(text("kind.mobility"));
    new Select(browser.find("#position")).selectByVisibleText(text("position.standing"));
    browser.click(browser.button(text("catalog.filter.submit")));

    assertThat(browser.find(".empty").getText()).contains(text("catalog.filter.none"));
    assertThat(browser.findAll(".card")).isEmpty();

    browser.click(browser.link(text("catalog.filter.clearAll")));

    assertThat(browser.path()).isEqualTo("/exercises");
    assertThat(browser.findAll(".card")).hasSize(8);
  }

  @Test
  void movementsMoveOnScreenUnlessThePersonAsksForLessMotion() {
    browser.open("/exercises/glute-bridges");
    assertThat(shownDrawing()).as("moving").contains("/img/exercises/glute-bridges-animated-");

    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setEmulatedMedia",
            Map.of(
                "features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    try {
      browser.open("/exercises/glute-bridges");
      assertThat(shownDrawing())
          .as("still")
          .matches(".*/img/exercises/glute-bridges-[0-9a-f]{32}\\.svg");
    } finally {
      browser
          .driver()
          .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    browser.open("/exercises/standing-forward-bend");
    assertThat(shownDrawing()).as("a held stretch is still").doesNotContain("animated");
  }

  /** The file the browser chose to show for the page's drawing. */
  private String shownDrawing() {
    browser
        .waiting()
        .until(
            page ->
                (Boolean)
                    browser.script("return document.querySelector('.detail-image img').complete"));
    return (String) browser.script("return document.querySelector('.detail-image img').currentSrc");
  }
}
