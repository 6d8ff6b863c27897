package org.hiproutine.routine;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A ready routine from the database that a person copies into a routine of their own. */
@Entity
public class RoutineTemplate {

  @Id private Long id;

  private String slug;

  private String name;

  private String description;

  private int position;

  @Embedded private Frequency frequency;

  @ElementCollection
  @CollectionTable(name = "routine_template_item", joinColumns = @JoinColumn(name = "template_id"))
  @OrderColumn(name = "item_index")
  private List<RoutineTemplateItem> items = new ArrayList<>();

  protected RoutineTemplate() {}

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public Frequency getFrequency() {
    return frequency;
  }

  public List<RoutineTemplateItem> getItems() {
    return Collections.unmodifiableList(items);
  }
}
