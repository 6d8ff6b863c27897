package org.hiproutine.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Pages whose bytes depend only on their address and the deployed build, such as the catalog (it
 * changes only with a migration). A feature declares its own; {@link RenderedOnce} renders each
 * once and serves the stored bytes after that.
 */
public interface ImmutablePages {

  /**
   * The key under which this request's page is kept, or empty when the request is not one of these
   * pages. Keys must come from a small, closed set (never from raw user input), so the store stays
   * small whatever a bot asks for.
   */
  Optional<String> keyOf(HttpServletRequest request);
}
