"""Selecting timeline rows for an export, and the date helpers every writer shares.

The query reads the `timeline` view (or the `entity_timeline(name)` macro for `--entity`) and
keeps every column the view has, so columns added to the view later pass through to the
exports. Every filter value is bound as a named parameter (`$since`, ...), never formatted into
the SQL text: the only pieces of SQL chosen here are fixed strings from this module.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import duckdb

from chronicle.errors import ConfigError, DatabaseError

#: The documented columns of the timeline view, in export order; other columns follow them.
CORE_COLUMNS = (
    "event_id", "start_date", "end_date", "granularity", "timex_value", "headline", "sentence",
    "actors", "places", "trigger", "planned", "article_id", "title", "source", "published_at",
    "confidence", "date_basis",
)
#: Columns the merged timeline may add; used when present.
OPTIONAL_COLUMNS = ("sources", "source_count")

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_ORDER = "order by start_date nulls last, published_at, article_id, event_id"


@dataclass(frozen=True, slots=True)
class Filters:
    """Which timeline events an export holds; `None` means "no restriction"."""

    entity: str | None = None
    since: date | None = None
    until: date | None = None
    min_confidence: float | None = None
    article: str | None = None

    def describe(self) -> str:
        """A short human description, e.g. `entity "Kim Jong Un", since 2023-01-01`."""
        parts = []
        if self.entity:
            parts.append(f'entity "{self.entity}"')
        if self.since:
            parts.append(f"since {self.since.isoformat()}")
        if self.until:
            parts.append(f"until {self.until.isoformat()}")
        if self.min_confidence is not None:
            parts.append(f"confidence >= {self.min_confidence:g}")
        if self.article:
            parts.append(f"article {self.article}")
        return ", ".join(parts)


def parse_date_bound(value: date | str | None, option: str, *, end: bool) -> date | None:
    """`YYYY-MM-DD`, `YYYY-MM` or `YYYY` as a date; a partial date is widened to its first day
    (`end=False`, for --since) or its last day (`end=True`, for --until)."""
    if value is None or isinstance(value, date):
        return value
    match = _DATE_RE.match(value.strip())
    if match is None:
        raise ConfigError(f"{option}: {value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, last if end else 1)
        return date(year, month, day)
    except (ValueError, calendar.IllegalMonthError) as exc:
        raise ConfigError(f"{option}: {value!r} is not a valid date ({exc})") from exc


def make_filters(
    *,
    entity: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    min_confidence: float | str | None = None,
    article: str | None = None,
) -> Filters:
    """Validated `Filters` from option values (strings as typed on the command line)."""
    start = parse_date_bound(since, "--since", end=False)
    stop = parse_date_bound(until, "--until", end=True)
    if start and stop and start > stop:
        raise ConfigError(f"--since {start} is after --until {stop}: nothing could match")
    confidence = None
    if min_confidence is not None:
        try:
            confidence = float(min_confidence)
        except ValueError as exc:
            raise ConfigError(f"--min-confidence: {min_confidence!r} is not a number") from exc
        if not 0.0 <= confidence <= 1.0:
            raise ConfigError(f"--min-confidence: {confidence:g} is outside 0..1")
    return Filters(entity=entity or None, since=start, until=stop, min_confidence=confidence,
                   article=article or None)


def timeline_query(filters: Filters) -> tuple[str, dict[str, Any]]:
    """The SQL selecting the filtered timeline (all columns, timeline order) and its parameters.

    An event is kept by `--since`/`--until` when its interval [start_date, end_date] overlaps
    the requested range; undated events are then left out.
    """
    params: dict[str, Any] = {}
    source = "timeline"
    if filters.entity:
        source = "entity_timeline($entity)"
        params["entity"] = filters.entity
    where = []
    if filters.since:
        where.append("coalesce(end_date, start_date) >= $since")
        params["since"] = filters.since
    if filters.until:
        where.append("start_date <= $until")
        params["until"] = filters.until
    if filters.min_confidence is not None:
        where.append("confidence >= $min_confidence")
        params["min_confidence"] = filters.min_confidence
    if filters.article:
        where.append("article_id = $article")
        params["article"] = filters.article
    sql = f"select * from {source}"
    if where:
        sql += " where " + " and ".join(where)
    return f"{sql} {_ORDER}", params


def fetch_rows(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[dict[str, Any]]:
    """The filtered timeline as dicts (column name -> Python value), in timeline order."""
    sql, params = timeline_query(filters)
    result = run(con, sql, params)
    names = [column[0] for column in result.description or []]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


def run(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, Any]) -> Any:
    """Execute `sql`, turning a missing view or macro into a clear DatabaseError."""
    try:
        return con.execute(sql, params)
    except duckdb.CatalogException as exc:
        first = str(exc).strip().splitlines()[0]
        raise DatabaseError(
            f"the database has no usable timeline ({first}); run `chronicle run` on it first"
        ) from exc


def ordered_columns(names: list[str]) -> list[str]:
    """Core columns first (documented order), then optional ones, then any others as given."""
    present = set(names)
    head = [name for name in CORE_COLUMNS + OPTIONAL_COLUMNS if name in present]
    return head + [name for name in names if name not in head]


def sources_of(row: dict[str, Any]) -> list[str]:
    """Every source of a (possibly merged) event: `sources` when the view has it, else `source`."""
    sources = [s for s in row.get("sources") or [] if s]
    if not sources and row.get("source"):
        sources = [row["source"]]
    return sources


def natural_end(start: date, granularity: str | None) -> date:
    """Last day of the calendar unit of `granularity` that starts at `start`."""
    if granularity == "month":
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    if granularity == "year":
        return date(start.year, 12, 31)
    if granularity == "quarter":
        last = start.month + 2 - (start.month - 1) % 3
        return date(start.year, last, calendar.monthrange(start.year, last)[1])
    if granularity == "week":
        return start + timedelta(days=6)
    if granularity == "decade":
        return date(start.year + 9, 12, 31)
    if granularity == "century":
        return date(min(start.year + 99, 9999), 12, 31)
    return start


def is_interval(row: dict[str, Any]) -> bool:
    """True when the event spans more than one unit of its granularity (World War II);
    False for a single day, month, year ... (drawn as a point)."""
    start, end = row.get("start_date"), row.get("end_date")
    if start is None or end is None or end <= start:
        return False
    return end != natural_end(start, row.get("granularity"))


#: Granularities whose dates are only known down to the year / month.
_YEAR_ONLY = {"year", "decade", "century", "half", "season", "quarter"}
_MONTH_ONLY = {"month"}


def date_parts(day: date | None, granularity: str | None) -> tuple[int | None, ...]:
    """(year, month, day) of `day`, blanking the parts finer than `granularity`."""
    if day is None:
        return (None, None, None)
    if granularity in _YEAR_ONLY:
        return (day.year, None, None)
    if granularity in _MONTH_ONLY:
        return (day.year, day.month, None)
    return (day.year, day.month, day.day)


def time_of(row: dict[str, Any]) -> str | None:
    """`HH:MM` when the event's TIMEX3 value carries a clock time (granularity hour/minute)."""
    value = row.get("timex_value") or ""
    match = re.search(r"T(\d\d)(?::(\d\d))?", value)
    if match is None or row.get("granularity") not in {"hour", "minute"}:
        return None
    return f"{match.group(1)}:{match.group(2) or '00'}"


