package org.hiproutine.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A paragraph of the seed article that is not an exercise: its title, introduction and closing. */
@Entity
public class CatalogText {

  public static final String TITLE = "title";
  public static final String INTRODUCTION = "introduction";
  public static final String CLOSING = "closing";

  @Id private String code;

  private String body;

  protected CatalogText() {}

  public String getCode() {
    return code;
  }

  public String getBody() {
    return body;
  }
}
