package org.hiproutine.web;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Stylesheets made from templates (templates/**&#47;*.css, Thymeleaf's CSS mode), so the few that
 * hold words, such as the printed page's footer, take them from messages.properties.
 */
@Configuration(proxyBeanMethods = false)
class TextTemplates {

  @Bean
  SpringResourceTemplateResolver cssTemplateResolver() {
    SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
    resolver.setPrefix("classpath:/templates/");
    resolver.setSuffix("");
    resolver.setResolvablePatterns(java.util.Set.of("*.css"));
    resolver.setTemplateMode(TemplateMode.CSS);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    resolver.setOrder(0);
    resolver.setCheckExistence(true);
    return resolver;
  }
}
