package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.hiproutine.HipRoutineApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The web server takes requests before Spring announces the context refreshed, which is when it
 * used to find the static files' handlers. A page made in between linked /css/app.css, cached for a
 * year under that name, and the parts made once for every page (web.FixedParts) kept that link for
 * the life of the process (seen on a benchmark's first requests).
 */
class StaticLinksAtStartIT {

  @Test
  void linksHaveTheirContentHashAsSoonAsTheServerTakesRequests() {
    AtomicReference<String> atStart = new AtomicReference<>();
    ApplicationListener<ServletWebServerInitializedEvent> started =
        event ->
            atStart.set(
                event
                    .getApplicationContext()
                    .getBean(ResourceUrlProvider.class)
                    .getForLookupPath("/css/app.css"));

    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(HipRoutineApplication.class)
            .properties("server.port=0")
            .listeners(started)
            .run()) {
      assertThat(atStart.get()).matches("/css/app-[0-9a-f]{32}\\.css");
      // links outside the static folders are ruled out before AntPathMatcher cuts them up
      assertThat(app.getBean(ResourceUrlProvider.class).getPathMatcher())
          .isInstanceOf(StaticFolderMatcher.class);
    }
  }
}
