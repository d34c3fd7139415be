"""`chronicle export`: the timeline (filtered) written as CSV, TimelineJS, JSONL, Parquet,
TimeML or one self-contained HTML page. See docs/exports.md for formats and columns.

Writers of single files write to a temporary name next to OUT and rename it into place, so a
failed export never leaves half a file under the requested name.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from chronicle.errors import ConfigError, DatabaseError
from chronicle.export_rows import (
    Filters,
    fetch_rows,
    make_filters,
    neutralise,
    ordered_columns,
    run,
    timeline_query,
)
from chronicle.export_timelinejs import write_timelinejs_csv, write_timelinejs_json
from chronicle.timeml import write_tml

FORMATS = ("csv", "timelinejs", "timelinejs-json", "jsonl", "parquet", "tml", "html")
_SUFFIXES = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".json": "timelinejs-json",
    ".html": "html",
    ".htm": "html",
    ".tml": "tml",
}
LIST_SEPARATOR = "; "
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def infer_format(out: Path, fmt: str | None) -> str:
    """The export format: `fmt` when given (validated), else from OUT's file name."""
    if fmt:
        fmt = fmt.lower()
        if fmt not in FORMATS:
            raise ConfigError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return fmt
    name = out.name.lower()
    if name.endswith(".timelinejs.csv"):
        return "timelinejs"
    if out.suffix.lower() in _SUFFIXES:
        return _SUFFIXES[out.suffix.lower()]
    if out.is_dir():
        raise ConfigError(f"{out} is a folder: pass --format tml to write one .tml per article")
    raise ConfigError(
        f"cannot tell the format from {out.name!r}: use a known extension "
        f"({', '.join(sorted(_SUFFIXES))}) or pass --format ({'|'.join(FORMATS)})"
    )


def export_timeline(
    con: duckdb.DuckDBPyConnection,
    out: Path,
    fmt: str | None = None,
    *,
    entity: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    min_confidence: float | str | None = None,
    article: str | None = None,
    safe_csv: bool = False,
) -> int:
    """Write the filtered timeline to `out`; returns the number of timeline events written.

    For `tml`, `out` is a folder (created if missing) receiving one `<article_id>.tml` per
    article that has an exported event, or a single `.tml` file when exactly one article does.
    """
    out = Path(out)
    fmt = infer_format(out, fmt)
    filters = make_filters(entity=entity, since=since, until=until,
                           min_confidence=min_confidence, article=article)
    if fmt == "tml":
        return write_tml_files(con, out, filters)
    if not out.parent.exists():
        raise ConfigError(f"cannot write {out}: folder {out.parent} does not exist")
    if out.is_dir():
        raise ConfigError(f"cannot write {out}: it is a folder")
    if fmt in ("jsonl", "parquet"):
        with _atomic(out) as tmp:
            return copy_to(con, tmp, filters, fmt)
    rows = fetch_rows(con, filters)
    with _atomic(out) as tmp:
        if fmt == "csv":
            write_csv(rows, tmp, safe=safe_csv, columns=_columns(con, filters, rows))
            return len(rows)
        if fmt == "timelinejs":
            return write_timelinejs_csv(rows, tmp, filters, safe=safe_csv)
        return _writers()[fmt](rows, tmp, filters)


def _writers() -> dict[str, Callable[[list[dict[str, Any]], Path, Filters], int]]:
    # Imported here: the HTML writer reads its template only when that format is asked for.
    from chronicle.export_html import write_html

    return {"timelinejs-json": write_timelinejs_json, "html": write_html}


@contextmanager
def _atomic(out: Path) -> Iterator[Path]:
    """A temporary path next to `out`, renamed onto `out` when the block succeeds."""
    tmp = out.with_name(f".{out.name}.partial")
    try:
        yield tmp
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def _columns(
    con: duckdb.DuckDBPyConnection, filters: Filters, rows: list[dict[str, Any]]
) -> list[str]:
    if rows:
        return ordered_columns(list(rows[0]))
    sql, params = timeline_query(filters)
    result = run(con, f"select * from ({sql}) limit 0", params)
    names = [column[0] for column in result.description or []]
    result.fetchall()  # DuckDB 2 refuses new work on a connection with an unfinished result
    return ordered_columns(names)


# --- CSV -----------------------------------------------------------------------------------


