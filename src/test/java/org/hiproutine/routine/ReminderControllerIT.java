package org.hiproutine.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.hiproutine.reminder.ReminderSchedule;
import org.hiproutine.web.CountedStatements;
import org.hiproutine.web.PageStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * "Remind me" through the whole stack but the servlet container: the form and each bad input, and
 * the calendar file a share link serves, read back with ical4j.
 */
@SpringBootTest(properties = "hip-routine.reminder-zone=Europe/London")
@Import(CountedStatements.class)
@AutoConfigureMockMvc
class ReminderControllerIT {

  @Autowired MockMvc mvc;
  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;
  @Autowired PageStore store;
  @Autowired JdbcTemplate jdbc;

  @Test
  void linksToTheRemindersFromTheRoutinesEditPage() throws Exception {
    Routine routine = routine(1, 7);

    Document edit = page(get("/routines/" + routine.getEditKey()));

    // a button of the edit form: it saves what was typed, then goes to the reminders
    Element button = edit.selectFirst("#routine-form button[value=go:reminders]");
    assertThat(button.text()).isEqualTo("Remind me");
    mvc.perform(
            post("/routines/" + routine.getEditKey())
                .with(csrf())
                .param("version", String.valueOf(routine.getVersion()))
                .param("name", "Renamed on the way")
                .param("timesPerDay", "1")
                .param("daysPerWeek", "7")
                .param("items[0].id", routine.getItems().get(0).getId().toString())
                .param("items[0].sets", "1")
                .param("items[0].amount", "12")
                .param("items[1].id", routine.getItems().get(1).getId().toString())
                .param("items[1].sets", "1")
                .param("items[1].amount", "15")
                .param("action", "go:reminders"))
        .andExpect(redirectedUrl("/routines/" + routine.getEditKey() + "/reminders"));
    assertThat(routines.findByEditKey(routine.getEditKey()).orElseThrow().getName())
        .isEqualTo("Renamed on the way");
  }

  @Test
  void startsTheFormFromHowOftenTheRoutineIsDone() throws Exception {
    Document page = form(routine(2, 3));

    assertThat(page.select("h1").text()).isEqualTo("Remind me");
    assertThat(checkedDays(page)).containsExactly("MONDAY", "WEDNESDAY", "FRIDAY");
    assertThat(page.select("input[type=checkbox][name=days]")).hasSize(7);
    assertThat(page.select("label[for=day-sunday]").text()).isEqualTo("Sunday");
    assertThat(times(page)).containsExactly("08:00", "18:00");
    assertThat(page.select("input[name^=times]").eachAttr("type")).containsOnly("time");
    assertThat(page.select("label[for=time-1]").text()).isEqualTo("First time");
    assertThat(page.select("#times-hint").text())
        .startsWith("You do this routine 2 times a day: choose a time for each.");
    assertThat(page.select("#zone option[selected]").val()).isEqualTo("Europe/London");
    assertThat(page.select("#zone option")).hasSize(ReminderSchedule.offeredZones().size());
    assertThat(page.select("#zone option[value=America/New_York]").text())
        .isEqualTo("America/New York");
    assertThat(page.select("#zone").attr("data-guess"))
        .as("the script may choose the browser's zone")
        .isEqualTo("browser");
    assertThat(page.select("script[src*=timezone]")).hasSize(1);
    assertThat(page.select("#calendar")).as("nothing saved yet").isEmpty();
  }

  @Test
  void suggestsEveryDayForADailyRoutineAndOneTimeForOnceADay() throws Exception {
    Document page = form(routine(1, 7));

    assertThat(checkedDays(page)).hasSize(7);
    assertThat(times(page)).containsExactly("08:00");
    assertThat(page.select("label[for=time-1]").text()).isEqualTo("Time");
  }

