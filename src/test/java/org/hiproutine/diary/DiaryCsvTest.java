package org.hiproutine.diary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiaryCsvTest {

  @Test
  void aCellASpreadsheetWouldRunAsAFormulaStartsWithAnApostropheAndIsQuoted() {
    assertThat(DiaryCsv.cell("=1+2")).isEqualTo("\"'=1+2\"");
    assertThat(DiaryCsv.cell("+44 20")).isEqualTo("\"'+44 20\"");
    assertThat(DiaryCsv.cell("-3")).isEqualTo("\"'-3\"");
    assertThat(DiaryCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(DiaryCsv.cell("\t=cmd")).isEqualTo("\"'\t=cmd\"");
    assertThat(DiaryCsv.cell("\r=cmd")).isEqualTo("\"'\r=cmd\"");
  }

  @Test
  void quotesCommasQuotesAndLineBreaksAndLeavesPlainTextAlone() {
    assertThat(DiaryCsv.cell("Felt fine")).isEqualTo("Felt fine");
    assertThat(DiaryCsv.cell("a, b")).isEqualTo("\"a, b\"");
    assertThat(DiaryCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(DiaryCsv.cell("one\ntwo")).isEqualTo("\"one\ntwo\"");
    assertThat(DiaryCsv.cell("2026-12-02")).isEqualTo("2026-12-02");
    assertThat(DiaryCsv.cell("")).isEmpty();
  }
}
