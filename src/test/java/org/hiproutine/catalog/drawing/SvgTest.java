package org.hiproutine.catalog.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers and path data as short as SVG reads them. */
class SvgTest {

  @Test
  void writesNumbersToATenthAlikeOnEitherSideOfZero() {
    assertThat(Svg.number(12.34)).isEqualTo("12.3");
    assertThat(Svg.number(12.35)).isEqualTo("12.4");
    assertThat(Svg.number(-12.35)).isEqualTo("-12.4");
    assertThat(Svg.number(3.0)).isEqualTo("3");
    assertThat(Svg.number(-0.04)).isEqualTo("0");
    assertThat(Svg.number(0.5)).isEqualTo("0.5");
  }

  @Test
  void dropsLeadingZerosAndTheSpaceBeforeAMinusInPathData() {
    assertThat(Svg.compact("M0.5 -10.5L10.5 0.2A3 3 0 0 0 -0.5 -0.5Z"))
        .isEqualTo("M.5-10.5L10.5 .2A3 3 0 0 0-.5-.5Z");
  }
}
