-- Ready routines to start from. "Use this routine" copies one into a new routine of the person's own.
create table routine_template (
    id            bigint       not null primary key,
    slug          varchar(80)  not null unique,
    name          varchar(80)  not null,
    description   varchar(300) not null,
    position      int          not null unique,
    times_per_day int          not null,
    days_per_week int          not null
);

create table routine_template_item (
    template_id bigint not null references routine_template (id),
    item_index  int    not null,
    exercise_id bigint not null references exercise (id),
    sets        int    not null,
    amount      int    not null,
    primary key (template_id, item_index)
);

insert into routine_template (id, slug, name, description, position, times_per_day, days_per_week) values
(1, 'morning-mobility', 'Short morning mobility',
    'Three gentle exercises to start the day: a forward bend, a hip flexor stretch and cat-cow.', 1, 1, 7),
(2, 'strengthening', 'Strengthening',
    'The three strengthening exercises: lunges, clamshells and glute bridges.', 2, 1, 7),
(3, 'all-eight', 'All eight exercises',
    'Every exercise in the catalog, ordered from standing to lying so you get down to the floor once.', 3, 1, 7);

-- exercise ids: 1 hip flexor stretch, 2 pigeon pose, 3 glute bridges, 4 clamshells,
-- 5 hip flexor and quad release, 6 cat-cow, 7 standing forward bend, 8 lunges
insert into routine_template_item (template_id, item_index, exercise_id, sets, amount) values
(1, 0, 7, 1, 20),
(1, 1, 1, 1, 15),
(1, 2, 6, 1, 10),
(2, 0, 8, 1, 12),
(2, 1, 4, 1, 15),
(2, 2, 3, 1, 12),
(3, 0, 7, 1, 20),
(3, 1, 8, 1, 12),
(3, 2, 1, 1, 15),
(3, 3, 5, 1, 15),
(3, 4, 6, 1, 10),
(3, 5, 2, 1, 15),
(3, 6, 4, 1, 15),
(3, 7, 3, 1, 12);
