package org.hiproutine;

import java.util.List;

/**
 * The eight exercises of shared/seed/hip-fitness-for-back-pain.txt, in its order, as the tests
 * expect to find them: written out here once, not read from the app, so a wrong migration fails.
 */
public final class SeedCatalog {

  public static final List<String> NAMES =
      List.of(
          "Hip Flexor Stretch",
          "Pigeon Pose",
          "Glute Bridges",
          "Clamshells",
          "Hip Flexor and Quad Release",
          "Cat-Cow Stretch",
          "Standing Forward Bend",
          "Lunges");

  public static final List<String> SLUGS =
      List.of(
          "hip-flexor-stretch",
          "pigeon-pose",
          "glute-bridges",
          "clamshells",
          "hip-flexor-and-quad-release",
          "cat-cow",
          "standing-forward-bend",
          "lunges");

  private SeedCatalog() {}
}
