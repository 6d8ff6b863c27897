package org.hiproutine.routine;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.hiproutine.web.PlainText;

/**
 * What the person typed into a routine's form. Kept as typed, so a rejected form shows their input
 * again; the routine changes only when all of it is valid.
 */
public class RoutineForm {

  /** The version the form was loaded at, to refuse a save from a stale tab. */
  private Long version;

  @NotBlank
  @Size(max = Routine.LONGEST_NAME)
  @PlainText
  private String name;

  @Size(max = Routine.LONGEST_NOTES)
  @PlainText(multiline = true)
  private String notes;

  @Size(max = Routine.LONGEST_FOR)
  @PlainText
  private String forWhom;

  @Size(max = Routine.LONGEST_FROM)
  @PlainText
  private String fromWhom;

  @NotNull
  @Min(1)
  @Max(Frequency.MOST_TIMES_PER_DAY)
  private Integer timesPerDay;

  @NotNull
  @Min(1)
  @Max(Frequency.DAYS_IN_WEEK)
  private Integer daysPerWeek;

  /** On a new routine: the exercise it starts with, if it was started from one. */
  private String exercise;

  private List<@Valid ItemForm> items = new ArrayList<>();

  /** The exercises ticked in the picker, to add several at once. */
  private List<String> exercises = new ArrayList<>();

  public static RoutineForm blank() {
    RoutineForm form = new RoutineForm();
    form.timesPerDay = Frequency.DAILY.timesPerDay();
    form.daysPerWeek = Frequency.DAILY.daysPerWeek();
    return form;
  }

  public static RoutineForm of(Routine routine) {
    RoutineForm form = new RoutineForm();
    form.version = routine.getVersion();
    form.name = routine.getName();
    form.notes = routine.getNotes();
    form.forWhom = routine.getForWhom();
    form.fromWhom = routine.getFromWhom();
    form.timesPerDay = routine.getFrequency().timesPerDay();
    form.daysPerWeek = routine.getFrequency().daysPerWeek();
    form.items = new ArrayList<>(routine.getItems().stream().map(ItemForm::of).toList());
    return form;
  }

  Frequency frequency() {
    return new Frequency(timesPerDay, daysPerWeek);
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getForWhom() {
    return forWhom;
  }

  public void setForWhom(String forWhom) {
    this.forWhom = forWhom;
  }

  public String getFromWhom() {
    return fromWhom;
  }

  public void setFromWhom(String fromWhom) {
    this.fromWhom = fromWhom;
  }

  public Integer getTimesPerDay() {
    return timesPerDay;
  }

  public void setTimesPerDay(Integer timesPerDay) {
    this.timesPerDay = timesPerDay;
  }

  public Integer getDaysPerWeek() {
    return daysPerWeek;
  }

  public void setDaysPerWeek(Integer daysPerWeek) {
    this.daysPerWeek = daysPerWeek;
  }

  public String getExercise() {
    return exercise;
  }

  public void setExercise(String exercise) {
    this.exercise = exercise;
  }

  public List<String> getExercises() {
    return exercises;
  }

  public void setExercises(List<String> exercises) {
    this.exercises = exercises;
  }

  public List<ItemForm> getItems() {
    return items;
  }

  public void setItems(List<ItemForm> items) {
    this.items = items;
  }

  /** One exercise's row of the form. */
  public static class ItemForm {

    private Long id;

    @NotNull
    @Min(RoutineItem.FEWEST_SETS)
    @Max(RoutineItem.MOST_SETS)
    private Integer sets;

    @NotNull private Integer amount;

    @Size(max = RoutineItem.LONGEST_NOTE)
    @PlainText(multiline = true)
    private String note;

    static ItemForm of(RoutineItem item) {
      ItemForm form = new ItemForm();
      form.id = item.getId();
      form.sets = item.getSets();
      form.amount = item.getAmount();
      form.note = item.getNote();
      return form;
    }

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }

    public Integer getSets() {
      return sets;
    }

    public void setSets(Integer sets) {
      this.sets = sets;
    }

    public Integer getAmount() {
      return amount;
    }

    public void setAmount(Integer amount) {
      this.amount = amount;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }
}
