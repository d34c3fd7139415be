-- timeline_by_day: one row per (period, period_start) with the number of timeline events
-- dated within it, for charts; key: (period, period_start). period is day | month | year: an
-- event counts on the day, month and year that contain its whole interval (a one-day event
-- counts in all three, World War II in none; planned events with an open end are left out).
create or replace view timeline_by_day as
with dated as (
    select * from timeline where start_date is not null and end_date is not null
),
periods as (
    select 'day' as period, start_date as period_start, * exclude (start_date)
    from dated where end_date = start_date
    union all by name
    select 'month' as period, date_trunc('month', start_date)::date as period_start,
        * exclude (start_date)
    from dated where date_trunc('month', start_date) = date_trunc('month', end_date)
    union all by name
    select 'year' as period, date_trunc('year', start_date)::date as period_start,
        * exclude (start_date)
    from dated where year(start_date) = year(end_date)
),
final as (
    select
        period,
        period_start,
        count(*) as events,
        sum(mention_count) as mentions,
        count(*) filter (where planned) as planned,
        count(*) filter (where source_count > 1) as merged
    from periods
    group by period, period_start
)
select * from final
order by period, period_start;
