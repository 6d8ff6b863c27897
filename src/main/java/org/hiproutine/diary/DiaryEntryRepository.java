package org.hiproutine.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DiaryEntryRepository extends Repository<DiaryEntry, Long> {

  /**
   * A routine's whole diary, oldest first (the advice of each entry depends on the one before), to
   * show: made straight from each row, not as entities Hibernate manages (which for two years of
   * entries took twice as long), so changing one of these changes nothing.
   */
  @Query(
      "select new org.hiproutine.diary.DiaryEntry(e.id, e.routineId, e.day, e.exercisesDone,"
          + " e.exercisesPlanned, e.painBefore, e.painAfter, e.settled, e.redFlags, e.note,"
          + " e.recordedAt) from DiaryEntry e where e.routineId = :routineId order by e.day, e.id")
  List<DiaryEntry> findByRoutineIdOrderByDayAscIdAsc(long routineId);

  /** One entry, only if it belongs to this routine: an entry id alone opens nothing. */
  Optional<DiaryEntry> findByIdAndRoutineId(long id, long routineId);

  /** The entry of this routine's diary with this id, or the 404 page. */
  default DiaryEntry entryOf(long routineId, long entryId) {
    return findByIdAndRoutineId(entryId, routineId).orElseThrow(DiaryEntryNotFoundException::new);
  }

  /** The entry a logging form already made, when the same form is sent again. */
  Optional<DiaryEntry> findByRoutineIdAndFormToken(long routineId, String formToken);

  long countByRoutineIdAndDay(long routineId, LocalDate day);

  long countByRoutineId(long routineId);

  DiaryEntry saveAndFlush(DiaryEntry entry);

  void delete(DiaryEntry entry);
}
