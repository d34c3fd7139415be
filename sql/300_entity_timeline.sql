-- entity_timeline(name): table macro, one row per timeline event that names `name` among its
-- actors or places; key: event_id. Names match by entity_key(): case, a trailing possessive,
-- a leading "the" and dots do not count, so 'north korea', 'North Korea''s' and 'the U.S.'
-- match 'North Korea' and 'US'.
create or replace macro entity_timeline(name) as table
with final as (
    select t.*
    from timeline as t
    where exists (
        select 1
        from unnest(list_concat(t.actors, t.places)) as n(entity)
        where entity_key(n.entity) = entity_key(name)
    )
)
select * from final
order by start_date nulls last, published_at, event_id;