  @Test
  void savesTheRemindersAndShowsHowToPutThemInACalendar() throws Exception {
    Routine routine = routine(2, 3);
    long versionBefore = routine.getVersion();

    mvc.perform(
            save(routine)
                .param("days", "TUESDAY", "SATURDAY")
                .param("times[0]", "18:30")
                .param("times[1]", "07:15")
                .param("zone", "Asia/Tokyo"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/routines/" + routine.getEditKey() + "/reminders"))
        .andExpect(
            flash()
                .attribute("notice", "Your reminders are saved. Now put them in your calendar."));

    Routine saved = stored(routine);
    assertThat(saved.reminder())
        .contains(
            new ReminderSchedule(
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY),
                List.of(LocalTime.of(7, 15), LocalTime.of(18, 30)),
                ZoneId.of("Asia/Tokyo")));
    assertThat(saved.chosenDays()).contains(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY));
    assertThat(saved.getVersion()).isGreaterThan(versionBefore);

    Document page = form(saved);
    assertThat(checkedDays(page)).containsExactly("TUESDAY", "SATURDAY");
    assertThat(times(page)).containsExactly("07:15", "18:30");
    assertThat(page.select("#zone option[selected]").val()).isEqualTo("Asia/Tokyo");
    assertThat(page.select("#zone").hasAttr("data-guess"))
        .as("a saved zone is not guessed again")
        .isFalse();
    Element calendar = page.getElementById("calendar");
    assertThat(calendar).isNotNull();
    assertThat(calendar.select(".saved-reminder").text())
        .isEqualTo("Reminders: Tuesday, Saturday, at 07:15, 18:30 (Asia/Tokyo time).");
    String file = "/s/" + routine.getShareKey() + "/reminders.ics";
    assertThat(calendar.select("a.button").eachAttr("href"))
        .containsExactly(file, "webcal://localhost:8080" + file);
    assertThat(calendar.getElementById("subscription-link").val())
        .isEqualTo("http://localhost:8080" + file);
    assertThat(calendar.select("button.copy").attr("data-copy")).isEqualTo("subscription-link");
    assertThat(calendar.select(".calendar-apps li").eachText())
        .hasSize(3)
        .anySatisfy(line -> assertThat(line).startsWith("Apple Calendar"))
        .anySatisfy(line -> assertThat(line).startsWith("Google Calendar"))
        .anySatisfy(line -> assertThat(line).startsWith("Outlook"));
    assertThat(calendar.text()).contains("ignore the alarms in a subscribed calendar");
    assertThat(calendar.html()).doesNotContain(routine.getEditKey());
  }

  @Test
  void asksForADayWhenNoneIsChosenAndKeepsTheRest() throws Exception {
    Routine routine = routine(2, 3);

    Document page =
        rejected(
            save(routine)
                .param("times[0]", "06:45")
                .param("times[1]", "21:00")
                .param("zone", "America/Chicago"));

    assertThat(summary(page)).containsExactly("Choose at least one day.");
    assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#day-monday");
    assertThat(page.getElementById("day-monday")).isNotNull();
    assertThat(page.select("#days-error").text()).contains("Choose at least one day.");
    assertThat(page.select("fieldset:has(#day-monday)").attr("aria-describedby"))
        .isEqualTo("days-hint days-error");
    assertThat(checkedDays(page)).isEmpty();
    assertThat(times(page)).containsExactly("06:45", "21:00");
    assertThat(page.select("#zone option[selected]").val()).isEqualTo("America/Chicago");
    assertThat(stored(routine).reminder()).isEmpty();
  }

