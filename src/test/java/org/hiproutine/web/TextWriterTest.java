package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TextWriterTest {

  /** Everything a PrintWriter can be asked to write, in one order. */
  private static final Consumer<PrintWriter> EVERY_WAY =
      w -> {
        w.write('<');
        w.write("p class=\"dose\">");
        w.write("xx2 sets · 15 s – each sidexx", 2, 26);
        w.write(new char[] {'!', '?'});
        w.write(new char[] {'a', 'b', 'c', 'd'}, 1, 2);
        w.print(42);
        w.print(' ');
        w.print(true);
        w.print((String) null);
        w.print(1.5);
        w.println();
        w.println("next line");
        w.printf(Locale.ROOT, "%d of %s", 3, "eight");
        w.append("é ünïcode 🦵").append('x').append("012345", 2, 4).append(null);
        w.format(Locale.ROOT, "%05.1f", 2.25);
        w.flush();
      };

  @Test
  void keepsWhatAPrintWriterOverAStringWriterWouldWrite() {
    StringWriter expected = new StringWriter();
    EVERY_WAY.accept(new PrintWriter(expected));
    TextWriter writer = new TextWriter(4);
    EVERY_WAY.accept(writer);

    assertThat(writer.toString()).isEqualTo(expected.toString()).contains("next line", "🦵");
  }

  @Test
  void closingKeepsTheTextAndWritingGoesOn() {
    TextWriter writer = new TextWriter(16);
    writer.write("before");
    writer.close();
    writer.write(" after");

    assertThat(writer.toString()).isEqualTo("before after");
    assertThat(writer.checkError()).isFalse();
  }
}
