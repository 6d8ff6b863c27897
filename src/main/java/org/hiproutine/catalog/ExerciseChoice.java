package org.hiproutine.catalog;

/** An exercise as a list to choose from shows it: what to send back, its name and its dose. */
public record ExerciseChoice(String slug, String name, Dose dose) {

  static ExerciseChoice of(Exercise exercise) {
    return new ExerciseChoice(exercise.getSlug(), exercise.getName(), exercise.getDose());
  }
}
