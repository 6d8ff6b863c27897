package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Fails when a template holds user-facing text of its own instead of a message key: every visible
 * text and every text attribute must come from messages.properties (or the catalog's data). Text a
 * th:text, th:utext, th:replace or th:insert replaces is only a designer's placeholder.
 */
class TemplateTextTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");

  /** Attributes a person reads or hears. */
  private static final Set<String> TEXT_ATTRIBUTES =
      Set.of("alt", "title", "aria-label", "placeholder", "content", "data-copied", "value");

  private static final Set<String> REPLACING =
      Set.of("th:text", "th:utext", "th:replace", "th:insert");

  @Test
  void templatesHoldNoHardCodedUserFacingText() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
        Document template = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
        inspect(template, TEMPLATES.relativize(file).toString(), problems);
      }
    }
    assertThat(problems).as("hard-coded text in templates").isEmpty();
  }

  @Test
  void theCheckFindsTextThatIsNotAMessageKey() {
    List<String> problems = new ArrayList<>();
    Document template =
        Jsoup.parse(
            "<main><p>Hello</p><p th:text=\"#{a}\">ok</p><img alt=\"A drawing\"/>"
                + "<button value=\"save\">Save</button></main>",
            "",
            Parser.xmlParser());

    inspect(template, "example.html", problems);

    assertThat(problems)
        .containsExactly(
            "example.html: text \"Hello\" in <p>",
            "example.html: attribute alt=\"A drawing\" in <img>",
            "example.html: text \"Save\" in <button>");
  }

  private static void inspect(Element element, String file, List<String> problems) {
    if (element.attributes().asList().stream().anyMatch(a -> REPLACING.contains(a.getKey()))) {
      checkAttributes(element, file, problems);
      return; // its content is replaced when the page renders
    }
    checkAttributes(element, file, problems);
    for (var child : element.childNodes()) {
      if (child instanceof TextNode text && !text.isBlank()) {
        problems.add(
            file + ": text \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
      } else if (child instanceof Element childElement) {
        inspect(childElement, file, problems);
      }
    }
  }

  private static void checkAttributes(Element element, String file, List<String> problems) {
    for (Attribute attribute : element.attributes()) {
      String name = attribute.getKey();
      if (!TEXT_ATTRIBUTES.contains(name)
          || !hasWords(attribute.getValue())
          || element.hasAttr("th:" + name)) {
        continue; // a th:alt (say) replaces the alt beside it when the page renders
      }
      // a button's value, or the value a radio button or check box sends (its label is read)
      boolean isData =
          name.equals("value")
              && (!element.tagName().equals("input")
                  || Set.of("radio", "checkbox", "hidden").contains(element.attr("type")));
      boolean isMeta = name.equals("content") && element.tagName().equals("meta");
      if (isData || isMeta) {
        continue; // for the server or the browser, as a meta tag's content is
      }
      problems.add(
          file
              + ": attribute "
              + name
              + "=\""
              + attribute.getValue()
              + "\" in <"
              + element.tagName()
              + ">");
    }
  }

  private static boolean hasWords(String value) {
    return value.codePoints().anyMatch(Character::isLetter);
  }
}
