package org.hiproutine.sheet;

import java.util.List;
import org.hiproutine.routine.Routine;

/**
 * A routine as paper: what the sheet page and its PDF print, and how (paper, print size).
 *
 * @param items the routine's items as printed, in its order
 * @param shareLink the read-only link printed as text and as a QR code
 * @param howOften how often, in words ("Once a day, every day")
 * @param howLong how long each time, in words: both made by {@link Sheets}, since asked for from
 *     the template they were calls given the message source, which SpEL runs by reflection
 */
public record Sheet(
    Routine routine,
    Paper paper,
    PrintSize size,
    String printedOn,
    String howOften,
    String howLong,
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

  /** The share link as printed beside the QR code, in the pieces {@link PrintedLink} makes. */
  public List<String> printedLinkParts() {
    return PrintedLink.parts(shareLink);
  }
}
