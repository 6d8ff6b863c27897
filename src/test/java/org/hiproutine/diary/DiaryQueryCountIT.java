package org.hiproutine.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.hiproutine.routine.Routine;
import org.hiproutine.routine.RoutineEditor;
import org.hiproutine.routine.RoutineRepository;
import org.hiproutine.web.CountedStatements;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two years of daily entries (730) cost the diary's pages one query for the routine and one for the
 * whole diary: no query per entry, however long the diary.
 */
@SpringBootTest
@Import(CountedStatements.class)
@AutoConfigureMockMvc
class DiaryQueryCountIT {

  private static final int DAYS = 730;

  @Autowired MockMvc mvc;
  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;
  @Autowired DiaryEntryRepository entries;
  @Autowired PlatformTransactionManager transactions;

  private String diary;

  @BeforeEach
  void twoYearsOfDailyEntries() throws Exception {
    Routine routine =
        routines.findByEditKey(editor.copy("strengthening").getEditKey()).orElseThrow();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    new TransactionTemplate(transactions).executeWithoutResult(inOne -> write(routine, today));
    diary = "/routines/" + routine.getEditKey() + "/diary";
    catalogReadBefore();
    CountedStatements.clear();
  }

  /** The catalog is read once, by the first page that shows an exercise: another routine's. */
  private void catalogReadBefore() throws Exception {
    String other = "/routines/" + editor.copy("strengthening").getEditKey() + "/diary";
    mvc.perform(get(other)).andExpect(status().isOk());
  }

  private void write(Routine routine, LocalDate today) {
    for (int back = DAYS - 1; back >= 0; back--) {
      entries.saveAndFlush(
          new DiaryEntry(
              routine.getId(),
              "token-" + back,
              new DiaryEntryDraft(
                  today.minusDays(back),
                  List.of("lunges", "clamshells", "glute-bridges"),
                  3,
                  back % 4,
                  back % 7,
                  back % 3 == 0 ? null : Boolean.TRUE,
                  Set.of(),
                  back % 5 == 0 ? "Felt stiff" : null),
              Instant.now()));
    }
  }

  @Test
  void theDiaryPageTakesOneQueryForTheRoutineAndOneForItsEntries() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(get(diary))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(CountedStatements.sent()).isEqualTo(2);
    assertThat(page.select(".diary-entry")).as("the last four weeks").hasSizeBetween(22, 28);
    assertThat(page.text()).contains("earlier sessions are not shown here");

    CountedStatements.clear();
    Document allWeeks =
        Jsoup.parse(
            mvc.perform(get(diary).param("weeks", "12"))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(CountedStatements.sent()).isEqualTo(2);
    assertThat(allWeeks.select(".diary-entry")).as("all twelve weeks").hasSizeBetween(78, 84);
  }

  @Test
  void thePrintoutThePdfTheSpreadsheetAndTheFormTakeTwoQueriesEach() throws Exception {
    for (String path : List.of(diary + "/print", diary + ".pdf", diary + ".csv", diary + "/new")) {
      CountedStatements.clear();
      mvc.perform(get(path)).andExpect(status().isOk());
      assertThat(CountedStatements.sent()).as(path).isEqualTo(2);
    }
  }
}
