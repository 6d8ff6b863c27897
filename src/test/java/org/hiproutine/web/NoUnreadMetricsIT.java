package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nothing times what nobody reads: requests, the security filter chain and repository calls are not
 * observed (a third of what a kept page cost), while health still answers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoUnreadMetricsIT {

  @Autowired ObservationRegistry observations;
  @Autowired MeterRegistry meters;
  @Autowired MockMvc mvc;

  @Test
  void requestsAndSecurityFiltersAreNotObserved() {
    assertThat(Observation.start("http.server.requests", observations).isNoop()).isTrue();
    assertThat(Observation.start("spring.security.filterchains", observations).isNoop()).isTrue();
    assertThat(Observation.start("spring.security.http.secured.requests", observations).isNoop())
        .isTrue();
  }

  @Test
  void repositoryCallsAreNotTimed() throws Exception {
    mvc.perform(get("/exercises")).andReturn();

    assertThat(meters.find("spring.data.repository.invocations").meters()).isEmpty();
    assertThat(meters.find("http.server.requests").meters()).isEmpty();
  }
}
