package org.hiproutine.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class ExerciseNotFoundException extends RuntimeException {

  public ExerciseNotFoundException(String slug) {
    super("No exercise in the catalog is called " + slug);
  }
}
