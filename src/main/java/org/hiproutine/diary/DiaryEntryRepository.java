package org.hiproutine.diary;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface DiaryEntryRepository extends Repository<DiaryEntry, Long> {

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
