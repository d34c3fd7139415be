"""`chronicle export`: every format read back by its own reader, filters, hostile values, CLI."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest
from click.testing import CliRunner

from chronicle.cli import cli, main
from chronicle.db import connect
from chronicle.errors import ConfigError
from chronicle.export import csv_cell, export_timeline, infer_format
from chronicle.export_html import render_page, script_json
from chronicle.export_rows import Filters, fetch_rows
from chronicle.export_timelinejs import TIMELINEJS_HEADER

HOSTILE = "x'); drop table events; --"
SCRIPT_BREAK = 'He wrote "</script><script>alert(1)</script>", then left,\nquietly.'
BODY_1 = "On 15 August 2023 Kim Jong Un and Vladimir Putin exchanged letters. " \
         "Their friendship dates from World War II."

ARTICLES = [
    # article_id, source, title, published_at, body
    ("a1", "seeds/articles/letters.txt", "Letters exchanged", date(2023, 8, 16), BODY_1),
    ("a2", "https://example.com/news/summit", "Summit planned", date(2023, 9, 1),
     "A trilateral summit will be held in November. Markets fell."),
    ("a3", "feeds/wire.jsonl#3", "Odd input", date(2023, 8, 21), SCRIPT_BREAK),
]
EVENTS = [
    # event_id, article_id, headline, sentence, actors, places, start, end, granularity,
    # timex_value, date_basis, confidence, planned, trigger
    ("e1", "a1", "Kim Jong Un and Vladimir Putin exchange letters", BODY_1.split(". ")[0] + ".",
     ["Kim Jong Un", "Vladimir Putin"], ["North Korea"], date(2023, 8, 15), date(2023, 8, 15),
     "day", "2023-08-15", "explicit", 0.9, False, "exchange"),
    ("e2", "a1", "friendship dates from World War II", "Their friendship dates from World War II.",
     ["Kim Jong Un"], [], date(1939, 9, 1), date(1945, 9, 2), "year", "1939-09-01/1945-09-02",
     "named_event", 0.8, False, "date"),
    ("e3", "a2", "trilateral summit held", "A trilateral summit will be held in November.",
     ["North Korea", "Russia", "China"], [], date(2023, 11, 1), date(2023, 11, 30), "month",
     "2023-11", "explicit", 0.7, True, "hold"),
    ("e4", "a2", "Markets fell <5% & rallied", "Markets fell.", [], [], date(2023, 9, 1),
     date(2023, 9, 1), "day", "2023-09-01", "publication", 0.3, False, "fall"),
    ("e5", "a3", "=cmd()", SCRIPT_BREAK, ["O'Brien"], [], date(2023, 8, 20), date(2023, 8, 20),
     "minute", "2023-08-20T14:30", "explicit", 0.6, False, "write"),
    ("e6", "a3", "-1990s boom", "The boom of the 1990s.", [], ["Asia"], date(1990, 1, 1),
     date(1999, 12, 31), "decade", "199", "explicit", 0.5, False, "boom"),
]
TIMEXES = [  # article_id, start_char, end_char, text, type, value
    ("a1", 3, 17, "15 August 2023", "DATE", "2023-08-15"),
    ("a1", 96, 108, "World War II", "DATE", "1939-09-01/1945-09-02"),
    ("a2", 36, 44, "November", "DATE", "2023-11"),
]
ALL_IDS = ["e2", "e6", "e1", "e5", "e4", "e3"]  # timeline order (start_date)


def fill(con: duckdb.DuckDBPyConnection) -> None:
    """Insert the fixture articles, temporal expressions and events (bulk, through Arrow)."""
    stamp = datetime(2023, 9, 2, 12, 0)
    tables = {
        "articles": pa.table({
            "article_id": [a[0] for a in ARTICLES], "source": [a[1] for a in ARTICLES],
            "title": [a[2] for a in ARTICLES], "published_at": [a[3] for a in ARTICLES],
            "body": [a[4] for a in ARTICLES], "content_hash": [a[0] * 8 for a in ARTICLES],
            "run_id": ["r1"] * len(ARTICLES), "ingested_at": [stamp] * len(ARTICLES),
        }),
        "temporal_expressions": pa.table({
            "article_id": [t[0] for t in TIMEXES], "timex_id": ["t1", "t2", "t1"],
            "start_char": [t[1] for t in TIMEXES], "end_char": [t[2] for t in TIMEXES],
            "text": [t[3] for t in TIMEXES], "timex_type": [t[4] for t in TIMEXES],
            "timex_value": [t[5] for t in TIMEXES],
        }),
        "events": pa.table({
            "event_id": [e[0] for e in EVENTS], "article_id": [e[1] for e in EVENTS],
            "sentence_index": list(range(len(EVENTS))), "sentence_start": [0] * len(EVENTS),
            "sentence_end": [len(e[3]) for e in EVENTS], "headline": [e[2] for e in EVENTS],
            "sentence": [e[3] for e in EVENTS],
            "actors": pa.array([e[4] for e in EVENTS], type=pa.list_(pa.string())),
            "places": pa.array([e[5] for e in EVENTS], type=pa.list_(pa.string())),
            "start_date": [e[6] for e in EVENTS], "end_date": [e[7] for e in EVENTS],
            "granularity": [e[8] for e in EVENTS], "timex_value": [e[9] for e in EVENTS],
            "date_basis": [e[10] for e in EVENTS], "confidence": [e[11] for e in EVENTS],
            "planned": [e[12] for e in EVENTS], "trigger": [e[13] for e in EVENTS],
        }),
    }
    for table, rows in tables.items():
        con.register("fixture_rows", rows)
        # Table names come from the literal dict above.
        con.execute(f"insert into {table} by name select * from fixture_rows")
        con.unregister("fixture_rows")


def make_db(path: Path) -> Path:
    """A DuckDB file at `path` with the schema and the fixture rows, closed."""
    con = connect(path)
    fill(con)
    con.close()
    return path


@pytest.fixture
def con(tmp_path: Path):
    connection = connect(make_db(tmp_path / "fixture.duckdb"), read_only=True)
    yield connection
    connection.close()


def read_csv_rows(path: Path) -> list[dict]:
    rel = duckdb.execute("select * from read_csv($p, header = true)", {"p": str(path)})
    names = [d[0] for d in rel.description]
    return [dict(zip(names, row, strict=True)) for row in rel.fetchall()]


@pytest.mark.parametrize(("name", "fmt", "expected"), [
    ("out.csv", None, "csv"),
    ("OUT.CSV", None, "csv"),
    ("t.timelinejs.csv", None, "timelinejs"),
    ("t.csv", "timelinejs", "timelinejs"),
    ("t.jsonl", None, "jsonl"),
    ("t.parquet", None, "parquet"),
    ("t.json", None, "timelinejs-json"),
    ("t.html", None, "html"),
    ("t.tml", None, "tml"),
    ("anything", "TML", "tml"),
])
def test_format_is_inferred_or_validated(name: str, fmt: str | None, expected: str) -> None:
    assert infer_format(Path(name), fmt) == expected


@pytest.mark.parametrize(("name", "fmt"), [("out.txt", None), ("out", None), ("o.csv", "xls")])
def test_unknown_format_is_a_config_error(name: str, fmt: str | None) -> None:
    with pytest.raises(ConfigError, match="format"):
        infer_format(Path(name), fmt)


def test_csv_round_trips_through_duckdb(con, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert export_timeline(con, out, None) == len(EVENTS)
    rows = read_csv_rows(out)
    assert [r["event_id"] for r in rows] == ALL_IDS
    by_id = {r["event_id"]: r for r in rows}
    assert by_id["e1"]["actors"] == "Kim Jong Un; Vladimir Putin"
    assert by_id["e5"]["sentence"] == SCRIPT_BREAK  # quotes, comma and newline survive
    assert str(by_id["e2"]["end_date"]) == "1945-09-02"
    assert by_id["e3"]["planned"] in (True, "true")
    raw = out.read_bytes()
    assert raw.startswith(b"event_id,start_date,end_date,granularity,timex_value,headline,")
    assert b"\r\n" in raw and raw.endswith(b"\r\n")  # RFC 4180 line ends


def test_csv_is_counted_by_the_duckdb_cli(con, tmp_path: Path) -> None:
    cli_path = shutil.which("duckdb")
    if cli_path is None:
        pytest.skip("the duckdb command-line tool is not installed")
    out = tmp_path / "out.csv"
    written = export_timeline(con, out, "csv")
    result = subprocess.run([cli_path, "-csv", "-noheader", "-c", "select count(*) from 'out.csv'"],
                            cwd=tmp_path, capture_output=True, text=True, check=True)
    assert int(result.stdout.strip()) == written == len(EVENTS)


@pytest.mark.parametrize(("value", "safe", "expected"), [
    ("=cmd()", True, "'=cmd()"),
    ("=cmd()", False, "=cmd()"),
    ("+1", True, "'+1"),
    ("-2+3", True, "'-2+3"),
    ("@SUM(A1)", True, "'@SUM(A1)"),
    ("\tx", True, "'\tx"),
    ("\rx", True, "'\rx"),
    ("plain", True, "plain"),
    (["=a", "b"], True, "'=a; b"),
    (0.5, True, "0.5"),
    (-0.5, True, "-0.5"),
    (True, True, "true"),
    (None, True, ""),
    (date(2023, 8, 15), True, "2023-08-15"),
])
def test_csv_cell(value, safe: bool, expected: str) -> None:
    assert csv_cell(value, safe=safe) == expected


def test_safe_csv_neutralises_formulas(con, tmp_path: Path) -> None:
    plain, safe = tmp_path / "plain.csv", tmp_path / "safe.csv"
    export_timeline(con, plain, None)
    export_timeline(con, safe, None, safe_csv=True)
    assert {r["event_id"]: r["headline"] for r in read_csv_rows(plain)}["e5"] == "=cmd()"
    headlines = {r["event_id"]: r["headline"] for r in read_csv_rows(safe)}
    assert headlines["e5"] == "'=cmd()"
    assert headlines["e6"] == "'-1990s boom"
    assert headlines["e1"] == "Kim Jong Un and Vladimir Putin exchange letters"


def test_timelinejs_csv_layout(con, tmp_path: Path) -> None:
    out = tmp_path / "t.timelinejs.csv"
    assert export_timeline(con, out, None) == len(EVENTS)
    with out.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [dict(zip(header, row, strict=True)) for row in reader]
    assert tuple(header) == TIMELINEJS_HEADER
    assert ",".join(header) == ("Year,Month,Day,Time,End Year,End Month,End Day,End Time,"
                                "Display Date,Headline,Text,Media,Media Credit,Media Caption,"
                                "Media Thumbnail,Type,Group,Background")
    assert rows[0]["Type"] == "title" and rows[0]["Year"] == ""
    slides = {r["Headline"]: r for r in rows[1:]}
    assert len(slides) == len(EVENTS)
    letters = slides["Kim Jong Un and Vladimir Putin exchange letters"]
    assert (letters["Year"], letters["Month"], letters["Day"]) == ("2023", "8", "15")
    assert letters["Group"] == "Kim Jong Un" and letters["End Year"] == ""
    summit = slides["trilateral summit held"]  # month granularity: no Day; planned
    assert (summit["Year"], summit["Month"], summit["Day"]) == ("2023", "11", "")
    assert "planned" in summit["Display Date"]
    war = slides["friendship dates from World War II"]  # an interval
    assert (war["Year"], war["End Year"], war["Month"]) == ("1939", "1945", "")
    assert slides["=cmd()"]["Time"] == "14:30"
    assert slides["Markets fell <5% & rallied"]["Group"] == "example.com"
    assert "&lt;/script&gt;" in slides["=cmd()"]["Text"]


def test_timelinejs_json(con, tmp_path: Path) -> None:
    out = tmp_path / "t.json"
    assert export_timeline(con, out, None) == len(EVENTS)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["title"]["text"]["headline"]
    events = {e["unique_id"]: e for e in doc["events"]}
    assert len(events) == len(EVENTS)
    assert events["event-e1"]["start_date"] == {"year": 2023, "month": 8, "day": 15}
    assert "end_date" not in events["event-e1"]
    assert events["event-e2"]["start_date"] == {"year": 1939}
    assert events["event-e2"]["end_date"] == {"year": 1945}
    assert events["event-e3"]["start_date"] == {"year": 2023, "month": 11}
    assert events["event-e5"]["start_date"]["hour"] == 14
    assert events["event-e4"]["text"]["headline"] == "Markets fell &lt;5% &amp; rallied"
    assert "<script>" not in events["event-e5"]["text"]["text"]
    assert events["event-e1"]["group"] == "Kim Jong Un"


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_copy_formats_round_trip(con, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"it's a test.{fmt}"  # a quote in the path: COPY's target is quoted
    assert export_timeline(con, out, None, since="2023") == 4
    reader = "read_json" if fmt == "jsonl" else "read_parquet"
    rows = duckdb.execute(f"select event_id, actors, start_date from {reader}($p)",
                          {"p": str(out)}).fetchall()
    assert [r[0] for r in rows] == ["e1", "e5", "e4", "e3"]
    assert rows[0][1] == ["Kim Jong Un", "Vladimir Putin"]
    assert str(rows[0][2]) == "2023-08-15"
    assert not list(tmp_path.glob(".*partial"))


def test_tml_one_document_per_article(con, tmp_path: Path) -> None:
    out = tmp_path / "tml"
    assert export_timeline(con, out, "tml") == len(EVENTS)
    files = sorted(p.name for p in out.iterdir())
    assert files == ["a1.tml", "a2.tml", "a3.tml"]
    root = ET.parse(out / "a1.tml").getroot()
    assert root.find("DCT/TIMEX3").get("value") == "2023-08-16"
    text = root.find("TEXT")
    assert "".join(text.itertext()) == BODY_1
    assert [(t.text, t.get("value")) for t in text.iter("TIMEX3")] == [
        ("15 August 2023", "2023-08-15"), ("World War II", "1939-09-01/1945-09-02")]
    hostile = ET.parse(out / "a3.tml").getroot()
    assert "".join(hostile.find("TEXT").itertext()) == SCRIPT_BREAK


def test_tml_single_file_needs_one_article(con, tmp_path: Path) -> None:
    single = tmp_path / "a2.tml"
    assert export_timeline(con, single, None, article="a2") == 2
    assert ET.parse(single).getroot().find("TEXT/TIMEX3").text == "November"
    with pytest.raises(ConfigError, match="3 articles"):
        export_timeline(con, tmp_path / "all.tml", None)


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, ALL_IDS),
    ({"entity": "kim jong un"}, ["e2", "e1"]),
    ({"entity": "NORTH KOREA"}, ["e1", "e3"]),  # places and actors both count
    ({"entity": HOSTILE}, []),
    ({"since": "2023-08-16"}, ["e5", "e4", "e3"]),
    ({"since": "1945-09-02", "until": "1999"}, ["e2", "e6"]),  # intervals overlap the range
    ({"until": "2023-08"}, ["e2", "e6", "e1", "e5"]),
    ({"since": date(2023, 11, 15)}, ["e3"]),
    ({"min_confidence": 0.7}, ["e2", "e1", "e3"]),
    ({"min_confidence": "0.65"}, ["e2", "e1", "e3"]),
    ({"article": "a2"}, ["e4", "e3"]),
    ({"article": HOSTILE}, []),
    ({"entity": "Russia", "since": "2023-10-01", "min_confidence": 0.5}, ["e3"]),
])
def test_filters(con, filters: dict, expected: list[str]) -> None:
    from chronicle.export_rows import make_filters

    assert [r["event_id"] for r in fetch_rows(con, make_filters(**filters))] == expected


def test_hostile_entity_is_harmless(tmp_path: Path) -> None:
    path = make_db(tmp_path / "h.duckdb")
    writer = connect(path)  # a writable connection: an injection would have something to drop
    assert export_timeline(writer, tmp_path / "h.csv", None, entity=HOSTILE) == 0
    assert writer.execute("select count(*) from events").fetchone()[0] == len(EVENTS)
    writer.close()
    assert read_csv_rows(tmp_path / "h.csv") == []  # header only, still readable


@pytest.mark.parametrize(("option", "value", "message"), [
    ("since", "2023-13-45", "--since"),
    ("since", "yesterday", "is not a date"),
    ("until", "2023-02-30", "--until"),
    ("min_confidence", 1.5, "outside 0..1"),
    ("min_confidence", "high", "not a number"),
])
def test_bad_filter_values(con, tmp_path: Path, option: str, value, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        export_timeline(con, tmp_path / "x.csv", None, **{option: value})
    assert not (tmp_path / "x.csv").exists()


def test_connection_stays_usable_after_every_format(con, tmp_path: Path) -> None:
    # DuckDB 2 refuses new statements while a result is unfinished: every writer must drain.
    for name in ("a.csv", "b.timelinejs.csv", "c.json", "d.jsonl", "e.parquet", "f.html", "g"):
        export_timeline(con, tmp_path / name, "tml" if name == "g" else None, entity="nobody")
        assert con.execute("select count(*) from events").fetchone()[0] == len(EVENTS)


def test_html_page_embeds_data_safely(con) -> None:
    rows = fetch_rows(con, Filters())
    page = render_page(rows, Filters())
    assert page.lower().count("</script") == 2  # the data block and the code block, no more
    assert "<script>alert(1)" not in page
    start = page.index('id="chronicle-data">') + len('id="chronicle-data">')
    data = json.loads(page[start:page.index("</script>", start)])
    assert [e["id"] for e in data["events"]] == ALL_IDS
    assert data["events"][3]["sentence"] == SCRIPT_BREAK
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "<link" not in page and " src=" not in page


def test_script_json_escapes_markup() -> None:
    text = script_json({"s": "</script>&\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"s": "</script>&\u2028"}


def test_cli_writes_and_summarises(tmp_path: Path, monkeypatch) -> None:
    db = make_db(tmp_path / "news.duckdb")
    monkeypatch.setenv("CHRONICLE_DB", str(db))  # --db defaults to $CHRONICLE_DB
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(cli, ["export", str(out), "--entity", "Kim Jong Un"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote 2 events to {out}"
    assert len(read_csv_rows(out)) == 2
    quiet = CliRunner().invoke(cli, ["export", str(tmp_path / "o.html"), "--db", str(db), "-q"])
    assert quiet.exit_code == 0 and quiet.output == ""
    assert (tmp_path / "o.html").stat().st_size > 1000


@pytest.mark.parametrize(("args", "message"), [
    (["--since", "2023-13-45"], "Error: --since: '2023-13-45' is not a valid date"),
    (["--format", "tml", "--until", "soon"], "Error: --until: 'soon' is not a date"),
    (["--db", "missing.duckdb"], "Error: database missing.duckdb does not exist"),
])
def test_cli_errors_are_one_line(tmp_path: Path, monkeypatch, capsys, args, message) -> None:
    monkeypatch.chdir(tmp_path)
    make_db(tmp_path / "chronicle.duckdb")
    monkeypatch.delenv("CHRONICLE_DB", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "out.csv", *args])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith(message) and "Traceback" not in err
    assert not (tmp_path / "out.csv").exists()


def test_cli_unknown_extension(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(tmp_path / "out.xlsx"), "--db", str(tmp_path / "none.duckdb")])
    assert exit_info.value.code == 1
    assert "Error: cannot tell the format from 'out.xlsx'" in capsys.readouterr().err


def test_export_imports_neither_prefect_nor_spacy(tmp_path: Path) -> None:
    db = make_db(tmp_path / "p.duckdb")
    code = (
        "import sys\nfrom chronicle.cli import main\n"
        f"try:\n    main(['export', {str(tmp_path / 'o.html')!r}, '--db', {str(db)!r}, '-q'])\n"
        "except SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'prefect', 'spacy'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=120)
    assert result.stdout.strip() == "[]"
    assert (tmp_path / "o.html").exists()
