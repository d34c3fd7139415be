-- events: one row per event mention (a dated clause of an article); key: event_id.
create table if not exists events (
    event_id varchar primary key,        -- stable hash of (article_id, sentence start, clause)
    article_id varchar not null,
    sentence_index integer not null,
    sentence_start integer not null,     -- offsets into articles.body
    sentence_end integer not null,
    sentence varchar not null,
    trigger varchar,                     -- governing verb or event noun, lemmatised
    headline varchar,                    -- short subject-verb-object summary
    actors varchar[],                    -- PERSON / ORG / GPE / NORP names
    places varchar[],                    -- GPE / LOC / FAC names
    timex_start integer,                 -- temporal_expressions.start_char of the date used
    timex_value varchar,
    start_date date,
    end_date date,
    granularity varchar,
    date_basis varchar not null,         -- explicit | anniversary | named_event | inherited | publication
    confidence double not null,
    planned boolean not null default false  -- future-tense event (announced, not yet happened)
);
