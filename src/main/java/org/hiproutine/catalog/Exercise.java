package org.hiproutine.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One exercise of the catalog. Read-only: the catalog changes only with a migration. */
@Entity
public class Exercise {

  @Id private Long id;

  private String slug;

  private String name;

  private int position;

  private String summary;

  @Embedded private Dose dose;

  @Enumerated(EnumType.STRING)
  private StartPosition startPosition;

  @Enumerated(EnumType.STRING)
  private ExerciseKind kind;

  private String illustration;

  @ElementCollection
  @CollectionTable(name = "exercise_step", joinColumns = @JoinColumn(name = "exercise_id"))
  @OrderColumn(name = "step_index")
  private List<Step> steps = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "exercise_area", joinColumns = @JoinColumn(name = "exercise_id"))
  @OrderColumn(name = "area_index")
  @Column(name = "area")
  @Enumerated(EnumType.STRING)
  private List<BodyArea> areas = new ArrayList<>();

  protected Exercise() {}

  /** An exercise as a migration would store it; the app itself only reads them. */
  public Exercise(
      Long id,
      String slug,
      String name,
      Dose dose,
      StartPosition startPosition,
      ExerciseKind kind,
      List<String> steps) {
    this.id = id;
    this.slug = slug;
    this.name = name;
    this.position = id.intValue();
    this.dose = dose;
    this.startPosition = startPosition;
    this.kind = kind;
    this.illustration = slug + ".svg";
    this.steps = new ArrayList<>(steps.stream().map(text -> new Step(text, false)).toList());
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public int getPosition() {
    return position;
  }

  public String getSummary() {
    return summary;
  }

  public Dose getDose() {
    return dose;
  }

  public StartPosition getStartPosition() {
    return startPosition;
  }

  public ExerciseKind getKind() {
    return kind;
  }

  /** The drawing's file name under /img/exercises/. */
  public String getIllustration() {
    return illustration;
  }

  /** The message key of the drawing's text alternative. */
  public String getIllustrationAltKey() {
    return "illustration." + illustration.replaceFirst("\\.svg$", "") + ".alt";
  }

  /** Every sentence of the instructions, the dose included, as the seed gives them. */
  public List<String> getSteps() {
    return steps.stream().map(Step::text).toList();
  }

  /** How to do it, without the seed's dose sentences: where the person's own dose is shown. */
  public List<String> getHowToSteps() {
    return steps.stream().filter(step -> !step.dose()).map(Step::text).toList();
  }

  public List<BodyArea> getAreas() {
    return Collections.unmodifiableList(areas);
  }

  public boolean isDoneOnEachSide() {
    return dose.eachSide();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Exercise exercise && id != null && id.equals(exercise.id);
  }

  @Override
  public int hashCode() {
    return Exercise.class.hashCode();
  }
}
