package org.hiproutine.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Thymeleaf's expression cache, made large enough for every expression of the app's templates. It
 * keeps each expression parsed and, for the SpEL ones, the code the SpEL compiler makes once an
 * expression has run a hundred times. At Thymeleaf's default of 500 entries it held less than the
 * app's pages use (CompiledExpressionsIT counts them), so with people on different pages the
 * expressions pushed each other out: parsed again and again, and never run long enough in one piece
 * to be compiled. The bound stays: a template whose expression text is made from data (a field name
 * put in with __${field}__) can't grow it without limit.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

  /** Several times what the templates hold today (CompiledExpressionsIT says how many). */
  static final int EXPRESSIONS = 5000;

  @Bean
  static BeanPostProcessor templateEngineCaches() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof SpringTemplateEngine engine) {
          StandardCacheManager caches = new StandardCacheManager();
          caches.setExpressionCacheMaxSize(EXPRESSIONS);
          engine.setCacheManager(caches);
        }
        return bean;
      }
    };
  }
}
