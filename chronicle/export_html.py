"""The `html` export: one self-contained page (inline CSS, JS and data; no network) that draws
the timeline with plain JavaScript and SVG.

The page is `chronicle/templates/page.html` with `page.css` and `page.js` inlined. The events
are embedded as JSON in a `<script type="application/json">` block; `<`, `>`, `&` and the
JavaScript line separators are written as `\\uXXXX` escapes, so no value (a `</script>` in a
sentence, say) can end the block or be read as markup: the escapes are still valid JSON.
"""

from __future__ import annotations

import json
import re
from html import escape
from importlib.resources import files
from pathlib import Path
from typing import Any

from chronicle.export_rows import Filters, display_date, is_interval, natural_end, sources_of
from chronicle.export_timelinejs import headline_of

_MARKER = re.compile(r"/\*__CHRONICLE_(CSS|JS)__\*/|__CHRONICLE_(TITLE|SUBTITLE|DATA)__")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                 "\u2028": "\\u2028", "\u2029": "\\u2029"}
PAGE_TITLE = "Chronicle timeline"


def script_json(data: Any) -> str:
    """`data` as JSON that is safe inside an HTML `<script>` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text)


def page_event(row: dict[str, Any]) -> dict[str, Any]:
    """What the page needs of one timeline row (dates as ISO strings)."""
    start, end = row.get("start_date"), row.get("end_date")
    interval = is_interval(row)
    unit_end = None
    if start is not None:
        unit_end = end if interval else natural_end(start, row.get("granularity"))
    confidence = row.get("confidence")
    return {
        "id": str(row.get("event_id")),
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
        "unit_end": unit_end.isoformat() if unit_end else None,
        "interval": interval,
        "granularity": row.get("granularity"),
        "value": row.get("timex_value"),
        "display": display_date(row),
        "headline": headline_of(row),
        "sentence": row.get("sentence") or "",
        "actors": [a for a in row.get("actors") or [] if a],
        "places": [p for p in row.get("places") or [] if p],
        "trigger": row.get("trigger"),
        "planned": bool(row.get("planned")),
        "article_id": row.get("article_id"),
        "title": row.get("title"),
        "sources": sources_of(row),
        "published": row["published_at"].isoformat() if row.get("published_at") else None,
        "confidence": float(confidence) if confidence is not None else None,
        "basis": row.get("date_basis"),
    }


def subtitle(events: list[dict[str, Any]], filters: Filters) -> str:
    dated = [e for e in events if e["start"]]
    parts = [f"{len(events)} event{'s' if len(events) != 1 else ''}"]
    if dated:
        first = min(e["start"] for e in dated)
        last = max(e["unit_end"] or e["start"] for e in dated)
        parts.append(f"{first} to {last}")
    if len(dated) < len(events):
        parts.append(f"{len(events) - len(dated)} undated (listed below)")
    sources = {s for e in events for s in e["sources"]}
    if sources:
        parts.append(f"{len(sources)} source{'s' if len(sources) != 1 else ''}")
    if filters.describe():
        parts.append(filters.describe())
    return " · ".join(parts)


def _template(name: str) -> str:
    return files("chronicle.templates").joinpath(name).read_text(encoding="utf-8")


def render_page(rows: list[dict[str, Any]], filters: Filters, title: str = PAGE_TITLE) -> str:
    """The whole HTML page for these timeline rows."""
    events = [page_event(row) for row in rows]
    css, js = _template("page.css"), _template("page.js")
    if "</" in css or "</script" in js.lower():
        raise ValueError("templates must not contain '</' (it would end the inline block)")
    values = {
        "CSS": css,
        "JS": js,
        "TITLE": escape(title),
        "SUBTITLE": escape(subtitle(events, filters)),
        "DATA": script_json({"title": title, "events": events}),
    }
    # One pass over the template: a value that happens to contain a marker is not expanded.
    return _MARKER.sub(lambda m: values[m.group(1) or m.group(2)], _template("page.html"))


def write_html(rows: list[dict[str, Any]], path: Path, filters: Filters) -> int:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(render_page(rows, filters))
    return len(rows)
