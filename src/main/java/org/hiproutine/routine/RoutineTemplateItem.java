package org.hiproutine.routine;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hiproutine.catalog.Exercise;

@Embeddable
public class RoutineTemplateItem {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "exercise_id")
  private Exercise exercise;

  private int sets;

  private int amount;

  protected RoutineTemplateItem() {}

  public Exercise getExercise() {
    return exercise;
  }

  public int getSets() {
    return sets;
  }

  public int getAmount() {
    return amount;
  }
}
