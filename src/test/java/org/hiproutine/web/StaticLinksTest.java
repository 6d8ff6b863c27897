package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Links to static files get their content hash; no other link is looked up. */
class StaticLinksTest {

  private final ResourceUrlProvider provider = mock(ResourceUrlProvider.class);
  private final StaticLinks links = new StaticLinks(provider, List.of("/css/", "/img/"));

  StaticLinksTest() {
    when(provider.getForLookupPath("/css/app.css")).thenReturn("/css/app-3f2a.css");
  }

  @Test
  void givesAStaticFileItsContentHashKeepingTheQueryAndTheContextPath() {
    assertThat(links.hashed("/css/app.css", "")).isEqualTo("/css/app-3f2a.css");
    assertThat(links.hashed("/css/app.css?v=1#top", "")).isEqualTo("/css/app-3f2a.css?v=1#top");
    assertThat(links.hashed("/hip/css/app.css", "/hip")).isEqualTo("/hip/css/app-3f2a.css");
    assertThat(links.hashed("/css/missing.css", "")).isEqualTo("/css/missing.css");
  }

  @Test
  void looksEachStaticFileUpOnceAndWhatIsNotAFileEachTime() {
    for (int page = 0; page < 3; page++) {
      assertThat(links.hashed("/css/app.css", "")).isEqualTo("/css/app-3f2a.css");
      assertThat(links.hashed("/img/gone.svg", "")).isEqualTo("/img/gone.svg");
    }
    verify(provider, times(1)).getForLookupPath("/css/app.css");
    verify(provider, times(3)).getForLookupPath("/img/gone.svg");
  }

  @Test
  void leavesEveryOtherLinkAsItIsWithoutLookingItUp() {
    for (String page :
        List.of("/s/abc/sheet.pdf", "/exercises/lunges", "/", "/cssx/app.css", "#main", "")) {
      assertThat(links.hashed(page, "")).isEqualTo(page);
    }
    assertThat(links.hashed("/css/app.css", "/hip")).isEqualTo("/css/app.css");
    assertThat(links.hashed(null, "")).isNull();
    verify(provider, never()).getForLookupPath(anyString());
  }

  @Test
  void rewritesTheLinksAPageMakesThroughTheResponse() throws Exception {
    AtomicReference<String> made = new AtomicReference<>();
    links.doFilter(
        new MockHttpServletRequest("GET", "/s/abc"),
        new MockHttpServletResponse(),
        (request, response) ->
            made.set(((HttpServletResponse) response).encodeURL("/css/app.css")));

    assertThat(made.get()).isEqualTo("/css/app-3f2a.css");
  }
}
