package org.hiproutine.routine;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request no page of ours sends: a tampered form or link. Answered with the 400 page. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class BadRoutineRequestException extends RuntimeException {

  BadRoutineRequestException(String reason) {
    super(reason);
  }
}
