package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MadeOnceTest {

  @Test
  void makesAPieceOnceForEachKey() {
    MadeOnce<String> pieces = new MadeOnce<>(10);
    AtomicInteger made = new AtomicInteger();

    for (int i = 0; i < 3; i++) {
      assertThat(pieces.get("top", key -> key + made.incrementAndGet())).isEqualTo("top1");
    }

    assertThat(pieces.get("bottom", key -> key + made.incrementAndGet())).isEqualTo("bottom2");
    assertThat(made).hasValue(2);
  }

  @Test
  void pastItsBoundMakesEachPieceAgainInsteadOfKeepingMore() {
    MadeOnce<Integer> pieces = new MadeOnce<>(2);
    AtomicInteger made = new AtomicInteger();

    for (int key = 0; key < 1_000; key++) {
      pieces.get(key, k -> "piece " + made.incrementAndGet());
    }
    pieces.get(999, k -> "piece " + made.incrementAndGet());

    assertThat(pieces.size()).isEqualTo(2);
    assertThat(made).hasValue(1_001);
  }
}