def display_date(row: dict[str, Any]) -> str:
    """Human date of an event at its granularity: `15 August 2023`, `August 2023`, `1990s`,
    `1 September 1939 – 2 September 1945`."""
    start, end, gran = row.get("start_date"), row.get("end_date"), row.get("granularity")
    if start is None:
        return "undated"
    text = _format_one(start, gran)
    if is_interval(row):
        unit = "year" if gran in _YEAR_ONLY else "day"
        text = f"{_format_one(start, unit)} – {_format_one(end, unit)}"
    if row.get("planned"):
        text += " (planned)"
    return text


def _format_one(day: date, gran: str | None) -> str:
    if gran == "decade":
        return f"{day.year}s"
    if gran == "century":
        number = day.year // 100 + 1
        suffix = "th"
        if not 10 <= number % 100 <= 20:
            suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        return f"{number}{suffix} century"
    if gran == "quarter":
        return f"Q{(day.month - 1) // 3 + 1} {day.year}"
    if gran in _YEAR_ONLY:
        return str(day.year)
    if gran == "month":
        return f"{calendar.month_name[day.month]} {day.year}"
    if gran == "week":
        return f"week of {day.day} {calendar.month_name[day.month]} {day.year}"
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


#: First characters that make a spreadsheet run a cell as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """`text` with a leading apostrophe when a spreadsheet would run it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def source_label(source: str) -> str:
    """A short name for a source: the host of a URL, else the file name (with `#line`)."""
    if "://" in source:
        return source.split("://", 1)[1].split("/", 1)[0] or source
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or source
