-- The secret that signs the short-lived "flash" cookie (a notice shown after a redirect), shared by
-- every instance of the app through the database. The first instance to need it writes it.
create table signing_key (
    purpose varchar(40)  not null primary key,
    secret  varchar(100) not null
);
