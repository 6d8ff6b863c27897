package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.AntPathMatcher;

class StaticFolderMatcherTest {

  private static final List<String> PATTERNS =
      List.of("/css/**", "/js/**", "/img/**", "/fonts/**", "/img/*/x/**", "/**", "/css/*.css");

  private static final List<String> PATHS =
      List.of(
          "/",
          "",
          "/css",
          "/css/",
          "/css/app.css",
          "/css/sub/deeper/app.css",
          "/cssx/app.css",
          "/cs",
          "/js/share.js",
          "/jsx",
          "/img/exercises/glute-bridges-still.svg",
          "/img/a/x/y.svg",
          "/image/x.svg",
          "/fonts/AtkinsonHyperlegible-Regular.ttf",
          "/s/share00000000000000001/sheet",
          "/s/share00000000000000001/sheet.pdf",
          "/routines/edit-00000000000000001",
          "/exercises/glute-bridges",
          "/exercises?area=hips",
          "css/app.css",
          "/CSS/app.css");

  @Test
  void answersAsAntPathMatcherForEveryLinkAPageMakes() {
    AntPathMatcher ant = new AntPathMatcher();
    StaticFolderMatcher folders = new StaticFolderMatcher();
    for (String pattern : PATTERNS) {
      for (String path : PATHS) {
        assertThat(folders.match(pattern, path))
            .as("%s against %s", path, pattern)
            .isEqualTo(ant.match(pattern, path));
      }
    }
  }

  @Test
  void aPageLinkIsNotCutUpToBeTriedAgainstTheFolders() {
    List<String> cutUp = new ArrayList<>();
    StaticFolderMatcher folders =
        new StaticFolderMatcher() {
          @Override
          protected boolean doMatch(
              String pattern, String path, boolean fullMatch, Map<String, String> variables) {
            cutUp.add(path);
            return super.doMatch(pattern, path, fullMatch, variables);
          }
        };
    for (String folder : List.of("/css/**", "/js/**", "/img/**", "/fonts/**")) {
      assertThat(folders.match(folder, "/s/share00000000000000001/sheet.pdf")).isFalse();
      assertThat(folders.match(folder, "/routines/edit-00000000000000001")).isFalse();
    }
    assertThat(cutUp).isEmpty();

    assertThat(folders.match("/css/**", "/css/app.css")).isTrue();
    assertThat(cutUp).containsExactly("/css/app.css");
  }
}
