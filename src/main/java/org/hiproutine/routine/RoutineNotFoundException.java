package org.hiproutine.routine;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No routine has that key. The key itself is never put in the message: it is a secret. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RoutineNotFoundException extends RuntimeException {

  public RoutineNotFoundException() {
    super("No routine has that key");
  }
}
