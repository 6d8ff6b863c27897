package org.hiproutine.diary;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hiproutine.catalog.Exercise;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineItem;
import org.springframework.context.MessageSource;

/**
 * A diary in words, made once per request for the diary page, its printout and its CSV: every date
 * formatted, every name looked up and every message resolved here, so templates only print.
 */
final class DiaryView {

  /** The diary page and the printout. */
  public record Page(
      String routineName,
      String editKey,
      String shareKey,
      boolean routineEmpty,
      boolean diaryEmpty,
      String period,
      String weekSummary,
      String streak,
      String calendarSvg,
      List<WeekRow> weeks,
      String painSvg,
      List<String> painSummary,
      List<Entry> entries,
      int notListed,
      List<Advice> adviceGiven,
      int earlier) {

    /** The same page with its charts in greys, for paper. */
    Page inBlackAndWhite() {
      return new Page(
          routineName,
          editKey,
          shareKey,
          routineEmpty,
          diaryEmpty,
          period,
          weekSummary,
          streak,
          ProgressCharts.inBlackAndWhite(calendarSvg),
          weeks,
          painSvg == null ? null : ProgressCharts.inBlackAndWhite(painSvg),
          painSummary,
          entries,
          notListed,
          adviceGiven,
          earlier);
    }
  }

  public record WeekRow(String monday, int done, int planned) {}

  /** One entry as the page and the printout show it. */
  public record Entry(
      long id,
      LocalDate date,
      String day,
      String shortDay,
      String exercises,
      String painBefore,
      String painAfter,
      Integer painBeforeScore,
      Integer painAfterScore,
      String settled,
      List<String> redFlags,
      String note,
      Advice advice,
      String adviceLabel,
      String adviceText) {

    public boolean urgent() {
      return advice.urgent();
    }

    public String adviceClass() {
      return "advice-" + advice.name().toLowerCase(Locale.ROOT);
    }
  }

  private final MessageSource messages;
  private final Locale locale;
  private final DateTimeFormatter longDays;
  private final DateTimeFormatter shortDays;
  private final Map<String, String> exerciseNames = new HashMap<>();

  DiaryView(MessageSource messages, Locale locale, Routine routine, List<Exercise> catalog) {
    this.messages = messages;
    this.locale = locale;
    this.longDays = DateTimeFormatter.ofPattern(text("diary.dayFormat"), locale);
    this.shortDays = DateTimeFormatter.ofPattern(text("diary.shortDayFormat"), locale);
    catalog.forEach(exercise -> exerciseNames.put(exercise.getSlug(), exercise.getName()));
    for (RoutineItem item : routine.getItems()) {
      exerciseNames.put(item.getExercise().getSlug(), item.getExercise().getName());
    }
  }

  /** The diary page lists this many weeks of sessions unless asked for all twelve. */
  static final int RECENT_WEEKS = 4;

  /** The page and the printout: the twelve weeks' charts and sessions. */
  Page page(Routine routine, Diary diary, LocalDate today) {
    return page(routine, diary, today, true);
  }

  /**
   * The diary page: the twelve weeks' charts, and the sessions of the last {@value #RECENT_WEEKS}
   * weeks or of all twelve.
   */
  Page page(Routine routine, Diary diary, LocalDate today, boolean allWeeks) {
    ProgressCalendar calendar =
        diary.calendar(
            Diary.schedule(routine.chosenDays(), routine.getFrequency().daysPerWeek()), today);
    ChartWords words = new ChartWords(this::text, locale);
    WeeklySummary summary = calendar.summary();
    String weekSummary =
        summary.daysPlannedThisWeek() > 0
            ? text("diary.summary.week", summary.daysDoneThisWeek(), summary.daysPlannedThisWeek())
            : text("diary.summary.weekNoPlan", summary.daysDoneThisWeek());
    String calendarSvg =
        ProgressCharts.calendar(
            calendar, text("diary.calendar.title"), text("diary.calendar.description"), words);
    List<WeekRow> weeks = new ArrayList<>();
    for (ProgressCalendar.Week week : calendar.weeks()) {
      weeks.add(new WeekRow(shortDays.format(week.monday()), week.daysDone(), week.daysPlanned()));
    }
    PainLine line = diary.painLine(today);
    String painSvg =
        line.hasScores()
            ? ProgressCharts.painLine(
                line, text("diary.pain.title"), text("diary.pain.description"), words)
            : null;
    List<Diary.Logged> twelveWeeks = diary.newestFirstFrom(calendar.firstDay());
    LocalDate listedFrom =
        allWeeks
            ? calendar.firstDay()
            : ProgressCalendar.mondayOf(today).minusWeeks(RECENT_WEEKS - 1L);
    List<Entry> entries =
        twelveWeeks.stream()
            .filter(logged -> !logged.entry().getDay().isBefore(listedFrom))
            .map(this::entry)
            .toList();
    return new Page(
        routine.getName(),
        routine.getEditKey(),
        routine.getShareKey(),
        routine.isEmpty(),
        diary.isEmpty(),
        text(
            "diary.print.period",
            shortDays.format(calendar.firstDay()),
            shortDays.format(calendar.lastDay())),
        weekSummary,
        text("diary.summary.streak", summary.weeksInARow()),
        calendarSvg,
        weeks,
        painSvg,
        painSummary(twelveWeeks),
        entries,
        twelveWeeks.size() - entries.size(),
        entries.stream().map(Entry::advice).filter(Advice::given).distinct().sorted().toList(),
        diary.before(calendar.firstDay()));
  }

