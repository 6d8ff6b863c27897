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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The routines this browser knows, without an account, each list in an HttpOnly, SameSite=Lax
 * cookie, newest first, at most {@value #MOST}: "Your routines" (the edit keys of routines it
 * created or copied) and "Shared with you" (the share keys of routines opened from a share link).
 */
@Component
public class RememberedRoutines {

  public static final int MOST = 20;
  static final String COOKIE = "routines";
  static final String SHARED_COOKIE = "shared";
  private static final String SEPARATOR = ".";
  private static final Duration KEPT_FOR = Duration.ofDays(400);

  private final RoutineRepository routines;

  RememberedRoutines(RoutineRepository routines) {
    this.routines = routines;
  }

  /** "Your routines": the remembered routines that still exist, newest remembered first. */
  public List<RoutineSummary> summaries(HttpServletRequest request) {
    return existing(editKeys(request), routines::findByEditKeyIn, RoutineSummary::editKey);
  }

  /**
   * "Shared with you": routines opened from their share link that still exist, newest first,
   * without those that are this browser's own.
   */
  public List<RoutineSummary> sharedWithYou(HttpServletRequest request) {
    Set<String> own = new LinkedHashSet<>();
    summaries(request).forEach(summary -> own.add(summary.shareKey()));
    return existing(
            keys(request, SHARED_COOKIE), routines::findByShareKeyIn, RoutineSummary::shareKey)
        .stream()
        .filter(summary -> !own.contains(summary.shareKey()))
        .toList();
  }

  /** The edit keys this browser remembers; anything in the cookie that is not a key is dropped. */
  public List<String> editKeys(HttpServletRequest request) {
    return keys(request, COOKIE);
  }

  /**
   * The edit key of the routine behind this share link, if this browser remembers it as its own:
   * how a page reached by the share link knows to offer "Log this session" without holding the edit
   * key. Asks the database only when the browser remembers any routine.
   */
  public Optional<String> ownEditKey(String shareKey, HttpServletRequest request) {
    List<String> own = editKeys(request);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    return routines.findEditKeyByShareKey(shareKey).filter(own::contains);
  }

  public void remember(String editKey, HttpServletRequest request, HttpServletResponse response) {
    write(COOKIE, withFirst(editKey, editKeys(request)), request, response);
  }

  public void forget(String editKey, HttpServletRequest request, HttpServletResponse response) {
    write(COOKIE, without(editKey, editKeys(request)), request, response);
  }

  /** Remembers a routine opened from its share link, unless it is already first on the list. */
  public void rememberShared(
      String shareKey, HttpServletRequest request, HttpServletResponse response) {
    List<String> shared = keys(request, SHARED_COOKIE);
    if (shared.isEmpty() || !shared.get(0).equals(shareKey)) {
      write(SHARED_COOKIE, withFirst(shareKey, shared), request, response);
    }
  }

  public void forgetShared(
      String shareKey, HttpServletRequest request, HttpServletResponse response) {
    write(SHARED_COOKIE, without(shareKey, keys(request, SHARED_COOKIE)), request, response);
  }

  private static List<RoutineSummary> existing(
      List<String> keys,
      Function<List<String>, List<RoutineSummary>> find,
      Function<RoutineSummary, String> key) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return find.apply(keys).stream()
        .sorted(Comparator.comparingInt(summary -> keys.indexOf(key.apply(summary))))
        .toList();
  }

  private static List<String> withFirst(String key, List<String> keys) {
    Set<String> all = new LinkedHashSet<>();
    all.add(key);
    all.addAll(keys);
    return new ArrayList<>(all).subList(0, Math.min(MOST, all.size()));
  }

  private static List<String> without(String key, List<String> keys) {
    List<String> rest = new ArrayList<>(keys);
    rest.remove(key);
    return rest;
  }

  private static List<String> keys(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return List.of();
    }
    return Arrays.stream(cookies)
        .filter(cookie -> name.equals(cookie.getName()))
        .findFirst()
        .map(cookie -> parse(cookie.getValue()))
        .orElse(List.of());
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
      String name, List<String> keys, HttpServletRequest request, HttpServletResponse response) {
    ResponseCookie cookie =
        ResponseCookie.from(name, String.join(SEPARATOR, keys))
            .path("/")
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax")
            .maxAge(keys.isEmpty() ? Duration.ZERO : KEPT_FOR)
            .build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
  }
}
