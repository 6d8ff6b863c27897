-- When a person wants to be reminded of a routine: the weekdays, one to three times of day (sorted,
-- different), and the region time zone those times are local to. A table of its own rather than a
-- dozen nullable columns on routine: "no reminders" is simply no row, and the checks below can say
-- what a reminder holds. It is part of the routine: Hibernate reads it joined to the routine (a
-- secondary table, no extra query), a change to it raises routine.version (the calendar file's
-- SEQUENCE, and the key of every page kept for the routine), and deleting the routine deletes it.
create table routine_reminder (
    routine_id  bigint       not null primary key references routine (id) on delete cascade,
    monday      boolean      not null,
    tuesday     boolean      not null,
    wednesday   boolean      not null,
    thursday    boolean      not null,
    friday      boolean      not null,
    saturday    boolean      not null,
    sunday      boolean      not null,
    first_time  time         not null,
    second_time time,
    third_time  time,
    zone_id     varchar(64)  not null,
    saved_at    timestamp(6) with time zone not null,
    constraint routine_reminder_some_day
        check (monday or tuesday or wednesday or thursday or friday or saturday or sunday),
    constraint routine_reminder_times_in_order
        check ((second_time is null or second_time > first_time)
           and (third_time is null or (second_time is not null and third_time > second_time)))
);
