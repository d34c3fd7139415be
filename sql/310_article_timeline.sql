-- article_timeline(id): table macro, one row per event mention of one article (`id` is its
-- article_id or its source path/URL), in date order; key: event_id. Each row says how many
-- articles report the merged event (source_count) and which (sources).
create or replace macro article_timeline(id) as table
with final as (
    select
        m.*,
        t.source_count,
        t.sources,
        t.confidence as timeline_confidence,
        t.conflicting_dates
    from timeline_mentions as m
    join timeline as t on t.event_id = m.cluster_id
    where m.article_id = id or m.source = id
)
select * from final
order by start_date nulls last, sentence_start, event_id;
