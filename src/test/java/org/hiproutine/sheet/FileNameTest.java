package org.hiproutine.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNameTest {

  @Test
  void keepsLettersAndDigitsAndTurnsTheRestIntoDashes() {
    assertThat(FileName.of("Morning hips 2")).isEqualTo("hip-routine-morning-hips-2");
  }

  @Test
  void dropsMarkupQuotesSlashesAndEmoji() {
    assertThat(FileName.of("<script>\"a\"/../b\\c 💪</script>"))
        .isEqualTo("hip-routine-script-a-b-c-script");
  }

  @Test
  void keepsAccentedLettersAsPlainOnes() {
    assertThat(FileName.of("Rücken Übungen für José"))
        .isEqualTo("hip-routine-rucken-ubungen-fur-jose");
  }

  @Test
  void fallsBackToTheAppsNameWhenNothingIsLeft() {
    assertThat(FileName.of("💪🦵")).isEqualTo("hip-routine");
    assertThat(FileName.of("   ")).isEqualTo("hip-routine");
  }

  @Test
  void staysShort() {
    assertThat(FileName.of("a".repeat(80))).hasSize("hip-routine-".length() + 60);
  }
}
