"""Reading inputs into articles: seed-format text files, JSON Lines and CSV.

Formats (chosen by file extension; directories are walked recursively, hidden entries skipped):
- `.jsonl` / `.ndjson`: one JSON object per line with `published` (ISO date or date-time,
  required), `text` (required, non-empty), and optional `id`, `title`, `url`.
- `.csv`: a header row with the same column names as JSON Lines.
- anything else: a text article whose first token is `date`, then an ISO date (YYYY-MM-DD),
  then the body (leading white space tolerated), as in the seed articles.

Anything that cannot become an article becomes a `Rejection` naming the input and the reason;
one bad input never stops the others.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from prefect import task
from prefect.cache_policies import NO_CACHE

from chronicle.errors import InputError

RECORD_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
#: spaCy's default `nlp.max_length`: longer texts cannot be parsed.
MAX_ARTICLE_CHARS = 1_000_000
_HEADER = re.compile(r"\s*date\s+(\S+)[ \t]*\r?\n?")
MAX_ARTICLE_BYTES = 20_000_000


@dataclass(frozen=True, slots=True)
class Article:
    article_id: str
    source: str
    published_at: date
    body: str
    title: str | None = None
    url: str | None = None
    external_id: str | None = None

    @property
    def content_hash(self) -> str:
        parts = (self.title or "", self.published_at.isoformat(), self.url or "", self.body)
        return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Rejection:
    source: str
    reason: str
    line: int | None = None
    #: Set when an article was read but could not be processed.
    article_id: str | None = None


def stable_id(key: str) -> str:
    """A short stable identifier derived from an article's source identity."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Every input under `paths`, sorted; raises InputError for a path that does not exist.

    Folders are walked recursively (hidden entries skipped, symbolic links to folders not
    followed). Entries that are not regular files (FIFOs, sockets) and sub-folders that
    cannot be listed are returned too, so that reading them records why they were skipped.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"input {raw} does not exist")
        if not path.is_dir():
            found.append(path)
            continue
        for folder, dirs, names in os.walk(path, onerror=lambda e: found.append(Path(e.filename))):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found.extend(Path(folder, n) for n in names if not n.startswith("."))
    return sorted(dict.fromkeys(p.resolve() for p in found))


