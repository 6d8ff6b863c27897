package org.hiproutine.routine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hiproutine.catalog.Catalog;
import org.hiproutine.catalog.Exercise;
import org.hiproutine.reminder.ReminderSchedule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A routine for the pages that only show it: those under its share link (share page, sheet and PDF,
 * guided session, calendar file) and its edit page, whose form is saved through RoutineEditor and
 * JPA. One SQL query for the routine, its reminders and its items, the exercises taken from the
 * {@link Catalog}. Through JPA the same routine cost a fifth of a share page made afresh: a query
 * planned and bound, a persistence context filled with nine entities to track, a transaction begun
 * and ended, for a page that changes nothing.
 */
@Component
public class RoutineSnapshots {

  private static final String SQL =
      """
      select r.id, r.edit_key, r.share_key, r.name, r.notes, r.for_whom, r.from_whom, r.times_per_day,
             r.days_per_week, r.created_at, r.updated_at, r.version,
             m.monday, m.tuesday, m.wednesday, m.thursday, m.friday, m.saturday, m.sunday,
             m.first_time, m.second_time, m.third_time, m.zone_id, m.saved_at,
             i.id item_id, i.exercise_id, i.sets, i.amount, i.note
        from routine r
        left join routine_reminder m on m.routine_id = r.id
        left join routine_item i on i.routine_id = r.id
       where r.%s = ?
       order by i.item_index
      """;

  private static final String BY_SHARE_KEY = SQL.formatted("share_key");

  private static final String BY_EDIT_KEY = SQL.formatted("edit_key");

  private static final DayOfWeek[] WEEK = DayOfWeek.values();

  private final JdbcClient jdbc;
  private final Catalog catalog;

  RoutineSnapshots(JdbcClient jdbc, Catalog catalog) {
    this.jdbc = jdbc;
    this.catalog = catalog;
  }

  /** The routine as it is now, not managed by JPA and without its edit key; empty if none. */
  public Optional<Routine> byShareKey(String shareKey) {
    // a share link's pages may never show the edit key: it is left out of the routine
    return jdbc.sql(BY_SHARE_KEY).param(shareKey).query(this::withoutEditKey).map(this::routine);
  }

  /** The routine as it is now, with its edit key, not managed by JPA; empty if none. */
  public Optional<Routine> byEditKey(String editKey) {
    return jdbc.sql(BY_EDIT_KEY).param(editKey).query(this::withEditKey).map(this::routine);
  }

  /**
   * The rows as read, exercises by id: they are looked up once the connection is back in the pool.
   * A first request reads the catalog, and reading it with the rows still open would hold one
   * connection while asking for another: a pool's worth of first requests would wait on each other.
   */
  private record Rows(Function<List<RoutineItem>, Routine> routine, List<ItemRow> items) {}

  private record ItemRow(long id, long exerciseId, int sets, int amount, String note) {}

  private Optional<Rows> withoutEditKey(ResultSet rows) throws SQLException {
    return rows(rows, false);
  }

  private Optional<Rows> withEditKey(ResultSet rows) throws SQLException {
    return rows(rows, true);
  }

  private Optional<Rows> rows(ResultSet rows, boolean withEditKey) throws SQLException {
    if (!rows.next()) {
      return Optional.empty();
    }
    // the routine's own columns are the same on every row: read from the first
    long id = rows.getLong("id");
    String editKey = withEditKey ? rows.getString("edit_key") : null;
    String shareKey = rows.getString("share_key");
    String name = rows.getString("name");
    String notes = rows.getString("notes");
    String forWhom = rows.getString("for_whom");
    String fromWhom = rows.getString("from_whom");
    Frequency frequency = new Frequency(rows.getInt("times_per_day"), rows.getInt("days_per_week"));
    Instant createdAt = instant(rows, "created_at");
    Instant updatedAt = instant(rows, "updated_at");
    long version = rows.getLong("version");
    RoutineReminder reminder = reminder(rows);
    List<ItemRow> items = new ArrayList<>();
    do {
      long itemId = rows.getLong("item_id");
      if (!rows.wasNull()) {
        items.add(
            new ItemRow(
                itemId,
                rows.getLong("exercise_id"),
                rows.getInt("sets"),
                rows.getInt("amount"),
                rows.getString("note")));
      }
    } while (rows.next());
    return Optional.of(
        new Rows(
            routineItems ->
                Routine.snapshot(
                    id,
                    editKey,
                    shareKey,
                    name,
                    notes,
                    forWhom,
                    fromWhom,
                    frequency,
                    createdAt,
                    updatedAt,
                    version,
                    reminder,
                    routineItems),
            items));
  }

  private Routine routine(Rows rows) {
    List<RoutineItem> items = new ArrayList<>(rows.items().size());
    for (ItemRow row : rows.items()) {
      Exercise exercise =
          catalog
              .byId(row.exerciseId())
              .orElseThrow(() -> new IllegalStateException("no exercise " + row.exerciseId()));
      items.add(RoutineItem.snapshot(row.id(), exercise, row.sets(), row.amount(), row.note()));
    }
    return rows.routine().apply(items);
  }

  private static Instant instant(ResultSet rows, String column) throws SQLException {
    OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }

  private static RoutineReminder reminder(ResultSet rows) throws SQLException {
    String zone = rows.getString("zone_id");
    if (zone == null) {
      return null;
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek day : WEEK) {
      if (rows.getBoolean(day.name().toLowerCase(Locale.ROOT))) {
        days.add(day);
      }
    }
    List<LocalTime> times = new ArrayList<>(3);
    for (String column : new String[] {"first_time", "second_time", "third_time"}) {
      LocalTime time = rows.getObject(column, LocalTime.class);
      if (time != null) {
        times.add(time);
      }
    }
    return new RoutineReminder(
        new ReminderSchedule(days, times, ZoneId.of(zone)), instant(rows, "saved_at"));
  }
}
