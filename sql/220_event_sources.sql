-- event_sources: one row per (timeline event, article reporting it); key: (event_id, article_id).
-- Lists every source of a merged timeline event with what that article said: its own date,
-- sentence and confidence, and whether its date agrees with (overlaps) the timeline's.
create or replace view event_sources as
with per_article as (
    select
        m.cluster_id as event_id,
        m.article_id,
        any_value(m.source) as source,
        any_value(m.title) as title,
        any_value(m.url) as url,
        any_value(m.published_at) as published_at,
        list(m.event_id order by m.sentence_start, m.event_id) as mention_ids,
        arg_min(m.sentence, m.sentence_start) as sentence,
        arg_min(m.start_date, m.sentence_start) as start_date,
        arg_min(m.end_date, m.sentence_start) as end_date,
        arg_min(m.date_basis, m.sentence_start) as date_basis,
        max(m.confidence) as confidence
    from timeline_mentions as m
    group by m.cluster_id, m.article_id
),
final as (
    select
        p.*,
        coalesce(
            p.start_date <= coalesce(t.end_date, t.start_date)
            and coalesce(p.end_date, p.start_date) >= t.start_date,
            false
        ) as agrees
    from per_article as p
    join timeline as t using (event_id)
)
select * from final
order by event_id, published_at, article_id;