def parse_date(value: object) -> date:
    """An ISO date or date-time (the date part is kept); raises ValueError with the reason."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"missing or non-text date {value!r}")
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"invalid date {text!r} (expected YYYY-MM-DD)") from None


def decode(data: bytes) -> str:
    """UTF-8 text (a BOM is dropped); raises ValueError for binary or undecodable bytes."""
    if b"\0" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text (byte {exc.start})") from None


def check_body(body: str) -> str:
    """The article text, or ValueError when it cannot be processed."""
    if len(body) > MAX_ARTICLE_CHARS:
        raise ValueError(f"article longer than {MAX_ARTICLE_CHARS:,} characters")
    try:
        body.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text holds characters that are not valid Unicode (surrogates)") from None
    return body


def parse_text_article(path: Path, text: str) -> Article:
    match = _HEADER.match(text)
    if not match:
        raise ValueError("missing `date YYYY-MM-DD` header on the first line")
    published = parse_date(match.group(1))
    body = check_body(text[match.end() :].strip())
    if not body:
        raise ValueError("empty body after the date header")
    source = str(path)
    return Article(stable_id(f"file:{source}"), source, published, body)


def record_article(path: Path, line: int, record: object) -> Article:
    """One JSONL/CSV record as an article; raises ValueError naming what is wrong."""
    if not isinstance(record, dict):
        raise ValueError("record is not a JSON object")
    published = parse_date(record.get("published"))
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise ValueError("missing or empty `text`")
    body = check_body(body.strip())
    external = record.get("id")
    if isinstance(external, dict | list):
        raise ValueError("`id` must be a string or a number")
    external = None if external in (None, "") else str(external)
    url, title = record.get("url") or None, record.get("title") or None
    for name, value in (("url", url), ("title", title), ("id", external)):
        if value is not None and not isinstance(value, str):
            raise ValueError(f"`{name}` must be a string")
        if value is not None:
            check_body(value)
    if external is not None:
        key = f"id:{external}"
    elif url:
        key = f"url:{url}"
    else:
        # No identity given: the content is the identity (stable when lines move).
        key = f"text:{published.isoformat()}:{hashlib.sha256(body.encode()).hexdigest()}"
    return Article(
        article_id=stable_id(key),
        source=f"{path}#{line}",
        published_at=published,
        body=body,
        title=title,
        url=url,
        external_id=external,
    )


def _json_records(handle: BinaryIO) -> Iterator[tuple[int, object]]:
    for number, raw in enumerate(handle, start=1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield number, ValueError(f"not UTF-8 text (byte {exc.start} of the line)")
            continue
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, ValueError(f"malformed JSON: {exc.msg} at column {exc.colno}")


def _csv_records(handle: BinaryIO) -> Iterator[tuple[int, object]]:
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    csv.field_size_limit(max(csv.field_size_limit(), MAX_ARTICLE_BYTES))
    reader = csv.DictReader(text)
    try:
        reader.fieldnames  # noqa: B018  (reads the header row now, so line numbers are right)
    except (UnicodeDecodeError, csv.Error) as exc:
        yield 1, ValueError(f"unreadable CSV header: {exc}")
        return
    while True:
        first_line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except (UnicodeDecodeError, csv.Error) as exc:
            yield first_line, ValueError(f"unreadable CSV from here on: {exc}")
            return
        yield first_line, row


def _record_file(path: Path, kind: str) -> tuple[list[Article], list[Rejection]]:
    """Articles from a JSON Lines or CSV file, read as a stream (files may be large)."""
    source = str(path)
    articles: dict[str, tuple[int, Article]] = {}
    rejections: list[Rejection] = []
    with path.open("rb") as handle:
        if b"\0" in handle.read(8192):
            return [], [Rejection(source, "binary file (contains NUL bytes)")]
        handle.seek(0)
        records = _json_records(handle) if kind == "jsonl" else _csv_records(handle)
        for line, record in records:
            try:
                if isinstance(record, ValueError):
                    raise record
                article = record_article(path, line, record)
            except ValueError as exc:
                rejections.append(Rejection(source, str(exc), line))
                continue
            earlier = articles.get(article.article_id)
            if earlier is not None:
                rejections.append(
                    Rejection(source, f"duplicate record: same id as line {line}, which is kept",
                              earlier[0])
                )
            articles[article.article_id] = (line, article)
    if not articles and not rejections:
        rejections.append(Rejection(source, f"no records in {kind} file"))
    return [article for _, article in articles.values()], rejections


def read_file(path: Path) -> tuple[list[Article], list[Rejection]]:
    """Articles and rejections from one input file."""
    source = str(path)
    kind = RECORD_SUFFIXES.get(path.suffix.lower())
    try:
        if path.is_dir():
            os.listdir(path)  # raises the reason the walk could not enter it
        if not stat.S_ISREG(path.stat().st_mode):
            return [], [Rejection(source, "not a regular file")]
        if kind is not None:
            return _record_file(path, kind)
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            return [], [Rejection(source, f"file larger than {MAX_ARTICLE_BYTES} bytes")]
        text = decode(path.read_bytes())
    except OSError as exc:
        return [], [Rejection(source, f"cannot read file: {exc.strerror or exc}")]
    except ValueError as exc:
        return [], [Rejection(source, str(exc))]
    try:
        return [parse_text_article(path, text)], []
    except ValueError as exc:
        return [], [Rejection(source, str(exc))]


def read_inputs(paths: Iterable[str | Path]) -> tuple[list[Article], list[Rejection]]:
    """All articles under `paths`. Two inputs with one article id: the last is kept and the
    other recorded as a rejection (nothing is dropped silently)."""
    articles: dict[str, Article] = {}
    rejections: list[Rejection] = []
    for path in discover(paths):
        found, rejected = read_file(path)
        for article in found:
            earlier = articles.get(article.article_id)
            if earlier is not None:
                rejections.append(Rejection(
                    earlier.source, f"duplicate article id (superseded by {article.source})"))
            articles[article.article_id] = article
        rejections.extend(rejected)
    return list(articles.values()), rejections


@task(name="read-articles", cache_policy=NO_CACHE)
def read_articles(paths: list[str]) -> tuple[list[Article], list[Rejection]]:
    """Read every input under `paths` into articles and rejections."""
    return read_inputs(paths)
