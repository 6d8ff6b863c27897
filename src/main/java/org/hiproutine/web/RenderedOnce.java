package org.hiproutine.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves {@link ImmutablePages} from memory: the first request renders the page through the whole
 * stack (security headers included); later ones get the same bytes and headers, compressed once,
 * with an ETag so a browser that has them gets a 304.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RenderedOnce extends OncePerRequestFilter {

  /** More than enough for the catalog's pages; a safety net, since keys come from closed sets. */
  private static final int MOST_PAGES = 256;

  private static final Set<String> NOT_REPLAYED =
      Set.of(
          HttpHeaders.SET_COOKIE,
          HttpHeaders.CONTENT_LENGTH,
          HttpHeaders.TRANSFER_ENCODING,
          HttpHeaders.DATE,
          HttpHeaders.CACHE_CONTROL,
          HttpHeaders.PRAGMA,
          HttpHeaders.EXPIRES,
          HttpHeaders.CONTENT_ENCODING,
          HttpHeaders.VARY);

  /** Browsers may keep the page but must ask whether it changed (a new build may change it). */
  private static final String REVALIDATE = "no-cache";

  private final List<ImmutablePages> immutablePages;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();

  RenderedOnce(List<ImmutablePages> immutablePages) {
    this.immutablePages = immutablePages;
  }

  private record Page(
      Map<String, List<String>> headers, byte[] body, byte[] gzipped, String etag) {}

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> key = keyOf(request);
    if (key.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Page page = pages.get(key.get());
    if (page != null) {
      serve(page, request, response);
      return;
    }
    ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, rendering);
    page = keep(rendering);
    if (page != null && pages.size() < MOST_PAGES) {
      pages.putIfAbsent(key.get(), page);
      response.setHeader(HttpHeaders.ETAG, page.etag());
      response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
      response.setHeader(HttpHeaders.PRAGMA, null);
      response.setHeader(HttpHeaders.EXPIRES, null);
    }
    rendering.copyBodyToResponse();
  }

  private Optional<String> keyOf(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return Optional.empty();
    }
    for (ImmutablePages candidate : immutablePages) {
      Optional<String> key = candidate.keyOf(request);
      if (key.isPresent()) {
        return key;
      }
    }
    return Optional.empty();
  }

  /** Keeps a plain, successful HTML page that sets no cookie; anything else is not kept. */
  private static Page keep(ContentCachingResponseWrapper rendering) {
    String type = rendering.getContentType();
    if (rendering.getStatus() != HttpServletResponse.SC_OK
        || type == null
        || !type.startsWith("text/html")
        || rendering.getHeader(HttpHeaders.SET_COOKIE) != null) {
      return null;
    }
    byte[] body = rendering.getContentAsByteArray();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : rendering.getHeaderNames()) {
      if (NOT_REPLAYED.stream().noneMatch(name::equalsIgnoreCase)) {
        headers.put(name, List.copyOf(rendering.getHeaders(name)));
      }
    }
    headers.put(HttpHeaders.CONTENT_TYPE, List.of(type));
    return new Page(headers, body, gzip(body), "W/\"" + sha256(body) + "\"");
  }

  private static void serve(Page page, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    page.headers()
        .forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    response.setHeader(HttpHeaders.ETAG, page.etag());
    response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
    response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null && ifNoneMatch.contains(page.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] body = page.body();
    String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
    if (accepted != null && accepted.contains("gzip")) {
      response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
      body = page.gzipped();
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
