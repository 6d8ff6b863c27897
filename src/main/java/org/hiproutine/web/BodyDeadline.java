package org.hiproutine.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body is read whole, first, by a few threads, against a deadline: a client that declares
 * a form and then sends it a byte every few seconds would otherwise hold a request thread for hours
 * (the CSRF check reads the body), and thirty of them would hold them all.
 *
 * <p>At most {@value #READERS} bodies are read at once; a request that finds them all busy is
 * answered 503 at once (try again), so request threads always remain for everything else. A body
 * not complete after the deadline is answered 408 and its connection closed; each single read also
 * ends after server.tomcat.connection-timeout of silence. Headers need no such guard: Tomcat reads
 * them without holding a request thread.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class BodyDeadline extends OncePerRequestFilter {

  /** A third of the request threads at most: the rest always serve pages. */
  static final int READERS = 8;

  private final Semaphore readers = new Semaphore(READERS);
  private final Duration deadline;

  BodyDeadline(@Value("${hip-routine.body-deadline:10s}") Duration deadline) {
    this.deadline = deadline;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body;
    if (!readers.tryAcquire()) {
      response.setHeader(HttpHeaders.RETRY_AFTER, "5");
      refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    try {
      body = readWithin(request.getInputStream(), System.nanoTime() + deadline.toNanos());
    } catch (TooSlow slow) {
      refuse(request, response, HttpServletResponse.SC_REQUEST_TIMEOUT);
      return;
    } finally {
      readers.release();
    }
    chain.doFilter(new ReadBody(request, body), response);
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, int status)
      throws IOException {
    UnreadBodies.dropRest(request);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.sendError(status);
  }

  /** The whole body, at most LARGEST_BODY bytes (RequestSizeLimit refuses larger ones first). */
  private static byte[] readWithin(InputStream in, long deadlineNanos) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
    byte[] buffer = new byte[4096];
    int read;
    while ((read = in.read(buffer)) != -1) {
      body.write(buffer, 0, read);
      if (System.nanoTime() > deadlineNanos || body.size() > RequestSizeLimit.LARGEST_BODY) {
        throw new TooSlow();
      }
    }
    return body.toByteArray();
  }

  private static final class TooSlow extends IOException {}

  /** The request with its body already read: as a stream again, and as form parameters. */
  private static final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;
    private final Map<String, String[]> parameters;

    ReadBody(HttpServletRequest request, byte[] body) throws IOException {
      super(request);
      this.body = body;
      this.parameters = parameters(request, body);
    }

    private static Map<String, String[]> parameters(HttpServletRequest request, byte[] body)
        throws IOException {
      // With the body read, the container's parameters are those of the query string alone.
      Map<String, List<String>> all = new LinkedHashMap<>();
      request.getParameterMap().forEach((name, values) -> all.put(name, List.of(values)));
      MediaType type = contentType(request);
      if (type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(type)) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        HttpInputMessage message =
            new HttpInputMessage() {
              @Override
              public InputStream getBody() {
                return new ByteArrayInputStream(body);
              }

              @Override
              public HttpHeaders getHeaders() {
                return headers;
              }
            };
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<MultiValueMap<String, ?>> formType = (Class) MultiValueMap.class;
        @SuppressWarnings({"unchecked", "rawtypes"})
        MultiValueMap<String, String> form =
            (MultiValueMap) new FormHttpMessageConverter().read(formType, message);
        form.forEach(
            (name, values) ->
                all.merge(
                    name,
                    values,
                    (earlier, later) ->
                        java.util.stream.Stream.concat(earlier.stream(), later.stream()).toList()));
      }
      Map<String, String[]> parameters = new LinkedHashMap<>();
      all.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
      return Collections.unmodifiableMap(parameters);
    }

    private static MediaType contentType(HttpServletRequest request) {
      try {
        return request.getContentType() == null
            ? null
            : MediaType.parseMediaType(request.getContentType());
      } catch (IllegalArgumentException malformed) {
        return null;
      }
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values.clone();
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
