package org.hiproutine.diary;

import java.util.List;

/**
 * The whole diary as a spreadsheet file (RFC 4180): UTF-8 with a byte order mark (so spreadsheet
 * programs read it as UTF-8), a header row, one row per entry oldest first, days as ISO 8601. A
 * cell a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return)
 * starts with an apostrophe instead, and is quoted.
 */
final class DiaryCsv {

  private static final String BYTE_ORDER_MARK = "\uFEFF";
  private static final String LINE_END = "\r\n";

  private DiaryCsv() {}

  static String of(Diary diary, DiaryView words) {
    StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
    row(
        csv,
        List.of(
            words.text("diary.csv.day"),
            words.text("diary.csv.exercisesDone"),
            words.text("diary.csv.exercisesPlanned"),
            words.text("diary.csv.painBefore"),
            words.text("diary.csv.painAfter"),
            words.text("diary.csv.settled"),
            words.text("diary.csv.redFlags"),
            words.text("diary.csv.advice"),
            words.text("diary.csv.note"),
            words.text("diary.csv.recordedAt")));
    for (Diary.Logged logged : diary.entries()) {
      DiaryEntry entry = logged.entry();
      row(
          csv,
          List.of(
              entry.getDay().toString(),
              String.join(
                  "; ", entry.getExercisesDone().stream().map(words::exerciseName).toList()),
              Integer.toString(entry.getExercisesPlanned()),
              score(entry.getPainBefore()),
              score(entry.getPainAfter()),
              entry.getSettled() == null
                  ? ""
                  : words.text(
                      entry.getSettled() ? "diary.entry.settled.yes" : "diary.entry.settled.no"),
              String.join(
                  "; ",
                  entry.getRedFlags().stream()
                      .map(flag -> strip(words.text(flag.messageKey())))
                      .toList()),
              logged.advice().given() ? words.text(logged.advice().labelKey()) : "",
              entry.getNote() == null ? "" : entry.getNote(),
              words.recordedAt(entry)));
    }
    return csv.toString();
  }

  private static String score(Integer score) {
    return score == null ? "" : score.toString();
  }

  /** The red flags are written as list items ending in ";" or "."; a cell needs neither. */
  private static String strip(String flag) {
    return flag.replaceAll("[;.]$", "");
  }

  private static void row(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append(LINE_END);
  }

  static String cell(String value) {
    boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    String text = formula ? "'" + value : value;
    if (formula
        || text.contains(",")
        || text.contains("\"")
        || text.contains("\n")
        || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