  @Test
  void rejectsATimeThatIsNotATimeAndShowsItAsTyped() throws Exception {
    Routine routine = routine(2, 3);

    Document page =
        rejected(
            save(routine)
                .param("days", "MONDAY", "THURSDAY")
                .param("times[0]", "25:00")
                .param("times[1]", "half past six")
                .param("zone", "Europe/Paris"));

    assertThat(summary(page))
        .containsExactly(
            "Enter each time as hours and minutes on the 24-hour clock, for example 08:00 or"
                + " 18:30.");
    assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#time-1");
    assertThat(page.select("#times-error").text()).contains("24-hour clock");
    assertThat(times(page)).containsExactly("25:00", "half past six");
    assertThat(page.getElementById("time-1").attr("type"))
        .as("a time field would empty an impossible time")
        .isEqualTo("time");
    assertThat(page.getElementById("time-2").attr("type")).isEqualTo("text");
    assertThat(page.getElementById("time-1").attr("aria-invalid")).isEqualTo("true");
    assertThat(checkedDays(page)).containsExactly("MONDAY", "THURSDAY");
    assertThat(page.select("#zone option[selected]").val()).isEqualTo("Europe/Paris");
  }

  @Test
  void asksForATimeWhenEveryTimeFieldIsBlank() throws Exception {
    Document page =
        rejected(
            save(routine(1, 7)).param("days", "MONDAY").param("times[0]", "").param("zone", "UTC"));

    assertThat(summary(page)).containsExactly("Enter a time, for example 08:00.");
  }

  @Test
  void rejectsTheSameTimeTwice() throws Exception {
    Document page =
        rejected(
            save(routine(2, 7))
                .param("days", "MONDAY")
                .param("times[0]", "08:00")
                .param("times[1]", "8:00")
                .param("zone", "UTC"));

    assertThat(summary(page)).containsExactly("Enter a different time for each reminder.");
    assertThat(times(page)).containsExactly("08:00", "8:00");
  }

  @Test
  void rejectsMoreTimesThanTheRoutineIsDoneADay() throws Exception {
    Routine routine = routine(1, 7);

    Document page =
        rejected(
            save(routine)
                .param("days", "MONDAY")
                .param("times[0]", "08:00")
                .param("times[1]", "12:00")
                .param("zone", "UTC"));

    assertThat(summary(page))
        .containsExactly(
            "You do this routine once a day, so enter one time. Clear the others, or change how"
                + " often on the routine's page.");
    assertThat(times(page)).as("both kept, in two fields").containsExactly("08:00", "12:00");
    assertThat(stored(routine).reminder()).isEmpty();
  }

  @Test
  void rejectsAnUnknownTimeZoneAndAsksToChooseOne() throws Exception {
    Routine routine = routine(1, 7);

    Document page =
        rejected(
            save(routine)
                .param("days", "FRIDAY")
                .param("times[0]", "09:30")
                .param("zone", "Mars/Olympus_Mons"));

    assertThat(summary(page)).containsExactly("Choose your time zone from the list.");
    assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#zone");
    assertThat(page.select("#zone-error").text()).contains("Choose your time zone");
    assertThat(page.select("#zone option[selected]").val()).isEmpty();
    assertThat(page.select("#zone option[selected]").text()).isEqualTo("Choose your time zone");
    assertThat(checkedDays(page)).containsExactly("FRIDAY");
    assertThat(times(page)).containsExactly("09:30");
  }

  @Test
  void reportsEveryProblemAtOnceInTheOrderOfTheForm() throws Exception {
    Document page = rejected(save(routine(1, 7)).param("days", "SOMEDAY").param("times[0]", "x"));

    assertThat(summary(page))
        .containsExactly(
            "Choose days from Monday to Sunday.",
            "Enter each time as hours and minutes on the 24-hour clock, for example 08:00 or"
                + " 18:30.",
            "Choose your time zone from the list.");
  }

