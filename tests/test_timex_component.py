"""The chronicle_timex component: factory, config, span group, reference events, anniversaries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import spacy

import chronicle.timex.component  # noqa: F401  (registers the factory)
from chronicle.errors import ConfigError
from chronicle.timex import Timex, get_timexes
from chronicle.timex.dateparse import find_dates, parse_date
from chronicle.timex.dates import interval
from chronicle.timex.events import key, load_events

DCT = date(2023, 11, 6)
SEED = (
    "North Korean leader Kim Jong Un and Russian President Vladimir Putin have expressed "
    "their commitment. The exchange of letters between the two leaders occurred on the 78th "
    "anniversary of Korea\u2019s liberation from Japan\u2019s colonial rule. The friendship, "
    "which was established during World War II, is now strong. The two leaders met on "
    "2023-11-06."
)

EVENTS_CSV = """name,aliases,start_date,end_date,kind,note
Great Flood,the Flood of 1900|Galveston flood,1900-09-08,1900-09-09,disaster,fixture
Moon landing,Apollo 11 landing,1969-07-20,1969-07-20,science,fixture
"""


def pipeline(**config):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("chronicle_timex", config=config)
    return nlp


def run(nlp, text: str, dct: date | None = DCT):
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return nlp(doc)


@pytest.fixture(scope="module")
def nlp():
    return pipeline()


def test_span_group_and_extension(nlp):
    doc = run(nlp, "Talks ended yesterday and resume next week.")
    spans = doc.spans["timex"]
    assert [s.text for s in spans] == ["yesterday", "next week"]
    assert [s.label_ for s in spans] == ["DATE", "DATE"]
    assert all(isinstance(s._.timex, Timex) for s in spans)
    assert [t.value for t in get_timexes(doc)] == ["2023-11-05", "2023-W46"]


def test_custom_spans_key():
    doc = run(pipeline(spans_key="dates"), "It ended yesterday.")
    assert "timex" not in doc.spans
    assert [t.text for t in get_timexes(doc, spans_key="dates")] == ["yesterday"]


def test_bad_mode_is_a_config_error():
    with pytest.raises(ConfigError, match="mode"):
        pipeline(mode="poetry")


def test_seed_article_rules_only(nlp):
    found = {t.text: t for t in get_timexes(run(nlp, SEED))}
    phrase = "the 78th anniversary of Korea\u2019s liberation from Japan\u2019s colonial rule"
    anniversary = found[phrase]
    assert (anniversary.value, anniversary.start_date, anniversary.basis) == (
        "2023-08-15", date(2023, 8, 15), "anniversary")
    assert anniversary.anchor == "reference_event"
    assert anniversary.event_name == "Liberation of Korea"
    war = found["World War II"]
    assert (war.start_date, war.end_date, war.basis, war.value) == (
        date(1939, 9, 1), date(1945, 9, 2), "named_event", "1939-09-01/1945-09-02")
    assert found["2023-11-06"].value == "2023-11-06"
    assert found["2023-11-06"].granularity == "day"
    assert not any(t.text in ("78th", "two") for t in found.values())
    assert not any(t.value and t.value.startswith("1978") for t in found.values())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They marked the 10th anniversary of the Moon landing.", "1979-07-20"),
        ("They marked the 10th anniversary of the moon landing.", "1979-07-20"),
        ("They marked the 50th anniversary of the Apollo 11 landing.", "2019-07-20"),
        ("They marked the 20th anniversary of the Galveston Flood's aftermath.", None),
    ],
)
def test_reference_events_from_a_custom_csv(tmp_path: Path, text, value):
    path = tmp_path / "events.csv"
    path.write_text(EVENTS_CSV, encoding="utf-8")
    found = get_timexes(run(pipeline(reference_events=str(path)), text))
    values = [t.value for t in found if t.basis == "anniversary"]
    assert values == ([value] if value else []) or (value is None and values == [None])


def test_anniversary_of_an_event_dated_in_the_article(nlp):
    text = ("The uprising began on 12 March 1990 in the capital. Crowds gathered on the 10th "
            "anniversary of the uprising.")
    found = get_timexes(run(nlp, text))
    assert [(t.value, t.basis) for t in found] == [
        ("1990-03-12", "explicit"), ("2000-03-12", "anniversary")]


def test_missing_events_file_is_a_config_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_events(tmp_path / "absent.csv")


def test_bad_event_date_is_a_config_error(tmp_path: Path):
    path = tmp_path / "events.csv"
    path.write_text("name,aliases,start_date,end_date,kind,note\nX,,1999-13-01,,war,\n")
    with pytest.raises(ConfigError, match="line 2"):
        load_events(path)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Korea\u2019s liberation", "korea liberation"),
        ("The Korean War", "korean war"),
        ("KOREA'S  LIBERATION", "korea liberation"),
    ],
)
def test_event_key(name, expected):
    assert key(name) == expected


@pytest.mark.parametrize(
    ("value", "start", "end", "granularity"),
    [
        ("2023-W44", date(2023, 10, 30), date(2023, 11, 5), "week"),
        ("2022-Q3", date(2022, 7, 1), date(2022, 9, 30), "quarter"),
        ("2022-H1", date(2022, 1, 1), date(2022, 6, 30), "half"),
        ("199", date(1990, 1, 1), date(1999, 12, 31), "decade"),
        ("19", date(1900, 1, 1), date(1999, 12, 31), "century"),
        ("2015-SP", date(2015, 3, 1), date(2015, 5, 31), "season"),
        ("2023-11-06TMO", date(2023, 11, 6), date(2023, 11, 6), "part_of_day"),
        ("FY1998", date(1998, 1, 1), date(1998, 12, 31), "year"),
        ("1939/1945", date(1939, 1, 1), date(1945, 12, 31), "year"),
    ],
)
def test_interval_of_values(value, start, end, granularity):
    assert interval(value) == (start, end, granularity)


@pytest.mark.parametrize("value", ["PRESENT_REF", "P3Y", "XXXX-WXX-2", None, "2023-02-30"])
def test_interval_of_non_calendar_values(value):
    assert interval(value) is None


def test_dateparse_wrapper_uses_the_reference_date():
    assert parse_date("yesterday", DCT) == date(2023, 11, 5)
    assert parse_date("3/4/2021", DCT) == date(2021, 3, 4)
    assert parse_date("3/4/2021", DCT, day_first=True) == date(2021, 4, 3)
    text = "It rained on March 5, 2020 and again on March 5, 2020."
    found = find_dates(text, DCT)
    # dateparser's own extents are loose (`on March 5, 2020 and`): offsets are exact for the
    # substring it returns, which is why the tagger never takes its extents as final
    assert [d for _, _, d in found] == [date(2020, 3, 5), date(2020, 3, 5)]
    assert all("March 5, 2020" in text[s:e] for s, e, _ in found)
    assert found[0][0] < found[1][0]
    assert find_dates("no dates here at all", DCT) == []


@pytest.mark.parametrize(
    ("text", "dct", "given", "expected"),
    [
        ("Talks ended yesterday. Prices rose on Tuesday.", DCT, None, "news"),
        ("In 1950 the war began. In 1953 it ended. In 1961 a wall rose. In 1989 it fell.",
         DCT, None, "narrative"),
        ("In 1950 the war began. In 1953 it ended. In 1961 a wall rose. In 1989 it fell.",
         DCT, "news", "news"),
        ("Talks ended yesterday.", DCT, "auto", "news"),
    ],
)
def test_doc_records_the_mode_used(text, dct, given, expected):
    nlp = pipeline()
    doc = nlp.make_doc(text)
    doc._.dct = dct
    doc._.timex_mode = given
    assert nlp(doc)._.timex_mode == expected


def test_configured_mode_is_recorded_when_the_doc_has_none():
    nlp = pipeline(mode="narrative")
    doc = nlp.make_doc("Talks ended yesterday.")
    doc._.dct = DCT
    assert nlp(doc)._.timex_mode == "narrative"
