-- timeline_review: one row per timeline event a person should check; key: event_id.
-- reasons lists why: conflicting_dates (sources give dates that do not overlap),
-- low_confidence (below 0.5: dated by inheritance or the publication date, or weakly tagged),
-- planned_in_past (announced as planned but dated before its publication), undated.
create or replace view timeline_review as
with flagged as (
    select
        *,
        list_filter(
            [
                case when conflicting_dates then 'conflicting_dates' end,
                case when confidence < 0.5 then 'low_confidence' end,
                case when planned and start_date < published_at then 'planned_in_past' end,
                case when start_date is null then 'undated' end
            ],
            lambda r: r is not null
        ) as reasons
    from timeline
),
final as (
    select reasons, * exclude (reasons)
    from flagged
    where len(reasons) > 0
)
select * from final
order by conflicting_dates desc, confidence, start_date nulls last, event_id;
