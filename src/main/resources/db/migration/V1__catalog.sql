-- The exercise catalog, seeded word for word from "Hip fitness for back pain"
-- (shared/seed/hip-fitness-for-back-pain.txt). This migration is the catalog's only source.

create table catalog_text (
    code varchar(40)   not null primary key,
    body varchar(2000) not null
);

create table exercise (
    id             bigint       not null primary key,
    slug           varchar(80)  not null unique,
    name           varchar(80)  not null,
    position       int          not null unique,
    summary        varchar(200) not null,
    dose_kind      varchar(20)  not null,
    dose_min       int          not null,
    dose_max       int          not null,
    each_side      boolean      not null,
    start_position varchar(20)  not null,
    kind           varchar(20)  not null,
    constraint exercise_dose_range check (dose_min > 0 and dose_min <= dose_max)
);

create table exercise_step (
    exercise_id bigint        not null references exercise (id),
    step_index  int           not null,
    text        varchar(500)  not null,
    primary key (exercise_id, step_index)
);

create table exercise_area (
    exercise_id bigint      not null references exercise (id),
    area_index  int         not null,
    area        varchar(20) not null,
    primary key (exercise_id, area_index)
);

insert into catalog_text (code, body) values
('title', 'Hip fitness for back pain'),
('introduction', 'I would recommend incorporating hip exercises into your routine to help alleviate back pain. Strong and flexible hips can contribute to better spine alignment and stability. Here are some hip exercises that can be beneficial for addressing back pain:'),
('closing', 'These exercises help improve hip flexibility, strength, and mobility, which can contribute to better posture and reduced back pain. However, it’s essential to consult with a healthcare professional or a physical therapist before starting any new exercise program, especially if you have existing back issues. They can provide personalized advice based on your specific condition.');

insert into exercise (id, slug, name, position, summary, dose_kind, dose_min, dose_max, each_side, start_position, kind) values
(1, 'hip-flexor-stretch', 'Hip Flexor Stretch', 1,
    'A kneeling stretch for the hip of the back leg.', 'HOLD', 15, 30, true, 'KNEELING', 'STRETCH'),
(2, 'pigeon-pose', 'Pigeon Pose', 2,
    'From a plank, one knee forward and the other leg straight behind, to stretch the hip.', 'HOLD', 15, 30, true, 'PLANK', 'STRETCH'),
(3, 'glute-bridges', 'Glute Bridges', 3,
    'Lying on your back, lift your hips toward the ceiling using your glutes.', 'REPETITIONS', 12, 15, false, 'LYING_ON_BACK', 'STRENGTHENING'),
(4, 'clamshells', 'Clamshells', 4,
    'Lying on your side, open and close your top knee with your feet together.', 'REPETITIONS', 15, 20, true, 'LYING_ON_SIDE', 'STRENGTHENING'),
(5, 'hip-flexor-and-quad-release', 'Hip Flexor and Quad Release', 5,
    'A kneeling stretch for the hip flexor and quad of the back leg.', 'HOLD', 15, 30, true, 'KNEELING', 'STRETCH'),
(6, 'cat-cow', 'Cat-Cow Stretch', 6,
    'On hands and knees, arch and round your back in time with your breath.', 'BREATHING_ROUNDS', 10, 15, false, 'HANDS_AND_KNEES', 'MOBILITY'),
(7, 'standing-forward-bend', 'Standing Forward Bend', 7,
    'Standing, hinge at your hips and let your upper body hang.', 'HOLD', 20, 30, false, 'STANDING', 'STRETCH'),
(8, 'lunges', 'Lunges', 8,
    'Step forward and lower your hips until both knees are bent at a 90-degree angle.', 'REPETITIONS', 12, 15, true, 'STANDING', 'STRENGTHENING');

insert into exercise_step (exercise_id, step_index, text) values
(1, 0, 'Kneel on one knee with the other foot in front, forming a 90-degree angle.'),
(1, 1, 'Push your hips forward slightly until you feel a stretch in the hip of the back leg.'),
(1, 2, 'Hold for 15-30 seconds and switch sides.'),
(2, 0, 'Start in a plank position and bring your right knee forward toward your right hand.'),
(2, 1, 'Extend your left leg straight behind you.'),
(2, 2, 'Lower your torso over the bent right knee, feeling a stretch in your hip.'),
(2, 3, 'Hold for 15-30 seconds and switch sides.'),
(3, 0, 'Lie on your back with knees bent and feet hip-width apart.'),
(3, 1, 'Lift your hips toward the ceiling, engaging your glutes.'),
(3, 2, 'Hold at the top for a moment, then lower back down.'),
(3, 3, 'Repeat for 12-15 reps.'),
(4, 0, 'Lie on your side with knees bent and stacked on top of each other.'),
(4, 1, 'Keeping your feet together, open your top knee like a clamshell.'),
(4, 2, 'Squeeze your glutes as you open and close the knee.'),
(4, 3, 'Perform 15-20 reps on each side.'),
(5, 0, 'Kneel on your right knee with your left foot in front.'),
(5, 1, 'Shift your weight forward, feeling a stretch in your right hip flexor and quad.'),
(5, 2, 'Hold for 15-30 seconds and switch sides.'),
(6, 0, 'Start on your hands and knees in a tabletop position.'),
(6, 1, 'Inhale, arching your back and lifting your head (Cow Pose).'),
(6, 2, 'Exhale, rounding your spine and tucking your chin to your chest (Cat Pose).'),
(6, 3, 'Repeat for 10-15 rounds.'),
(7, 0, 'Stand with feet hip-width apart and hinge at your hips to reach toward the floor.'),
(7, 1, 'Allow your upper body to hang and your spine to lengthen.'),
(7, 2, 'Hold for 20-30 seconds.'),
(8, 0, 'Step forward with one foot, lowering your hips until both knees are bent at a 90-degree angle.'),
(8, 1, 'Push back up to the starting position and repeat on the other leg.'),
(8, 2, 'Perform 12-15 lunges on each leg.');

insert into exercise_area (exercise_id, area_index, area) values
(1, 0, 'HIP_FLEXORS'),
(2, 0, 'HIPS'),
(3, 0, 'GLUTES'),
(4, 0, 'GLUTES'),
(5, 0, 'HIP_FLEXORS'),
(5, 1, 'QUADRICEPS'),
(6, 0, 'SPINE'),
(7, 0, 'HIPS'),
(7, 1, 'SPINE'),
(8, 0, 'HIPS');
