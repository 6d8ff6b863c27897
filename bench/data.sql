-- The benchmark's routines, written into a database the app's own Flyway migrations made. Plain SQL
-- that H2 and PostgreSQL both run; no randomness, so every run and both databases hold the same rows.
-- run.sh replaces @WALK@ (routines walked by the "made afresh" runs) and @OTHERS@ (everybody else's).
--
-- Routine n has id n + 1, share key "share" and edit key "edit-" each followed by n in 17 digits
-- (22 characters, the app's key shape), so wrk's walk.lua can compute any routine's keys.
--   n = 0            the measured routine: the kept pages and the bytes nginx serves are its own
--   n = 1..@WALK@    the same routine again under other keys: eight exercises, version 0, each
--                    page made afresh the first time any of them is asked for
--   the rest         routines of 1-8 exercises, so the tables and indexes have a realistic size
-- Item ids are routine id * 8 + item index, so a save can post the routine's real form.

CREATE TABLE bench_digit (d INT NOT NULL);
INSERT INTO bench_digit (d) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);

CREATE TABLE bench_number (n INT NOT NULL PRIMARY KEY);
INSERT INTO bench_number (n)
SELECT n FROM (
  SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n
  FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f, bench_digit g
) numbers
WHERE n <= @WALK@ + @OTHERS@;

INSERT INTO routine (id, edit_key, share_key, name, notes, times_per_day, days_per_week,
                     created_at, updated_at, version)
SELECT n + 1,
       'edit-' || LPAD(CAST(n AS VARCHAR(17)), 17, '0'),
       'share' || LPAD(CAST(n AS VARCHAR(17)), 17, '0'),
       CASE WHEN n <= @WALK@ THEN 'All eight for my back'
            ELSE CASE MOD(n, 6) WHEN 0 THEN 'Morning stretches' WHEN 1 THEN 'Back care'
                                WHEN 2 THEN 'Physio plan' WHEN 3 THEN 'Desk breaks'
                                WHEN 4 THEN 'Evening routine' ELSE 'Before my run' END
                 || ' ' || CAST(n AS VARCHAR(17)) END,
       CASE WHEN n <= @WALK@ THEN 'From my physio: slow and steady, stop if the pain gets worse.'
            WHEN MOD(n, 4) = 0 THEN 'Go gently on the left side. Stop if it hurts.' END,
       CASE WHEN n <= @WALK@ THEN 2 ELSE 1 + MOD(n * 7, 3) END,
       CASE WHEN n <= @WALK@ THEN 5 ELSE 1 + MOD(n * 5, 7) END,
       CURRENT_TIMESTAMP - INTERVAL '30' DAY - MOD(n, 300) * INTERVAL '1' DAY
                         - MOD(n * 37, 86400) * INTERVAL '1' SECOND,
       CURRENT_TIMESTAMP - INTERVAL '2' DAY - MOD(n * 13, 28 * 86400) * INTERVAL '1' SECOND,
       0
FROM bench_number;

-- The eight exercises in the order of the "all eight" template, two sets each.
INSERT INTO routine_item (id, routine_id, item_index, exercise_id, sets, amount, note)
SELECT (r.n + 1) * 8 + t.item_index, r.n + 1, t.item_index, t.exercise_id, 2, t.amount + 3,
       CASE WHEN t.item_index = 0 THEN 'Keep the knees soft.' END
FROM bench_number r
JOIN routine_template tpl ON tpl.slug = 'all-eight'
JOIN routine_template_item t ON t.template_id = tpl.id
WHERE r.n <= @WALK@;

-- Everybody else: 1-8 exercises (mostly 3-6), taken by catalog position from a start with a stride
-- of 1, 3, 5 or 7 (co-prime with 8, so no exercise twice); amounts within each kind's usual range.
INSERT INTO routine_item (id, routine_id, item_index, exercise_id, sets, amount, note)
SELECT (r.n + 1) * 8 + i.d, r.n + 1, i.d, e.id,
       1 + MOD(r.n * 3 + i.d, 2) + MOD(r.n, 7) / 6,
       CASE e.dose_kind WHEN 'HOLD' THEN 15 + MOD(r.n + i.d, 16)
                        WHEN 'REPETITIONS' THEN 12 + MOD(r.n + i.d, 9)
                        ELSE 10 + MOD(r.n + i.d, 6) END,
       CASE WHEN MOD(r.n + i.d, 20) = 0 THEN 'Slowly, both sides.' END
FROM bench_number r
JOIN bench_digit i ON i.d < 1 + MOD(r.n * 13, 4) + MOD(r.n * 7, 5)
JOIN exercise e ON e.position = 1 + MOD(MOD(r.n * 5, 8) + i.d * (1 + 2 * MOD(r.n * 3, 4)), 8)
WHERE r.n > @WALK@;

-- Two years of daily diary entries (730) for the measured routine: its diary page, printout and PDF
-- are measured with the diary issue's worst case. (A diary is never kept, so "made afresh" walks the
-- other routines' empty diaries and "kept" asks for this one again and again.)
INSERT INTO diary_entry (routine_id, done_on, exercises_done, exercises_planned, pain_before,
                         pain_after, settled, red_flags, note, recorded_at, form_token)
SELECT 1,
       CAST(CURRENT_TIMESTAMP - n * INTERVAL '1' DAY AS DATE),
       'standing-forward-bend lunges hip-flexor-stretch clamshells cat-cow glute-bridges pigeon-pose hip-flexor-and-quad-release',
       8, MOD(n, 4), MOD(n * 3, 7), NULL, '',
       CASE WHEN MOD(n, 5) = 0 THEN 'Felt stiff in the morning, easier after the bridges.' END,
       CURRENT_TIMESTAMP - n * INTERVAL '1' DAY,
       'bench-' || CAST(n AS VARCHAR(17))
FROM bench_number
WHERE n < 730;

DROP TABLE bench_number;
DROP TABLE bench_digit;

-- The app makes its own routines after these ids.
ALTER TABLE routine ALTER COLUMN id RESTART WITH @NEXT_ROUTINE_ID@;
ALTER TABLE routine_item ALTER COLUMN id RESTART WITH @NEXT_ITEM_ID@;
