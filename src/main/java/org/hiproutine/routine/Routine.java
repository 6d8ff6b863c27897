package org.hiproutine.routine;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.SecondaryRow;
import org.hiproutine.catalog.Exercise;
import org.hiproutine.reminder.ReminderSchedule;
import org.springframework.context.MessageSource;

/**
 * A person's daily routine: an ordered list of exercises with how much of each. It is reached only
 * through its two secret keys: the edit key changes it, the share key shows it read-only.
 */
@Entity
@SecondaryTable(
    name = RoutineReminder.TABLE,
    pkJoinColumns = @PrimaryKeyJoinColumn(name = "routine_id"))
// optional: a routine without reminders has no row there, and is read with an outer join
@SecondaryRow(table = RoutineReminder.TABLE, optional = true)
public class Routine {

  public static final int LONGEST_NAME = 80;
  public static final int LONGEST_NOTES = 1000;
  public static final int LONGEST_FOR = 80;
  public static final int LONGEST_FROM = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(updatable = false)
  private String editKey;

  @Column(updatable = false)
  private String shareKey;

  private String name;

  private String notes;

  /** Who it is for: a patient's name or initials, printed on the sheet. */
  private String forWhom;

  /** Who it is from: a clinic or therapist and a phone number, printed on the sheet. */
  private String fromWhom;

  @Embedded private Frequency frequency;

  @Column(updatable = false)
  private Instant createdAt;

  private Instant updatedAt;

