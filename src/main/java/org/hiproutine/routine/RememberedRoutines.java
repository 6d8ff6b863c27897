package org.hiproutine.routine;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The routines this browser created, so "Your routines" can list them without an account: their
 * edit keys in an HttpOnly, SameSite=Lax cookie, newest first, at most {@value #MOST}.
 */
@Component
public class RememberedRoutines {

  private final RoutineRepository routines;

  RememberedRoutines(RoutineRepository routines) {
    this.routines = routines;
  }

  /** "Your routines": the remembered routines that still exist, newest remembered first. */
  public List<RoutineSummary> summaries(HttpServletRequest request) {
    List<String> keys = editKeys(request);
    if (keys.isEmpty()) {
      return List.of();
    }
    return routines.findByEditKeyIn(keys).stream()
        .sorted(Comparator.comparingInt(summary -> keys.indexOf(summary.editKey())))
        .toList();
  }

  public static final int MOST = 20;
  static final String COOKIE = "routines";
  private static final String SEPARATOR = ".";
  private static final Duration KEPT_FOR = Duration.ofDays(400);

  /** The edit keys this browser remembers; anything in the cookie that is not a key is dropped. */
  public List<String> editKeys(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return List.of();
    }
    return Arrays.stream(cookies)
        .filter(cookie -> COOKIE.equals(cookie.getName()))
        .findFirst()
        .map(cookie -> parse(cookie.getValue()))
        .orElse(List.of());
  }

  public void remember(String editKey, HttpServletRequest request, HttpServletResponse response) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(editKey);
    keys.addAll(editKeys(request));
    write(new ArrayList<>(keys).subList(0, Math.min(MOST, keys.size())), request, response);
  }

  public void forget(String editKey, HttpServletRequest request, HttpServletResponse response) {
    List<String> keys = new ArrayList<>(editKeys(request));
    keys.remove(editKey);
    write(keys, request, response);
  }

  private static List<String> parse(String value) {
    if (value == null || value.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(value.split("\\" + SEPARATOR))
        .filter(RoutineKeys::looksLikeKey)
        .distinct()
        .limit(MOST)
        .toList();
  }

  private static void write(
      List<String> keys, HttpServletRequest request, HttpServletResponse response) {
    ResponseCookie cookie =
        ResponseCookie.from(COOKIE, String.join(SEPARATOR, keys))
            .path("/")
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax")
            .maxAge(keys.isEmpty() ? Duration.ZERO : KEPT_FOR)
            .build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
  }
}
