package org.hiproutine.web;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
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
  ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
    return new ResourceUrlEncodingFilter();
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