  Entry entry(Diary.Logged logged) {
    DiaryEntry entry = logged.entry();
    List<String> names = entry.getExercisesDone().stream().map(this::exerciseName).toList();
    String exercises =
        names.size() == entry.getExercisesPlanned()
            ? text("diary.entry.exercisesAll", names.size())
            : text(
                "diary.entry.exercisesDone",
                String.join(text("list.separator"), names),
                names.size(),
                entry.getExercisesPlanned());
    List<String> flags = entry.getRedFlags().stream().map(flag -> text(flag.messageKey())).toList();
    Advice advice = logged.advice();
    return new Entry(
        entry.getId(),
        entry.getDay(),
        longDays.format(entry.getDay()),
        shortDays.format(entry.getDay()),
        exercises,
        score(entry.getPainBefore()),
        score(entry.getPainAfter()),
        entry.getPainBefore(),
        entry.getPainAfter(),
        entry.getSettled() == null
            ? null
            : text(entry.getSettled() ? "diary.entry.settled.yes" : "diary.entry.settled.no"),
        flags,
        entry.getNote(),
        advice,
        text(advice.labelKey()),
        advice.given() && !advice.urgent() ? text(advice.messageKey()) : null);
  }

  /**
   * The pain line in words, for screen readers and anyone who reads numbers more easily than a
   * chart: the latest scores, and the lowest and highest after a session in the twelve weeks.
   */
  private List<String> painSummary(List<Diary.Logged> newestFirst) {
    List<String> summary = new ArrayList<>();
    newestFirst.stream()
        .map(Diary.Logged::entry)
        .filter(e -> e.getPainBefore() != null || e.getPainAfter() != null)
        .findFirst()
        .ifPresent(
            latest ->
                summary.add(
                    text(
                        "diary.pain.summary.latest",
                        shortDays.format(latest.getDay()),
                        score(latest.getPainBefore()),
                        score(latest.getPainAfter()))));
    List<DiaryEntry> scored =
        newestFirst.stream()
            .map(Diary.Logged::entry)
            .filter(e -> e.getPainAfter() != null)
            .toList();
    if (scored.size() > 1) {
      DiaryEntry lowest = scored.get(0);
      DiaryEntry highest = scored.get(0);
      for (DiaryEntry entry : scored) {
        if (entry.getPainAfter() < lowest.getPainAfter()) {
          lowest = entry;
        }
        if (entry.getPainAfter() > highest.getPainAfter()) {
          highest = entry;
        }
      }
      summary.add(
          text(
              "diary.pain.summary.range",
              scored.size(),
              lowest.getPainAfter(),
              shortDays.format(lowest.getDay()),
              highest.getPainAfter(),
              shortDays.format(highest.getDay())));
    }
    return summary;
  }

  String longDay(LocalDate day) {
    return longDays.format(day);
  }

  String exerciseName(String slug) {
    return exerciseNames.getOrDefault(slug, slug);
  }

  String recordedAt(DiaryEntry entry) {
    return entry.getRecordedAt().atOffset(ZoneOffset.UTC).toLocalDateTime().withNano(0).toString();
  }

  private String score(Integer score) {
    return score == null ? text("diary.entry.noScore") : score.toString();
  }

  String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
  }
}