  @Version private long version;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "routine_id", nullable = false)
  @OrderColumn(name = "item_index", nullable = false)
  private List<RoutineItem> items = new ArrayList<>();

  /** Null until the person sets reminders. */
  @Embedded private RoutineReminder reminder;

  protected Routine() {}

  Routine(RoutineKeys keys, String name, String notes, Frequency frequency, Instant now) {
    this.editKey = keys.next();
    this.shareKey = keys.next();
    this.createdAt = now;
    changeDetails(name, notes, frequency, now);
  }

  /**
   * A routine as stored, read in plain SQL for a page that only shows it (RoutineSnapshots): not
   * managed by JPA, so changing it saves nothing; the edit key is null for a share link's pages.
   */
  static Routine snapshot(
      long id,
      String editKey,
      String shareKey,
      String name,
      String notes,
      String forWhom,
      String fromWhom,
      Frequency frequency,
      Instant createdAt,
      Instant updatedAt,
      long version,
      RoutineReminder reminder,
      List<RoutineItem> items) {
    Routine routine = new Routine();
    routine.id = id;
    routine.editKey = editKey;
    routine.shareKey = shareKey;
    routine.name = name;
    routine.notes = notes;
    routine.forWhom = forWhom;
    routine.fromWhom = fromWhom;
    routine.frequency = frequency;
    routine.createdAt = createdAt;
    routine.updatedAt = updatedAt;
    routine.version = version;
    routine.reminder = reminder;
    routine.items = List.copyOf(items);
    return routine;
  }

  /** Its name, notes and how often it is done. */
  void changeDetails(String name, String notes, Frequency frequency, Instant now) {
    if (name == null || name.isBlank() || name.strip().length() > LONGEST_NAME) {
      throw new IllegalArgumentException("a routine needs a name of 1 to 80 characters");
    }
    this.name = name.strip();
    this.notes = notes == null || notes.isBlank() ? null : notes.strip();
    this.frequency = frequency;
    this.updatedAt = now;
  }

  /** Who the routine is for and from, as printed at the top of its sheet; blank for none. */
  void address(String forWhom, String fromWhom) {
    if (forWhom != null && forWhom.strip().length() > LONGEST_FOR
        || fromWhom != null && fromWhom.strip().length() > LONGEST_FROM) {
      throw new IllegalArgumentException("for is at most 80 characters, from at most 200");
    }
    this.forWhom = forWhom == null || forWhom.isBlank() ? null : forWhom.strip();
    this.fromWhom = fromWhom == null || fromWhom.isBlank() ? null : fromWhom.strip();
  }

  /**
   * A new routine like this one, under a name of its own and new keys: the same exercises and
   * amounts, notes, how often, and who it is for and from.
   */
  Routine copy(RoutineKeys keys, String name, Instant now) {
    Routine copy = new Routine(keys, name, notes, frequency, now);
    copy.address(forWhom, fromWhom);
    for (RoutineItem item : items) {
      copy.items.add(item.copy());
    }
    return copy;
  }

  /** Adds the exercise at the end, once: adding it again leaves the routine as it is. */
  RoutineItem add(Exercise exercise) {
    return itemFor(exercise)
        .orElseGet(
            () -> {
              RoutineItem item = new RoutineItem(exercise);
              items.add(item);
              return item;
            });
  }

  void add(Exercise exercise, int sets, int amount) {
    if (contains(exercise)) {
      throw new IllegalArgumentException(exercise.getSlug() + " is already in this routine");
    }
    items.add(new RoutineItem(exercise, sets, amount));
  }

  public boolean contains(Exercise exercise) {
    return itemFor(exercise).isPresent();
  }

  /** Whether an item of the routine is this exercise, named by its slug. */
  public boolean contains(String slug) {
    return items.stream().anyMatch(item -> item.getExercise().getSlug().equals(slug));
  }

  private Optional<RoutineItem> itemFor(Exercise exercise) {
    return items.stream().filter(item -> item.getExercise().equals(exercise)).findFirst();
  }

  public Optional<RoutineItem> item(long itemId) {
    return items.stream().filter(item -> Long.valueOf(itemId).equals(item.getId())).findFirst();
  }

  void moveUp(RoutineItem item) {
    int index = items.indexOf(item);
    if (index > 0) {
      Collections.swap(items, index, index - 1);
    }
  }

  void moveDown(RoutineItem item) {
    int index = items.indexOf(item);
    if (index >= 0 && index < items.size() - 1) {
      Collections.swap(items, index, index + 1);
    }
  }

  void remove(RoutineItem item) {
    items.remove(item);
  }

  /**
   * Standing first, then kneeling, hands and knees, and lying last, so the person gets down to the
   * floor once. Exercises from the same position keep their order.
   */
  void orderByPosition() {
    List<RoutineItem> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(item -> item.getExercise().getStartPosition()));
    items.clear();
    items.addAll(sorted);
  }

  /**
   * Holds × sides × sets, repetitions and breathing rounds at the pace of {@link TimeEstimate}, and
   * a short move between exercises.
   */
  public TimeEstimate estimatedDuration() {
    return new TimeEstimate(
        items.stream()
            .map(RoutineItem::estimatedDuration)
            .reduce(TimeEstimate.betweenExercises(items.size()), Duration::plus));
  }

  void touch(Instant now) {
    this.updatedAt = now;
  }

  /**
   * Reminds on these days and times from now on. Like any change, it raises the version: the
   * calendar's SEQUENCE, and the key of the pages kept for this routine. The same schedule again
   * changes nothing.
   */
  void remindAt(ReminderSchedule schedule, Instant now) {
    if (!reminder().equals(Optional.of(schedule))) {
      reminder = new RoutineReminder(schedule, now);
      // the days chosen are the days a week it is done
      frequency = new Frequency(frequency.timesPerDay(), schedule.days().size());
    }
  }

  /**
   * How often it is done, in words: "Twice a day, 5 days a week", or with the weekdays chosen for
   * reminders, "Once a day, on Mon, Wed and Fri".
   */
  public String describeHowOften(MessageSource messages, Locale locale) {
    Optional<Set<DayOfWeek>> days = chosenDays();
    if (days.isEmpty() || days.get().size() == Frequency.DAYS_IN_WEEK) {
      return frequency.describe(messages, locale);
    }
    List<String> names =
        days.get().stream()
            .sorted()
            .map(day -> day.getDisplayName(TextStyle.SHORT, locale))
            .toList();
    String listed =
        names.size() == 1
            ? names.get(0)
            : messages.getMessage(
                "frequency.dayList",
                new Object[] {
                  String.join(
                      messages.getMessage("list.separator", null, locale),
                      names.subList(0, names.size() - 1)),
                  names.get(names.size() - 1)
                },
                locale);
    return messages.getMessage(
        "frequency.onDays",
        new Object[] {
          messages.getMessage("frequency.times", new Object[] {frequency.timesPerDay()}, locale),
          listed
        },
        locale);
  }

  /** When the person wants to be reminded, if they said. */
  public Optional<ReminderSchedule> reminder() {
    return Optional.ofNullable(reminder).map(RoutineReminder::schedule);
  }

  /** The weekdays the person chose for this routine, if they set reminders. */
  public Optional<Set<DayOfWeek>> chosenDays() {
    return reminder().map(ReminderSchedule::days);
  }

  /** When the routine or its reminders last changed: what a calendar file says it was made from. */
  public Instant changedAt() {
    Instant reminderSaved = reminder == null ? null : reminder.savedAt();
    return reminderSaved != null && reminderSaved.isAfter(updatedAt) ? reminderSaved : updatedAt;
  }

  public Long getId() {
    return id;
  }

  public String getEditKey() {
    return editKey;
  }

  public String getShareKey() {
    return shareKey;
  }

  public String getName() {
    return name;
  }

  public String getNotes() {
    return notes;
  }

  public String getForWhom() {
    return forWhom;
  }

  public String getFromWhom() {
    return fromWhom;
  }

  public Frequency getFrequency() {
    return frequency;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }

  public List<RoutineItem> getItems() {
    return Collections.unmodifiableList(items);
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }
}