def csv_cell(value: Any, *, safe: bool = False) -> str:
    """One CSV cell: lists joined with "; ", dates ISO, booleans true/false, NULL empty.

    With `safe`, text starting with = + - @ tab or CR gets a leading apostrophe so that a
    spreadsheet shows it instead of running it as a formula.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        text = LIST_SEPARATOR.join(csv_cell(item) for item in value if item is not None)
    else:
        text = str(value)
    return neutralise(text) if safe else text


def write_csv(
    rows: list[dict[str, Any]], path: Path, *, safe: bool = False, columns: list[str] | None = None
) -> None:
    """UTF-8 RFC 4180 CSV (CRLF line ends, quotes only where needed) with a header row."""
    columns = columns or (ordered_columns(list(rows[0])) if rows else [])
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([csv_cell(row.get(name), safe=safe) for name in columns])


# --- JSONL / Parquet through DuckDB COPY ---------------------------------------------------


def sql_string_literal(text: str) -> str:
    """`text` as a single-quoted SQL string literal (quotes doubled, NUL refused)."""
    if "\x00" in text:
        raise ConfigError("output path contains a NUL character")
    return "'" + text.replace("'", "''") + "'"


def copy_to(con: duckdb.DuckDBPyConnection, path: Path, filters: Filters, fmt: str) -> int:
    """`COPY (filtered timeline) TO path` as newline-delimited JSON or Parquet.

    COPY's target cannot be a prepared-statement parameter in every DuckDB version we support
    (duckdb>=1.4), so the path is written as a quoted string literal; it is our own output path,
    and quoting doubles any single quote so it cannot end the literal. The filter values stay
    bound parameters.
    """
    sql, params = timeline_query(filters)
    options = "format json" if fmt == "jsonl" else "format parquet, compression zstd"
    target = sql_string_literal(str(path))
    try:
        result = run(con, f"copy ({sql}) to {target} ({options})", params).fetchall()
    except duckdb.IOException as exc:
        raise DatabaseError(f"cannot write {path}: {str(exc).splitlines()[0]}") from exc
    return int(result[0][0]) if result else 0


# --- TimeML ---------------------------------------------------------------------------------


def write_tml_files(con: duckdb.DuckDBPyConnection, out: Path, filters: Filters) -> int:
    """One TimeML document per article that has an exported event, with every temporal
    expression stored for that article (not only those of the exported events)."""
    sql, params = timeline_query(filters)
    counts = run(
        con, f"select article_id, count(*) from ({sql}) group by all order by 1", params
    ).fetchall()
    ids = [row[0] for row in counts]
    single = out.suffix.lower() == ".tml"
    if single and len(ids) > 1:
        raise ConfigError(
            f"{len(ids)} articles match but {out.name} names one file: give a folder as OUT "
            "(one .tml per article) or narrow the export with --article"
        )
    folder = out.parent if single else out
    if not folder.parent.exists():
        raise ConfigError(f"cannot write {out}: folder {folder.parent} does not exist")
    folder.mkdir(exist_ok=True)
    articles = run(
        con,
        "select article_id, published_at, body from articles "
        "where list_contains($ids, article_id) order by article_id",
        {"ids": ids},
    ).fetchall()
    timexes: dict[str, list[tuple[int, int, str, str | None, str | None]]] = {}
    rows = run(
        con,
        "select article_id, start_char, end_char, timex_type, timex_value, timex_mod "
        "from temporal_expressions where list_contains($ids, article_id) "
        "and timex_value is not null "  # (a TIMEX3 needs a value; the database keeps them all)
        "order by article_id, start_char",
        {"ids": ids},
    ).fetchall()
    for article_id, start, end, type_, value, mod in rows:
        timexes.setdefault(article_id, []).append((start, end, type_, value, mod))
    used: set[str] = set()
    for article_id, published_at, body in articles:
        path = out if single else folder / _file_name(article_id, used)
        write_tml((path.name, published_at, body), timexes.get(article_id, []), path)
    return sum(count for _, count in counts)


def _file_name(article_id: str, used: set[str]) -> str:
    """A safe, unique `<article_id>.tml` file name."""
    stem = _UNSAFE_NAME.sub("_", article_id).strip("._")[:120] or "article"
    name, number = stem, 1
    while name.lower() in used:
        number += 1
        name = f"{stem}-{number}"
    used.add(name.lower())
    return f"{name}.tml"
