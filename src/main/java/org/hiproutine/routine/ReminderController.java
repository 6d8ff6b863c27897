package org.hiproutine.routine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.hiproutine.reminder.CalendarFile;
import org.hiproutine.reminder.ReminderSchedule;
import org.hiproutine.reminder.ReminderSchedule.Parsed;
import org.hiproutine.web.PageStore;
import org.hiproutine.web.PageStore.Audience;
import org.hiproutine.web.PublicUrl;
import org.hiproutine.web.RenderedPage;
import org.hiproutine.web.StorageFailures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Remind me": the days, times and time zone a person wants to be reminded of a routine on, set
 * through its edit link; and the calendar file of those reminders, served through its share link so
 * that the edit key never goes into a calendar. The same address is the download and the
 * subscription: calendar apps that subscribe ignore the attachment header, and one address means
 * one kept copy and one ETag to revalidate.
 */
@Controller
class ReminderController {

  static final String FORM_PATH = EditRoutineController.EDIT_PATH + "/reminders";
  static final String CALENDAR_PATH = "/s/{shareKey:" + RoutineKeys.PATTERN + "}/reminders.ics";
  static final String CALENDAR_FILE = "/reminders.ics";

  private static final MediaType CALENDAR = MediaType.parseMediaType(CalendarFile.MEDIA_TYPE);

  /** A calendar file kept for everyone who asks with the same key. */
  record CalendarKey(String shareKey, long version, String publicUrl, Locale locale) {}

  /** A routine without reminders has no calendar file: the 404 page. */
  @ResponseStatus(HttpStatus.NOT_FOUND)
  static final class NoReminders extends RuntimeException {
    NoReminders() {
      super("this routine has no reminders");
    }
  }

  private final RoutineRepository routines;
  private final RoutineVersions versions;
  private final RoutineSnapshots snapshots;
  private final RoutineReminders reminders;
  private final StorageFailures storageFailures;
  private final PageStore store;
  private final MessageSource messages;
  private final PublicUrl publicUrl;
  private final String defaultZone;

  ReminderController(
      RoutineRepository routines,
      RoutineVersions versions,
      RoutineSnapshots snapshots,
      RoutineReminders reminders,
      StorageFailures storageFailures,
      PageStore store,
      MessageSource messages,
      PublicUrl publicUrl,
      @Value("${hip-routine.reminder-zone:}") String defaultZone) {
    this.routines = routines;
    this.versions = versions;
    this.snapshots = snapshots;
    this.reminders = reminders;
    this.storageFailures = storageFailures;
    this.store = store;
    this.messages = messages;
    this.publicUrl = publicUrl;
    this.defaultZone = offeredOrUtc(defaultZone);
  }

  @InitBinder("reminderForm")
  void limitTimes(WebDataBinder binder) {
    // A bot's times[100000] must not grow a huge list: the form has at most three time fields.
    binder.setAutoGrowCollectionLimit(ReminderSchedule.MOST_TIMES_A_DAY);
  }

  @GetMapping(FORM_PATH)
  String form(
      @PathVariable String editKey, Model model, HttpServletRequest request, Locale locale) {
    Routine routine = load(editKey);
    model.addAttribute("reminderForm", ReminderForm.of(routine, defaultZone));
    // Nothing saved yet: the script may choose the browser's own zone instead of the default.
    model.addAttribute("guessZone", routine.reminder().isEmpty());
    return page(routine, model, request, locale);
  }

