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
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves {@link ImmutablePages} from memory. A page asked for a second time is kept as the whole
 * stack rendered it (security headers included); later requests get the same bytes and headers,
 * compressed once, with an ETag so a browser that has them gets a 304. A page asked for once (most
 * of the many routines' pages) is not kept, so it costs no copy, no hash and no memory. The least
 * recently used pages make room when the store is full.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RenderedOnce extends OncePerRequestFilter {

  static final long STORE_BYTES = 8L * 1024 * 1024;

  /** Keys asked for once, remembered so that the second request keeps the page. */
  private static final int SEEN_KEYS = 4096;

  private static final Set<String> KEPT_TYPES = Set.of("text/html", "application/pdf");

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

  /** Browsers may keep the page but must ask whether it changed. */
  private static final String REVALIDATE = "no-cache";

  private final List<ImmutablePages> immutablePages;
  private final Store store = new Store(STORE_BYTES);
  private final Map<String, Boolean> seenOnce =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
              return size() > SEEN_KEYS;
            }
          });

  RenderedOnce(List<ImmutablePages> immutablePages) {
    this.immutablePages = immutablePages;
  }

  private record Page(Map<String, List<String>> headers, byte[] body, byte[] gzipped, String etag) {

    long size() {
      return body.length + (gzipped == null ? 0 : gzipped.length) + 1024L;
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> key = keyOf(request);
    if (key.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Page page = store.get(key.get());
    if (page != null) {
      serve(page, request, response);
      return;
    }
    if (!"GET".equals(request.getMethod()) || seenOnce.putIfAbsent(key.get(), true) == null) {
      chain.doFilter(request, response); // a HEAD has no body to keep; a first request, no need
      return;
    }
    ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, rendering);
    page = keep(rendering);
    if (page != null) {
      store.put(key.get(), page);
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

  /** Keeps a plain, successful page or PDF that sets no cookie; anything else is not kept. */
  private static Page keep(ContentCachingResponseWrapper rendering) {
    String type = rendering.getContentType();
    if (rendering.getStatus() != HttpServletResponse.SC_OK
        || type == null
        || KEPT_TYPES.stream().noneMatch(type::startsWith)
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
    byte[] gzipped = type.startsWith("text/") ? gzip(body) : null;
    return new Page(headers, body, gzipped, "W/\"" + sha256(body) + "\"");
  }

  private static void serve(Page page, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    page.headers()
        .forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    response.setHeader(HttpHeaders.ETAG, page.etag());
    response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
    String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null && ifNoneMatch.contains(page.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] body = page.body();
    if (page.gzipped() != null) {
      response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
      String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
      if (accepted != null && accepted.contains("gzip")) {
        response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        body = page.gzipped();
      }
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

  /** Pages by key, least recently used first out once their bytes pass the limit. */
  private static final class Store {

    private final long limit;
    private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    Store(long limit) {
      this.limit = limit;
    }

    synchronized Page get(String key) {
      return pages.get(key);
    }

    synchronized void put(String key, Page page) {
      Page replaced = pages.put(key, page);
      bytes += page.size() - (replaced == null ? 0 : replaced.size());
      var oldest = pages.entrySet().iterator();
      while (bytes > limit && oldest.hasNext()) {
        bytes -= oldest.next().getValue().size();
        oldest.remove();
      }
    }
  }
}
