-- articles: one row per article; key: article_id (stable: derived from the source identity,
-- not the content, so an edited article keeps its id and replaces its old rows).
create table if not exists articles (
    article_id varchar primary key,
    source varchar not null,             -- path or URL it came from (path#line for JSONL records)
    external_id varchar,                 -- the `id` field of a JSONL record, if any
    url varchar,
    title varchar,
    published_at date not null,          -- publication date: the reference time of news mode
    body varchar not null,               -- text the character offsets point into
    content_hash varchar not null,       -- sha256 of title + date + body: change detection
    timex_mode varchar,                  -- news | narrative, as chosen for this article
    run_id varchar not null,             -- the run that wrote this version
    ingested_at timestamp not null
);
