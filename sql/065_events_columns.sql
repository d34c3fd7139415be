-- events (later columns): one row per event mention; key: event_id.
-- Columns added after the first release of 060_events.sql, so older databases gain them in place.
alter table events add column if not exists trigger_start integer;  -- trigger word offsets into articles.body
alter table events add column if not exists trigger_end integer;    -- (end exclusive)
