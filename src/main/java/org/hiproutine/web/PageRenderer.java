package org.hiproutine.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Renders a template to text through the same view machinery as a page (messages, links with their
 * content-hash URLs, beans), for a page the {@link PageStore} keeps and for the HTML a PDF is made
 * from. The template sees a request with nothing a visitor sent — no headers, parameters, cookies
 * or CSRF token — and the locale it is given, so what it renders depends only on the model and that
 * locale.
 */
@Component
public class PageRenderer {

  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private final ViewResolver views;

  PageRenderer(ThymeleafViewResolver views) {
    this.views = views;
  }

  /** A page for the store: the template's HTML as UTF-8. */
  public RenderedPage html(String template, Map<String, ?> model, Locale locale) {
    return RenderedPage.of(text(template, model, locale).getBytes(StandardCharsets.UTF_8), HTML);
  }

  /** A kept text file of another type, e.g. a stylesheet made from a template. */
  public RenderedPage file(String template, Map<String, ?> model, Locale locale, MediaType type) {
    return RenderedPage.of(text(template, model, locale).getBytes(StandardCharsets.UTF_8), type);
  }

  public String text(String template, Map<String, ?> model, Locale locale) {
    ServletRequestAttributes current =
        (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
    HttpServletRequest request = new NeutralRequest(current.getRequest(), locale);
    try {
      View view = views.resolveViewName(template, locale);
      if (view == null) {
        throw new IllegalStateException("no template " + template);
      }
      Captured captured = new Captured(current.getResponse());
      view.render(model, request, captured);
      return captured.text();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("could not render " + template, e);
    }
  }

  /** A response that keeps what is written instead of sending it. */
  private static final class Captured extends HttpServletResponseWrapper {

    private final TextWriter writer = new TextWriter(16 * 1024);

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

    @Override
    public void setHeader(String name, String value) {}

    @Override
    public void addHeader(String name, String value) {}

    String text() {
      return writer.toString();
    }
  }
}
