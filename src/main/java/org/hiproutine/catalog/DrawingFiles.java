package org.hiproutine.catalog;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.hiproutine.catalog.drawing.Drawings;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves the drawings made at start-up ({@link Drawings}) at /img/exercises/, under content-hash
 * URLs cached for a year like every other static file: pages link them as they link a file.
 */
@Configuration(proxyBeanMethods = false)
class DrawingFiles implements WebMvcConfigurer {

  static final String PATH = "/img/exercises/";

  private static final long MADE_AT = System.currentTimeMillis();

  private final Drawings drawings;

  DrawingFiles(Drawings drawings) {
    this.drawings = drawings;
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler(PATH + "**")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
        .resourceChain(true)
        .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
        .addResolver(new InMemory(drawings));
  }

  /** Resolves a drawing's file name to its SVG in memory. */
  private static final class InMemory extends AbstractResourceResolver {

    private final Drawings drawings;

    InMemory(Drawings drawings) {
      this.drawings = drawings;
    }

    @Override
    protected Resource resolveResourceInternal(
        HttpServletRequest request,
        String requestPath,
        List<? extends Resource> locations,
        ResourceResolverChain chain) {
      return drawings
          .file(requestPath)
          .map(svg -> (Resource) new Svg(requestPath, svg))
          .orElse(null);
    }

    @Override
    protected String resolveUrlPathInternal(
        String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
      return drawings.file(resourcePath).isPresent() ? resourcePath : null;
    }
  }

  /** A drawing as a resource: its name (for the content type) and bytes. */
  private static final class Svg extends ByteArrayResource {

    private final String fileName;

    Svg(String fileName, byte[] svg) {
      super(svg, "drawing " + fileName);
      this.fileName = fileName;
    }

    @Override
    public String getFilename() {
      return fileName;
    }

    @Override
    public long lastModified() {
      return MADE_AT;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Svg svg && svg.fileName.equals(fileName) && super.equals(other);
    }

    @Override
    public int hashCode() {
      return fileName.hashCode();
    }
  }
}
