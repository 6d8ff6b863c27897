package org.hiproutine.catalog;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hiproutine.web.ImmutablePages;
import org.springframework.stereotype.Component;

/**
 * The catalog's pages change only with a migration, so each is rendered once. Only the addresses
 * the app itself links to are kept (the list with a valid filter, each exercise's page), so the
 * keys form a small closed set whatever a bot asks for.
 */
@Component
class CatalogPages implements ImmutablePages {

  private static final String LIST = "/exercises";
  private static final String EXERCISE = "/exercises/";

  private static final Set<String> KINDS = names(ExerciseKind.values());
  private static final Set<String> POSITIONS = names(StartPosition.values());

  private final ExerciseRepository exercises;
  private volatile Set<String> slugs;

  CatalogPages(ExerciseRepository exercises) {
    this.exercises = exercises;
  }

  @Override
  public Optional<String> keyOf(HttpServletRequest request) {
    String path = request.getRequestURI();
    if (path.equals(LIST)) {
      return listKey(request.getParameterMap());
    }
    if (path.startsWith(EXERCISE)
        && request.getQueryString() == null
        && slugs().contains(path.substring(EXERCISE.length()))) {
      return Optional.of(path);
    }
    return Optional.empty();
  }

  private static Optional<String> listKey(Map<String, String[]> parameters) {
    if (!Set.of("kind", "position").containsAll(parameters.keySet())) {
      return Optional.empty();
    }
    String kind = single(parameters.get("kind"));
    String position = single(parameters.get("position"));
    if (kind == null || position == null) {
      return Optional.empty();
    }
    if ((!kind.isEmpty() && !KINDS.contains(kind))
        || (!position.isEmpty() && !POSITIONS.contains(position))) {
      return Optional.empty();
    }
    return Optional.of(LIST + "?kind=" + kind + "&position=" + position);
  }

  /** One value, or "" when absent; null when repeated (not a request our form sends). */
  private static String single(String[] values) {
    if (values == null) {
      return "";
    }
    return values.length == 1 ? values[0] : null;
  }

  private Set<String> slugs() {
    Set<String> known = slugs;
    if (known == null) {
      known =
          exercises.findAllByOrderByPosition().stream()
              .map(Exercise::getSlug)
              .collect(Collectors.toUnmodifiableSet());
      slugs = known;
    }
    return known;
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }
}
