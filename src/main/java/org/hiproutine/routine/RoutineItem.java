package org.hiproutine.routine;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Duration;
import java.util.Locale;
import org.hiproutine.catalog.Dose;
import org.hiproutine.catalog.DoseKind;
import org.hiproutine.catalog.Exercise;
import org.springframework.context.MessageSource;

/** One exercise in a routine, with how much of it: sets, and an amount in the exercise's kind. */
@Entity
public class RoutineItem {

  public static final int FEWEST_SETS = 1;
  public static final int MOST_SETS = 5;
  public static final int LONGEST_NOTE = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "exercise_id")
  private Exercise exercise;

  private int sets;

  private int amount;

  private String note;

  protected RoutineItem() {}

  /** A new item starts at the catalog's recommended minimum, one set. */
  RoutineItem(Exercise exercise) {
    this(exercise, FEWEST_SETS, exercise.getDose().min());
  }

  RoutineItem(Exercise exercise, int sets, int amount) {
    this.exercise = exercise;
    change(sets, amount, null);
  }

  /** An item as stored, for {@link Routine#snapshot}. */
  static RoutineItem snapshot(long id, Exercise exercise, int sets, int amount, String note) {
    RoutineItem item = new RoutineItem();
    item.id = id;
    item.exercise = exercise;
    item.sets = sets;
    item.amount = amount;
    item.note = note;
    return item;
  }

  void change(int sets, int amount, String note) {
    if (sets < FEWEST_SETS || sets > MOST_SETS) {
      throw new IllegalArgumentException("sets must be 1 to 5, not " + sets);
    }
    if (!exercise.getDose().kind().allows(amount)) {
      throw new IllegalArgumentException(amount + " is outside the limits of " + kind());
    }
    this.sets = sets;
    this.amount = amount;
    this.note = note == null || note.isBlank() ? null : note.strip();
  }

  /** The same exercise and amounts, for a copy of the routine. */
  RoutineItem copy() {
    RoutineItem copy = new RoutineItem(exercise, sets, amount);
    copy.note = note;
    return copy;
  }

  public Long getId() {
    return id;
  }

  public Exercise getExercise() {
    return exercise;
  }

  public int getSets() {
    return sets;
  }

  public int getAmount() {
    return amount;
  }

  public String getNote() {
    return note;
  }

  public DoseKind kind() {
    return exercise.getDose().kind();
  }

  public boolean isDoneOnEachSide() {
    return exercise.isDoneOnEachSide();
  }

  public boolean isWithinRecommendation() {
    return exercise.getDose().recommends(amount);
  }

  /** Whether the saved amount is far from what the exercise recommends (see Dose.match). */
  public boolean isFarOutsideRecommendation() {
    return exercise.getDose().match(sets, amount) == org.hiproutine.catalog.Dose.Match.FAR_OUTSIDE;
  }

  /** Time under way, without the move to the next exercise: see {@link TimeEstimate}. */
  Duration estimatedDuration() {
    return TimeEstimate.oneSet(kind(), amount).multipliedBy((long) sets * sides());
  }

  private int sides() {
    return isDoneOnEachSide() ? 2 : 1;
  }

  /** "2 sets · hold 30 s · each side", "15 repetitions". */
  public String describe(MessageSource messages, Locale locale) {
    return exercise.getDose().describeChosen(sets, amount, messages, locale);
  }

  /** The recommended range of this item's exercise. */
  public Dose recommendation() {
    return exercise.getDose();
  }
}
