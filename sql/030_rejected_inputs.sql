-- rejected_inputs: one row per input (file, or line of a file) that could not become an article;
-- key: (run_id, source, line).
create table if not exists rejected_inputs (
    run_id varchar not null,
    source varchar not null,             -- path or URL
    line integer,                        -- 1-based line for JSONL/CSV records, null for whole files
    reason varchar not null,
    rejected_at timestamp not null
);