  @PostMapping(FORM_PATH)
  String save(
      @PathVariable String editKey,
      ReminderForm reminderForm,
      BindingResult result,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      RedirectAttributes redirect) {
    Parsed parsed;
    try {
      parsed = reminders.save(editKey, reminderForm);
    } catch (ObjectOptimisticLockingFailureException savedMeanwhile) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("clash", true);
      return page(load(editKey), model, request, locale);
    } catch (RuntimeException failed) {
      if (!StorageFailures.isStorageFailure(failed)) {
        throw failed;
      }
      storageFailures.saveFailed(failed);
      response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
      model.addAttribute("notSaved", true);
      return page(load(editKey), model, request, locale);
    }
    if (parsed instanceof ReminderSchedule.Invalid invalid) {
      Routine routine = load(editKey);
      for (ReminderSchedule.Problem problem : invalid.problems()) {
        // only "too many times" says a number; the other messages are not formatted
        Object[] arguments =
            problem == ReminderSchedule.Problem.TOO_MANY_TIMES
                ? new Object[] {routine.getFrequency().timesPerDay()}
                : null;
        result.rejectValue(problem.field(), problem.messageKey(), arguments, null);
      }
      return page(routine, model, request, locale);
    }
    new Notice("reminder.notice.saved").flash(redirect, messages, locale);
    return "redirect:/routines/" + editKey + "/reminders";
  }

  @GetMapping(CALENDAR_PATH)
  ResponseEntity<byte[]> calendar(
      @PathVariable String shareKey, Locale locale, HttpServletRequest request) {
    long version =
        versions.findVersionByShareKey(shareKey).orElseThrow(RoutineNotFoundException::new);
    return store.answer(
        new CalendarKey(shareKey, version, publicUrl.of(request), locale),
        Audience.LINK_HOLDERS,
        this::calendarFile,
        request);
  }

  private RenderedPage calendarFile(CalendarKey key) {
    Routine routine =
        snapshots.byShareKey(key.shareKey()).orElseThrow(RoutineNotFoundException::new);
    ReminderSchedule schedule = routine.reminder().orElseThrow(NoReminders::new);
    String file = RoutineCalendar.write(routine, schedule, key.publicUrl(), messages, key.locale());
    RenderedPage page =
        RenderedPage.of(file.getBytes(StandardCharsets.UTF_8), CALENDAR)
            .downloadedAs(CalendarFile.fileName(routine.getName()));
    return routine.getVersion() == key.version() ? page : page.notKept();
  }

  private String page(Routine routine, Model model, HttpServletRequest request, Locale locale) {
    ReminderForm form = (ReminderForm) model.getAttribute("reminderForm");
    int timeFields = form.timeFields(routine);
    form.padTimes(timeFields);
    RoutineLinks links = RoutineLinks.of(routine, publicUrl.of(request));
    String calendarLink = links.share() + CALENDAR_FILE;
    model.addAttribute("routine", routine);
    model.addAttribute("weekdays", List.of(DayOfWeek.values()));
    model.addAttribute("timeFields", timeFields);
    model.addAttribute("zones", ReminderSchedule.offeredZones());
    ReminderSchedule saved = routine.reminder().orElse(null);
    model.addAttribute("saved", saved);
    model.addAttribute("described", saved == null ? null : Described.of(saved, messages, locale));
    model.addAttribute("calendarLink", calendarLink);
    model.addAttribute("webcalLink", "webcal" + calendarLink.substring(calendarLink.indexOf(':')));
    return "routine/reminders";
  }

  private Routine load(String editKey) {
    return routines.findByEditKey(editKey).orElseThrow(RoutineNotFoundException::new);
  }

  /** The configured zone, else this machine's, if a person could choose it; otherwise UTC. */
  private static String offeredOrUtc(String configured) {
    String zone = StringUtils.hasText(configured) ? configured : ZoneId.systemDefault().getId();
    return ReminderSchedule.offeredZones().contains(zone) ? zone : "UTC";
  }

  /** "Monday, Wednesday, Friday" or "Every day"; "08:00, 18:00". For the saved reminders' line. */
  record Described(String days, String times) {

    static Described of(ReminderSchedule schedule, MessageSource messages, Locale locale) {
      String separator = messages.getMessage("list.separator", null, locale);
      String days =
          schedule.days().size() == DayOfWeek.values().length
              ? messages.getMessage("reminder.everyDay", null, locale)
              : String.join(
                  separator,
                  schedule.days().stream()
                      .map(day -> messages.getMessage("reminder.day." + day, null, locale))
                      .toList());
      String times =
          String.join(separator, schedule.times().stream().map(LocalTime::toString).toList());
      return new Described(days, times);
    }
  }
}
