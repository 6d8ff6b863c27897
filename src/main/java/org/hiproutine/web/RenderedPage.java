package org.hiproutine.web;

import org.springframework.http.MediaType;

/**
 * A page as rendered for the {@link PageStore}: its bytes, type, the file name it downloads as (or
 * null to show it), and whether it may be kept for its key.
 */
public record RenderedPage(byte[] body, MediaType type, String fileName, boolean keep) {

  public static RenderedPage of(byte[] body, MediaType type) {
    return new RenderedPage(body, type, null, true);
  }

  /** Offered as a download under this (already safe) file name. */
  public RenderedPage downloadedAs(String safeFileName) {
    return new RenderedPage(body, type, safeFileName, keep);
  }

  /** Rendered from something newer than its key says (a save in between): answer, don't keep. */
  public RenderedPage notKept() {
    return new RenderedPage(body, type, fileName, false);
  }
}
