package org.hiproutine.sheet;

import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
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
  private static final Pattern SVG =
      Pattern.compile(
          Pattern.quote(SVG_START)
              + "(\\d{1,3}) \\1\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
              + " fill=\"#fff\"/><path fill=\"#000\" d=\"([^\"]*)\"/></svg>");
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
    StringBuilder path = new StringBuilder();
    // one rectangle for each run of dark modules along a row: a third of the path one per module
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (matrix.get(x, y)) {
          int end = x + 1;
          while (end < size && matrix.get(end, y)) {
            end++;
          }
          int run = end - x;
          path.append('M').append(x).append(' ').append(y);
          path.append('h').append(run).append("v1h-").append(run).append('z');
          x = end;
        }
      }
    }
    String svg =
        SVG_START
            + size
            + " "
            + size
            + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
            + " fill=\"#fff\"/><path fill=\"#000\" d=\""
            + path
            + "\"/></svg>";
    return DATA_URI + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
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
    return Optional.of(new Modules(size, java.util.Arrays.copyOf(runs, count)));
  }

  private static BitMatrix encode(String text) {
    try {
      return QrMasks.encode(text, ErrorCorrectionLevel.M, QUIET_ZONE);
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode a QR code for this link", e);
    }
  }
}
