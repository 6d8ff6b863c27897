package org.hiproutine.catalog.drawing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every exercise's drawings, made once at start-up from the pose files in {@code
 * src/main/resources/drawings/} and kept as SVG files by name:
 *
 * <ul>
 *   <li>{@code <slug>.svg}: the still drawing, its key poses side by side (one pose for a held
 *       stretch), as the seed describes it: for an exercise done on each side, the right side. For
 *       cards, the sheet, paper and the PDF, and for {@code prefers-reduced-motion}.
 *   <li>{@code <slug>-left.svg}: the same mirrored, the left side being worked; only for exercises
 *       done on each side.
 *   <li>{@code <slug>-animated.svg}: a movement moving between its key poses at the pace of the
 *       routine's time estimate, resting a moment in each; only for movements.
 *   <li>{@code <slug>-left-animated.svg}: that animation mirrored; only for movements done on each
 *       side.
 * </ul>
 *
 * All are drawn at one scale in one picture size (330 by 182), so that at one width they match.
 */
@Component
public class Drawings {

  static final String POSE_FILES = "classpath:drawings/*.pose";

  private final Map<String, ExercisePoses> exercises;
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  /** What a page needs of each drawing, made once: pages ask for it on every exercise they show. */
  private final Map<String, Drawing> rightSide = new HashMap<>();

  private final Map<String, Drawing> leftSide = new HashMap<>();

  public Drawings() {
    this(readPoseFiles());
  }

  Drawings(Map<String, ExercisePoses> exercises) {
    this.exercises = Map.copyOf(exercises);
    for (ExercisePoses exercise : exercises.values()) {
      String slug = exercise.slug();
      put(still(slug), Renderer.still(exercise, false));
      if (exercise.eachSide()) {
        put(leftSide(slug), Renderer.still(exercise, true));
      }
      if (exercise.moves()) {
        put(animated(slug), Renderer.animated(exercise, false));
        if (exercise.eachSide()) {
          put(animatedLeftSide(slug), Renderer.animated(exercise, true));
        }
      }
    }
    for (String slug : this.exercises.keySet()) {
      rightSide.put(slug, drawing(slug, false));
      leftSide.put(slug, drawing(slug, true));
    }
  }

  private void put(String fileName, String svg) {
    files.put(fileName, svg.getBytes(StandardCharsets.UTF_8));
  }

  /** Every drawing's file name, exercise by exercise in slug order. */
  public List<String> fileNames() {
    return List.copyOf(files.keySet());
  }

  /** A drawing's SVG, if there is one by that name. */
  public Optional<byte[]> file(String fileName) {
    return Optional.ofNullable(files.get(fileName)).map(byte[]::clone);
  }

  /** The exercises drawn, by slug. */
  public List<String> slugs() {
    return exercises.keySet().stream().sorted().toList();
  }

  /** The drawing of this exercise, as seed describes it (the right side where it names one). */
  public Drawing of(String slug) {
    return of(slug, false);
  }

  /** The drawing of this exercise with the left side worked, where it is drawn for each side. */
  public Drawing of(String slug, boolean leftSide) {
    Drawing made = (leftSide ? this.leftSide : rightSide).get(slug);
    return made != null ? made : drawing(slug, leftSide);
  }

  private Drawing drawing(String slug, boolean leftSide) {
    boolean left = leftSide && isDrawnForEachSide(slug);
    String animated = left ? animatedLeftSide(slug) : animated(slug);
    return Drawing.of(
        left ? leftSide(slug) : still(slug), files.containsKey(animated) ? animated : null);
  }

  /** Whether there is a drawing of this exercise. */
  public boolean draws(String slug) {
    return exercises.containsKey(slug);
  }

  /** Whether the exercise moves, so that it has an animated drawing. */
  public boolean isAnimated(String slug) {
    return Optional.ofNullable(exercises.get(slug)).map(ExercisePoses::moves).orElse(false);
  }

  /** Whether the exercise is done on each side, so that it has a mirrored drawing. */
  public boolean isDrawnForEachSide(String slug) {
    return Optional.ofNullable(exercises.get(slug)).map(ExercisePoses::eachSide).orElse(false);
  }

  public static String still(String slug) {
    return slug + ".svg";
  }

  public static String leftSide(String slug) {
    return slug + "-left.svg";
  }

  public static String animated(String slug) {
    return slug + "-animated.svg";
  }

  public static String animatedLeftSide(String slug) {
    return slug + "-left-animated.svg";
  }

  /** Every pose file on the classpath, by slug (the file's name). */
  static Map<String, ExercisePoses> readPoseFiles() {
    try {
      Map<String, ExercisePoses> exercises = new TreeMap<>();
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(POSE_FILES)) {
        String slug = resource.getFilename().replaceFirst("\\.pose$", "");
        exercises.put(
            slug, PoseFile.read(slug, resource.getContentAsString(StandardCharsets.UTF_8)));
      }
      return Collections.unmodifiableMap(exercises);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the pose files", e);
    }
  }
}
