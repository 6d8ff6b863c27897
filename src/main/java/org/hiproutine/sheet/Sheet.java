package org.hiproutine.sheet;

import java.util.ArrayList;
import java.util.List;
import org.hiproutine.routine.Routine;

/**
 * A routine as paper: what the sheet page and its PDF print, and how (paper, print size).
 *
 * @param items the routine's items as printed, in its order
 * @param shareLink the read-only link printed as text and as a QR code
 */
public record Sheet(
    Routine routine,
    Paper paper,
    PrintSize size,
    String printedOn,
    String shareLink,
    String qrCode,
    List<Item> items) {

  /**
   * An item as the sheet prints it, made in plain calls by {@link Sheets}: asked for from the
   * template, the steps, grid and dose were bean calls evaluated by reflection for each item.
   *
   * @param illustration the drawing's file name under /img/exercises/
   * @param gridDays the days a week of its tick grid
   * @param grid the tick grid's tables, made once for each shape ({@link TickGrids})
   */
  public record Item(
      String name,
      String illustration,
      String illustrationAltKey,
      String dose,
      String note,
      String steps,
      int gridDays,
      String grid) {}

  public boolean isLargePrint() {
    return size == PrintSize.LARGE;
  }

  /**
   * The share link as printed beside the QR code: without its scheme, in pieces that each end with
   * a slash, so it breaks only after a slash, never inside a word.
   */
  public List<String> printedLinkParts() {
    String printed = shareLink.replaceFirst("^https?://", "");
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int slash = printed.indexOf('/'); slash >= 0; slash = printed.indexOf('/', start)) {
      parts.add(printed.substring(start, slash + 1));
      start = slash + 1;
    }
    parts.add(printed.substring(start));
    return parts;
  }
}
