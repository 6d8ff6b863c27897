package org.hiproutine.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageStyleTest {

  @Test
  void quotesTextAsACssStringWithoutLettingItOut() {
    assertThat(PageStyle.string("Say \"hi\" \\ bye\n}"))
        .isEqualTo("\"Say \\\"hi\\\" \\\\ bye\\A }\"");
  }
}
