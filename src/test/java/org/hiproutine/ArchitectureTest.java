package org.hiproutine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency direction of shared/STYLE.md: the catalog depends on no feature, routine on the
 * catalog, sheet on routine; web (what every page shares) on no feature.
 */
@AnalyzeClasses(packages = "org.hiproutine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule catalogDependsOnNoOtherFeature =
      noClasses()
          .that()
          .resideInAPackage("..catalog..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..routine..", "..sheet..", "..home..");

  @ArchTest
  static final ArchRule routineDependsOnlyOnTheCatalog =
      noClasses()
          .that()
          .resideInAPackage("..routine..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..sheet..", "..home..");

  @ArchTest
  static final ArchRule sheetIsNotUsedByTheFeaturesItBuildsOn =
      noClasses()
          .that()
          .resideInAnyPackage("..catalog..", "..routine..", "..home..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..sheet..");

  @ArchTest
  static final ArchRule webDependsOnNoFeature =
      noClasses()
          .that()
          .resideInAPackage("..web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..catalog..", "..routine..", "..sheet..", "..home..");

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles =
      slices().matching("org.hiproutine.(*)..").should().beFreeOfCycles();
}
