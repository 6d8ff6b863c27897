package org.hiproutine.diary;

import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hiproutine.web.PlainText;

/**
 * What the logging form sent, kept as sent (the day as typed, scores as text) so a rejected form
 * shows it again. {@link #read} checks it and makes the entry to save.
 */
public class DiaryForm {

  /** 2026-12-02 (what a date field sends), or 2 12 2026, 2/12/2026, 2.12.2026 typed by hand. */
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  private static final Pattern TYPED_DAY =
      Pattern.compile("(\\d{1,2})[ ./-]+(\\d{1,2})[ ./-]+(\\d{4})");

  private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");

  private String day;

  private List<String> exercises = new ArrayList<>();

  private String painBefore;

  private String painAfter;

  private String settled;

  private List<String> redFlags = new ArrayList<>();

  @Size(max = DiaryEntry.LONGEST_NOTE)
  @PlainText(multiline = true)
  private String note;

  private String token;

  /** A fresh form: the day given, every exercise of the routine ticked, a new form token. */
  static DiaryForm fresh(LocalDate day, List<String> exerciseSlugs) {
    DiaryForm form = new DiaryForm();
    form.day = day.toString();
    form.exercises = new ArrayList<>(exerciseSlugs);
    form.token = UUID.randomUUID().toString();
    return form;
  }

  /** The form showing a saved entry, to correct it. */
  static DiaryForm of(DiaryEntry entry) {
    DiaryForm form = new DiaryForm();
    form.day = entry.getDay().toString();
    form.exercises = new ArrayList<>(entry.getExercisesDone());
    form.painBefore = score(entry.getPainBefore());
    form.painAfter = score(entry.getPainAfter());
    form.settled =
        entry.getSettled() == null ? null : Boolean.TRUE.equals(entry.getSettled()) ? "yes" : "no";
    form.redFlags = new ArrayList<>(entry.getRedFlags().stream().map(RedFlag::name).toList());
    form.note = entry.getNote();
    return form;
  }

  private static String score(Integer score) {
    return score == null ? null : score.toString();
  }

  /**
   * Checks every field against what the routine offers and the days that can be logged: the entry
   * to save, or each field's problem.
   */
  Parsed read(Choices choices) {
    Map<Problem.Field, Problem> problems = new EnumMap<>(Problem.Field.class);
    LocalDate parsedDay = parseDay(day);
    if (parsedDay == null) {
      problems.put(Problem.Field.DAY, blank(day) ? Problem.DAY_MISSING : Problem.DAY_NOT_A_DATE);
    } else if (parsedDay.isAfter(choices.latestDay())) {
      problems.put(Problem.Field.DAY, Problem.DAY_IN_THE_FUTURE);
    } else if (parsedDay.isBefore(choices.earliestDay())) {
      problems.put(Problem.Field.DAY, Problem.DAY_TOO_LONG_AGO);
    }
    List<String> done = exercises.stream().filter(slug -> !blank(slug)).distinct().toList();
    if (done.isEmpty()) {
      problems.put(Problem.Field.EXERCISES, Problem.NO_EXERCISE);
    } else if (!choices.exerciseSlugs().containsAll(done)) {
      problems.put(Problem.Field.EXERCISES, Problem.UNKNOWN_EXERCISE);
    }
    Integer before = null;
    Integer after = null;
    try {
      before = parseScore(painBefore);
    } catch (NumberFormatException notAScore) {
      problems.put(Problem.Field.PAIN_BEFORE, Problem.PAIN_BEFORE_NOT_A_SCORE);
    }
    try {
      after = parseScore(painAfter);
    } catch (NumberFormatException notAScore) {
      problems.put(Problem.Field.PAIN_AFTER, Problem.PAIN_AFTER_NOT_A_SCORE);
    }
    Boolean settledAnswer = null;
    if ("yes".equals(settled)) {
      settledAnswer = true;
    } else if ("no".equals(settled)) {
      settledAnswer = false;
    } else if (!blank(settled)) {
      problems.put(Problem.Field.SETTLED, Problem.SETTLED_NOT_AN_ANSWER);
    }
    Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
    for (String name : redFlags) {
      RedFlag flag = redFlag(name);
      if (flag == null) {
        problems.put(Problem.Field.RED_FLAGS, Problem.UNKNOWN_RED_FLAG);
      } else {
        flags.add(flag);
      }
    }
    if (!problems.isEmpty()) {
      return new Invalid(problems);
    }
    return new Valid(
        new DiaryEntryDraft(
            parsedDay,
            done,
            choices.exercisesPlanned(),
            before,
            after,
            settledAnswer,
            flags,
            blank(note) ? null : note.strip()));
  }