  @Test
  void refusesATimeFieldNoFormHas() throws Exception {
    mvc.perform(save(routine(1, 7)).param("days", "MONDAY").param("times[3]", "08:00"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void refusesTwoTimeZones() throws Exception {
    mvc.perform(
            save(routine(1, 7))
                .param("days", "MONDAY")
                .param("times[0]", "08:00")
                .param("zone", "UTC", "Asia/Tokyo"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void answersAnUnknownEditKeyWithTheNotFoundPage() throws Exception {
    String unknown = "/routines/" + "A".repeat(22) + "/reminders";

    MockHttpServletResponse response = mvc.perform(get(unknown)).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(404);
  }

  @Test
  void servesTheCalendarFileAsADownloadWithItsHeaders() throws Exception {
    Routine routine = withReminders(routine(2, 3), "MONDAY", "08:00", "18:00");

    MockHttpServletResponse response = calendar(routine);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).isEqualTo("text/calendar;charset=utf-8");
    assertThat(response.getHeader("Content-Disposition"))
        .isEqualTo("attachment; filename=\"hip-routine-reminders-test.ics\"");
    assertThat(response.getHeader("ETag")).startsWith("W/\"");
    assertThat(response.getHeader("Cache-Control")).contains("no-cache", "private");

    MockHttpServletResponse again =
        mvc.perform(get(calendarPath(routine)).header("If-None-Match", response.getHeader("ETag")))
            .andReturn()
            .getResponse();
    assertThat(again.getStatus()).isEqualTo(304);
  }

  @Test
  void servesAFileCalendarsReadWithOneWeeklyEventPerTimeOfDay() throws Exception {
    Routine routine =
        withRemindersIn(
            routine(3, 3), "Europe/London", "MONDAY,WEDNESDAY,FRIDAY", "08:00", "13:00", "18:00");

    String file = calendar(routine).getContentAsString(StandardCharsets.UTF_8);
    Calendar calendar = parse(file);

    assertThat(calendar.validate().getEntries()).isEmpty();
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(3);
    assertThat(events)
        .extracting(event -> value(event, "UID"))
        .containsExactly(
            "hip-routine-" + routine.getShareKey() + "-1",
            "hip-routine-" + routine.getShareKey() + "-2",
            "hip-routine-" + routine.getShareKey() + "-3");
    assertThat(events)
        .extracting(event -> value(event, "RRULE"))
        .containsOnly("FREQ=WEEKLY;BYDAY=MO,WE,FR");
    assertThat(events)
        .allSatisfy(
            event ->
                assertThat(
                        event
                            .getProperty("DTSTART")
                            .orElseThrow()
                            .getParameter("TZID")
                            .orElseThrow()
                            .getValue())
                    .isEqualTo("Europe/London"));
    assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
    assertThat(events).extracting(event -> value(event, "SUMMARY")).containsOnly("Reminders test");
    String shareLink = "http://localhost:8080/s/" + routine.getShareKey();
    assertThat(events).extracting(event -> value(event, "URL")).containsOnly(shareLink);
    assertThat(value(events.get(0), "DESCRIPTION"))
        .isEqualTo(
            "Glute Bridges: 12 repetitions\nClamshells: 15 repetitions · each side\n\n"
                + shareLink
                + "\n\nConsult a healthcare professional before starting these exercises. Stop"
                + " if your pain gets worse.");
    assertThat(events.get(0).getAlarms().get(0).getProperty("DESCRIPTION").orElseThrow().getValue())
        .isEqualTo("Time for your hip exercises: Reminders test");
    assertThat(value(events.get(0), "DURATION")).isEqualTo("PT5M");
  }

  @Test
  void neverPutsTheEditKeyInTheFile() throws Exception {
    Routine routine = withReminders(routine(1, 7), "SUNDAY", "10:00");

    byte[] file = calendar(routine).getContentAsByteArray();
    String text = new String(file, StandardCharsets.UTF_8);

    assertThat(text).doesNotContain(routine.getEditKey());
    assertThat(text.replace("\r\n ", "")).doesNotContain(routine.getEditKey());
    assertThat(text.replace("\r\n ", "")).doesNotContain("/routines/");
  }

  @Test
  void givesTheSameFileEveryTimeEvenWhenNoCopyIsKept() throws Exception {
    Routine routine = withReminders(routine(1, 7), "MONDAY", "08:00");

    MockHttpServletResponse first = calendar(routine);
    store.clear();
    MockHttpServletResponse second = calendar(routine);

    assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
    assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
  }

  @Test
  void raisesTheSequenceAndReflectsAnEditOfTheRoutineInTheSubscription() throws Exception {
    Routine routine = withReminders(routine(1, 7), "MONDAY", "08:00");
    MockHttpServletResponse before = calendar(routine);
    VEvent was = event(before);

    RoutineForm form = RoutineForm.of(stored(routine));
    form.setName("Evening hips");
    assertThat(editor.edit(routine.getEditKey(), form, new RoutineAction.Save(), true))
        .isInstanceOf(RoutineEditor.Edit.Done.class);
    MockHttpServletResponse after = calendar(routine);
    VEvent is = event(after);

    assertThat(value(is, "UID")).isEqualTo(value(was, "UID"));
    assertThat(Long.parseLong(value(is, "SEQUENCE")))
        .isGreaterThan(Long.parseLong(value(was, "SEQUENCE")));
    assertThat(value(is, "SUMMARY")).isEqualTo("Evening hips");
    assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
    MockHttpServletResponse revalidated =
        mvc.perform(get(calendarPath(routine)).header("If-None-Match", before.getHeader("ETag")))
            .andReturn()
            .getResponse();
    assertThat(revalidated.getStatus()).as("a subscription sees the change").isEqualTo(200);
  }

  @Test
  void raisesTheSequenceWhenTheRemindersChange() throws Exception {
    Routine routine = withReminders(routine(1, 7), "MONDAY", "08:00");
    VEvent was = event(calendar(routine));

    withReminders(routine, "MONDAY", "09:30");
    VEvent is = event(calendar(routine));

    assertThat(value(is, "UID")).isEqualTo(value(was, "UID"));
    assertThat(Long.parseLong(value(is, "SEQUENCE")))
        .isGreaterThan(Long.parseLong(value(was, "SEQUENCE")));
    assertThat(value(is, "DTSTART")).endsWith("T093000");
  }

  @Test
  void keepsTheVersionWhenTheSameRemindersAreSavedAgain() throws Exception {
    Routine routine = withReminders(routine(1, 7), "MONDAY", "08:00");
    long version = stored(routine).getVersion();

    withReminders(routine, "MONDAY", "08:00");

    assertThat(stored(routine).getVersion()).isEqualTo(version);
  }

  @Test
  void readsTheRoutineAndItsRemindersInOneQueryAndThenOnlyItsVersion() throws Exception {
    Routine routine = withReminders(routine(1, 7), "MONDAY", "08:00");

    CountedStatements.clear();
    assertThat(calendar(routine).getStatus()).isEqualTo(200);
    assertThat(CountedStatements.sent()).isEqualTo(2);

    CountedStatements.clear();
    assertThat(calendar(routine).getStatus()).isEqualTo(200);
    assertThat(CountedStatements.sent()).as("a kept copy").isEqualTo(1);
  }

  @Test
  void keepsEverySavedTimeInTheFormWhenTheRoutineIsDoneFewerTimesADay() throws Exception {
    Routine routine = withReminders(routine(2, 7), "MONDAY", "08:00", "18:00");
    RoutineForm form = RoutineForm.of(stored(routine));
    form.setTimesPerDay(1);
    assertThat(editor.edit(routine.getEditKey(), form, new RoutineAction.Save(), true))
        .isInstanceOf(RoutineEditor.Edit.Done.class);

    Document page = form(routine);

    assertThat(times(page)).containsExactly("08:00", "18:00");
    Document saved =
        rejected(
            save(routine)
                .param("days", "MONDAY")
                .param("times[0]", "08:00")
                .param("times[1]", "18:00")
                .param("zone", "Europe/London"));
    assertThat(summary(saved)).singleElement().asString().startsWith("You do this routine once");
    mvc.perform(
            save(routine)
                .param("days", "MONDAY")
                .param("times[0]", "08:00")
                .param("times[1]", "")
                .param("zone", "Europe/London"))
        .andExpect(status().isFound());
    assertThat(times(form(routine))).containsExactly("08:00");
  }

  @Test
  void answersAnUnknownShareKeyWithTheNotFoundPage() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/s/" + "B".repeat(22) + "/reminders.ics")).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getHeader("Content-Disposition")).as("no file").isNull();
  }

  @Test
  void answersARoutineWithoutRemindersWithTheNotFoundPage() throws Exception {
    MockHttpServletResponse response = calendar(routine(1, 7));

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getHeader("Content-Disposition")).as("no file").isNull();
  }

  @Test
  void doesNotServeTheFileUnderTheEditKey() throws Exception {
    Routine routine = withReminders(routine(1, 7), "MONDAY", "08:00");

    MockHttpServletResponse response =
        mvc.perform(get("/s/" + routine.getEditKey() + "/reminders.ics")).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(404);
  }

  @Test
  void deletesTheRemindersWithTheRoutine() throws Exception {
    Routine routine = withReminders(routine(1, 7), "MONDAY", "08:00");
    String count = "select count(*) from routine_reminder where routine_id = ?";
    assertThat(jdbc.queryForObject(count, Integer.class, routine.getId())).isEqualTo(1);

    editor.delete(routine.getEditKey());

    assertThat(jdbc.queryForObject(count, Integer.class, routine.getId())).isZero();
    assertThat(calendar(routine).getStatus()).isEqualTo(404);
  }

  private Routine routine(int timesPerDay, int daysPerWeek) {
    RoutineForm form = RoutineForm.blank();
    form.setName("Reminders test");
    form.setTimesPerDay(timesPerDay);
    form.setDaysPerWeek(daysPerWeek);
    String editKey = editor.create(form).getEditKey();
    editor.addExercise(editKey, "glute-bridges");
    editor.addExercise(editKey, "clamshells");
    return routines.findByEditKey(editKey).orElseThrow();
  }

  private Routine withReminders(Routine routine, String days, String... times) throws Exception {
    return withRemindersIn(routine, "Europe/London", days, times);
  }

  private Routine withRemindersIn(Routine routine, String zone, String days, String... times)
      throws Exception {
    MockHttpServletRequestBuilder request =
        save(routine).param("days", days.split(",")).param("zone", zone);
    for (int i = 0; i < times.length; i++) {
      request.param("times[" + i + "]", times[i]);
    }
    mvc.perform(request).andExpect(status().isFound());
    return stored(routine);
  }

  private MockHttpServletRequestBuilder save(Routine routine) {
    return post("/routines/" + routine.getEditKey() + "/reminders").with(csrf());
  }

  private Document form(Routine routine) throws Exception {
    return page(get("/routines/" + routine.getEditKey() + "/reminders"));
  }

  private Document rejected(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).as("the form again").isEqualTo(200);
    Document page = Jsoup.parse(response.getContentAsString());
    assertThat(page.select(".error-summary h2").text()).isEqualTo("There is a problem");
    assertThat(page.select(".error-summary").text()).contains("Nothing was saved.");
    return page;
  }

  private static String calendarPath(Routine routine) {
    return "/s/" + routine.getShareKey() + "/reminders.ics";
  }

  private MockHttpServletResponse calendar(Routine routine) throws Exception {
    return mvc.perform(get(calendarPath(routine))).andReturn().getResponse();
  }

  private static VEvent event(MockHttpServletResponse response) throws IOException {
    return parse(response.getContentAsString(StandardCharsets.UTF_8))
        .<VEvent>getComponents("VEVENT")
        .get(0);
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

  private Routine stored(Routine routine) {
    return routines.findByEditKey(routine.getEditKey()).orElseThrow();
  }

  private Document page(RequestBuilder request) throws Exception {
    return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }

  private static List<String> checkedDays(Document page) {
    return page.select("input[name=days][checked]").eachAttr("value");
  }

  private static List<String> times(Document page) {
    return page.select("input[name^=times]").eachAttr("value");
  }

  private static List<String> summary(Document page) {
    return page.select(".error-summary li").eachText();
  }
}
