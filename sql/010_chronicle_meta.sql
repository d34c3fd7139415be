-- chronicle_meta: one row per setting of the database itself; key: key.
-- Holds `schema_version`, written by the loader after every file in sql/ has been applied.
create table if not exists chronicle_meta (
    key varchar primary key,
    value varchar not null
);
