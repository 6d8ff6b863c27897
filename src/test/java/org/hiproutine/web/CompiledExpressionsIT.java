package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineEditor;
import org.hiproutine.routine.RoutineRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The templates' expressions stay parsed and run as compiled code (the SpEL compiler is on).
 * Interpreted, SpEL looks every property up again on each read, through Thymeleaf's access check: a
 * tenth of a fresh share page. Three things undid that: Thymeleaf's expression cache held 500
 * expressions, fewer than the app's pages have, so pages visited in turn pushed each other's out
 * (parsed again, never run long enough to be compiled); a package-private record's properties can't
 * be read by compiled code; and an expression written the same way in two templates over two
 * different records is compiled for one and falls back to being interpreted on the other.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CompiledExpressionsIT {

  /** An expression that only reads properties: `item.name`, `sheet.routine.notes`. */
  private static final Pattern PROPERTIES = Pattern.compile("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*");

  @Autowired MockMvc mvc;
  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;
  @Autowired SpringTemplateEngine engine;

  @Test
  void everyPagesExpressionsStayParsedAndTheirPropertiesAreReadByCompiledCode() throws Exception {
    everyPageOfANewRoutine();
    Map<SpelExpression, String> first = spelExpressions();
    List<String> notCompiled = new ArrayList<>();
    for (Map.Entry<SpelExpression, String> expression : first.entrySet()) {
      if (PROPERTIES.matcher(expression.getValue()).matches()
          && !expression.getKey().compileExpression()) {
        notCompiled.add(expression.getValue());
      }
    }
    assertThat(notCompiled).as("properties that compiled code can't read").isEmpty();

    // every page again, for another routine (so that none comes from the page store)
    everyPageOfANewRoutine();
    Map<SpelExpression, String> second = spelExpressions();
    Set<String> parsedAgain =
        first.entrySet().stream()
            .filter(expression -> !second.containsKey(expression.getKey()))
            .map(Map.Entry::getValue)
            .collect(Collectors.toSet());
    assertThat(parsedAgain).as("expressions pushed out of the cache and parsed again").isEmpty();
    List<String> interpretedAgain = new ArrayList<>();
    for (Map.Entry<SpelExpression, String> expression : first.entrySet()) {
      if (PROPERTIES.matcher(expression.getValue()).matches()
          && ReflectionTestUtils.getField(expression.getKey(), "compiledAst") == null) {
        interpretedAgain.add(expression.getValue());
      }
    }
    assertThat(interpretedAgain).as("compiled, then met another type").isEmpty();
    assertThat(first.size()).as("room to spare").isLessThan(TemplateCaches.EXPRESSIONS / 2);
  }

  private void everyPageOfANewRoutine() throws Exception {
    Routine routine = routines.findByEditKey(editor.copy("all-eight").getEditKey()).orElseThrow();
    String share = "/s/" + routine.getShareKey();
    String edit = "/routines/" + routine.getEditKey();
    List<String> pages =
        new ArrayList<>(
            List.of(
                "/",
                "/safety",
                "/exercises",
                "/exercises/glute-bridges",
                "/exercises/glute-bridges/add-to-routine",
                "/routines/new",
                "/no-such-page",
                share,
                share + "/sheet",
                share + "/sheet?size=large",
                share + "/sheet.pdf",
                share + "/copy",
                share + "/session",
                share + "/session/1/stop",
                share + "/session/end",
                edit,
                edit + "/delete",
                edit + "/diary",
                edit + "/diary/new",
                edit + "/diary/print",
                edit + "/diary.pdf"));
    for (int step = 1; step <= routine.getItems().size() * 3; step++) {
      pages.add(share + "/session/" + step);
    }
    for (String page : pages) {
      int status = mvc.perform(get(page)).andReturn().getResponse().getStatus();
      assertThat(status).as(page).isIn(200, 404);
    }
  }

  /** Thymeleaf's parsed SpEL expressions, each with its text. */
  private Map<SpelExpression, String> spelExpressions() {
    @SuppressWarnings("unchecked")
    ICache<ExpressionCacheKey, Object> cache =
        engine.getConfiguration().getCacheManager().getExpressionCache();
    Map<SpelExpression, String> found = new IdentityHashMap<>();
    for (ExpressionCacheKey key : cache.keySet()) {
      Object value = cache.get(key);
      if (value != null && value.getClass().getSimpleName().equals("ComputedSpelExpression")) {
        SpelExpression expression =
            (SpelExpression) ReflectionTestUtils.getField(value, "expression");
        found.put(expression, expression.getExpressionString());
      }
    }
    assertThat(found).as("Thymeleaf's parsed SpEL expressions").hasSizeGreaterThan(100);
    return found;
  }
}
