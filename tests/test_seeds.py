"""Data tests for the bundled seeds: reference_events.csv and the sample articles."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Callable
from importlib.resources import files
from importlib.resources.abc import Traversable

import pytest

HEADER = ["name", "aliases", "start_date", "end_date", "kind", "note"]
KINDS = frozenset(
    "war conflict attack disaster treaty independence political election revolution"
    " pandemic space economic sport other".split()
)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
HEADER_LINE = re.compile(r"\s*date\s+(\S+)\s+(\S.*)", re.DOTALL)


def seeds_dir() -> Traversable:
    return files("chronicle.seeds")


def read_events() -> tuple[list[str], list[dict[str, str]]]:
    text = seeds_dir().joinpath("reference_events.csv").read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    return list(reader.fieldnames or []), list(reader)


def article_files() -> list[Traversable]:
    folder = seeds_dir().joinpath("articles")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".txt")), key=lambda f: f.name)


def surface_key(text: str) -> str:
    """How the tagger compares names: case-insensitive, optional leading 'the'."""
    key = " ".join(text.replace("\u2019", "'").split()).casefold()
    return key.removeprefix("the ")


def surfaces(row: dict[str, str]) -> list[str]:
    return [row["name"], *(a for a in row["aliases"].split("|") if a)]


def by_surface(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {surface_key(s): row for row in rows for s in surfaces(row)}


def dates_ok(row: dict[str, str]) -> bool:
    if not all(ISO_DATE.fullmatch(row[c] or "") for c in ("start_date", "end_date")):
        return False
    try:
        start = dt.date.fromisoformat(row["start_date"])
        end = dt.date.fromisoformat(row["end_date"])
    except ValueError:
        return False
    return start <= end


def required_ok(row: dict[str, str]) -> bool:
    cols = ("name", "start_date", "end_date", "kind", "note")
    return all(row[c] and row[c] == row[c].strip() for c in cols)


def aliases_ok(row: dict[str, str]) -> bool:
    aliases = row["aliases"].split("|") if row["aliases"] else []
    return all(a and a == a.strip() and "\u2019" not in a for a in aliases)


CHECKS: dict[str, Callable[[dict[str, str]], bool]] = {
    "width": lambda row: None not in row and None not in row.values(),
    "required": required_ok,
    "dates": dates_ok,
    "kind": lambda row: row["kind"] in KINDS,
    "aliases": aliases_ok,
}


def offending_rows(rows: list[dict[str, str]], check: str) -> list[tuple[int, dict[str, str]]]:
    """Rows (with their CSV line number) that break one rule; tests expect none."""
    rule = CHECKS[check]
    return [(line, row) for line, row in enumerate(rows, start=2) if not rule(row)]


def test_header_is_exact() -> None:
    header, _ = read_events()
    assert header == HEADER


def test_has_enough_events() -> None:
    _, rows = read_events()
    assert len(rows) >= 60


@pytest.mark.parametrize("check", list(CHECKS))
def test_no_offending_rows(check: str) -> None:
    _, rows = read_events()
    assert offending_rows(rows, check) == []


def test_names_and_aliases_unique_across_file() -> None:
    _, rows = read_events()
    counts = Counter(surface_key(s) for row in rows for s in surfaces(row))
    assert [s for s, n in counts.items() if n > 1] == []


@pytest.mark.parametrize(
    ("surface", "start", "end"),
    [
        ("Korea's liberation from Japan's colonial rule", "1945-08-15", "1945-08-15"),
        ("World War II", "1939-09-01", "1945-09-02"),
        ("the Second World War", "1939-09-01", "1945-09-02"),
        ("WWII", "1939-09-01", "1945-09-02"),
        ("World War I", "1914-07-28", "1918-11-11"),
        ("Korean War", "1950-06-25", "1953-07-27"),
        ("Korean Armistice Agreement", "1953-07-27", "1953-07-27"),
        ("fall of the Berlin Wall", "1989-11-09", "1989-11-09"),
        ("German reunification", "1990-10-03", "1990-10-03"),
        ("collapse of the Soviet Union", "1991-12-26", "1991-12-26"),
        ("Moon landing", "1969-07-20", "1969-07-20"),
        ("D-Day", "1944-06-06", "1944-06-06"),
        ("attack on Pearl Harbor", "1941-12-07", "1941-12-07"),
        ("atomic bombing of Hiroshima", "1945-08-06", "1945-08-06"),
        ("atomic bombing of Nagasaki", "1945-08-09", "1945-08-09"),
        ("9/11", "2001-09-11", "2001-09-11"),
        ("storming of the Bastille", "1789-07-14", "1789-07-14"),
        ("French Revolution", "1789-05-05", "1799-11-09"),
        ("Fukushima disaster", "2011-03-11", "2011-03-11"),
        ("COVID-19 pandemic", "2020-03-11", "2023-05-05"),
        ("Russia's full-scale invasion of Ukraine", "2022-02-24", "2022-02-24"),
        ("Lehman Brothers bankruptcy", "2008-09-15", "2008-09-15"),
    ],
)
def test_required_events_have_checked_dates(surface: str, start: str, end: str) -> None:
    _, rows = read_events()
    row = by_surface(rows)[surface_key(surface)]
    assert (row["start_date"], row["end_date"]) == (start, end)


def test_there_are_enough_articles() -> None:
    assert len(article_files()) >= 14


@pytest.mark.parametrize("name", [f.name for f in article_files()])
def test_article_has_date_header_and_body(name: str) -> None:
    raw = seeds_dir().joinpath("articles", name).read_bytes()
    text = raw.decode("utf-8")  # raises on anything that is not UTF-8
    match = HEADER_LINE.fullmatch(text)
    assert match is not None, "expected 'date YYYY-MM-DD' followed by a body"
    assert ISO_DATE.fullmatch(match.group(1))
    published = dt.date.fromisoformat(match.group(1))
    assert dt.date(2019, 1, 1) <= published <= dt.date(2024, 12, 31)
    assert len(match.group(2).split()) >= 100


@pytest.mark.parametrize("name", [f.name for f in article_files()])
def test_article_file_name_pattern(name: str) -> None:
    assert re.fullmatch(r"\d{3}_[a-z0-9-]+\.txt", name)
