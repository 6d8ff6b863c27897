package org.hiproutine.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** How every request is read: in a language the app has, and with each parameter given once. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

  /**
   * The languages the app's texts are written in. A browser asking for any other gets the first; an
   * unknown Accept-Language tag is never made into a locale of its own (no per-language copies of
   * formats, views or kept pages for a client to multiply).
   */
  static final List<Locale> SUPPORTED = List.of(Locale.UK);

  private final SingleValuedParameters singleValuedParameters;

  WebConfig(SingleValuedParameters singleValuedParameters) {
    this.singleValuedParameters = singleValuedParameters;
  }

  @Bean
  LocaleResolver localeResolver() {
    return new SupportedLocales(SUPPORTED);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(singleValuedParameters);
  }
}
