package org.hiproutine.web;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * {@code hr:attributes="${map}"}: every entry of a map made beforehand becomes an attribute of the
 * element, its value escaped, in the map's order, after the element's other attributes. For
 * attributes that are the same on every page made from a template, such as the two dozen words a
 * guided session's script shows (data-text-*): written as th:data-* they were two dozen message
 * expressions on every step page made afresh; this is one expression and a loop.
 */
@Component
public class MadeAttributes extends AbstractProcessorDialect {

  public MadeAttributes() {
    super("Hip Routine", "hr", 1000);
  }

  @Override
  public Set<IProcessor> getProcessors(String prefix) {
    return Set.of(new Processor(prefix));
  }

  private static final class Processor extends AbstractAttributeTagProcessor {

    Processor(String prefix) {
      // after every th: attribute of the element, so the made ones come last as they did
      super(TemplateMode.HTML, prefix, null, false, "attributes", true, Integer.MAX_VALUE, true);
    }

    @Override
    protected void doProcess(
        ITemplateContext context,
        IProcessableElementTag tag,
        AttributeName attributeName,
        String attributeValue,
        IElementTagStructureHandler structureHandler) {
      Object made =
          StandardExpressions.getExpressionParser(context.getConfiguration())
              .parseExpression(context, attributeValue)
              .execute(context);
      if (!(made instanceof Map<?, ?> attributes)) {
        throw new IllegalArgumentException(attributeValue + " is not a map of attributes");
      }
      for (Map.Entry<?, ?> attribute : attributes.entrySet()) {
        structureHandler.setAttribute(
            attribute.getKey().toString(),
            HtmlEscape.escapeHtml4Xml(String.valueOf(attribute.getValue())));
      }
    }
  }
}
