package org.hiproutine.sheet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Renders a template to a string through the same view machinery as a page (messages, links,
 * beans), so the PDF is made from exactly the HTML the browser gets.
 */
@Component
class PageRenderer {

  private final ViewResolver views;

  PageRenderer(ThymeleafViewResolver views) {
    this.views = views;
  }

  String render(
      String template,
      Map<String, ?> model,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response) {
    try {
      View view = views.resolveViewName(template, locale);
      Captured captured = new Captured(response);
      view.render(model, request, captured);
      return captured.text();
    } catch (Exception e) {
      throw new IllegalStateException("could not render " + template, e);
    }
  }

  /** A response that keeps what is written instead of sending it. */
  private static final class Captured extends HttpServletResponseWrapper {

    private final StringWriter text = new StringWriter();
    private final PrintWriter writer = new PrintWriter(text);

    Captured(HttpServletResponse response) {
      super(response);
    }

    @Override
    public PrintWriter getWriter() {
      return writer;
    }

    @Override
    public void setContentType(String type) {}

    @Override
    public void setCharacterEncoding(String charset) {}

    @Override
    public void setLocale(Locale locale) {}

    String text() {
      writer.flush();
      return text.toString();
    }
  }
}
