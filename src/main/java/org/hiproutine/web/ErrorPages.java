package org.hiproutine.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error, whatever the client accepts, answers one HTML page in the normal layout (with the
 * disclaimer), worded for its status; statuses without wording of their own share the general 4xx
 * or 5xx text. Replaces Spring Boot's error controller, which answers JSON to non-browsers.
 */
@Controller
class ErrorPages implements ErrorController {

  private static final Set<Integer> WORDED =
      Set.of(400, 403, 404, 405, 408, 409, 413, 415, 500, 503);

  @RequestMapping("${server.error.path:${error.path:/error}}")
  ModelAndView error(HttpServletRequest request) {
    HttpStatus status = statusOf(request);
    int code = status.value();
    return new ModelAndView("error", Map.of("problem", problem(code), "statusCode", code), status);
  }

  /**
   * The key prefix of a status's wording: "error.404", or the general "error.4xx" / "error.5xx".
   */
  static String problem(int status) {
    return "error." + (WORDED.contains(status) ? status : status < 500 ? "4xx" : "5xx");
  }

  private static HttpStatus statusOf(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (!(code instanceof Integer value)) {
      return HttpStatus.NOT_FOUND; // /error asked for directly: there is no such page
    }
    HttpStatus status = HttpStatus.resolve(value);
    return status != null && status.isError() ? status : HttpStatus.INTERNAL_SERVER_ERROR;
  }
}
