package org.hiproutine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency direction of shared/STYLE.md, grown with the features: reminder (calendar files)
 * and the catalog depend on no feature; routine on the catalog and reminder; sheet and session on
 * routine; the diary on routine and sheet (it prints through the sheet's PDF renderer), and no
 * feature depends on the diary; web (what every page shares) on no feature.
 */
@AnalyzeClasses(packages = "org.hiproutine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] FEATURES = {
    "..catalog..",
    "..reminder..",
    "..routine..",
    "..sheet..",
    "..session..",
    "..diary..",
    "..home.."
  };

  @ArchTest
  static final ArchRule catalogAndReminderDependOnNoOtherFeature =
      noClasses()
          .that()
          .resideInAnyPackage("..catalog..", "..reminder..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..routine..", "..sheet..", "..session..", "..diary..", "..home..");

  @ArchTest
  static final ArchRule routineDependsOnlyOnTheCatalogAndReminders =
      noClasses()
          .that()
          .resideInAPackage("..routine..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..sheet..", "..session..", "..diary..", "..home..");

  @ArchTest
  static final ArchRule sheetIsNotUsedByTheFeaturesItBuildsOn =
      noClasses()
          .that()
          .resideInAnyPackage(
              "..catalog..", "..reminder..", "..routine..", "..session..", "..home..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..sheet..");

  @ArchTest
  static final ArchRule noFeatureDependsOnTheDiary =
      noClasses()
          .that()
          .resideOutsideOfPackage("..diary..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..diary..");

  @ArchTest
  static final ArchRule theSessionDependsOnRoutinesNotOnPaperOrTheDiary =
      noClasses()
          .that()
          .resideInAPackage("..session..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..sheet..", "..diary..", "..home..");

  @ArchTest
  static final ArchRule webDependsOnNoFeature =
      noClasses()
          .that()
          .resideInAPackage("..web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FEATURES);

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles =
      slices().matching("org.hiproutine.(*)..").should().beFreeOfCycles();
}
