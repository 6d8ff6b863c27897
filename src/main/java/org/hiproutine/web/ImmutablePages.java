package org.hiproutine.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Pages whose bytes depend only on a key a feature can tell cheaply: the catalog's pages on their
 * address (the catalog changes only with a migration); a shared routine's pages on its version, the
 * host and the day. {@link RenderedOnce} renders each key once and then serves its bytes.
 */
public interface ImmutablePages {

  /**
   * The key under which this request's page is kept, or empty when the request is not one of these
   * pages. Everything the page's bytes depend on must be in the key.
   */
  Optional<String> keyOf(HttpServletRequest request);
}
