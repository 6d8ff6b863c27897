package org.hiproutine.sheet;

import java.util.Map;
import org.hiproutine.routine.Routine;

/**
 * A routine as paper: what the sheet page and its PDF print, and how (paper, print size).
 *
 * @param grids the tick grid of each item, by item id
 * @param shareLink the read-only link printed as text and as a QR code
 */
public record Sheet(
    Routine routine,
    Paper paper,
    PrintSize size,
    String printedOn,
    String shareLink,
    String qrCode,
    Map<Long, TickGrid> grids) {

  public boolean isLargePrint() {
    return size == PrintSize.LARGE;
  }

  /**
   * The share link as printed beside the QR code: without its scheme, in pieces that each end with
   * a slash, so it breaks only after a slash, never inside a word.
   */
  public java.util.List<String> printedLinkParts() {
    String printed = shareLink.replaceFirst("^https?://", "");
    java.util.List<String> parts = new java.util.ArrayList<>();
    int start = 0;
    for (int slash = printed.indexOf('/'); slash >= 0; slash = printed.indexOf('/', start)) {
      parts.add(printed.substring(start, slash + 1));
      start = slash + 1;
    }
    parts.add(printed.substring(start));
    return parts;
  }
}
