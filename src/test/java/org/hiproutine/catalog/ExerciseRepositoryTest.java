package org.hiproutine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hiproutine.SeedCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/** The catalog as the Flyway migration seeds it from shared/seed/hip-fitness-for-back-pain.txt. */
@DataJpaTest(showSql = false)
class ExerciseRepositoryTest {

  @Autowired ExerciseRepository exercises;
  @Autowired CatalogTextRepository texts;

  @Test
  void holdsExactlyTheSeedsEightExercisesInItsOrder() {
    assertThat(exercises.findAllByOrderByPosition())
        .extracting(Exercise::getName)
        .containsExactlyElementsOf(SeedCatalog.NAMES);
  }

  @Test
  void listsTheEightToChooseFromInTheSameOrderOneRowEach() {
    assertThat(exercises.findAllToChoose())
        .extracting(Exercise::getName)
        .containsExactlyElementsOf(SeedCatalog.NAMES);
  }

  @Test
  void givesEachExerciseTheSeedsDose() {
    assertThat(exercises.findAllByOrderByPosition())
        .extracting(Exercise::getDose)
        .containsExactly(
            new Dose(DoseKind.HOLD, 15, 30, true),
            new Dose(DoseKind.HOLD, 15, 30, true),
            new Dose(DoseKind.REPETITIONS, 12, 15, false),
            new Dose(DoseKind.REPETITIONS, 15, 20, true),
            new Dose(DoseKind.HOLD, 15, 30, true),
            new Dose(DoseKind.BREATHING_ROUNDS, 10, 15, false),
            new Dose(DoseKind.HOLD, 20, 30, false),
            new Dose(DoseKind.REPETITIONS, 12, 15, true));
  }

  @Test
  void keepsTheSeedsStepsWordForWordAndInOrder() {
    Exercise clamshells = exercises.findBySlug("clamshells").orElseThrow();

    assertThat(clamshells.getSteps())
        .containsExactly(
            "Lie on your side with knees bent and stacked on top of each other.",
            "Keeping your feet together, open your top knee like a clamshell.",
            "Squeeze your glutes as you open and close the knee.",
            "Perform 15-20 reps on each side.");
    assertThat(exercises.findBySlug("standing-forward-bend").orElseThrow().getSteps())
        .containsExactly(
            "Stand with feet hip-width apart and hinge at your hips to reach toward the floor.",
            "Allow your upper body to hang and your spine to lengthen.",
            "Hold for 20-30 seconds.");
  }

  @Test
  void recordsStartingPositionKindAndAreasAsTheSeedSays() {
    Exercise release = exercises.findBySlug("hip-flexor-and-quad-release").orElseThrow();
    Exercise catCow = exercises.findBySlug("cat-cow").orElseThrow();
    Exercise pigeon = exercises.findBySlug("pigeon-pose").orElseThrow();

    assertThat(release.getStartPosition()).isEqualTo(StartPosition.KNEELING);
    assertThat(release.getAreas()).containsExactly(BodyArea.HIP_FLEXORS, BodyArea.QUADRICEPS);
    assertThat(catCow.getKind()).isEqualTo(ExerciseKind.MOBILITY);
    assertThat(catCow.getStartPosition()).isEqualTo(StartPosition.HANDS_AND_KNEES);
    assertThat(pigeon.getStartPosition()).isEqualTo(StartPosition.PLANK);
    assertThat(exercises.findAllByOrderByPosition())
        .allSatisfy(
            exercise -> {
              assertThat(exercise.getSteps()).isNotEmpty();
              assertThat(exercise.getAreas()).isNotEmpty();
              assertThat(exercise.getSummary()).isNotBlank();
              assertThat(exercise.getIllustration()).isEqualTo(exercise.getSlug() + ".svg");
            });
  }

  @Test
  void keepsTheArticlesIntroductionAndClosingButNotTheBlogChrome() {
    var paragraphs = texts.paragraphs();

    assertThat(paragraphs.get(CatalogText.INTRODUCTION))
        .startsWith("I would recommend incorporating hip exercises into your routine");
    assertThat(paragraphs.get(CatalogText.CLOSING))
        .contains("consult with a healthcare professional or a physical therapist");
    assertThat(List.copyOf(paragraphs.values()))
        .noneMatch(text -> text.contains("Previous Post") || text.contains("Next Post"));
  }

  @Test
  void findsNoExerciseForAnUnknownSlug() {
    assertThat(exercises.findBySlug("handstand")).isEmpty();
  }
}
