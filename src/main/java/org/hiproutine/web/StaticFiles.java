package org.hiproutine.web;

import java.time.Duration;
import java.util.Arrays;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Styles, scripts and drawings under content-hash URLs (/css/app-3f2a….css), cached for a year.
 * Mapped to their own folders rather than Boot's catch-all /**, so that rewriting a page's links
 * only looks up links to static files, not every page link on every request.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

  private static final String[] FOLDERS = {"css", "js", "img", "fonts"};

  /** Rewrites the links a page makes to static files into their content-hash URLs. */
  @Bean
  StaticLinks staticLinks(ResourceUrlProvider links) {
    return new StaticLinks(links, Arrays.stream(FOLDERS).map(f -> "/" + f + "/").toList());
  }

  /**
   * Finds the static files' handlers before the web server takes its first request. Spring finds
   * them when it announces the context refreshed, after the server has started: a page made in
   * between linked /css/app.css (cached for a year under that name), and the parts made once for
   * every page kept that link for the life of the process.
   */
  @Bean
  SmartLifecycle staticLinksBeforeRequests(ResourceUrlProvider links, ApplicationContext context) {
    return new SmartLifecycle() {
      private volatile boolean running;

      @Override
      public void start() {
        links.setPathMatcher(new StaticFolderMatcher());
        links.onApplicationEvent(new ContextRefreshedEvent(context));
        running = true;
      }

      @Override
      public void stop() {
        running = false;
      }

      @Override
      public boolean isRunning() {
        return running;
      }

      @Override
      public int getPhase() {
        // lifecycles start from the lowest phase; the web server's is below the default
        return Integer.MIN_VALUE;
      }
    };
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    for (String folder : FOLDERS) {
      registry
          .addResourceHandler("/" + folder + "/**")
          .addResourceLocations("classpath:/static/" + folder + "/")
          .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
          .resourceChain(true)
          .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
  }
}
