package org.hiproutine.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Requests that no page of ours sends, but a bot can: they get the 400 page, never a 500. Errors a
 * person can make are answered by the form itself, with their input kept.
 */
@ControllerAdvice
class BadRequests {

  /** A form field name no form has, such as items[50000].sets. */
  @ExceptionHandler(InvalidPropertyException.class)
  void unknownField(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
  }
}
