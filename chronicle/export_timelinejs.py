"""TimelineJS3 (Knight Lab) exports: the Google-Sheets CSV layout and the JSON format.

Both carry a title slide and one slide per dated event. Dates are filled only down to the
event's granularity (a month-level event has no Day), intervals get an end date, and the slide
text is HTML (TimelineJS renders it), built from escaped values only. Undated events cannot be
placed on a TimelineJS axis and are left out (the writers return how many events they wrote).
"""

from __future__ import annotations

import csv
import json
from html import escape
from pathlib import Path
from typing import Any

from chronicle.export_rows import (
    Filters,
    date_parts,
    display_date,
    is_interval,
    neutralise,
    source_label,
    sources_of,
    time_of,
)

#: TimelineJS3's spreadsheet columns, in its own order.
TIMELINEJS_HEADER = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Type", "Group", "Background",
)
TITLE = "Chronicle timeline"


def headline_of(row: dict[str, Any]) -> str:
    """The event's headline, or the start of its sentence when it has none."""
    headline = (row.get("headline") or "").strip()
    if headline:
        return headline
    sentence = " ".join((row.get("sentence") or "").split())
    return sentence if len(sentence) <= 90 else sentence[:87].rstrip() + "..."


def group_of(row: dict[str, Any]) -> str:
    """The TimelineJS group (lane): the first actor, else the first source."""
    actors = [actor for actor in row.get("actors") or [] if actor]
    if actors:
        return actors[0]
    sources = sources_of(row)
    return source_label(sources[0]) if sources else ""


def slide_html(row: dict[str, Any]) -> str:
    """The slide body: the sentence, then who/where/sources/confidence, all HTML-escaped."""
    parts = [f"<p>{escape(row.get('sentence') or '')}</p>"]
    facts = []
    for label, key in (("Actors", "actors"), ("Places", "places")):
        values = [v for v in row.get(key) or [] if v]
        if values:
            facts.append(f"{label}: {escape(', '.join(values))}")
    sources = sources_of(row)
    if sources:
        facts.append(f"{'Sources' if len(sources) > 1 else 'Source'}: "
                     + escape(", ".join(sources)))
    confidence = row.get("confidence")
    basis = row.get("date_basis") or ""
    if confidence is not None:
        facts.append(escape(f"Confidence {confidence:.2f} (date basis: {basis})"))
    if row.get("planned"):
        facts.append("Planned: announced, not yet happened when reported")
    if facts:
        parts.append("<p><small>" + "<br>".join(facts) + "</small></p>")
    return "".join(parts)


def title_text(rows: list[dict[str, Any]], filters: Filters) -> str:
    dated = [row for row in rows if row.get("start_date")]
    text = f"{len(dated)} events"
    if dated:
        first = min(row["start_date"] for row in dated)
        last = max(row.get("end_date") or row["start_date"] for row in dated)
        text += f" from {first.isoformat()} to {last.isoformat()}"
    described = filters.describe()
    if described:
        text += f" ({described})"
    return escape(text + ", extracted by Chronicle.")


def _cell(value: Any, safe: bool) -> str:
    text = "" if value is None else str(value)
    return neutralise(text) if safe else text


def write_timelinejs_csv(
    rows: list[dict[str, Any]], path: Path, filters: Filters, *, safe: bool = False
) -> int:
    """TimelineJS3 spreadsheet layout (header exactly TIMELINEJS_HEADER); a title row first."""
    written = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(TIMELINEJS_HEADER)
        title = dict.fromkeys(TIMELINEJS_HEADER, "")
        title.update({"Headline": TITLE, "Text": title_text(rows, filters), "Type": "title"})
        writer.writerow([_cell(title[name], safe) for name in TIMELINEJS_HEADER])
        for row in rows:
            if row.get("start_date") is None:
                continue
            gran = row.get("granularity")
            year, month, day = date_parts(row["start_date"], gran)
            end = date_parts(row.get("end_date"), gran) if is_interval(row) else (None,) * 3
            values = [
                year, month, day, time_of(row), *end, None, display_date(row), headline_of(row),
                slide_html(row), None, None, None, None, None, group_of(row), None,
            ]
            writer.writerow([_cell(value, safe) for value in values])
            written += 1
    return written


def _date_object(day: Any, row: dict[str, Any], *, with_time: bool) -> dict[str, int]:
    year, month, day_of_month = date_parts(day, row.get("granularity"))
    obj: dict[str, int] = {"year": year}  # type: ignore[dict-item]
    if month is not None:
        obj["month"] = month
    if day_of_month is not None:
        obj["day"] = day_of_month
    clock = time_of(row) if with_time else None
    if clock:
        obj["hour"], obj["minute"] = (int(part) for part in clock.split(":"))
    return obj


def timelinejs_document(rows: list[dict[str, Any]], filters: Filters) -> dict[str, Any]:
    """The TimelineJS JSON object: `title` slide and `events` (dated events only)."""
    events = []
    for row in rows:
        if row.get("start_date") is None:
            continue
        event: dict[str, Any] = {
            "unique_id": f"event-{row['event_id']}",
            "start_date": _date_object(row["start_date"], row, with_time=True),
            "display_date": escape(display_date(row)),
            "text": {"headline": escape(headline_of(row)), "text": slide_html(row)},
            "group": escape(group_of(row)),
        }
        if is_interval(row):
            event["end_date"] = _date_object(row["end_date"], row, with_time=False)
        events.append(event)
    return {
        "title": {"text": {"headline": TITLE, "text": title_text(rows, filters)}},
        "events": events,
    }


def write_timelinejs_json(rows: list[dict[str, Any]], path: Path, filters: Filters) -> int:
    document = timelinejs_document(rows, filters)
    with path.open("w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return len(document["events"])
