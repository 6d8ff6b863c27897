package org.hiproutine.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrintedLinkTest {

  @Test
  void breaksTheLinkAfterEachSlashAndLeavesAKeyOfUsualWidthWhole() {
    assertThat(PrintedLink.parts("https://hip-routine.example/s/Kq7_pZ2mHx-Ve4RtNb8cJw"))
        .containsExactly("hip-routine.example/", "s/", "Kq7_pZ2mHx-Ve4RtNb8cJw");
    assertThat(PrintedLink.parts("http://localhost:8080/s/Kq7_pZ2mHx-Ve4RtNb8cJw"))
        .containsExactly("localhost:8080/", "s/", "Kq7_pZ2mHx-Ve4RtNb8cJw");
  }

  @Test
  void measuresInTheSheetsFont() {
    // Liberation Sans has Arial's widths
    assertThat(PrintedLink.widthInEms("W")).isCloseTo(0.944, within(0.005));
    assertThat(PrintedLink.widthInEms("i")).isCloseTo(0.222, within(0.005));
    assertThat(PrintedLink.widthInEms("0-_")).isCloseTo(0.556 + 0.333 + 0.556, within(0.005));
    assertThat(PrintedLink.widthInEms("Kq7_pZ2mHx-Ve4RtNb8cJw")).isCloseTo(12.78, within(0.005));
  }

  @Test
  void breaksAKeyTooWideForTheBoxInTheMiddleIntoHalvesThatFit() {
    // 14.89 em: ran 3 pt past the margin in a CI run
    assertThat(PrintedLink.parts("https://hip-routine.example/s/wdcb4RGogbSWWKmNqWKaLQ"))
        .containsExactly("hip-routine.example/", "s/", "wdcb4RGogbS", "WWKmNqWKaLQ");
    var widest = PrintedLink.parts("https://hip-routine.example/s/" + "W".repeat(22));
    assertThat(widest).endsWith("W".repeat(11), "W".repeat(11));
    assertThat(PrintedLink.widthInEms(widest.get(2))).isLessThan(PrintedLink.WIDEST_UNBROKEN_EM);
  }

  @Test
  void breaksAHostTooWideForTheBoxAfterADotOrHyphen() {
    String host = "hip-routine.riverside-physiotherapy-and-sports-clinic.example";
    var parts = PrintedLink.parts("https://" + host + "/s/Kq7_pZ2mHx-Ve4RtNb8cJw");

    assertThat(String.join("", parts)).isEqualTo(host + "/s/Kq7_pZ2mHx-Ve4RtNb8cJw");
    assertThat(parts)
        .containsExactly(
            "hip-routine.riverside-",
            "physiotherapy-and-sports-",
            "clinic.example/",
            "s/",
            "Kq7_pZ2mHx-Ve4RtNb8cJw");
    assertThat(parts)
        .allSatisfy(
            part ->
                assertThat(PrintedLink.widthInEms(part))
                    .isLessThanOrEqualTo(PrintedLink.WIDEST_UNBROKEN_EM));
  }

  @Test
  void breaksAHostWithoutDotsOrHyphensWhereverItMust() {
    var parts = PrintedLink.parts("https://" + "w".repeat(40) + "/s/Kq7_pZ2mHx-Ve4RtNb8cJw");

    assertThat(parts).hasSizeGreaterThan(3);
    assertThat(String.join("", parts.subList(0, parts.size() - 2))).isEqualTo("w".repeat(40) + "/");
    assertThat(parts)
        .allSatisfy(
            part ->
                assertThat(PrintedLink.widthInEms(part))
                    .isLessThanOrEqualTo(PrintedLink.WIDEST_UNBROKEN_EM));
  }
}
