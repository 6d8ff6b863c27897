package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.hiproutine.web.PageStore.Audience;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** The store on its own: what it keeps, for how many bytes, and how it answers. */
class PageStoreTest {

  record Key(String name) {}

  private final PageStore store = new PageStore();
  private final AtomicInteger renders = new AtomicInteger();

  private final Function<Key, RenderedPage> render =
      key -> {
        renders.incrementAndGet();
        return RenderedPage.of(
            ("<p>" + key.name() + "</p>" + "x".repeat(2000)).getBytes(StandardCharsets.UTF_8),
            MediaType.TEXT_HTML);
      };

  @Test
  void rendersAPageOnceAndAnswersItAgainFromMemory() {
    ResponseEntity<byte[]> first = store.answer(new Key("a"), Audience.EVERYONE, render, get());
    ResponseEntity<byte[]> second = store.answer(new Key("a"), Audience.EVERYONE, render, get());

    assertThat(renders).hasValue(1);
    assertThat(second.getBody()).isEqualTo(first.getBody());
    assertThat(second.getHeaders()).isEqualTo(first.getHeaders());
  }

  @Test
  void answersAFreshPageWithTheHeadersOfAKeptOne() {
    ResponseEntity<byte[]> fresh =
        store.answer(new Key("b"), Audience.LINK_HOLDERS, k -> render.apply(k).notKept(), get());
    ResponseEntity<byte[]> kept = store.answer(new Key("b"), Audience.LINK_HOLDERS, render, get());
    ResponseEntity<byte[]> fromMemory =
        store.answer(new Key("b"), Audience.LINK_HOLDERS, render, get());

    assertThat(renders).hasValue(2);
    assertThat(fresh.getHeaders()).isEqualTo(kept.getHeaders()).isEqualTo(fromMemory.getHeaders());
    assertThat(fresh.getHeaders().getCacheControl()).isEqualTo("no-cache, private");
    assertThat(fresh.getHeaders().getETag()).startsWith("W/\"");
    assertThat(fresh.getHeaders().getVary()).containsExactly(HttpHeaders.ACCEPT_ENCODING);
  }

  @Test
  void tellsEveryCacheToAskAgainForPublicPagesAndOnlyTheBrowserToKeepCapabilityPages() {
    assertThat(store.answer(new Key("c"), Audience.EVERYONE, render, get()).getHeaders())
        .extracting(HttpHeaders::getCacheControl)
        .isEqualTo("no-cache");
    assertThat(store.answer(new Key("d"), Audience.LINK_HOLDERS, render, get()).getHeaders())
        .extracting(HttpHeaders::getCacheControl)
        .isEqualTo("no-cache, private");
  }

  @Test
  void answersNotModifiedWhenTheBrowserHasThePage() {
    String etag =
        store.answer(new Key("e"), Audience.EVERYONE, render, get()).getHeaders().getETag();

    MockHttpServletRequest revalidation = get();
    revalidation.addHeader(HttpHeaders.IF_NONE_MATCH, "\"other\", " + etag);
    ResponseEntity<byte[]> answer =
        store.answer(new Key("e"), Audience.EVERYONE, render, revalidation);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
    assertThat(answer.getBody()).isNull();
    assertThat(answer.getHeaders().getETag()).isEqualTo(etag);
  }

  @Test
  void compressesOnlyForClientsThatAcceptGzip() {
    assertThat(encoding("gzip, deflate, br")).isEqualTo("gzip");
    assertThat(encoding("br;q=1.0, gzip;q=0.8")).isEqualTo("gzip");
    assertThat(encoding("*")).isEqualTo("gzip");
    assertThat(encoding("gzip;q=0")).isNull();
    assertThat(encoding("gzip;q=0.0, deflate")).isNull();
    assertThat(encoding("*;q=0")).isNull();
    assertThat(encoding("identity")).isNull();
    assertThat(encoding(null)).isNull();
  }

  @Test
  void compressesAtZlibsFastestLevelWhichCostsAThirdOfItsDefault() throws IOException {
    StringBuilder html = new StringBuilder("<ol class=\"items\">");
    for (int i = 0; i < 400; i++) {
      html.append("<li class=\"item\" id=\"item-").append(i * 7919 % 1000).append("\">Step ");
      html.append(i).append(" of 400: hold for ").append(i % 60).append(" seconds</li>");
    }
    byte[] body = html.append("</ol>").toString().getBytes(StandardCharsets.UTF_8);
    assertThat(gzip(body, Deflater.BEST_SPEED))
        .as("this page tells the levels apart")
        .isNotEqualTo(gzip(body, Deflater.DEFAULT_COMPRESSION));

    MockHttpServletRequest request = get();
    request.addHeader(HttpHeaders.ACCEPT_ENCODING, "gzip");
    ResponseEntity<byte[]> answer =
        store.answer(
            new Key("h"),
            Audience.EVERYONE,
            k -> RenderedPage.of(body, MediaType.TEXT_HTML),
            request);

    byte[] fastest = gzip(body, Deflater.BEST_SPEED);
    assertThat(Arrays.equals(answer.getBody(), fastest))
        .as(
            "answered %d bytes; the fastest level makes %d, the default %d",
            answer.getBody().length,
            fastest.length,
            gzip(body, Deflater.DEFAULT_COMPRESSION).length)
        .isTrue();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(answer.getBody()))) {
      assertThat(in.readAllBytes()).isEqualTo(body);
    }
  }

  @Test
  void keepsNothingARenderSaysNotToKeep() {
    store.answer(new Key("f"), Audience.EVERYONE, k -> render.apply(k).notKept(), get());
    store.answer(new Key("f"), Audience.EVERYONE, k -> render.apply(k).notKept(), get());

    assertThat(renders).hasValue(2);
    assertThat(store.size()).isZero();
  }

  @Test
  void holdsAtMostItsByteLimitHoweverManyPagesAreAskedFor() {
    Function<Key, RenderedPage> big =
        key ->
            RenderedPage.of(
                new byte[100 * 1024], MediaType.APPLICATION_PDF); // not compressed: weighs 100 KB
    for (int i = 0; i < 1000; i++) {
      store.answer(new Key("page " + i), Audience.EVERYONE, big, get());
    }

    assertThat(store.size()).isPositive().isLessThanOrEqualTo(PageStore.STORE_BYTES / (100 * 1024));
  }

  @Test
  void offersADownloadUnderItsFileName() {
    ResponseEntity<byte[]> answer =
        store.answer(
            new Key("g"),
            Audience.LINK_HOLDERS,
            k -> render.apply(k).downloadedAs("hip-routine-morning.pdf"),
            get());

    assertThat(answer.getHeaders().getContentDisposition().toString())
        .isEqualTo("attachment; filename=\"hip-routine-morning.pdf\"");
  }

  private String encoding(String acceptEncoding) {
    MockHttpServletRequest request = get();
    if (acceptEncoding != null) {
      request.addHeader(HttpHeaders.ACCEPT_ENCODING, acceptEncoding);
    }
    return store
        .answer(new Key("z"), Audience.EVERYONE, render, request)
        .getHeaders()
        .getFirst(HttpHeaders.CONTENT_ENCODING);
  }

  private static byte[] gzip(byte[] body, int level) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip =
        new GZIPOutputStream(out) {
          {
            def.setLevel(level);
          }
        }) {
      gzip.write(body);
    }
    return out.toByteArray();
  }

  private static MockHttpServletRequest get() {
    return new MockHttpServletRequest("GET", "/page");
  }
}
