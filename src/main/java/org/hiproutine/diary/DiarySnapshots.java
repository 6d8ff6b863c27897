package org.hiproutine.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A routine's whole diary as its pages show it, oldest first (the advice of each entry depends on
 * the one before), read in one SQL query and made straight from each row: entries to show, not
 * entities JPA manages, so changing one changes nothing. Through the repository's JPQL the same
 * rows cost a query plan, a transaction and the repository's interceptors, a tenth of a diary page;
 * the diary is written through DiaryEntries and JPA as before.
 */
@Component
class DiarySnapshots {

  private static final String WHOLE_DIARY =
      """
      select id, routine_id, done_on, exercises_done, exercises_planned, pain_before, pain_after,
             settled, red_flags, note, recorded_at
        from diary_entry
       where routine_id = ?
       order by done_on, id
      """;

  private static final DiaryEntry.Words WORDS = new DiaryEntry.Words();
  private static final DiaryEntry.RedFlags RED_FLAGS = new DiaryEntry.RedFlags();

  private final JdbcClient jdbc;

  DiarySnapshots(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<DiaryEntry> whole(long routineId) {
    return jdbc.sql(WHOLE_DIARY).param(routineId).query(DiarySnapshots::entry).list();
  }

  private static DiaryEntry entry(ResultSet row, int number) throws SQLException {
    return new DiaryEntry(
        row.getLong("id"),
        row.getLong("routine_id"),
        row.getObject("done_on", LocalDate.class),
        WORDS.convertToEntityAttribute(row.getString("exercises_done")),
        row.getInt("exercises_planned"),
        row.getObject("pain_before", Integer.class),
        row.getObject("pain_after", Integer.class),
        row.getObject("settled", Boolean.class),
        RED_FLAGS.convertToEntityAttribute(row.getString("red_flags")),
        row.getString("note"),
        row.getObject("recorded_at", OffsetDateTime.class).toInstant());
  }
}
