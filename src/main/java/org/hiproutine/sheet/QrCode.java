package org.hiproutine.sheet;

import com.google.zxing.WriterException;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A QR code as an SVG data URI: crisp at any print size, allowed by the Content-Security-Policy
 * (img-src data:), and drawn the same by the browser and the PDF renderer.
 */
final class QrCode {

  private static final int QUIET_ZONE = 2;
  private static final String DATA_URI = "data:image/svg+xml;base64,";
  private static final String SVG_START =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ";
  private static final String SVG_PATH =
      "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
          + " fill=\"#fff\"/><path fill=\"#000\" d=\"";
  private static final String SVG_END = "\"/></svg>";
  private static final Pattern SVG =
      Pattern.compile(
          Pattern.quote(SVG_START)
              + "(\\d{1,3}) \\1"
              + Pattern.quote(SVG_PATH)
              + "([^\"]*)"
              + Pattern.quote(SVG_END));
  private static final Pattern RUN = Pattern.compile("M(\\d{1,3}) (\\d{1,3})h(\\d{1,3})v1h-\\3z");

  /**
   * A QR code's dark modules, quiet zone included: a square of {@code size} modules, and each run
   * of dark modules along a row as three numbers, x, y (from the top) and length.
   */
  record Modules(int size, int[] runs) {}

  private QrCode() {}

  static String svgDataUri(String text) {
    BitMatrix matrix = encode(text);
    int size = matrix.getWidth();
    Ascii svg = new Ascii();
    svg.append(SVG_START).append(size).append(' ').append(size).append(SVG_PATH);
    // one rectangle for each run of dark modules along a row: a third of the path one per module
    BitArray row = new BitArray(size);
    for (int y = 0; y < size; y++) {
      row = matrix.getRow(y, row);
      for (int x = row.getNextSet(0); x < size; x = row.getNextSet(x)) {
        int run = row.getNextUnset(x) - x;
        svg.append('M').append(x).append(' ').append(y);
        svg.append('h').append(run).append("v1h-").append(run).append('z');
        x += run;
      }
    }
    svg.append(SVG_END);
    return svg.dataUri();
  }

  /**
   * The SVG's text, all ASCII, written as bytes and given base64 once: as a String it was built,
   * encoded to bytes and given base64, each step a copy (a twentieth of a fresh sheet).
   */
  private static final class Ascii {

    private static final byte[] PREFIX = DATA_URI.getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes = new byte[4096];
    private int length;

    Ascii append(char c) {
      if (length == bytes.length) {
        bytes = Arrays.copyOf(bytes, 2 * length);
      }
      bytes[length++] = (byte) c;
      return this;
    }

    Ascii append(String ascii) {
      for (int i = 0; i < ascii.length(); i++) {
        append(ascii.charAt(i));
      }
      return this;
    }

    Ascii append(int number) {
      if (number >= 10) {
        append(number / 10);
      }
      return append((char) ('0' + number % 10));
    }

    String dataUri() {
      byte[] base64 = Base64.getEncoder().encode(Arrays.copyOf(bytes, length));
      byte[] uri = Arrays.copyOf(PREFIX, PREFIX.length + base64.length);
      System.arraycopy(base64, 0, uri, PREFIX.length, base64.length);
      return new String(uri, StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * The modules of a QR code drawn by {@link #svgDataUri}, read back from its data URI (for the
   * PDF, which draws them as they are rather than parse the SVG); empty for any other picture.
   */
  static Optional<Modules> modules(String dataUri) {
    if (!dataUri.startsWith(DATA_URI)) {
      return Optional.empty();
    }
    String svg;
    try {
      svg =
          new String(
              Base64.getDecoder().decode(dataUri.substring(DATA_URI.length())),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    Matcher whole = SVG.matcher(svg);
    if (!whole.matches()) {
      return Optional.empty();
    }
    int size = Integer.parseInt(whole.group(1));
    String path = whole.group(2);
    Matcher run = RUN.matcher(path);
    int[] runs = new int[path.length()];
    int count = 0;
    for (int at = 0; at < path.length(); at = run.end()) {
      if (!run.region(at, path.length()).lookingAt()) {
        return Optional.empty();
      }
      runs[count++] = Integer.parseInt(run.group(1));
      runs[count++] = Integer.parseInt(run.group(2));
      runs[count++] = Integer.parseInt(run.group(3));
    }
    return Optional.of(new Modules(size, Arrays.copyOf(runs, count)));
  }

  private static BitMatrix encode(String text) {
    try {
      return QrMasks.encode(text, ErrorCorrectionLevel.M, QUIET_ZONE);
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode a QR code for this link", e);
    }
  }
}
