package org.hiproutine.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pain advice of SAFETY.md §4, band by band and boundary by boundary. */
class AdviceTest {

  private static final Optional<PainReport> FIRST_ENTRY = Optional.empty();

  private static Advice scores(Integer before, Integer after) {
    return Advice.of(PainReport.scores(before, after), FIRST_ENTRY);
  }

  private static PainReport settled(Boolean settled, Integer after) {
    return new PainReport(null, after, settled, false);
  }

  @Test
  void isGreenUpToThreeAfterAndAmberFromFour() {
    assertThat(scores(3, 3)).isEqualTo(Advice.GREEN);
    assertThat(scores(4, 4)).isEqualTo(Advice.AMBER);
  }

  @Test
  void isAmberAtFiveAfterAndRedFromSix() {
    assertThat(scores(5, 5)).isEqualTo(Advice.AMBER);
    assertThat(scores(6, 6)).isEqualTo(Advice.RED);
    assertThat(scores(10, 10)).isEqualTo(Advice.RED);
  }

  @Test
  void staysGreenWhenPainRoseOnePointButIsAmberWhenItRoseTwo() {
    assertThat(scores(2, 3)).isEqualTo(Advice.GREEN);
    assertThat(scores(1, 3)).isEqualTo(Advice.AMBER);
    assertThat(scores(0, 2)).isEqualTo(Advice.AMBER);
  }

  @Test
  void isGreenWhenPainFellOrStayedLow() {
    assertThat(scores(5, 3)).isEqualTo(Advice.GREEN);
    assertThat(scores(0, 0)).isEqualTo(Advice.GREEN);
  }

  @Test
  void isRedFromSixAfterWhateverTheRise() {
    assertThat(scores(8, 6)).isEqualTo(Advice.RED);
    assertThat(scores(2, 6)).isEqualTo(Advice.RED);
  }

  @Test
  void judgesByThePainAfterAloneWhenBeforeIsMissing() {
    assertThat(scores(null, 3)).isEqualTo(Advice.GREEN);
    assertThat(scores(null, 4)).isEqualTo(Advice.AMBER);
    assertThat(scores(null, 6)).isEqualTo(Advice.RED);
  }

  @Test
  void givesNoAdviceWithoutAPainScoreAfterAnAnswerOrARedFlag() {
    assertThat(scores(null, null)).isEqualTo(Advice.NONE);
    assertThat(scores(7, null)).isEqualTo(Advice.NONE);
    assertThat(Advice.NONE.given()).isFalse();
  }

  @Test
  void givesAtLeastAmberWhenThePainFromLastTimeDidNotSettle() {
    assertThat(Advice.of(settled(false, 1), FIRST_ENTRY)).isEqualTo(Advice.AMBER);
    assertThat(Advice.of(settled(false, null), FIRST_ENTRY)).isEqualTo(Advice.AMBER);
    assertThat(Advice.of(settled(false, 7), FIRST_ENTRY)).isEqualTo(Advice.RED);
  }

  @Test
  void givesRedWhenThePainDidNotSettleTwiceInARow() {
    Optional<PainReport> previousNo = Optional.of(settled(false, 2));

    assertThat(Advice.of(settled(false, 1), previousNo)).isEqualTo(Advice.RED);
    assertThat(Advice.of(settled(false, null), previousNo)).isEqualTo(Advice.RED);
  }

  @Test
  void givesAmberForANoThatFollowsAYesOrNoAnswer() {
    assertThat(Advice.of(settled(false, 1), Optional.of(settled(true, 4)))).isEqualTo(Advice.AMBER);
    assertThat(Advice.of(settled(false, 1), Optional.of(settled(null, 4)))).isEqualTo(Advice.AMBER);
  }

  @Test
  void judgesByTheScoresAloneWhenThePainSettled() {
    Optional<PainReport> previousNo = Optional.of(settled(false, 2));

    assertThat(Advice.of(settled(true, 1), previousNo)).isEqualTo(Advice.GREEN);
    assertThat(Advice.of(settled(true, null), previousNo)).isEqualTo(Advice.NONE);
  }

  @Test
  void givesUrgentHelpForARedFlagAboveEverythingElse() {
    assertThat(Advice.of(new PainReport(0, 0, null, true), FIRST_ENTRY)).isEqualTo(Advice.URGENT);
    assertThat(Advice.of(new PainReport(2, 9, false, true), Optional.of(settled(false, 8))))
        .isEqualTo(Advice.URGENT);
    assertThat(Advice.of(new PainReport(null, null, null, true), FIRST_ENTRY))
        .isEqualTo(Advice.URGENT);
    assertThat(Advice.URGENT.urgent()).isTrue();
    assertThat(Advice.RED.urgent()).isFalse();
  }

  @Test
  void givesEachEntryItsAdviceFromTheEntryBeforeIt() {
    List<Advice> advice =
        Advice.ofEach(
            List.of(
                PainReport.scores(2, 5), settled(false, 3), settled(false, 3), settled(true, 3)));

    assertThat(advice).containsExactly(Advice.AMBER, Advice.AMBER, Advice.RED, Advice.GREEN);
  }

  @Test
  void namesTheSafetyWordingForEachBand() {
    assertThat(Advice.GREEN.messageKey()).isEqualTo("diary.advice.green");
    assertThat(Advice.AMBER.messageKey()).isEqualTo("diary.advice.amber");
    assertThat(Advice.RED.messageKey()).isEqualTo("diary.advice.red");
    assertThat(Advice.URGENT.messageKey()).isEqualTo("safety.redFlags.urgent.title");
    assertThat(Advice.AMBER.labelKey()).isEqualTo("diary.advice.amber.label");
  }

  @Test
  void rejectsScoresOutsideZeroToTen() {
    assertThatThrownBy(() -> PainReport.scores(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PainReport.scores(3, 11)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void asksNextTimeIfThePainSettledWhenItWasHigherAfterThanBefore() {
    assertThat(PainReport.scores(2, 3).nextEntryAsksIfSettled()).isTrue();
    assertThat(PainReport.scores(3, 3).nextEntryAsksIfSettled()).isFalse();
    assertThat(PainReport.scores(5, 2).nextEntryAsksIfSettled()).isFalse();
  }

  @Test
  void asksNextTimeWithoutABeforeScoreOnlyWhenThePainAfterNeededToSettle() {
    assertThat(PainReport.scores(null, 4).nextEntryAsksIfSettled()).isTrue();
    assertThat(PainReport.scores(null, 3).nextEntryAsksIfSettled()).isFalse();
    assertThat(PainReport.scores(3, null).nextEntryAsksIfSettled()).isFalse();
  }

  @Test
  void asksAgainAfterAnAnswerThatThePainHadNotSettled() {
    assertThat(new PainReport(3, 3, false, false).nextEntryAsksIfSettled()).isTrue();
    assertThat(new PainReport(3, 3, true, false).nextEntryAsksIfSettled()).isFalse();
  }
}
