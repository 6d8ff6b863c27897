package org.hiproutine.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * After answering a request whose body it refused to read (too large, too slow, or the readers all
 * busy), Tomcat would read and discard the rest of the body on the request thread to keep the
 * connection open, as slowly as the client sends it. For those requests this closes the connection
 * instead: {@link #dropRest} marks them, a valve tells Tomcat.
 */
@Component
class UnreadBodies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  private static final String DROP = UnreadBodies.class.getName() + ".drop";

  /** Don't read what is left of this request's body: close its connection after the answer. */
  static void dropRest(HttpServletRequest request) {
    request.setAttribute(DROP, Boolean.TRUE);
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addEngineValves(new DropMarkedBodies());
  }

  private static final class DropMarkedBodies extends ValveBase {

    DropMarkedBodies() {
      super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
      try {
        getNext().invoke(request, response);
      } finally {
        if (request.getAttribute(DROP) != null) {
          request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
      }
    }
  }
}
