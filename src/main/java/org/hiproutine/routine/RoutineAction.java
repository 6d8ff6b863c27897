package org.hiproutine.routine;

import java.util.List;

/**
 * What a button on the routine's form asks for, beyond saving what was typed, and where on the page
 * the person lands after it.
 */
sealed interface RoutineAction {

  /** The part of the edit page to show after this action: "" for the top, "#items", "#item-12". */
  String anchor();

  record Save() implements RoutineAction {
    @Override
    public String anchor() {
      return "";
    }
  }

  record MoveUp(long itemId) implements RoutineAction {
    @Override
    public String anchor() {
      return "#item-" + itemId;
    }
  }

  record MoveDown(long itemId) implements RoutineAction {
    @Override
    public String anchor() {
      return "#item-" + itemId;
    }
  }

  record Remove(long itemId) implements RoutineAction {
    @Override
    public String anchor() {
      return "#items";
    }
  }

  record OrderByPosition() implements RoutineAction {
    @Override
    public String anchor() {
      return "#items";
    }
  }

  /**
   * Saves, then leaves for another page of the routine: so no way out of a changed form (Print
   * sheet, Download PDF, Start the routine) loses what was typed.
   */
  record Go(Destination destination) implements RoutineAction {
    @Override
    public String anchor() {
      return "";
    }
  }

  /** Saves, then makes a copy of the routine and opens the copy. */
  record Copy() implements RoutineAction {
    @Override
    public String anchor() {
      return "";
    }
  }

  /**
   * Where a Go action leads: a page under the routine's share link, or one under its edit link
   * (reminders, the diary).
   */
  enum Destination {
    SESSION("/session"),
    SHEET("/sheet"),
    PDF("/sheet.pdf"),
    SHARED(""),
    REMINDERS("/reminders", true),
    DIARY("/diary", true),
    LOG("/diary/new", true);

    private final String path;
    private final boolean underEditLink;

    Destination(String path) {
      this(path, false);
    }

    Destination(String path, boolean underEditLink) {
      this.path = path;
      this.underEditLink = underEditLink;
    }

    String pathFor(Routine routine) {
      return underEditLink
          ? "/routines/" + routine.getEditKey() + path
          : "/s/" + routine.getShareKey() + path;
    }
  }

  /** Adds the exercises ticked in the picker (or the one whose Add button was pressed). */
  record Add(List<String> exerciseSlugs) implements RoutineAction {
    @Override
    public String anchor() {
      return "#items";
    }
  }

  /**
   * Reads a button's value: "save", "order", "up:12", "down:12", "remove:12", "add:lunges", "add"
   * with the exercises ticked in the picker, "go:sheet" (session, sheet, pdf, shared), "copy".
   */
  static RoutineAction parse(String value, List<String> ticked) {
    if (value == null || value.isEmpty() || value.equals("save")) {
      return new Save();
    }
    if (value.equals("order")) {
      return new OrderByPosition();
    }
    if (value.equals("copy")) {
      return new Copy();
    }
    if (value.equals("add")) {
      return new Add(ticked == null ? List.of() : List.copyOf(ticked));
    }
    int colon = value.indexOf(':');
    if (colon < 0) {
      throw new BadRoutineRequestException("unknown action");
    }
    String verb = value.substring(0, colon);
    String argument = value.substring(colon + 1);
    return switch (verb) {
      case "up" -> new MoveUp(itemId(argument));
      case "down" -> new MoveDown(itemId(argument));
      case "remove" -> new Remove(itemId(argument));
      case "add" -> new Add(List.of(argument));
      case "go" -> new Go(destination(argument));
      default -> throw new BadRoutineRequestException("unknown action");
    };
  }

  private static Destination destination(String argument) {
    for (Destination destination : Destination.values()) {
      if (destination.name().equalsIgnoreCase(argument)) {
        return destination;
      }
    }
    throw new BadRoutineRequestException("unknown destination");
  }

  private static long itemId(String argument) {
    try {
      return Long.parseLong(argument);
    } catch (NumberFormatException e) {
      throw new BadRoutineRequestException("item id is not a number");
    }
  }
}
