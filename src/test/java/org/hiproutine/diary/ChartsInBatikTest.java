package org.hiproutine.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiproutine.diary.ProgressCalendarTest.MON_WED_FRI;
import static org.hiproutine.diary.ProgressCalendarTest.START;
import static org.hiproutine.diary.ProgressCalendarTest.TODAY;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;

/**
 * The printed diary's PDF draws the charts with Batik (openhtmltopdf's SVG support), which stops at
 * anything it cannot draw; here each chart is drawn by Batik alone.
 */
class ChartsInBatikTest {

  private static final ChartWords WORDS = DiaryWords.english();
  private static final int BRAND = 0x1d4f91;

  private static BufferedImage draw(String svg) throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    new PNGTranscoder()
        .transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
    return ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
  }

  private static long pixels(BufferedImage image, int rgb) {
    long count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void drawsTheCalendarWithItsDaysDone() throws Exception {
    List<LocalDate> entries = List.of(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 13));
    for (Schedule schedule : List.of(MON_WED_FRI, Schedule.daysAWeek(3))) {
      BufferedImage image =
          draw(
              ProgressCharts.calendar(
                  ProgressCalendar.of(schedule, START, entries, TODAY), "t", "d", WORDS));

      assertThat(image.getWidth()).isEqualTo(350);
      // Two days done and the legend's swatch, each mostly the brand colour.
      assertThat(pixels(image, BRAND)).isGreaterThan(2 * 28 * 28 / 2);
    }
  }

  @Test
  void drawsThePainLineFullOrEmpty() throws Exception {
    List<PainPoint> points =
        List.of(
            new PainPoint(LocalDate.of(2026, 5, 11), 2, 6, Advice.RED),
            new PainPoint(LocalDate.of(2026, 5, 13), null, null, Advice.URGENT),
            new PainPoint(LocalDate.of(2026, 5, 15), 2, 4, Advice.AMBER));
    BufferedImage full = draw(ProgressCharts.painLine(PainLine.of(points, TODAY), "t", "d", WORDS));
    BufferedImage empty =
        draw(ProgressCharts.painLine(PainLine.of(List.of(), TODAY), "t", "d", WORDS));

    assertThat(full.getWidth()).isEqualTo(400);
    assertThat(pixels(full, 0xc0172c)).isGreaterThan(pixels(empty, 0xc0172c));
    assertThat(empty.getHeight()).isEqualTo(full.getHeight());
  }
}