  /** The form's token if it is one this app made; another is made for anything else. */
  String tokenOrNew() {
    return token != null && TOKEN.matcher(token).matches() ? token : UUID.randomUUID().toString();
  }

  static LocalDate parseDay(String text) {
    if (blank(text)) {
      return null;
    }
    String typed = text.strip();
    try {
      Matcher iso = ISO_DAY.matcher(typed);
      if (iso.matches()) {
        return LocalDate.of(
            Integer.parseInt(iso.group(1)),
            Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      }
      Matcher byHand = TYPED_DAY.matcher(typed);
      if (byHand.matches()) {
        return LocalDate.of(
            Integer.parseInt(byHand.group(3)),
            Integer.parseInt(byHand.group(2)),
            Integer.parseInt(byHand.group(1)));
      }
    } catch (DateTimeException notADay) {
      return null;
    }
    return null;
  }

  private static Integer parseScore(String text) {
    if (blank(text)) {
      return null;
    }
    String typed = text.strip();
    if (!typed.matches("\\d{1,2}")) {
      throw new NumberFormatException(typed);
    }
    int score = Integer.parseInt(typed);
    if (score < PainReport.LEAST || score > PainReport.MOST) {
      throw new NumberFormatException(typed);
    }
    return score;
  }

  private static RedFlag redFlag(String name) {
    for (RedFlag flag : RedFlag.values()) {
      if (flag.name().equals(name)) {
        return flag;
      }
    }
    return null;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** What the routine and today allow the form to say. */
  record Choices(
      Collection<String> exerciseSlugs,
      int exercisesPlanned,
      LocalDate earliestDay,
      LocalDate latestDay) {}

  sealed interface Parsed permits Valid, Invalid {}

  record Valid(DiaryEntryDraft draft) implements Parsed {}

  record Invalid(Map<Problem.Field, Problem> problems) implements Parsed {}

  /** What can be wrong with the form, each with its field and its words. */
  enum Problem {
    DAY_MISSING(Field.DAY),
    DAY_NOT_A_DATE(Field.DAY),
    DAY_IN_THE_FUTURE(Field.DAY),
    DAY_TOO_LONG_AGO(Field.DAY),
    DAY_FULL(Field.DAY),
    NO_EXERCISE(Field.EXERCISES),
    UNKNOWN_EXERCISE(Field.EXERCISES),
    PAIN_BEFORE_NOT_A_SCORE(Field.PAIN_BEFORE),
    PAIN_AFTER_NOT_A_SCORE(Field.PAIN_AFTER),
    SETTLED_NOT_AN_ANSWER(Field.SETTLED),
    UNKNOWN_RED_FLAG(Field.RED_FLAGS);

    private final Field field;

    Problem(Field field) {
      this.field = field;
    }

    Field field() {
      return field;
    }

    String messageKey() {
      return "diary.problem." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The form's fields, by their names in the form. */
    enum Field {
      DAY("day"),
      EXERCISES("exercises"),
      PAIN_BEFORE("painBefore"),
      PAIN_AFTER("painAfter"),
      SETTLED("settled"),
      RED_FLAGS("redFlags");

      private final String name;

      Field(String name) {
        this.name = name;
      }

      String formName() {
        return name;
      }
    }
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public List<String> getExercises() {
    return exercises;
  }

  public void setExercises(List<String> exercises) {
    this.exercises = exercises;
  }

  public String getPainBefore() {
    return painBefore;
  }

  public void setPainBefore(String painBefore) {
    this.painBefore = painBefore;
  }

  public String getPainAfter() {
    return painAfter;
  }

  public void setPainAfter(String painAfter) {
    this.painAfter = painAfter;
  }

  public String getSettled() {
    return settled;
  }

  public void setSettled(String settled) {
    this.settled = settled;
  }

  public List<String> getRedFlags() {
    return redFlags;
  }

  public void setRedFlags(List<String> redFlags) {
    this.redFlags = redFlags;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isDone(String slug) {
    return exercises.contains(slug);
  }

  /** Whether the pain question named {@code field} was answered with {@code score}. */
  public boolean isScore(String field, int score) {
    String answer = answer(field);
    return answer != null && answer.strip().equals(Integer.toString(score));
  }

  /** Whether the pain question named {@code field} has a score from 0 to 10 (else No answer). */
  public boolean isScored(String field) {
    try {
      return parseScore(answer(field)) != null;
    } catch (NumberFormatException notAScore) {
      return false;
    }
  }

  private String answer(String field) {
    return switch (field) {
      case "painBefore" -> painBefore;
      case "painAfter" -> painAfter;
      default -> throw new IllegalArgumentException("no pain question " + field);
    };
  }

  public boolean isTicked(RedFlag flag) {
    return redFlags.contains(flag.name());
  }
}
