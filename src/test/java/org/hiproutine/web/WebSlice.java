package org.hiproutine.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hiproutine.catalog.ExercisePictures;
import org.hiproutine.catalog.drawing.Drawings;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A controller with the web layer every page has (security, headers, one value per parameter, the
 * layout's static files, the error pages) and no database: its repositories and services are mocked
 * by the test. Notices after a redirect use Spring's session flash maps here, since the signed
 * cookie's key lives in the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({
  SecurityConfig.class,
  PageRenderer.class,
  PageStore.class,
  PublicUrl.class,
  TextTemplates.class,
  WebSlice.Layout.class
})
@MockitoBean(types = {StorageFailures.class, StorageHealth.class})
public @interface WebSlice {

  /** The controllers under test. */
  @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
  Class<?>[] value() default {};

  /** Beans the templates call by name (an imported class would be named after its class). */
  @TestConfiguration(proxyBeanMethods = false)
  class Layout {
    @Bean
    Drawings drawings() {
      return new Drawings();
    }

    @Bean
    FixedParts fixedParts(PageRenderer renderer) {
      return new FixedParts(renderer);
    }

    @Bean
    ExercisePictures exercisePictures(PageRenderer renderer, Drawings drawings) {
      return new ExercisePictures(renderer, drawings);
    }
  }
}
