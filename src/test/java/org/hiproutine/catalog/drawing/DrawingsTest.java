package org.hiproutine.catalog.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hiproutine.SeedCatalog;
import org.hiproutine.routine.TimeEstimate;
import org.junit.jupiter.api.Test;

/** The drawings the app serves: one set per exercise of the seed, named by side and movement. */
class DrawingsTest {

  /** The seed's exercises done on each side (V1__catalog.sql: each_side). */
  private static final List<String> EACH_SIDE =
      List.of(
          "hip-flexor-stretch",
          "pigeon-pose",
          "clamshells",
          "hip-flexor-and-quad-release",
          "lunges");

  /** The seed's exercises counted in repetitions or breaths, rather than held. */
  private static final List<String> REPEATED = List.of("glute-bridges", "clamshells", "lunges");

  private static final List<String> BREATHED = List.of("cat-cow");

  private final Drawings drawings = new Drawings();

  @Test
  void drawsEveryExerciseOfTheSeedFromItsPoseFile() {
    assertThat(drawings.slugs()).containsExactlyInAnyOrderElementsOf(SeedCatalog.SLUGS);
  }

  @Test
  void namesEachFileForTheExerciseTheSideAndWhetherItMoves() {
    List<String> expected = new ArrayList<>();
    for (String slug : drawings.slugs()) {
      boolean moves = REPEATED.contains(slug) || BREATHED.contains(slug);
      boolean sides = EACH_SIDE.contains(slug);
      assertThat(drawings.isAnimated(slug)).as(slug).isEqualTo(moves);
      assertThat(drawings.isDrawnForEachSide(slug)).as(slug).isEqualTo(sides);
      expected.add(slug + ".svg");
      if (sides) {
        expected.add(slug + "-left.svg");
      }
      if (moves) {
        expected.add(slug + "-animated.svg");
      }
      if (moves && sides) {
        expected.add(slug + "-left-animated.svg");
      }
    }
    assertThat(drawings.fileNames()).containsExactlyElementsOf(expected);
  }

  @Test
  void answersEachFileByNameAndNothingForAnyOtherName() {
    for (String name : drawings.fileNames()) {
      assertThat(new String(drawings.file(name).orElseThrow(), StandardCharsets.UTF_8))
          .as(name)
          .startsWith("<svg ");
    }
    assertThat(drawings.file("lunges.png")).isEmpty();
    assertThat(drawings.file("../application.properties")).isEmpty();
    assertThat(drawings.isAnimated("no-such-exercise")).isFalse();
    assertThat(drawings.isDrawnForEachSide("no-such-exercise")).isFalse();
  }

  @Test
  void aFileHandedOutCannotChangeTheDrawingServedNext() {
    byte[] handedOut = drawings.file("lunges.svg").orElseThrow();
    handedOut[0] = 'X';
    assertThat(drawings.file("lunges.svg").orElseThrow()[0]).isEqualTo((byte) '<');
  }

  @Test
  void movesAtThePaceTheRoutinesTimeEstimateCounts() {
    Pattern duration = Pattern.compile("dur=\"([0-9.]+)s\"");
    for (String slug : drawings.slugs()) {
      if (!drawings.isAnimated(slug)) {
        continue;
      }
      int expected =
          BREATHED.contains(slug)
              ? TimeEstimate.SECONDS_PER_BREATHING_ROUND
              : TimeEstimate.SECONDS_PER_REPETITION;
      Matcher found =
          duration.matcher(
              new String(
                  drawings.file(Drawings.animated(slug)).orElseThrow(), StandardCharsets.UTF_8));
      assertThat(found.find()).as(slug).isTrue();
      assertThat(Double.parseDouble(found.group(1))).as(slug).isEqualTo(expected);
      assertThat(PoseData.exercise(slug).pace().orElseThrow().breathing())
          .as(slug)
          .isEqualTo(BREATHED.contains(slug));
    }
  }
}
