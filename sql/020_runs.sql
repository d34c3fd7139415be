-- runs: one row per `chronicle run` (one Prefect flow run); key: run_id.
create table if not exists runs (
    run_id varchar primary key,          -- uuid of the run (the Prefect flow run id when there is one)
    started_at timestamp not null,
    finished_at timestamp,
    status varchar not null,             -- running | completed | failed
    sources varchar[],                   -- the paths / URLs given to the run
    articles_read integer default 0,     -- articles parsed from the inputs
    articles_new integer default 0,      -- never seen before
    articles_changed integer default 0,  -- seen before with other content: rows replaced
    articles_unchanged integer default 0,
    rejected integer default 0,          -- rows added to rejected_inputs
    events integer default 0,            -- events written
    temporal_expressions integer default 0,
    seconds double,
    message varchar                      -- error text when status = failed
);
