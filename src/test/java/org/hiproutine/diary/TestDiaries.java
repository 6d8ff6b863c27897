package org.hiproutine.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hiproutine.routine.Routine;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/**
 * Diaries for tests of any feature, logged the way the logging form logs them (through the diary's
 * own service, with its checks), and what a printed diary's pages are expected to hold.
 */
public final class TestDiaries {

  private static final Pattern SESSION = Pattern.compile("Session (\\d+):");

  private TestDiaries() {}

  /**
   * Logs one session a day for the {@code days} days ending today (oldest first), with pain scores
   * that ease over the weeks, a rise now and then, and a note of about a hundred characters.
   * Answers the days logged; the n-th day's note starts "Session n:".
   */
  public static List<LocalDate> logDaily(ApplicationContext app, Routine routine, int days) {
    DiaryEntries entries = app.getBean(DiaryEntries.class);
    List<String> slugs =
        routine.getItems().stream().map(item -> item.getExercise().getSlug()).toList();
    List<LocalDate> logged = new ArrayList<>();
    LocalDate today = LocalDate.now();
    for (int back = days - 1; back >= 0; back--) {
      LocalDate day = today.minusDays(back);
      int before = 2 + back / 14;
      int after = back % 9 == 0 ? before + 2 : Math.max(0, before - 1);
      DiaryForm form = DiaryForm.fresh(day, slugs);
      form.setPainBefore(String.valueOf(before));
      form.setPainAfter(String.valueOf(after));
      form.setNote(note(days - back, after > before));
      DiaryEntries.Outcome outcome = entries.log(routine.getEditKey(), form, false);
      if (!(outcome instanceof DiaryEntries.Saved)) {
        throw new IllegalStateException("not logged for " + day + ": " + outcome);
      }
      logged.add(day);
    }
    return logged;
  }

  /** Logs one session today, the whole routine done, pain 3 before and 2 after; answers its id. */
  public static String logToday(ApplicationContext app, Routine routine) {
    DiaryForm form =
        DiaryForm.fresh(
            LocalDate.now(),
            routine.getItems().stream().map(item -> item.getExercise().getSlug()).toList());
    form.setPainBefore("3");
    form.setPainAfter("2");
    if (app.getBean(DiaryEntries.class).log(routine.getEditKey(), form, false)
        instanceof DiaryEntries.Saved saved) {
      return String.valueOf(saved.entryId());
    }
    throw new IllegalStateException("not logged today");
  }

  /** The note of the n-th session. */
  public static String note(int n, boolean worse) {
    return "Session "
        + n
        + (worse
            ? ": stiff after the lunges, left hip ached for an hour, eased by the evening walk."
            : ": easier than last week, bridges steady, kept the cat-cow slow and breathed out.");
  }

  /**
   * The sessions whose rows one printed page holds, in order, by the number their note starts with
   * ("Session 12: …"): the one cell that never wraps before its number.
   */
  public static List<Integer> sessionsOn(String pageText) {
    List<Integer> sessions = new ArrayList<>();
    Matcher row = SESSION.matcher(pageText);
    while (row.find()) {
      sessions.add(Integer.parseInt(row.group(1)));
    }
    return sessions;
  }

  /**
   * On every printed page that holds sessions, the table's header comes before the first of them;
   * and the sessions run over more than two pages. The same for Chromium's print and the PDF.
   */
  public static void assertTheHeaderOpensEveryPageOfSessions(
      List<String> pages, MessageSource messages) {
    Pattern tableHeader = tableHeader(messages);
    int pagesWithRows = 0;
    for (int i = 0; i < pages.size(); i++) {
      String page = pages.get(i);
      int firstRow = firstSessionOn(page);
      if (firstRow < 0) {
        continue;
      }
      pagesWithRows++;
      Matcher header = tableHeader.matcher(page);
      assertThat(header.find() ? header.start() : -1)
          .as("page %d: the header comes before its first session\n%s", i + 1, page)
          .isBetween(0, firstRow);
    }
    assertThat(pagesWithRows).as("the table runs over pages").isGreaterThan(2);
  }

  /** The header row's first printed line: "Pain before" may wrap after "Pain". */
  private static Pattern tableHeader(MessageSource messages) {
    return Pattern.compile(
        "(?m)^"
            + Pattern.quote(
                String.join(
                    " ",
                    messages.getMessage("diary.csv.day", null, Locale.ENGLISH),
                    messages.getMessage("diary.entry.exercises", null, Locale.ENGLISH),
                    messages.getMessage("diary.entry.painBefore", null, Locale.ENGLISH)
                        .split(" ")[0])));
  }

  /** Where the first session row's note starts on one page's text, or -1 if the page has none. */
  public static int firstSessionOn(String pageText) {
    Matcher row = SESSION.matcher(pageText);
    return row.find() ? row.start() : -1;
  }
}
