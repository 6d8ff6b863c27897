package org.hiproutine.catalog.drawing;

import java.util.Optional;

/** A part of the body on one side ("near-knee"), or on the middle ("back"). */
record Place(Part part, Optional<Side> side) {

  Place {
    if (part.paired() != side.isPresent()) {
      throw new IllegalArgumentException(
          part.word() + (part.paired() ? " needs near- or far-" : " has no side"));
    }
  }

  static Place of(Part part) {
    return new Place(part, Optional.empty());
  }

  static Place of(Side side, Part part) {
    return new Place(part, Optional.of(side));
  }

  static Place parse(String word) {
    for (Side side : Side.values()) {
      if (word.startsWith(side.word() + "-")) {
        return of(side, part(word.substring(side.word().length() + 1)));
      }
    }
    return of(part(word));
  }

  private static Part part(String word) {
    try {
      return Part.valueOf(word.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("no such part of the body: " + word, e);
    }
  }

  @Override
  public String toString() {
    return side.map(s -> s.word() + "-").orElse("") + part.word();
  }
}
