package org.hiproutine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

/**
 * A diary kept in the browser, as a person keeps it: a routine built through the app's own forms
 * (so this browser remembers it as its own) and sessions logged with the diary's own form.
 */
final class Diaries {

  /** The exercises the diary tests build their routine of: no side to switch, three steps. */
  static final List<String> EXERCISES = List.of("Glute Bridges", "Cat-Cow Stretch", "Lunges");

  private Diaries() {}

  /**
   * Builds a routine of three exercises, done twice a day, through the new-routine form and the
   * builder; ends on its builder. Answers its edit key.
   */
  static String buildARoutine(Browser browser, String name) {
    browser.open("/routines/new");
    browser.type(browser.find("#name"), name);
    browser.type(browser.find("#timesPerDay"), "2");
    browser.click(browser.find("form[action='/routines'] button[type=submit]"));
    browser.addExercises(EXERCISES.toArray(String[]::new));
    return editKey(browser.path());
  }

  /** The edit key in a builder's path. */
  static String editKey(String builderPath) {
    assertThat(builderPath).matches("/routines/[A-Za-z0-9_-]+");
    return builderPath.substring(builderPath.lastIndexOf('/') + 1);
  }

  /** The share link of the routine whose builder is shown. */
  static String shareLink(Browser browser) {
    return browser.find("#share-link").getDomProperty("value");
  }

  /**
   * Logs one session on each of the {@code days} days before today, with pain scores that ease off
   * over the weeks (a rise now and then) and a note, by sending the logging form once per day from
   * the browser itself (its cookies, its CSRF token). Ends on the logging form.
   */
  static void logTheDaysBefore(Browser browser, String editKey, int days) {
    browser.open("/routines/" + editKey + "/diary/new");
    LocalDate today = LocalDate.now();
    for (int back = days; back >= 1; back--) {
      int before = 2 + back / 5;
      int after = back % 6 == 0 ? before + 2 : Math.max(0, before - 1);
      Object answer =
          browser
              .driver()
              .executeAsyncScript(
                  "var done = arguments[arguments.length - 1];"
                      + " var form = document.querySelector('form.diary-form');"
                      + " var data = new FormData(form);"
                      + " data.delete('token');"
                      + " data.set('day', arguments[0]);"
                      + " data.set('painBefore', arguments[1]);"
                      + " data.set('painAfter', arguments[2]);"
                      + " data.set('note', arguments[3]);"
                      + " fetch(form.action, {method: 'POST', body: new URLSearchParams(data),"
                      + "   redirect: 'manual'})"
                      + "   .then(function (r) { done(r.type); }, function (e) { done(String(e)); });",
                  today.minusDays(back).toString(),
                  String.valueOf(before),
                  String.valueOf(after),
                  "Day " + (days - back + 1) + ": " + (after > before ? "stiff after" : "easier"));
      assertThat(answer)
          .as("the entry %d days ago is saved and redirects", back)
          .isEqualTo("opaqueredirect");
    }
    browser.open("/routines/" + editKey + "/diary/new");
  }

  /** Taps a score of a pain scale: its label, the way a finger does. */
  static void tapScore(Browser browser, String scale, int score) {
    browser.find("label[for=" + scale + "-" + score + "]").click();
  }
}
