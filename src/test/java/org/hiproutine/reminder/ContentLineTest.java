package org.hiproutine.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentLineTest {

  static final List<String> MULTI_BYTE_NAMES =
      List.of(
          "Morning hips 💪🦵🧘‍♀️ " + "🏳️‍🌈".repeat(12),
          "Übungen für den Rücken – Hüfte, Knie und Gesäß, jeden Tag außer Sonntag, ça va, José",
          "腰痛のための股関節ストレッチ、毎朝と毎晩、ゆっくり呼吸しながら行いましょう。無理をしないでください。",
          "Растяжка бедра по утрам и вечерам, медленно и без боли, каждый день недели",
          "e\u0301".repeat(40) + "𝄞".repeat(20));

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void foldsMultiByteTextOnlyBetweenCharacters(int shift) {
    for (String name : MULTI_BYTE_NAMES) {
      String line = "SUMMARY:" + "x".repeat(shift) + ContentLine.oneLine(name);

      String folded = ContentLine.fold(line);

      for (String physical : physicalLines(folded)) {
        byte[] octets = physical.getBytes(StandardCharsets.UTF_8);
        assertThat(octets.length).isLessThanOrEqualTo(75);
        assertThat(decodesOnItsOwn(octets)).as("a whole UTF-8 sequence: %s", physical).isTrue();
      }
      assertThat(Reminders.unfold(folded)).isEqualTo(line + "\r\n");
    }
  }

  @Test
  void fillsEachFoldedLineUpTo75Octets() {
    String line = "DESCRIPTION:" + "a".repeat(200);

    List<String> physical = physicalLines(ContentLine.fold(line));

    assertThat(physical.get(0)).hasSize(75);
    assertThat(physical.get(1)).hasSize(75).startsWith(" a");
    assertThat(physical.get(2)).isEqualTo(" " + "a".repeat(212 - 75 - 74));
  }

  @Test
  void leavesAShortLineAsItIs() {
    assertThat(ContentLine.fold("VERSION:2.0")).isEqualTo("VERSION:2.0\r\n");
    assertThat(ContentLine.fold("X:" + "b".repeat(73))).isEqualTo("X:" + "b".repeat(73) + "\r\n");
  }

  @Test
  void neverFoldsInsideAnEscape() {
    String line = "SUMMARY:" + ContentLine.oneLine("a;b,c\\d ".repeat(30));

    for (String physical : physicalLines(ContentLine.fold(line))) {
      int trailingBackslashes = physical.length() - physical.replaceAll("\\\\+$", "").length();
      assertThat(trailingBackslashes % 2).as(physical).isZero();
    }
  }

  @Test
  void escapesBackslashSemicolonCommaAndNewline() {
    assertThat(ContentLine.lines("a\\b;c,d\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
    assertThat(ContentLine.oneLine("a\\b;c,d")).isEqualTo("a\\\\b\\;c\\,d");
  }

  @Test
  void writesEveryKindOfLineBreakAsOneNewline() {
    assertThat(ContentLine.lines("1\r\n2\r3\n4\u00855\u20286\u20297"))
        .isEqualTo("1\\n2\\n3\\n4\\n5\\n6\\n7");
  }

  @Test
  void dropsControlCharactersFromText() {
    assertThat(ContentLine.lines("a\u0000b\u0007c\u001bd\u007fe\u009bf\tg")).isEqualTo("abcdef g");
  }

  @Test
  void putsOneLineTextOnOneLine() {
    assertThat(ContentLine.oneLine("  Morning\r\n\r\nhips\u0000\t\u2028again  "))
        .isEqualTo("Morning hips again");
    assertThat(ContentLine.oneLine(null)).isEmpty();
  }

  @Test
  void replacesALoneSurrogate() {
    assertThat(ContentLine.lines("a\uD83Db")).isEqualTo("a\uFFFDb");
    assertThat(ContentLine.lines("\uDFFF💪")).isEqualTo("\uFFFD💪");
    assertThat(ContentLine.lines("𝠀")).isEqualTo("𝠀");
  }

  static List<String> physicalLines(String folded) {
    assertThat(folded).endsWith("\r\n");
    List<String> lines = Arrays.asList(folded.substring(0, folded.length() - 2).split("\r\n", -1));
    assertThat(lines).noneMatch(line -> line.contains("\r") || line.contains("\n"));
    return lines;
  }

  private static boolean decodesOnItsOwn(byte[] octets) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(octets));
      return true;
    } catch (CharacterCodingException split) {
      return false;
    }
  }
}
