-- Each exercise names its drawing (a file under static/img/exercises/), so a new exercise gets its
-- picture by data, not code.
alter table exercise add column illustration varchar(80);

update exercise set illustration = slug || '.svg';

alter table exercise alter column illustration set not null;
