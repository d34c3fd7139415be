-- entity_timeline(name): table macro, one row per timeline event that names `name` among its
-- actors or places; key: event_id. Names match by their key: lower case, no trailing
-- possessive ('s), no leading "the", no dots, single spaces (chronicle.merge.name_key), so
-- 'north korea', 'North Korea''s' and 'the U.S.' match 'North Korea' and 'US'.
create or replace macro entity_timeline(name) as table
with wanted as (
    select trim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        lower(trim(name)), '(''s|’s|''|’)$', ''), '^the\s+', ''), '\.', '', 'g'), '\s+', ' ', 'g'))
        as entity_key
),
final as (
    select t.*
    from timeline as t, wanted as w
    where exists (
        select 1
        from unnest(list_concat(t.actors, t.places)) as n(entity)
        where trim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
            lower(trim(n.entity)), '(''s|’s|''|’)$', ''), '^the\s+', ''), '\.', '', 'g'),
            '\s+', ' ', 'g')) = w.entity_key
    )
)
select * from final
order by start_date nulls last, published_at, event_id;
