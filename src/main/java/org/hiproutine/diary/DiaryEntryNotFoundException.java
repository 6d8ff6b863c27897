package org.hiproutine.diary;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An entry id that is not in this routine's diary: the 404 page, whoever's entry it is. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class DiaryEntryNotFoundException extends RuntimeException {
  DiaryEntryNotFoundException() {
    super("no such entry in this diary");
  }
}
