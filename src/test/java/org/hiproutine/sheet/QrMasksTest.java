package org.hiproutine.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QrMasksTest {

  private final Random random = new Random(18);

  @Test
  void makesZxingsSymbolForEveryShareLink() throws Exception {
    for (int i = 0; i < 2000; i++) {
      String link = "https://" + "h".repeat(random.nextInt(60)) + ".example/s/" + key();

      assertThat(QrMasks.encode(link, ErrorCorrectionLevel.M, 2))
          .as(link)
          .isEqualTo(zxing(link, ErrorCorrectionLevel.M, 2));
    }
  }

  @Test
  void makesZxingsSymbolAtEveryLevelAndLengthIncludingThoseTooWideForRows() throws Exception {
    for (ErrorCorrectionLevel level : ErrorCorrectionLevel.values()) {
      for (int length : new int[] {1, 7, 20, 50, 100, 180, 260, 400}) {
        for (int i = 0; i < 20; i++) {
          StringBuilder text = new StringBuilder();
          for (int c = 0; c < length; c++) {
            text.append((char) (' ' + random.nextInt(95)));
          }

          assertThat(QrMasks.encode(text.toString(), level, 4))
              .as("%s, %d characters", level, length)
              .isEqualTo(zxing(text.toString(), level, 4));
        }
      }
    }
  }

  @Test
  void countsEachRuleAsZxingDoesModuleByModule() {
    for (int size : new int[] {7, 21, 33, 45, 63, 64}) {
      for (int i = 0; i < 200; i++) {
        long[] rows = new long[size];
        boolean[][] cells = new boolean[size][size];
        double density = random.nextDouble();
        for (int y = 0; y < size; y++) {
          for (int x = 0; x < size; x++) {
            if (random.nextDouble() < density) {
              rows[y] |= 1L << x;
              cells[y][x] = true;
            }
          }
        }

        assertThat(QrMasks.penalty(rows, size)).as("size %d", size).isEqualTo(penalty(cells));
      }
    }
  }

  private String key() {
    byte[] bytes = new byte[12 + random.nextInt(12)];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static BitMatrix zxing(String text, ErrorCorrectionLevel level, int quietZone)
      throws Exception {
    return new QRCodeWriter()
        .encode(
            text,
            BarcodeFormat.QR_CODE,
            0,
            0,
            Map.of(EncodeHintType.MARGIN, quietZone, EncodeHintType.ERROR_CORRECTION, level));
  }

  /** ISO 18004 §7.8.3's four rules, counted module by module as ZXing's MaskUtil counts them. */
  private static int penalty(boolean[][] cells) {
    int size = cells.length;
    int penalty = 0;
    for (int i = 0; i < size; i++) {
      for (boolean rows : new boolean[] {true, false}) {
        int same = 0;
        Boolean previous = null;
        for (int j = 0; j < size; j++) {
          boolean cell = rows ? cells[i][j] : cells[j][i];
          if (previous != null && cell == previous) {
            same++;
          } else {
            penalty += same >= 5 ? 3 + same - 5 : 0;
            same = 1;
            previous = cell;
          }
        }
        penalty += same >= 5 ? 3 + same - 5 : 0;
      }
    }
    for (int y = 0; y + 1 < size; y++) {
      for (int x = 0; x + 1 < size; x++) {
        boolean c = cells[y][x];
        if (c == cells[y][x + 1] && c == cells[y + 1][x] && c == cells[y + 1][x + 1]) {
          penalty += 3;
        }
      }
    }
    boolean[] pattern = {true, false, true, true, true, false, true};
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        for (boolean across : new boolean[] {true, false}) {
          boolean found = true;
          for (int k = 0; k < 7 && found; k++) {
            int at = (across ? x : y) + k;
            found = at < size && (across ? cells[y][at] : cells[at][x]) == pattern[k];
          }
          if (found && (light(cells, x, y, across, -4, 0) || light(cells, x, y, across, 7, 11))) {
            penalty += 40;
          }
        }
      }
    }
    int dark = 0;
    for (boolean[] row : cells) {
      for (boolean cell : row) {
        dark += cell ? 1 : 0;
      }
    }
    return penalty + Math.abs(dark * 2 - size * size) * 10 / (size * size) * 10;
  }

  /**
   * Whether the modules from..to (exclusive) along the line from (x, y) are all inside the symbol
   * and light (ZXing 3.5: modules past the edge do not count as light).
   */
  private static boolean light(boolean[][] cells, int x, int y, boolean across, int from, int to) {
    int start = (across ? x : y) + from;
    int end = (across ? x : y) + to;
    if (start < 0 || end > cells.length) {
      return false;
    }
    for (int at = start; at < end; at++) {
      if (across ? cells[y][at] : cells[at][x]) {
        return false;
      }
    }
    return true;
  }
}
