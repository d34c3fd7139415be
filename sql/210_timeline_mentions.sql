-- timeline_mentions: one row per event mention (unmerged: each article's own reading),
-- ordered by start_date; key: event_id. cluster_id is the timeline.event_id it is merged into.
create or replace view timeline_mentions as
with final as (
    select
        e.event_id,
        coalesce(c.cluster_id, e.event_id) as cluster_id,
        e.start_date,
        e.end_date,
        e.granularity,
        e.timex_value,
        e.headline,
        e.sentence,
        e.actors,
        e.places,
        e.trigger,
        e.planned,
        e.article_id,
        a.title,
        a.source,
        a.url,
        a.published_at,
        e.confidence,
        e.date_basis,
        e.sentence_index,
        e.sentence_start,
        e.sentence_end,
        e.timex_start
    from events as e
    join articles as a using (article_id)
    left join event_clusters as c using (event_id)
)
select * from final
order by start_date nulls last, published_at, article_id, sentence_start, event_id;
