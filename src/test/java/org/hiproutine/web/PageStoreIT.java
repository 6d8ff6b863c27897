package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import org.hiproutine.routine.RoutineEditor;
import org.hiproutine.web.PageStore.Audience;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A page kept for everyone depends only on its key: whatever one visitor sends — a made-up
 * language, a forged host, repeated parameters, cookies — changes nothing for the next one.
 */
@SpringBootTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE) // printing keeps every response until the end
@Import(PageStoreIT.Probe.class)
class PageStoreIT {

  /** A kept page whose template tries to read the visitor's parameters, token and language. */
  @Controller
  static class Probe {

    record ProbePage(String name, Locale locale) {}

    private final PageStore store;
    private final PageRenderer renderer;

    Probe(PageStore store, PageRenderer renderer) {
      this.store = store;
      this.renderer = renderer;
    }

    @GetMapping("/test/store-probe")
    ResponseEntity<byte[]> probe(
        @RequestParam String name, Locale locale, HttpServletRequest request) {
      return store.answer(
          new ProbePage(name, locale),
          Audience.EVERYONE,
          page -> renderer.html("store-probe", Map.of("key", page.name()), page.locale()),
          request);
    }
  }

  @Autowired MockMvc mvc;
  @Autowired PageStore store;
  @Autowired RoutineEditor editor;

  @Test
  void rendersAKeptPageFromItsKeyAloneWhateverTheVisitorSends() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(
                    get("/test/store-probe")
                        .param("name", "one")
                        .param("probe", "from the visitor")
                        .header("Accept-Language", "ar-EG")
                        .header("Host", "evil.example")
                        .cookie(new Cookie("XSRF-TOKEN", "a-visitors-token")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(page.getElementById("key").text()).isEqualTo("one");
    assertThat(page.getElementById("param").text()).isEmpty();
    assertThat(page.getElementById("csrf").text()).isEmpty();
    assertThat(page.getElementById("locale").text()).isEqualTo("en_GB");
    assertThat(page.select("input[name=_csrf]")).as("no visitor's CSRF token").isEmpty();
    assertThat(page.html()).doesNotContain("evil.example", "from the visitor", "ar-EG");
    assertThat(page.selectFirst("img").attr("src"))
        .as("static links still get their content-hash URL")
        .matches("/img/favicon-[0-9a-f]{32}\\.svg");
  }

  @Test
  void startsEveryTestWithAnEmptyStoreWhateverRanBefore() throws Exception {
    assertThat(store.size()).isZero();
    mvc.perform(get("/exercises")).andExpect(status().isOk());
    assertThat(store.size()).isOne();
  }

  @Test
  void startsEveryTestWithAnEmptyStoreHoweverTheTestsAreOrdered() throws Exception {
    startsEveryTestWithAnEmptyStoreWhateverRanBefore();
  }

  @Test
  void aMadeUpLanguageChangesNothingForTheNextVisitor() throws Exception {
    for (int i = 0; i < 2; i++) {
      MockHttpServletResponse arabic =
          mvc.perform(get("/exercises/lunges").header("Accept-Language", "ar-EG"))
              .andReturn()
              .getResponse();
      assertThat(arabic.getContentAsString()).contains("12–15 repetitions");
    }

    assertThat(mvc.perform(get("/exercises/lunges")).andReturn().getResponse().getContentAsString())
        .contains("12–15 repetitions")
        .doesNotContain("١٢");
  }

  @Test
  void thousandsOfMadeUpLanguagesKeepNoPageAndNoMemoryOfTheirOwn() throws Exception {
    String sheet = "/s/" + editor.copy("strengthening").getShareKey() + "/sheet";
    String[] paths = {"/exercises/lunges", sheet, "/sheet/page.css"};
    for (String path : paths) {
      mvc.perform(get(path)).andExpect(status().isOk());
    }
    long pages = store.size();
    long heapBefore = usedHeapAfterGc();

    for (int i = 0; i < 3000; i++) {
      String tag = "x" + Integer.toString(i, 36) + "-" + (char) ('A' + i % 26) + "Q";
      mvc.perform(get(paths[i % paths.length]).header("Accept-Language", tag))
          .andExpect(status().isOk());
    }

    assertThat(store.size()).isEqualTo(pages);
    long grown = usedHeapAfterGc() - heapBefore;
    System.out.printf("heap after 3,000 made-up languages: %+,d bytes%n", grown);
    assertThat(grown).as("heap grown by made-up languages").isLessThan(4L * 1024 * 1024);
  }

  @Test
  void refusesARepeatedParameterInsteadOfKeepingAMixedPage() throws Exception {
    mvc.perform(get("/exercises").param("kind", "STRETCH").param("kind", "MOBILITY"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/exercises").param("kind", "NOT_A_KIND")).andExpect(status().isBadRequest());
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
