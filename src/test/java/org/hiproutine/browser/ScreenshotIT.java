package org.hiproutine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A whole-page screenshot of every page at a phone's and a desktop's width, written to
 * target/screenshots/ on every run (catalog-phone.png, catalog-desktop.png, …) for people to look
 * at. Each page must fit its screen's width: nothing to scroll sideways.
 */
class ScreenshotIT extends BrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private record Screen(String name, int width, int height, boolean phone) {}

  private static final Screen PHONE = new Screen("phone", 390, 844, true);
  private static final Screen DESKTOP = new Screen("desktop", 1280, 800, false);

  @BeforeAll
  void makeTheFolder() throws IOException {
    Files.createDirectories(SCREENSHOTS);
  }

  @TestFactory
  Stream<DynamicTest> screenshotsEveryPageAtPhoneAndDesktopWidths() {
    return Pages.all().stream()
        .flatMap(page -> Stream.of(PHONE, DESKTOP).map(screen -> screenshot(page, screen)));
  }

  private DynamicTest screenshot(Pages.Page page, Screen screen) {
    String name = page.name() + "-" + screen.name();
    return DynamicTest.dynamicTest(
        name,
        () -> {
          browser.useScreen(screen.width(), screen.height(), screen.phone());
          page.visitWith(browser);
          byte[] png = browser.screenshotOfTheWholePage();
          Files.write(SCREENSHOTS.resolve(name + ".png"), png);

          BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
          assertThat(image.getWidth()).isEqualTo(screen.width());
          assertThat(image.getHeight()).isPositive();
          assertThat(browser.scrollsSideways()).as("%s scrolls sideways", name).isFalse();
        });
  }
}
