package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nothing times or counts what nobody reads: requests, the security filter chain and repository
 * calls are not observed (a third of what a kept page cost), log events are not counted, while
 * health still answers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoUnreadMetricsIT {

  @Autowired ObservationRegistry observations;
  @Autowired MeterRegistry meters;
  @Autowired MockMvc mvc;

  @Autowired
  @Qualifier("springSecurityFilterChain")
  Filter springSecurityFilterChain;

  @Test
  void requestsAndSecurityFiltersAreNotObserved() {
    assertThat(Observation.start("http.server.requests", observations).isNoop()).isTrue();
    assertThat(Observation.start("spring.security.filterchains", observations).isNoop()).isTrue();
    assertThat(Observation.start("spring.security.http.secured.requests", observations).isNoop())
        .isTrue();
  }

  @Test
  void theSecurityFiltersAreNotWrappedToMakeNoOpObservations() {
    Object chains =
        ReflectionTestUtils.getField(springSecurityFilterChain, "springSecurityFilterChain");
    assertThat(ReflectionTestUtils.getField(chains, "filterChainDecorator"))
        .isNotInstanceOf(ObservationFilterChainDecorator.class);
  }

  @Test
  void repositoryCallsAreNotTimed() throws Exception {
    mvc.perform(get("/exercises")).andReturn();

    assertThat(meters.find("spring.data.repository.invocations").meters()).isEmpty();
    assertThat(meters.find("http.server.requests").meters()).isEmpty();
  }

  /**
   * Logback's event counter is a turbo filter, and logback asks every turbo filter before it
   * answers a logger's isTraceEnabled: Thymeleaf asks that for every expression it runs.
   */
  @Test
  void logEventsAreNotCounted() {
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();

    assertThat(logging.getTurboFilterList()).isEmpty();
    assertThat(meters.find("logback.events").meters()).isEmpty();
  }
}
