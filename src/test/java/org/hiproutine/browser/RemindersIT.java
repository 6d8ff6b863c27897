package org.hiproutine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Setting reminders in Chromium, in a browser whose clock is in New York, then downloading the
 * calendar file the page links to, with the browser's own request, and reading it with ical4j.
 */
class RemindersIT extends BrowserTest {

  private static final String NEW_YORK = "America/New_York";

  @AfterAll
  void backToTheMachinesZone() {
    browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
  }

  @Test
  void setsRemindersAndDownloadsAFileThatRepeatsOnTheChosenDaysAtTheChosenTimes() throws Exception {
    browser
        .driver()
        .executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", NEW_YORK));
    twiceADayOnThreeDaysAWeek();

    browser.click(browser.button(text("reminder.button")));

    assertThat(browser.heading()).isEqualTo(text("reminder.heading"));
    assertThat(checkedDays()).containsExactly("MONDAY", "WEDNESDAY", "FRIDAY");
    assertThat(browser.findAll("input.time"))
        .extracting(field -> field.getDomProperty("value"))
        .containsExactly("08:00", "18:00");
    assertThat(zone().getFirstSelectedOption().getDomProperty("value"))
        .as("the script chose the browser's zone")
        .isEqualTo(NEW_YORK);

    for (String day : List.of("monday", "wednesday", "friday", "tuesday", "saturday")) {
      browser.find("#day-" + day).click();
    }
    setTime("#time-1", "19:00");
    setTime("#time-2", "07:30");
    browser.click(browser.button(text("reminder.save")));

    assertThat(browser.find(".notice").getText()).isEqualTo(text("reminder.notice.saved"));
    assertThat(browser.path()).endsWith("/reminders");
    assertThat(browser.find(".saved-reminder").getText())
        .isEqualTo(text("reminder.saved.summary", "Tuesday, Saturday", "07:30, 19:00", NEW_YORK));
    String file = browser.link(text("reminder.download")).getDomAttribute("href");
    assertThat(browser.find("#subscription-link").getDomProperty("value"))
        .isEqualTo(browser.url(file));
    assertThat(browser.link(text("reminder.subscribe")).getDomAttribute("href"))
        .isEqualTo(browser.url(file).replaceFirst("^http:", "webcal:"));

    Map<?, ?> download = fetch(file);

    assertThat(download.get("status")).isEqualTo(200L);
    assertThat(download.get("type")).isEqualTo("text/calendar;charset=utf-8");
    assertThat((String) download.get("disposition"))
        .isEqualTo("attachment; filename=\"hip-routine-evening-hips.ics\"");
    Calendar calendar = parse((String) download.get("body"));
    assertThat(calendar.validate().getEntries()).isEmpty();
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(2);
    assertThat(events)
        .extracting(event -> value(event, "RRULE"))
        .containsOnly("FREQ=WEEKLY;BYDAY=TU,SA");
    assertThat(events)
        .extracting(
            event ->
                event
                    .getProperty("DTSTART")
                    .orElseThrow()
                    .getParameter("TZID")
                    .orElseThrow()
                    .getValue())
        .containsOnly(NEW_YORK);
    assertThat(events).extracting(event -> value(event, "SUMMARY")).containsOnly("Evening hips");
    assertThat((String) download.get("body")).doesNotContain(editKey());

    ZoneOffsetTransition clockChange =
        ZoneId.of(NEW_YORK).getRules().nextTransition(Instant.now().plus(Duration.ofDays(14)));
    ZonedDateTime from = clockChange.getInstant().atZone(ZoneId.of(NEW_YORK)).minusDays(7);
    for (int i = 0; i < 2; i++) {
      List<ZonedDateTime> fortnight =
          events
              .get(i)
              .<ZonedDateTime>calculateRecurrenceSet(new Period<>(from, from.plusDays(14)))
              .stream()
              .map(Period::getStart)
              .sorted()
              .toList();
      LocalTime time = i == 0 ? LocalTime.of(7, 30) : LocalTime.of(19, 0);
      assertThat(fortnight).hasSize(4);
      assertThat(fortnight)
          .extracting(ZonedDateTime::getDayOfWeek)
          .containsOnly(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);
      assertThat(fortnight).extracting(ZonedDateTime::toLocalTime).containsOnly(time);
      assertThat(fortnight)
          .as("the same local time on both sides of the clock change")
          .extracting(ZonedDateTime::getOffset)
          .containsOnly(clockChange.getOffsetBefore(), clockChange.getOffsetAfter());
      assertThat(fortnight)
          .allSatisfy(
              occurrence ->
                  assertThat(occurrence.toInstant())
                      .isEqualTo(
                          occurrence.toLocalDateTime().atZone(ZoneId.of(NEW_YORK)).toInstant()));
    }
  }

  @Test
  void answersTheNotFoundPageForACalendarNoRoutineHas() {
    browser.open("/s/AAAAAAAAAAAAAAAAAAAAAA/reminders.ics");

    assertThat(browser.heading()).isEqualTo(text("error.404.title"));
  }

  private void twiceADayOnThreeDaysAWeek() {
    browser.open("/routines/new");
    browser.type(browser.find("#name"), "Evening hips");
    browser.type(browser.find("#timesPerDay"), "2");
    browser.type(browser.find("#daysPerWeek"), "3");
    browser.click(browser.button(text("routine.new.create")));
    browser.addExercises("Glute Bridges");
  }

  private String editKey() {
    String link = browser.find(".breadcrumb a").getDomAttribute("href");
    return link.substring(link.lastIndexOf('/') + 1);
  }

  private List<String> checkedDays() {
    return browser.findAll("input[name=days]").stream()
        .filter(WebElement::isSelected)
        .map(box -> box.getDomAttribute("value"))
        .toList();
  }

  private Select zone() {
    return new Select(browser.find("#zone"));
  }

  /** Sets a time field as its picker would: the value, then the events a page hears. */
  private void setTime(String field, String time) {
    browser.script(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        browser.find(field),
        time);
  }

  /** The file as the browser downloads it: its own request, with its cookies. */
  private Map<?, ?> fetch(String path) {
    return (Map<?, ?>)
        browser
            .driver()
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(function (response) {"
                    + "   return response.text().then(function (body) {"
                    + "     done({status: response.status,"
                    + "       type: response.headers.get('Content-Type'),"
                    + "       disposition: response.headers.get('Content-Disposition'),"
                    + "       body: body});"
                    + "   });"
                    + " }, function (failure) { done({error: String(failure)}); });",
                path);
  }

  private static Calendar parse(String file) throws IOException {
    try {
      return new CalendarBuilder().build(new StringReader(file));
    } catch (ParserException unreadable) {
      throw new AssertionError("ical4j cannot read the file:\n" + file, unreadable);
    }
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }
}
