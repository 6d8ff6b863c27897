package org.hiproutine.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiaryFormTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static final DiaryForm.Choices CHOICES =
      new DiaryForm.Choices(
          List.of("lunges", "clamshells"), 2, TODAY.minusYears(1), TODAY.plusDays(1));

  @Test
  void readsAFullFormIntoAnEntry() {
    DiaryForm form = form("2026-12-01", "clamshells");
    form.setPainBefore("0");
    form.setPainAfter("10");
    form.setSettled("no");
    form.setRedFlags(List.of("CHEST_PAIN", "WORSE_AT_NIGHT"));
    form.setNote("  Stiff in the morning  ");

    DiaryEntryDraft draft = ((DiaryForm.Valid) form.read(CHOICES)).draft();

    assertThat(draft.day()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(draft.exercisesDone()).containsExactly("clamshells");
    assertThat(draft.exercisesPlanned()).isEqualTo(2);
    assertThat(draft.painBefore()).isZero();
    assertThat(draft.painAfter()).isEqualTo(10);
    assertThat(draft.settled()).isFalse();
    assertThat(draft.redFlags()).containsExactly(RedFlag.CHEST_PAIN, RedFlag.WORSE_AT_NIGHT);
    assertThat(draft.note()).isEqualTo("Stiff in the morning");
  }

  @Test
  void leavesOutWhatWasNotAnswered() {
    DiaryForm form = form("2026-12-02", "lunges");
    form.setPainBefore("");
    form.setSettled("");
    form.setNote("   ");

    DiaryEntryDraft draft = ((DiaryForm.Valid) form.read(CHOICES)).draft();

    assertThat(draft.painBefore()).isNull();
    assertThat(draft.painAfter()).isNull();
    assertThat(draft.settled()).isNull();
    assertThat(draft.note()).isNull();
  }

  @Test
  void refusesScoresOffTheScale() {
    for (String score : List.of("-1", "11", "3.5", "three", "007", "1e1")) {
      DiaryForm form = form("2026-12-02", "lunges");
      form.setPainAfter(score);

      assertThat(problems(form))
          .as(score)
          .containsExactly(
              Map.entry(
                  DiaryForm.Problem.Field.PAIN_AFTER, DiaryForm.Problem.PAIN_AFTER_NOT_A_SCORE));
    }
  }

  @Test
  void takesTheLastDayAnyoneCallsTodayAndADayAYearBackButNotBeyond() {
    assertThat(form(TODAY.plusDays(1).toString(), "lunges").read(CHOICES))
        .isInstanceOf(DiaryForm.Valid.class);
    assertThat(form(TODAY.minusYears(1).toString(), "lunges").read(CHOICES))
        .isInstanceOf(DiaryForm.Valid.class);
    assertThat(problems(form(TODAY.plusDays(2).toString(), "lunges")))
        .containsValue(DiaryForm.Problem.DAY_IN_THE_FUTURE);
    assertThat(problems(form(TODAY.minusYears(1).minusDays(1).toString(), "lunges")))
        .containsValue(DiaryForm.Problem.DAY_TOO_LONG_AGO);
  }

  @Test
  void readsDaysAsADateFieldSendsThemOrAsTypedByHand() {
    assertThat(DiaryForm.parseDay("2026-12-02")).isEqualTo(TODAY);
    assertThat(DiaryForm.parseDay("2 12 2026")).isEqualTo(TODAY);
    assertThat(DiaryForm.parseDay("02/12/2026")).isEqualTo(TODAY);
    assertThat(DiaryForm.parseDay(" 2.12.2026 ")).isEqualTo(TODAY);
    assertThat(DiaryForm.parseDay("2026-02-30")).isNull();
    assertThat(DiaryForm.parseDay("yesterday")).isNull();
    assertThat(DiaryForm.parseDay("")).isNull();
    assertThat(problems(form("", "lunges"))).containsValue(DiaryForm.Problem.DAY_MISSING);
    assertThat(problems(form("31 2 2026", "lunges")))
        .containsValue(DiaryForm.Problem.DAY_NOT_A_DATE);
  }

  @Test
  void refusesExercisesTheRoutineDoesNotOfferSymptomsNotOnTheListAndOddAnswers() {
    DiaryForm form = form("2026-12-02", "lunges", "pigeon-pose");
    form.setRedFlags(List.of("HEADACHE"));
    form.setSettled("maybe");

    assertThat(problems(form))
        .containsOnly(
            Map.entry(DiaryForm.Problem.Field.EXERCISES, DiaryForm.Problem.UNKNOWN_EXERCISE),
            Map.entry(DiaryForm.Problem.Field.SETTLED, DiaryForm.Problem.SETTLED_NOT_AN_ANSWER),
            Map.entry(DiaryForm.Problem.Field.RED_FLAGS, DiaryForm.Problem.UNKNOWN_RED_FLAG));
    assertThat(problems(form("2026-12-02")))
        .containsExactly(
            Map.entry(DiaryForm.Problem.Field.EXERCISES, DiaryForm.Problem.NO_EXERCISE));
  }

  @Test
  void keepsItsOwnTokenAndMakesAFreshOneForAnythingElse() {
    DiaryForm fresh = DiaryForm.fresh(TODAY, List.of("lunges"));
    assertThat(fresh.tokenOrNew()).isEqualTo(fresh.getToken());

    DiaryForm forged = form("2026-12-02", "lunges");
    forged.setToken("' or 1=1 --");
    assertThat(forged.tokenOrNew()).matches("[0-9a-f-]{36}").isNotEqualTo(forged.tokenOrNew());
  }

  @Test
  void showsWhichScoreWasChosen() {
    DiaryForm form = form("2026-12-02", "lunges");
    form.setPainBefore("4");
    form.setPainAfter("eleven");

    assertThat(form.isScore("painBefore", 4)).isTrue();
    assertThat(form.isScore("painBefore", 5)).isFalse();
    assertThat(form.isScored("painBefore")).isTrue();
    assertThat(form.isScored("painAfter")).isFalse();
  }

  private static DiaryForm form(String day, String... exercises) {
    DiaryForm form = new DiaryForm();
    form.setDay(day);
    form.setExercises(List.of(exercises));
    return form;
  }

  private static Map<DiaryForm.Problem.Field, DiaryForm.Problem> problems(DiaryForm form) {
    return ((DiaryForm.Invalid) form.read(CHOICES)).problems();
  }
}
