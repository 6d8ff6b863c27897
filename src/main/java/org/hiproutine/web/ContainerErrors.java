package org.hiproutine.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The page Tomcat itself answers with, for requests it refuses before the app sees them (a
 * malformed address or header): our wording and disclaimer, and the same strict headers as every
 * other page, instead of Tomcat's own page with none. Errors the app sees get {@link ErrorPages}.
 */
@Component
class ContainerErrors
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  private final MessageSource messages;

  ContainerErrors(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE; // after Spring Boot has added Tomcat's own report valve
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          Container host = context.getParent();
          for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
              host.getPipeline().removeValve(valve);
            }
          }
          if (host instanceof StandardHost standardHost) {
            standardHost.setErrorReportValveClass(Page.class.getName());
          }
          host.getPipeline().addValve(new Page(messages));
        });
  }

  /** Writes the error page when nothing else has. */
  static final class Page extends ErrorReportValve {

    private final MessageSource messages;

    Page(MessageSource messages) {
      this.messages = messages;
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      SecurityHeaders.HEADERS.forEach(response::setHeader);
      response.setHeader("Cache-Control", "no-store");
      String problem = ErrorPages.problem(status);
      try {
        response.setContentType("text/html");
        response.setCharacterEncoding("utf-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(html(problem, status));
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException cannotWrite) {
        // the client is gone or the answer already started: nothing more to say
      }
    }

    private String html(String problem, int status) {
      String title = text(problem + ".title");
      return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          + "<meta name=\"robots\" content=\"noindex\">"
          + "<meta name=\"description\" content=\""
          + escape(text("layout.description"))
          + "\">"
          + "<title>"
          + escape(text("layout.pageTitle", title))
          + "</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head><body>"
          + "<aside class=\"disclaimer-short\"><p class=\"wrap\">"
          + escape(text("disclaimer.short"))
          + "</p></aside><main class=\"wrap\"><h1>"
          + escape(title)
          + "</h1><p class=\"lead\">"
          + escape(text(problem + ".text"))
          + "</p><p>"
          + escape(text("error.status", status))
          + "</p><p><a href=\"/\">"
          + escape(text("error.home"))
          + "</a></p></main><footer class=\"site-footer\"><div class=\"wrap\">"
          + "<p class=\"disclaimer-full\">"
          + escape(text("disclaimer.full"))
          + "</p></div></footer></body></html>";
    }

    private String text(String key, Object... arguments) {
      return messages.getMessage(key, arguments, Locale.UK);
    }

    private static String escape(String text) {
      return HtmlUtils.htmlEscape(text);
    }
  }
}
