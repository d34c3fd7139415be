"""Reading inputs: seed-format text, JSON Lines, CSV, and every kind of bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from chronicle.errors import InputError
from chronicle.tasks.ingest import discover, read_file, read_inputs


@pytest.mark.parametrize(
    ("content", "published", "body_start"),
    [
        ("date 2023-11-06 North Korea said.", date(2023, 11, 6), "North Korea said."),
        (" date 2023-11-06 Leading space.", date(2023, 11, 6), "Leading space."),
        ("\n\n  date 2021-03-03\nBody on the next line.", date(2021, 3, 3), "Body on the next"),
        ("\ufeffdate 2020-02-29 With a BOM.", date(2020, 2, 29), "With a BOM."),
    ],
)
def test_text_article(tmp_path: Path, content: str, published: date, body_start: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(content, encoding="utf-8")
    articles, rejections = read_file(path)
    assert rejections == []
    assert articles[0].published_at == published
    assert articles[0].body.startswith(body_start)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x00\x01\x02binary\xff", "binary file"),
        (b"date 2023-01-01 caf\xe9", "not UTF-8"),
        (b"date 2023-13-45 A body.", "invalid date '2023-13-45'"),
        (b"No header here.", "missing `date YYYY-MM-DD` header"),
        (b"date 2023-01-01   \n  ", "empty body"),
        (b"", "missing `date YYYY-MM-DD` header"),
    ],
)
def test_text_rejections(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    articles, rejections = read_file(path)
    assert articles == []
    assert len(rejections) == 1
    assert reason in rejections[0].reason
    assert rejections[0].source == str(path)


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "published": "2023-11-06", "title": "T", "text": "Body one.",
                    "url": "https://example.org/a1"}),
        "{not json",
        "",
        json.dumps({"id": 7, "published": "2023-11-07T10:00:00Z", "text": "Body two."}),
        json.dumps({"id": "a3", "published": "2023-11-31", "text": "Bad date."}),
        json.dumps({"id": "a4", "published": "2023-11-08", "text": "  "}),
        json.dumps(["not", "an", "object"]),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    articles, rejections = read_file(path)
    assert [(a.external_id, a.published_at) for a in articles] == [
        ("a1", date(2023, 11, 6)),
        ("7", date(2023, 11, 7)),
    ]
    assert articles[0].title == "T" and articles[0].url == "https://example.org/a1"
    assert [(r.line, r.reason.split(":")[0].split(" (")[0]) for r in rejections] == [
        (2, "malformed JSON"),
        (5, "invalid date '2023-11-31'"),
        (6, "missing or empty `text`"),
        (7, "record is not a JSON object"),
    ]


def test_csv_records(tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    path.write_text(
        'id,published,title,text\nx1,2022-05-01,Hello,"Said on Monday, again."\n'
        "x2,,No date,Text\n",
        encoding="utf-8",
    )
    articles, rejections = read_file(path)
    assert [a.body for a in articles] == ["Said on Monday, again."]
    assert rejections[0].line == 3 and "date" in rejections[0].reason


def test_stable_ids_and_content_hash(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date 2023-11-06 First version.", encoding="utf-8")
    first = read_file(path)[0][0]
    path.write_text("date 2023-11-06 Second version.", encoding="utf-8")
    second = read_file(path)[0][0]
    assert first.article_id == second.article_id
    assert first.content_hash != second.content_hash


def test_directories_are_walked_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "a.txt").write_text("date 2023-01-01 A.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2023-01-02 B.", encoding="utf-8")
    (tmp_path / ".hidden").write_text("date 2023-01-03 hidden.", encoding="utf-8")
    articles, rejections = read_inputs([tmp_path])
    assert sorted(a.body for a in articles) == ["A.", "B."]
    assert rejections == []


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does-not-exist"):
        discover([tmp_path / "does-not-exist"])


def test_duplicate_ids_and_bad_field_types_are_recorded(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "x1", "published": "2023-01-01", "text": "First."}),
        json.dumps({"id": "x1", "published": "2023-01-02", "text": "Second."}),
        json.dumps({"id": "x2", "published": "2023-01-03", "text": "T", "url": ["a"]}),
    ]
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    articles, rejections = read_file(path)
    assert [a.body for a in articles] == ["Second."]
    assert [(r.line, r.reason) for r in rejections] == [
        (1, "duplicate record: same id as line 2, which is kept"),
        (3, "`url` must be a string"),
    ]


def test_records_without_id_are_keyed_by_content(tmp_path: Path) -> None:
    record = json.dumps({"published": "2023-01-01", "text": "Same text."})
    path = tmp_path / "n.jsonl"
    path.write_text(record, encoding="utf-8")
    first = read_file(path)[0][0]
    path.write_text("\n" + json.dumps({"published": "2023-01-02", "text": "Other."}) + "\n"
                    + record, encoding="utf-8")
    moved = [a for a in read_file(path)[0] if a.body == "Same text."][0]
    assert moved.article_id == first.article_id and moved.source.endswith("#3")


def test_csv_line_numbers_point_at_the_record_start(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text('published,text\n2023-01-01,"two\nlines"\n2023-13-01,bad\n',
                    encoding="utf-8")
    articles, rejections = read_file(path)
    assert [a.body for a in articles] == ["two\nlines"]
    assert [r.line for r in rejections] == [4]


def test_fifo_and_surrogates_and_big_csv_fields(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "s.jsonl").write_text(
        '{"id": "bad", "published": "2023-01-01", "text": "\\ud800 broken"}\n'
        '{"id": "ok", "published": "2023-01-01", "text": "Fine."}\n',
        encoding="utf-8",
    )
    big = "x" * 200_000
    (tmp_path / "big.csv").write_text(
        f"published,text\n2023-01-01,{big}\n2023-01-02,After the big one.\n", encoding="utf-8"
    )
    articles, rejections = read_inputs([tmp_path])
    assert sorted(len(a.body) for a in articles) == [5, 18, 200_000]
    reasons = {(Path(r.source).name, r.line): r.reason for r in rejections}
    assert reasons == {
        ("pipe.txt", None): "not a regular file",
        ("s.jsonl", 1): "text holds characters that are not valid Unicode (surrogates)",
    }
    assert {a.source.rsplit("/", 1)[1] for a in articles if "big" in a.source} == {
        "big.csv#2", "big.csv#3"
    }


def test_articles_longer_than_spacy_allows_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("date 2023-01-01 " + "word " * 250_000, encoding="utf-8")
    articles, rejections = read_file(path)
    assert articles == [] and "longer than 1,000,000 characters" in rejections[0].reason
