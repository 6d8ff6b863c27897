package org.hiproutine.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeTest {

  @Test
  void encodesTheLinkSoAPhoneCanReadItBack() throws Exception {
    String link = "https://hip-routine.example/s/Zm9vYmFyYmF6cXV4cXV1eA";

    assertThat(decode(QrCode.svgDataUri(link))).isEqualTo(link);
  }

  @Test
  void encodesEveryShareLinkSoThatItReadsBack() throws Exception {
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      String link =
          "https://hip-routine.example/s/"
              + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      assertThat(decode(QrCode.svgDataUri(link))).isEqualTo(link);
    }
  }

  @Test
  void drawsEachRunOfDarkModulesAlongARowAsOneRectangle() throws Exception {
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 300; i++) {
      // share links, and texts long enough for symbols wider than 64 modules (left to ZXing)
      char[] text = new char[1 + random.nextInt(i % 10 == 0 ? 300 : 60)];
      for (int c = 0; c < text.length; c++) {
        text[c] = (char) (' ' + random.nextInt(95));
      }
      String link = new String(text);

      assertThat(QrCode.svgDataUri(link)).as(link).isEqualTo(moduleByModule(link));
    }
  }

  /** The SVG data URI as QrCode drew it before, module by module, from the same symbol. */
  private static String moduleByModule(String text) throws Exception {
    BitMatrix matrix = QrMasks.encode(text, ErrorCorrectionLevel.M, 2);
    int size = matrix.getWidth();
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (matrix.get(x, y)) {
          int end = x + 1;
          while (end < size && matrix.get(end, y)) {
            end++;
          }
          path.append("M%d %dh%dv1h-%dz".formatted(x, y, end - x, end - x));
          x = end;
        }
      }
    }
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" shape-rendering=\"crispEdges\"><rect width=\"100%%\" height=\"100%%\" fill=\"#fff\"/><path fill=\"#000\" d=\"%s\"/></svg>"
            .formatted(size, size, path);
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void isAnSvgWithAWhiteQuietZoneAndNoScript() {
    String svg = svg(QrCode.svgDataUri("https://hip-routine.example/s/x"));

    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    assertThat(svg).contains("fill=\"#fff\"").doesNotContain("<script");
  }

  @Test
  void readsBackTheModulesItDrewForThePdf() throws Exception {
    String link = "https://hip-routine.example/s/Zm9vYmFyYmF6cXV4cXV1eA";
    String dataUri = QrCode.svgDataUri(link);

    QrCode.Modules modules = QrCode.modules(dataUri).orElseThrow();

    // the same runs, written out again as the SVG's path, make the same picture
    StringBuilder path = new StringBuilder();
    int[] runs = modules.runs();
    for (int i = 0; i < runs.length; i += 3) {
      path.append("M%d %dh%dv1h-%dz".formatted(runs[i], runs[i + 1], runs[i + 2], runs[i + 2]));
    }
    assertThat(runs.length).isGreaterThan(3 * modules.size());
    assertThat(svg(dataUri))
        .contains("viewBox=\"0 0 " + modules.size() + " " + modules.size() + "\"")
        .contains(" d=\"" + path + "\"");
  }

  @Test
  void readsNoModulesFromAnyOtherPicture() {
    String other =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle r=\"4\"/></svg>";
    String tampered =
        svg(QrCode.svgDataUri("https://hip-routine.example/s/x")).replace("v1h-", "v2h-");

    assertThat(QrCode.modules(dataUri(other))).isEmpty();
    assertThat(QrCode.modules(dataUri(tampered))).isEmpty();
    assertThat(QrCode.modules("data:image/svg+xml;base64,not base64!")).isEmpty();
    assertThat(QrCode.modules("img/exercises/lunges.svg")).isEmpty();
  }

  private static String dataUri(String svg) {
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a QR code drawn as our SVG data URI back into its text, as a phone's camera would. */
  static String decode(String dataUri) throws Exception {
    String svg = svg(dataUri);
    Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
    assertThat(box.find()).isTrue();
    int modules = Integer.parseInt(box.group(1));
    int scale = 4;
    int size = modules * scale;
    int[] pixels = new int[size * size];
    java.util.Arrays.fill(pixels, 0xFFFFFF);
    // each run of dark modules along a row: from (x, y), n modules wide, one high
    Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z").matcher(svg);
    while (run.find()) {
      int x = Integer.parseInt(run.group(1));
      int y = Integer.parseInt(run.group(2));
      int width = Integer.parseInt(run.group(3));
      assertThat(run.group(4)).isEqualTo(run.group(3));
      for (int dy = 0; dy < scale; dy++) {
        for (int dx = 0; dx < width * scale; dx++) {
          pixels[(y * scale + dy) * size + x * scale + dx] = 0x000000;
        }
      }
    }
    BinaryBitmap image =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
    // a drawn code, square to the pixel grid: read as a pure barcode, as a camera's is not
    return new QRCodeReader()
        .decode(image, java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, true))
        .getText();
  }

  private static String svg(String dataUri) {
    String prefix = "data:image/svg+xml;base64,";
    assertThat(dataUri).startsWith(prefix);
    return new String(
        Base64.getDecoder().decode(dataUri.substring(prefix.length())), StandardCharsets.UTF_8);
  }
}
