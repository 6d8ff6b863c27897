package org.hiproutine.routine;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hiproutine.web.ImmutablePages;
import org.springframework.http.HttpHeaders;

/**
 * What a page shown through a routine's share link depends on besides the routine's version: the
 * address it was asked on (its links are absolute) and the reader's language. Pages of features
 * built on the share link (the sheet) extend the key with their own parts.
 */
public abstract class SharedPages implements ImmutablePages {

  /** A browser's Accept-Language is short; a longer one is rendered but not kept. */
  private static final int LONGEST_LANGUAGE = 100;

  private final RoutineRepository routines;
  private final Pattern path;

  /**
   * @param path the page's path, with the share key as its first group
   */
  protected SharedPages(RoutineRepository routines, String path) {
    this.routines = routines;
    this.path = Pattern.compile(path.replace("{shareKey}", "(" + RoutineKeys.PATTERN + ")"));
  }

  @Override
  public Optional<String> keyOf(HttpServletRequest request) {
    Matcher matcher = path.matcher(request.getRequestURI());
    String language = String.valueOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    if (!matcher.matches() || language.length() > LONGEST_LANGUAGE) {
      return Optional.empty();
    }
    String shareKey = matcher.group(1);
    return routines
        .findVersionByShareKey(shareKey)
        .map(
            version ->
                String.join(
                    "|",
                    request.getRequestURI(),
                    String.valueOf(version),
                    request.getScheme()
                        + "://"
                        + request.getServerName()
                        + ":"
                        + request.getServerPort(),
                    language,
                    variant(request)));
  }

  /** What else this page depends on (paper, print size, the day); nothing by default. */
  protected String variant(HttpServletRequest request) {
    return "";
  }
}
