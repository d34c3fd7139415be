-- temporal_expressions: one row per temporal expression found in an article body;
-- key: (article_id, start_char).
create table if not exists temporal_expressions (
    article_id varchar not null,
    timex_id varchar not null,           -- t1, t2 ... in document order
    start_char integer not null,         -- offsets into articles.body, end exclusive
    end_char integer not null,
    text varchar not null,
    timex_type varchar not null,         -- DATE | TIME | DURATION | SET
    timex_value varchar,                 -- TIMEX3 value; null when unresolvable
    timex_mod varchar,                   -- START | MID | END | APPROX | BEFORE | AFTER ...
    start_date date,                     -- inclusive interval the value covers
    end_date date,
    granularity varchar,
    anchor varchar,                      -- dct | previous | reference_event | none
    basis varchar,                       -- explicit | anniversary | named_event
    event_name varchar,                  -- the reference event of anniversaries / named events
    confidence double,
    primary key (article_id, start_char)
);
