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
}
