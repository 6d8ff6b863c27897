package org.hiproutine.catalog.drawing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a pose file (src/main/resources/drawings/*.pose, whose header explains the format): one
 * setting per line, words separated by spaces, {@code #} starts a comment.
 */
final class PoseFile {

  private final String slug;
  private String title;
  private View view = View.SIDE;
  private boolean eachSide;
  private Place anchor;
  private Pace pace;
  private Arrow arrow;
  private final Set<Place> heldStill = new HashSet<>();
  private final Map<Side, Map<Segment, Double>> depths =
      Map.of(Side.NEAR, new EnumMap<>(Segment.class), Side.FAR, new EnumMap<>(Segment.class));
  private final List<Pose> poses = new ArrayList<>();
  private PoseLines pose;

  private PoseFile(String slug) {
    this.slug = slug;
  }

  static ExercisePoses read(String slug, String text) {
    PoseFile file = new PoseFile(slug);
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replaceFirst("#.*", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        file.take(line.split("\\s+"));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            slug + ".pose line " + (i + 1) + ": " + e.getMessage() + " in \"" + line + "\"", e);
      }
    }
    return file.finish();
  }

  private void take(String[] words) {
    String key = words[0];
    switch (key) {
      case "title" -> title = String.join(" ", List.of(words).subList(1, words.length));
      case "view" -> view = View.valueOf(one(words).toUpperCase(java.util.Locale.ROOT));
      case "each-side" -> eachSide = yes(one(words));
      case "anchor" -> anchor = Place.parse(one(words));
      case "pace" -> pace = pace(words);
      case "arrow" -> {
        count(words, 2);
        arrow = new Arrow(Place.parse(words[1]), number(words[2]));
      }
      case "still" -> heldStill.addAll(places(words));
      case "depth" -> depth(pose == null ? depths : pose.depths, words);
      case "pose", "passing" -> {
        endPose();
        pose = new PoseLines(one(words), key.equals("passing"), depths);
      }
      default -> poseLine(key, words);
    }
  }

  private void poseLine(String key, String[] words) {
    if (pose == null) {
      throw new IllegalArgumentException("unknown setting " + key);
    }
    switch (key) {
      case "hold" -> pose.hold = number(one(words));
      case "floor" -> pose.floor.addAll(places(words));
      default -> {
        for (Axis axis : Axis.values()) {
          if (axis.word().equals(key)) {
            pose.axis.put(axis, number(one(words)));
            return;
          }
        }
        Joint joint = Joint.valueOf(key.toUpperCase(java.util.Locale.ROOT));
        count(words, 2);
        pose.joints.get(Side.NEAR).put(joint, number(words[1]));
        pose.joints.get(Side.FAR).put(joint, number(words[2]));
      }
    }
  }

  private ExercisePoses finish() {
    endPose();
    if (title == null || anchor == null) {
      throw new IllegalArgumentException(slug + ".pose needs a title and an anchor");
    }
    return new ExercisePoses(
        slug,
        title,
        view,
        eachSide,
        anchor,
        Optional.ofNullable(pace),
        Optional.ofNullable(arrow),
        heldStill,
        poses);
  }

  private void endPose() {
    if (pose != null) {
      poses.add(
          new Pose(
              pose.name, pose.passing, pose.hold, pose.axis, pose.joints, pose.depths, pose.floor));
    }
  }

  /** "depth thigh 45 45": before the first pose, for every pose; within a pose, for that one. */
  private static void depth(Map<Side, Map<Segment, Double>> depths, String[] words) {
    count(words, 3);
    Segment segment =
        Segment.valueOf(words[1].toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    depths.get(Side.NEAR).put(segment, number(words[2]));
    depths.get(Side.FAR).put(segment, number(words[3]));
  }

  /** "pace 3 repetition" or "pace 6 breathing-round". */
  private static Pace pace(String[] words) {
    count(words, 2);
    return switch (words[2]) {
      case "repetition" -> new Pace(number(words[1]), false);
      case "breathing-round" -> new Pace(number(words[1]), true);
      default -> throw new IllegalArgumentException("a pace is per repetition or breathing-round");
    };
  }

  private static Set<Place> places(String[] words) {
    Set<Place> places = new LinkedHashSet<>();
    for (int i = 1; i < words.length; i++) {
      places.add(Place.parse(words[i]));
    }
    return places;
  }

  private static boolean yes(String word) {
    return switch (word) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw new IllegalArgumentException("yes or no, not " + word);
    };
  }

  private static String one(String[] words) {
    count(words, 1);
    return words[1];
  }

  private static void count(String[] words, int values) {
    if (words.length != values + 1) {
      throw new IllegalArgumentException(words[0] + " takes " + values + " value(s)");
    }
  }

  private static double number(String word) {
    return Double.parseDouble(word);
  }

  /** A pose as its lines are read. */
  private static final class PoseLines {
    final String name;
    final boolean passing;
    double hold;
    final Map<Axis, Double> axis = new EnumMap<>(Axis.class);
    final Map<Side, Map<Joint, Double>> joints =
        Map.of(Side.NEAR, new EnumMap<>(Joint.class), Side.FAR, new EnumMap<>(Joint.class));
    final Map<Side, Map<Segment, Double>> depths =
        Map.of(Side.NEAR, new EnumMap<>(Segment.class), Side.FAR, new EnumMap<>(Segment.class));
    final Set<Place> floor = new HashSet<>();

    PoseLines(String name, boolean passing, Map<Side, Map<Segment, Double>> defaults) {
      this.name = name;
      this.passing = passing;
      defaults.forEach((side, depth) -> depths.get(side).putAll(depth));
    }
  }
}
