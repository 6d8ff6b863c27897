package org.hiproutine.sheet;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A QR code as an SVG data URI: crisp at any print size, allowed by the Content-Security-Policy
 * (img-src data:), and drawn the same by the browser and the PDF renderer.
 */
final class QrCode {

  private static final int QUIET_ZONE = 2;

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
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
            + size
            + " "
            + size
            + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
            + " fill=\"#fff\"/><path fill=\"#000\" d=\""
            + path
            + "\"/></svg>";
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }

  private static BitMatrix encode(String text) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.MARGIN,
                  QUIET_ZONE,
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode a QR code for this link", e);
    }
  }
}
