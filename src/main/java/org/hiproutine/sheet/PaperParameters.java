package org.hiproutine.sheet;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How ?paper= and ?size= are read wherever a page is printed (the sheet, the diary): only the
 * values the app offers, anything else the 400 page.
 */
@Configuration(proxyBeanMethods = false)
class PaperParameters implements WebMvcConfigurer {

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(String.class, Paper.class, Paper::of);
    registry.addConverter(String.class, PrintSize.class, PrintSize::of);
  }
}
