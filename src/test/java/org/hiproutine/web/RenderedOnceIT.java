package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineEditor;
import org.hiproutine.routine.RoutineForm;
import org.hiproutine.routine.RoutineRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Pages served from memory are the same pages, with the same headers, and never stale. */
@SpringBootTest
@AutoConfigureMockMvc
class RenderedOnceIT {

  @Autowired MockMvc mvc;
  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;

  @Test
  void servesTheSameCatalogPageWithItsSecurityHeadersAndAnEtag() throws Exception {
    fetch("/exercises/lunges"); // asked for once: rendered, not kept
    MockHttpServletResponse first = fetch("/exercises/lunges"); // asked again: kept
    MockHttpServletResponse second = fetch("/exercises/lunges"); // served from memory

    assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
    assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).startsWith("W/\"");
    assertThat(second.getHeader("Content-Security-Policy"))
        .isEqualTo(first.getHeader("Content-Security-Policy"))
        .isNotNull();
    assertThat(second.getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(second.getHeader("Cache-Control")).isEqualTo("no-cache");
    assertThat(second.getContentType()).startsWith("text/html");
  }

  @Test
  void answers304WhenTheBrowserHasThePageAndCompressesForThoseWhoAsk() throws Exception {
    fetch("/exercises");
    String etag = fetch("/exercises").getHeader("ETag");
    String page = fetch("/exercises").getContentAsString();

    mvc.perform(get("/exercises").header("If-None-Match", etag))
        .andExpect(status().isNotModified());
    MockHttpServletResponse gzipped =
        mvc.perform(get("/exercises").header("Accept-Encoding", "gzip, deflate"))
            .andReturn()
            .getResponse();
    assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
    assertThat(gzipped.getHeader("Vary")).isEqualTo("Accept-Encoding");
    assertThat(gunzip(gzipped.getContentAsByteArray())).isEqualTo(page);
    mvc.perform(head("/exercises")).andExpect(status().isOk());
  }

  @Test
  void keepsAPageOnlyOnceAskedForTwice() throws Exception {
    assertThat(fetch("/exercises?kind=MOBILITY").getHeader("ETag")).isNull();
    assertThat(fetch("/exercises?kind=MOBILITY").getHeader("ETag")).isNotNull();
  }

  @Test
  void keepsNoPageForAddressesNoPageLinksTo() throws Exception {
    for (int i = 0; i < 3; i++) {
      MockHttpServletResponse odd =
          mvc.perform(get("/exercises").param("kind", "STRETCH").param("utm", "x"))
              .andReturn()
              .getResponse();

      assertThat(odd.getStatus()).isEqualTo(200);
      assertThat(odd.getHeader("ETag")).isNull();
    }
  }

  @Test
  void showsAChangedRoutineAtOnceThroughItsShareLinkAndSheet() throws Exception {
    RoutineForm form = RoutineForm.blank();
    form.setName("Before");
    form.setExercise("lunges");
    Routine routine = editor.create(form);
    String share = "/s/" + routine.getShareKey();
    assertThat(fetch(share).getContentAsString()).contains("Before");
    assertThat(fetch(share).getContentAsString()).contains("Before");
    assertThat(fetch(share + "/sheet").getContentAsString()).contains("Before");
    byte[] pdf = fetch(share + "/sheet.pdf").getContentAsByteArray();

    mvc.perform(
            post("/routines/" + routine.getEditKey())
                .with(csrf())
                .param("version", String.valueOf(stored(routine).getVersion()))
                .param("name", "After")
                .param("timesPerDay", "1")
                .param("daysPerWeek", "7")
                .param("items[0].id", stored(routine).getItems().get(0).getId().toString())
                .param("items[0].sets", "1")
                .param("items[0].amount", "12"))
        .andExpect(status().isFound());

    assertThat(fetch(share).getContentAsString()).contains("After").doesNotContain("Before");
    assertThat(fetch(share + "/sheet").getContentAsString()).contains("After");
    assertThat(fetch(share + "/sheet.pdf").getContentAsByteArray()).isNotEqualTo(pdf);
  }

  @Test
  void keepsEachPaperAndPrintSizeOfASheetApart() throws Exception {
    RoutineForm form = RoutineForm.blank();
    form.setName("Papers");
    form.setExercise("cat-cow");
    String share = "/s/" + editor.create(form).getShareKey();

    String a4 = fetch(share + "/sheet").getContentAsString();
    String letter = fetch(share + "/sheet?paper=letter").getContentAsString();
    String large = fetch(share + "/sheet?size=large").getContentAsString();

    assertThat(a4).contains("paper-a4").doesNotContain("large-print");
    assertThat(letter).contains("paper-letter");
    assertThat(large).contains("large-print");
    assertThat(fetch(share + "/sheet?paper=letter").getContentAsString()).isEqualTo(letter);
  }

  @Test
  void keepsNothingForAnUnknownOrDeletedRoutine() throws Exception {
    mvc.perform(get("/s/AAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());
    mvc.perform(get("/s/AAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());

    RoutineForm form = RoutineForm.blank();
    form.setName("Short-lived");
    Routine routine = editor.create(form);
    fetch("/s/" + routine.getShareKey());
    editor.delete(routine.getEditKey());
    mvc.perform(get("/s/" + routine.getShareKey())).andExpect(status().isNotFound());
  }

  private Routine stored(Routine routine) {
    return routines.findByEditKey(routine.getEditKey()).orElseThrow();
  }

  private MockHttpServletResponse fetch(String path) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response;
  }

  private static String gunzip(byte[] bytes) throws Exception {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
