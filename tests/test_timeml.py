"""TimeML reading and writing: plain text, offsets, DCT, and exact round trips."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from chronicle.errors import InputError
from chronicle.timeml import TmlTimex, parse_tml, read_corpus, read_tml, to_tml, write_tml

CORPORA = Path(os.environ.get("CHRONICLE_CORPORA", Path(__file__).parents[2] / "shared/corpora"))

# A small document written for this test: DCT outside TEXT, EVENT and SIGNAL inside, an
# entity, a CRLF line break and two gold TIMEX3 (one with mod).
SAMPLE = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>sample</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2001-02-03" temporalFunction="false" '
    'functionInDocument="CREATION_TIME">February 3, 2001</TIMEX3></DCT>\n'
    "<TEXT>\nAcme &amp; Sons <EVENT eid=\"e1\" class=\"OCCURRENCE\">closed</EVENT> "
    '<SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="2001-02-02">Friday'
    "</TIMEX3>.\r\nSales fell &lt;5% in <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2000\" "
    'mod="END">late 2000</TIMEX3>.\n</TEXT>\n<TLINK lid="l1" eventInstanceID="ei1" '
    'relatedToTime="t1" relType="IS_INCLUDED"/>\n</TimeML>\n'
)
SAMPLE_TEXT = "\nAcme & Sons closed on Friday.\r\nSales fell <5% in late 2000.\n"


def test_parse_sample_text_dct_and_gold():
    doc = parse_tml(SAMPLE, name="sample.tml")
    assert doc.text == SAMPLE_TEXT
    assert doc.dct == date(2001, 2, 3)
    assert [(t.text, t.type, t.value, t.mod, t.tid) for t in doc.timexes] == [
        ("Friday", "DATE", "2001-02-02", None, "t1"),
        ("late 2000", "DATE", "2000", "END", "t2"),
    ]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)


def test_round_trip_with_our_tags(tmp_path: Path):
    doc = parse_tml(SAMPLE, name="sample.tml")
    start = SAMPLE_TEXT.index("Friday")
    ours = [
        (start, start + len("Friday"), "DATE", "2001-02-02"),
        (SAMPLE_TEXT.index("late"), SAMPLE_TEXT.index(".\n", start + 10), "DATE", "2000", "END"),
        (SAMPLE_TEXT.index("Acme"), SAMPLE_TEXT.index("Acme") + 8, "DATE", 'x"<&>'),
    ]
    path = write_tml(doc, ours, tmp_path / "sample.tml")
    back = read_tml(path)
    assert back.text == SAMPLE_TEXT
    assert back.dct == doc.dct
    assert [(t.text, t.type, t.value, t.mod, t.tid) for t in back.timexes] == [
        ("Acme & S", "DATE", 'x"<&>', None, "t1"),
        ("Friday", "DATE", "2001-02-02", None, "t2"),
        ("late 2000", "DATE", "2000", "END", "t3"),
    ]
    # any XML parser sees the same text (CR kept as a character reference)
    root = ET.parse(path).getroot()
    assert "".join(root.find("TEXT").itertext()) == SAMPLE_TEXT


def test_write_from_plain_text_drops_overlaps():
    text = "It rained on 5 May 2020 and on Monday."
    markup = to_tml(("note.txt", date(2020, 5, 10), text),
                    [(13, 23, "DATE", "2020-05-05"), (15, 18, "DATE", "XXXX-05"),
                     TmlTimex(31, 37, "Monday", "DATE", "2020-05-04")])
    back = parse_tml(markup)
    assert back.text == text
    assert back.dct == date(2020, 5, 10)
    assert [t.text for t in back.timexes] == ["5 May 2020", "Monday"]


@pytest.mark.parametrize(
    ("markup", "message"),
    [
        ("<TimeML><DCT></DCT><TEXT>x</TEXT></TimeML>", "no DCT"),
        ('<TimeML><DCT><TIMEX3 functionInDocument="CREATION_TIME" value="2001-01-01">x'
         "</TIMEX3></DCT></TimeML>", "no <TEXT>"),
    ],
)
def test_bad_documents_raise_input_error(markup: str, message: str):
    with pytest.raises(InputError, match=message):
        parse_tml(markup)


def test_missing_corpus_dir_raises(tmp_path: Path):
    with pytest.raises(InputError, match="no .tml files"):
        read_corpus(tmp_path)


@pytest.mark.corpora
def test_te3_platinum_round_trip(tmp_path: Path):
    folder = CORPORA / "te3-platinum"
    if not folder.is_dir():
        pytest.skip(f"corpora not found at {CORPORA}")
    docs = read_corpus(folder)
    assert len(docs) == 20
    assert sum(len(doc.timexes) for doc in docs) == 138
    for doc in docs:
        assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)
        ours = [(t.start, t.end, t.type, t.value, t.mod) for t in doc.timexes[::2]]
        back = read_tml(write_tml(doc, ours, tmp_path / doc.name))
        assert back.text == doc.text, doc.name
        assert back.dct == doc.dct
        assert [(t.start, t.end, t.value) for t in back.timexes] == [o[:2] + o[3:4] for o in ours]


# --- `chronicle tag` inputs and outputs ------------------------------------------------------


def test_collect_sources_reads_tml_and_seed_text(tmp_path: Path):
    from chronicle.commands.tagging import collect_sources

    (tmp_path / "tml" / "sub").mkdir(parents=True)
    (tmp_path / "tml" / "sub" / "a.tml").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "tml" / "README.txt").write_text("ignored: the folder has .tml", encoding="utf-8")
    (tmp_path / "txt").mkdir()
    (tmp_path / "txt" / "b.txt").write_text("  date 2020-05-10\nIt rained on Monday.\n",
                                            encoding="utf-8")
    (tmp_path / "txt" / ".hidden.txt").write_text("not an article", encoding="utf-8")
    sources = collect_sources([tmp_path / "tml", tmp_path / "txt"])
    assert [(s.relative.as_posix(), s.doc.dct) for s in sources] == [
        ("sub/a.tml", date(2001, 2, 3)),
        ("b.txt", date(2020, 5, 10)),
    ]
    assert sources[0].doc.text == SAMPLE_TEXT
    assert sources[1].doc.text == "It rained on Monday."


@pytest.mark.parametrize(
    ("content", "message"),
    [("It rained.", "missing `date YYYY-MM-DD` header"), ("date 2020-13-01 text", "invalid date")],
)
def test_bad_text_articles(tmp_path: Path, content: str, message: str):
    from chronicle.commands.tagging import collect_sources

    (tmp_path / "a.txt").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        collect_sources([tmp_path])


def test_output_paths_refuse_overwriting_inputs(tmp_path: Path):
    from chronicle.commands.tagging import collect_sources, output_paths
    from chronicle.errors import ConfigError

    (tmp_path / "a.tml").write_text(SAMPLE, encoding="utf-8")
    sources = collect_sources([tmp_path])
    assert output_paths(sources, tmp_path / "out", ".jsonl") == [tmp_path / "out" / "a.jsonl"]
    with pytest.raises(ConfigError, match="overwrite"):
        output_paths(sources, tmp_path, ".tml")
    with pytest.raises(ConfigError, match="not a directory"):
        output_paths(sources, tmp_path / "a.tml", ".tml")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["tag", "missing-dir", "--out", "x"], "does not exist"),
        (["eval", "missing-dir"], "does not exist"),
    ],
)
def test_commands_report_user_mistakes(args: list[str], message: str, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch):
    from click.testing import CliRunner

    from chronicle.commands.tagging import eval_command, tag_command

    monkeypatch.chdir(tmp_path)
    command = tag_command if args[0] == "tag" else eval_command
    result = CliRunner().invoke(command, args[1:])
    assert isinstance(result.exception, InputError)
    assert message in str(result.exception)


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["tml", "jsonl"])
def test_tag_command_writes_one_file_per_input(tmp_path: Path, fmt: str):
    import json

    from click.testing import CliRunner

    from chronicle.commands.tagging import tag_command

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "sample.tml").write_text(SAMPLE, encoding="utf-8")
    result = CliRunner().invoke(tag_command, [str(tmp_path / "in"),
                                              "--format", fmt, "--out", str(tmp_path / "out"),
                                              "--quiet"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "out" / f"sample.{fmt}"
    if fmt == "tml":
        back = read_tml(out)
        assert back.text == SAMPLE_TEXT
        assert "late 2000" in [t.text for t in back.timexes]
    else:
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert {"text", "start", "end", "type", "value", "mod", "start_date", "end_date",
                "granularity"} <= set(records[0])
        assert all(SAMPLE_TEXT[r["start"]:r["end"]] == r["text"] for r in records)
        assert "Friday" in [r["text"] for r in records]


@pytest.mark.model
@pytest.mark.corpora
def test_tag_te3_platinum_keeps_text(tmp_path: Path):
    from click.testing import CliRunner

    from chronicle.commands.tagging import tag_command

    folder = CORPORA / "te3-platinum"
    if not folder.is_dir():
        pytest.skip(f"corpora not found at {CORPORA}")
    result = CliRunner().invoke(tag_command, [str(folder), "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output
    written = sorted(tmp_path.glob("*.tml"))
    assert len(written) == 20
    for path in written:
        assert read_tml(path).text == read_tml(folder / path.name).text, path.name
