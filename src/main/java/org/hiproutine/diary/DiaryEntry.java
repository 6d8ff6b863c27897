package org.hiproutine.diary;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One session a person ticked off in a routine's diary: the day, the exercises done, how their pain
 * was before and after, whether last time's extra pain settled, any red-flag symptom and a note.
 */
@Entity
public class DiaryEntry {

  public static final int LONGEST_NOTE = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "routine_id", updatable = false)
  private long routineId;

  @Column(name = "done_on")
  private LocalDate day;

  @Convert(converter = Words.class)
  private List<String> exercisesDone;

  private int exercisesPlanned;

  private Integer painBefore;

  private Integer painAfter;

  private Boolean settled;

  @Convert(converter = RedFlags.class)
  private Set<RedFlag> redFlags;

  private String note;

  private Instant recordedAt;

  @Column(updatable = false)
  private String formToken;

  protected DiaryEntry() {}

  DiaryEntry(long routineId, String formToken, DiaryEntryDraft draft, Instant recordedAt) {
    this.routineId = routineId;
    this.formToken = formToken;
    change(draft, recordedAt);
  }

  /** An entry as read for showing, not for changing: see DiaryEntryRepository. */
  DiaryEntry(
      Long id,
      long routineId,
      LocalDate day,
      List<String> exercisesDone,
      int exercisesPlanned,
      Integer painBefore,
      Integer painAfter,
      Boolean settled,
      Set<RedFlag> redFlags,
      String note,
      Instant recordedAt) {
    this.id = id;
    this.routineId = routineId;
    this.day = day;
    this.exercisesDone = exercisesDone;
    this.exercisesPlanned = exercisesPlanned;
    this.painBefore = painBefore;
    this.painAfter = painAfter;
    this.settled = settled;
    this.redFlags = redFlags;
    this.note = note;
    this.recordedAt = recordedAt;
  }

  /** Takes what the corrected form says; recordedAt is when it was last written. */
  void change(DiaryEntryDraft draft, Instant recordedAt) {
    this.day = draft.day();
    this.exercisesDone = List.copyOf(draft.exercisesDone());
    this.exercisesPlanned = draft.exercisesPlanned();
    this.painBefore = draft.painBefore();
    this.painAfter = draft.painAfter();
    this.settled = draft.settled();
    this.redFlags = draft.redFlags().isEmpty() ? EnumSet.noneOf(RedFlag.class) : draft.redFlags();
    this.note = draft.note();
    this.recordedAt = recordedAt;
  }

  public PainReport painReport() {
    return new PainReport(painBefore, painAfter, settled, !redFlags.isEmpty());
  }

  public Long getId() {
    return id;
  }

  public long getRoutineId() {
    return routineId;
  }

  public LocalDate getDay() {
    return day;
  }

  public List<String> getExercisesDone() {
    return exercisesDone;
  }

  public int getExercisesPlanned() {
    return exercisesPlanned;
  }

  public Integer getPainBefore() {
    return painBefore;
  }

  public Integer getPainAfter() {
    return painAfter;
  }

  public Boolean getSettled() {
    return settled;
  }

  public Set<RedFlag> getRedFlags() {
    return redFlags;
  }

  public String getNote() {
    return note;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  /** Exercise slugs, separated by spaces: a slug holds none. */
  static final class Words implements AttributeConverter<List<String>, String> {
    @Override
    public String convertToDatabaseColumn(List<String> words) {
      return String.join(" ", words);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
      return column == null || column.isBlank() ? List.of() : List.of(column.split(" "));
    }
  }

  /** Red flags by name, separated by spaces; a name the code no longer has is dropped. */
  static final class RedFlags implements AttributeConverter<Set<RedFlag>, String> {
    @Override
    public String convertToDatabaseColumn(Set<RedFlag> flags) {
      return flags.stream().map(RedFlag::name).sorted().collect(Collectors.joining(" "));
    }

    @Override
    public Set<RedFlag> convertToEntityAttribute(String column) {
      Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
      if (column != null) {
        Arrays.stream(column.split(" "))
            .filter(name -> !name.isEmpty())
            .forEach(
                name ->
                    Arrays.stream(RedFlag.values())
                        .filter(flag -> flag.name().equals(name))
                        .forEach(flags::add));
      }
      return flags;
    }
  }
}
