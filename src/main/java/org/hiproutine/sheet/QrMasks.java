package org.hiproutine.sheet;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A QR code with its mask chosen as ZXing chooses it (ISO 18004 §7.8.3: the lowest penalty of the
 * eight, the first on a tie), but scored on rows of bits. ZXing builds the whole symbol again for
 * each mask and counts the penalty rules module by module, three quarters of a fresh sheet's QR
 * code. A mask only flips data modules and sets the format bits, so for one version and level the
 * symbol of mask k is the symbol of mask 0 with a fixed set of modules flipped; those sets are
 * found once per version and level (by encoding one text with each mask), then every symbol is
 * built once and its eight masks scored a row (or column) of up to 64 modules at a time. The
 * modules are ZXing's own (QrMasksTest compares them, mask by mask). Symbols wider than 64 modules
 * (version 12 and up, far beyond a share link) are left to ZXing.
 */
final class QrMasks {

  private static final int MASKS = 8;
  private static final int MAX_SIZE = 64;

  /** Penalty weights, ISO 18004 §7.8.3.1 (as ZXing's MaskUtil). */
  private static final int N1 = 3;

  private static final int N2 = 3;
  private static final int N3 = 40;
  private static final int N4 = 10;

  /** Per symbol size and level: the modules each mask flips, from the symbol of mask 0. */
  private static final Map<String, long[][]> FLIPS = new ConcurrentHashMap<>();

  private QrMasks() {}

  /**
   * The symbol for this text with a quiet zone around it, as ZXing's QRCodeWriter makes it for a
   * width and height of 0: one matrix module per module.
   */
  static BitMatrix encode(String text, ErrorCorrectionLevel level, int quietZone)
      throws WriterException {
    ByteMatrix symbol = withMask(text, level, 0);
    if (symbol.getWidth() > MAX_SIZE) {
      return withQuietZone(Encoder.encode(text, level).getMatrix(), quietZone);
    }
    long[] masked0 = rows(symbol);
    long[][] flips = flips(text, level, masked0);
    long[] best = null;
    int lowest = Integer.MAX_VALUE;
    for (int mask = 0; mask < MASKS; mask++) {
      long[] rows = new long[masked0.length];
      for (int y = 0; y < rows.length; y++) {
        rows[y] = masked0[y] ^ flips[mask][y];
      }
      int penalty = penalty(rows, rows.length);
      if (penalty < lowest) {
        lowest = penalty;
        best = rows;
      }
    }
    return withQuietZone(best, quietZone);
  }

  private static long[][] flips(String text, ErrorCorrectionLevel level, long[] masked0)
      throws WriterException {
    String key = masked0.length + " " + level;
    long[][] flips = FLIPS.get(key);
    if (flips == null) {
      flips = new long[MASKS][];
      for (int mask = 0; mask < MASKS; mask++) {
        long[] masked = rows(withMask(text, level, mask));
        for (int y = 0; y < masked.length; y++) {
          masked[y] ^= masked0[y];
        }
        flips[mask] = masked;
      }
      FLIPS.putIfAbsent(key, flips);
    }
    return flips;
  }

  private static ByteMatrix withMask(String text, ErrorCorrectionLevel level, int mask)
      throws WriterException {
    QRCode code = Encoder.encode(text, level, Map.of(EncodeHintType.QR_MASK_PATTERN, mask));
    return code.getMatrix();
  }

  /** A symbol's rows, module x of a row its bit x. */
  private static long[] rows(ByteMatrix symbol) {
    int size = symbol.getWidth();
    long[] rows = new long[size];
    byte[][] cells = symbol.getArray();
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (cells[y][x] == 1) {
          rows[y] |= 1L << x;
        }
      }
    }
    return rows;
  }

  /** The four rules' penalties of a symbol, rows and columns, as ZXing's MaskUtil counts them. */
  static int penalty(long[] rows, int size) {
    long[] columns = new long[size];
    int dark = 0;
    for (int y = 0; y < size; y++) {
      dark += Long.bitCount(rows[y]);
      for (long row = rows[y]; row != 0; row &= row - 1) {
        columns[Long.numberOfTrailingZeros(row)] |= 1L << y;
      }
    }
    long width = size == 64 ? -1L : (1L << size) - 1;
    int penalty = 0;
    int twoByTwo = 0;
    int finderLike = 0;
    for (int i = 0; i < size; i++) {
      penalty += runs(rows[i], size) + runs(columns[i], size);
      finderLike += finderLike(rows[i], size) + finderLike(columns[i], size);
      if (i + 1 < size) {
        // x where a module, the one right of it, and the two below them are all one colour
        long sameRight = ~(rows[i] ^ (rows[i] >>> 1)) & ~(rows[i + 1] ^ (rows[i + 1] >>> 1));
        twoByTwo += Long.bitCount(sameRight & ~(rows[i] ^ rows[i + 1]) & (width >>> 1));
      }
    }
    int total = size * size;
    int fivePercents = Math.abs(dark * 2 - total) * 10 / total;
    return penalty + N2 * twoByTwo + N3 * finderLike + N4 * fivePercents;
  }

  /** Rule 1: each run of five or more modules of one colour, 3 plus one for each beyond five. */
  private static int runs(long line, int size) {
    int penalty = 0;
    int start = 0;
    while (start < size) {
      boolean dark = (line >>> start & 1) == 1;
      long rest = (dark ? ~line : line) >>> start; // the run ends at the first module unlike it
      int length =
          rest == 0 ? size - start : Math.min(Long.numberOfTrailingZeros(rest), size - start);
      if (length >= 5) {
        penalty += N1 + (length - 5);
      }
      start += length;
    }
    return penalty;
  }

  /**
   * Rule 3: each dark-light-dark-dark-dark-light-dark (1:1:3:1:1) with four light modules before or
   * after it. As ZXing 3.5 counts it, four that would run past the symbol's edge are not light.
   */
  private static int finderLike(long line, int size) {
    if (size < 7) {
      return 0;
    }
    long match = line & ~(line >>> 1) & (line >>> 2) & (line >>> 3) & (line >>> 4);
    match &= ~(line >>> 5) & (line >>> 6);
    match &= (1L << (size - 6)) - 1; // patterns that end inside the line
    long lightBefore = ~((line << 1) | (line << 2) | (line << 3) | (line << 4)) & -16L; // x >= 4
    long lightAfter = ~((line >>> 7) | (line >>> 8) | (line >>> 9) | (line >>> 10));
    lightAfter &= size >= 11 ? (1L << (size - 10)) - 1 : 0; // x + 11 <= size
    return Long.bitCount(match & (lightBefore | lightAfter));
  }

  /** ZXing's symbol inside a light quiet zone. */
  private static BitMatrix withQuietZone(ByteMatrix symbol, int quietZone) {
    BitMatrix result = new BitMatrix(symbol.getWidth() + 2 * quietZone);
    for (int y = 0; y < symbol.getHeight(); y++) {
      for (int x = 0; x < symbol.getWidth(); x++) {
        if (symbol.get(x, y) == 1) {
          result.set(x + quietZone, y + quietZone);
        }
      }
    }
    return result;
  }

  /** The symbol's rows inside a light quiet zone. */
  private static BitMatrix withQuietZone(long[] rows, int quietZone) {
    BitMatrix result = new BitMatrix(rows.length + 2 * quietZone);
    for (int y = 0; y < rows.length; y++) {
      for (long row = rows[y]; row != 0; row &= row - 1) {
        result.set(Long.numberOfTrailingZeros(row) + quietZone, y + quietZone);
      }
    }
    return result;
  }
}
