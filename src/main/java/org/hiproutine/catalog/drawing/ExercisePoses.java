package org.hiproutine.catalog.drawing;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One exercise's drawing as data, read from its pose file: the key poses (one for a held stretch,
 * both ends for a movement) and how the body moves between them.
 *
 * @param anchor the part that rests on the floor in every pose and stays where it is while moving
 * @param heldStill hands and feet that stay where they are while the rest of the body moves
 */
record ExercisePoses(
    String slug,
    String title,
    View view,
    boolean eachSide,
    Place anchor,
    Optional<Pace> pace,
    Optional<Arrow> arrow,
    Set<Place> heldStill,
    List<Pose> poses) {

  ExercisePoses {
    heldStill = Set.copyOf(heldStill);
    poses = List.copyOf(poses);
    if (poses.isEmpty() || poses.get(0).passing() || poses.get(poses.size() - 1).passing()) {
      throw new IllegalArgumentException(slug + ": starts and ends with a key pose");
    }
    if (poses.size() > 1 && pace.isEmpty()) {
      throw new IllegalArgumentException(slug + ": a movement needs a pace");
    }
    for (Place still : heldStill) {
      if (still.part() != Part.FOOT && still.part() != Part.HAND) {
        throw new IllegalArgumentException(slug + ": only hands and feet are held still: " + still);
      }
    }
    for (Pose pose : poses) {
      if (!pose.restsOn(anchor)) {
        throw new IllegalArgumentException(
            slug + ": " + pose.name() + " does not rest on " + anchor);
      }
    }
  }

  boolean moves() {
    return poses.size() > 1;
  }

  /** The poses drawn on paper, side by side. */
  List<Pose> keyPoses() {
    return poses.stream().filter(pose -> !pose.passing()).toList();
  }

  Pose pose(String name) {
    return poses.stream()
        .filter(pose -> pose.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(slug + " has no pose " + name));
  }
}
