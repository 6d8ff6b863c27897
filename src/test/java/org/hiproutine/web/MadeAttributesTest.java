package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** hr:attributes on its own: a map made beforehand becomes the element's attributes. */
class MadeAttributesTest {

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  MadeAttributesTest() {
    StringTemplateResolver templates = new StringTemplateResolver();
    templates.setTemplateMode(TemplateMode.HTML);
    engine.setTemplateResolver(templates);
    engine.addDialect(new MadeAttributes());
  }

  @Test
  void addsEachEntryEscapedInOrderAfterTheOtherAttributes() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("data-text-start", "Start");
    texts.put("data-text-stop", "It hurts — \"stop\" <now> & rest");
    texts.put("data-text-again", "Again");

    String html =
        render(
            "<section id=\"step\" th:data-kind=\"${kind}\" hr:attributes=\"${texts}\">x</section>",
            Map.of("kind", "HOLD", "texts", texts));

    assertThat(html)
        .isEqualTo(
            "<section id=\"step\" data-kind=\"HOLD\" data-text-start=\"Start\""
                + " data-text-stop=\"It hurts — &quot;stop&quot; &lt;now&gt; &amp; rest\""
                + " data-text-again=\"Again\">x</section>");
  }

  @Test
  void refusesAnythingButAMap() {
    assertThatThrownBy(
            () -> render("<p hr:attributes=\"${texts}\">x</p>", Map.of("texts", "data-a=\"b\"")))
        .hasStackTraceContaining("is not a map of attributes");
  }

  private String render(String template, Map<String, Object> variables) {
    Context context = new Context();
    context.setVariables(variables);
    return engine.process(template, context);
  }
}
