-- One row the health check writes to: it tells whether the database can take a save right now
-- (a full disk or a read-only file fails here before a person's save does).
create table storage_check (
    id         int                         not null primary key,
    checked_at timestamp(6) with time zone not null
);

insert into storage_check (id, checked_at) values (1, current_timestamp);
