-- timeline: one row per event, merged across articles (the mentions of one cluster of
-- event_clusters), ordered by start_date; key: event_id (= the cluster id: the smallest
-- event_id among its mentions). Mentions not clustered yet stand alone.
-- The dates, headline and sentence are those of the lead mention: the one with the firmest
-- date (explicit > anniversary > named_event > inherited > publication), then the highest
-- confidence, then the earliest publication. Confidence combines, as a noisy-or, the best
-- mention of each article whose dates overlap the lead mention's: agreement raises it.
-- conflicting_dates: two mentions with dates of their own whose intervals do not overlap.
create or replace view timeline as
with mentions as (
    select
        coalesce(c.cluster_id, e.event_id) as cluster_id,
        e.*,
        a.source,
        a.title,
        a.url,
        a.published_at,
        case e.date_basis
            when 'explicit' then 0
            when 'anniversary' then 1
            when 'named_event' then 2
            when 'inherited' then 3
            else 4
        end as basis_rank
    from events as e
    join articles as a using (article_id)
    left join event_clusters as c using (event_id)
),
ranked as (
    select
        *,
        row_number() over (
            partition by cluster_id
            order by basis_rank, confidence desc, published_at, event_id
        ) as mention_rank,
        case
            when start_date is null then null
            when end_date is null then strftime(start_date, '%Y-%m-%d') || '..'
            when end_date = start_date then strftime(start_date, '%Y-%m-%d')
            else strftime(start_date, '%Y-%m-%d') || '/' || strftime(end_date, '%Y-%m-%d')
        end as date_text
    from mentions
),
lead_mention as (
    select * from ranked where mention_rank = 1
),
agreeing as (
    select r.cluster_id, r.article_id, max(r.confidence) as confidence
    from ranked as r
    join lead_mention as l using (cluster_id)
    where r.start_date <= coalesce(l.end_date, l.start_date)
        and coalesce(r.end_date, r.start_date) >= l.start_date
    group by r.cluster_id, r.article_id
),
agreement as (
    select
        cluster_id,
        least(0.99, 1 - exp(sum(ln(1 - least(confidence, 0.95))))) as confidence
    from agreeing
    group by cluster_id
),
firm_dates as (
    select
        cluster_id,
        max(start_date) > min(coalesce(end_date, start_date)) as conflicting_dates
    from ranked
    where basis_rank <= 2
    group by cluster_id
),
names as (
    select cluster_id, mention_rank, 'actor' as kind, unnest(actors) as entity,
        generate_subscripts(actors, 1) as position
    from ranked
    union all
    select cluster_id, mention_rank, 'place' as kind, unnest(places) as entity,
        generate_subscripts(places, 1) as position
    from ranked
),
first_names as (
    select cluster_id, kind, arg_min(entity, mention_rank * 10000 + position) as entity,
        min(mention_rank * 10000 + position) as seen
    from names
    group by cluster_id, kind, lower(entity)
),
name_lists as (
    select
        cluster_id,
        list(entity order by seen) filter (where kind = 'actor') as actors,
        list(entity order by seen) filter (where kind = 'place') as places
    from first_names
    group by cluster_id
),
clusters as (
    select
        cluster_id,
        list(distinct source order by source) as sources,
        list(distinct article_id order by article_id) as article_ids,
        count(distinct article_id) as source_count,
        count(*) as mention_count,
        bool_and(planned) as planned,
        list(distinct date_text order by date_text) filter (where date_text is not null)
            as dates
    from ranked
    group by cluster_id
),
final as (
    select
        l.cluster_id as event_id,
        l.start_date,
        l.end_date,
        l.granularity,
        l.timex_value,
        l.headline,
        l.sentence,
        coalesce(n.actors, []::varchar[]) as actors,
        coalesce(n.places, []::varchar[]) as places,
        l.trigger,
        c.planned,
        l.article_id,
        l.title,
        l.source,
        l.url,
        l.published_at,
        round(coalesce(g.confidence, l.confidence), 3) as confidence,
        l.date_basis,
        c.source_count,
        c.mention_count,
        c.sources,
        c.article_ids,
        coalesce(c.dates, []::varchar[]) as dates,
        coalesce(f.conflicting_dates, false) as conflicting_dates
    from lead_mention as l
    join clusters as c using (cluster_id)
    left join agreement as g using (cluster_id)
    left join firm_dates as f using (cluster_id)
    left join name_lists as n using (cluster_id)
)
select * from final
order by start_date nulls last, published_at, event_id;
