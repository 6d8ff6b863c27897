-- The seed ends each exercise's steps with its dose ("Hold for 15-30 seconds and switch sides.").
-- Marking those sentences lets the printed sheet show the person's own dose in their place, so
-- paper never contradicts what their physiotherapist set; the exercise page keeps every word.
alter table exercise_step add column dose boolean default false not null;

update exercise_step set dose = true
where (exercise_id, step_index) in (
    (1, 2), (2, 3), (3, 3), (4, 3), (5, 2), (6, 3), (7, 2), (8, 2)
);
