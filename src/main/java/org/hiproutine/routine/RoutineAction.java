package org.hiproutine.routine;

/** What a button on the routine's form asks for, beyond saving what was typed. */
sealed interface RoutineAction {

  record Save() implements RoutineAction {}

  record MoveUp(long itemId) implements RoutineAction {}

  record MoveDown(long itemId) implements RoutineAction {}

  record Remove(long itemId) implements RoutineAction {}

  record OrderByPosition() implements RoutineAction {}

  record Add(String exerciseSlug) implements RoutineAction {}

  /** Reads a button's value: "save", "order", "up:12", "down:12", "remove:12", "add:lunges". */
  static RoutineAction parse(String value) {
    if (value == null || value.isEmpty() || value.equals("save")) {
      return new Save();
    }
    if (value.equals("order")) {
      return new OrderByPosition();
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
      case "add" -> new Add(argument);
      default -> throw new BadRoutineRequestException("unknown action");
    };
  }

  private static long itemId(String argument) {
    try {
      return Long.parseLong(argument);
    } catch (NumberFormatException e) {
      throw new BadRoutineRequestException("item id is not a number");
    }
  }
}
