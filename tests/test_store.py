"""Extraction and storage below the flow: failures isolated per article, duplicates recorded."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import chronicle.timex.component  # noqa: F401  (registers chronicle_timex)
from chronicle.merge import _shift
from chronicle.tasks.extract import analyse
from chronicle.tasks.ingest import Article, stable_id
from chronicle.tasks.store import plan_changes, write_extraction


@Language.component("explode_on_boom")
def explode_on_boom(doc: Doc) -> Doc:
    if "BOOM" in doc.text:
        raise RuntimeError("cannot parse this article")
    return doc


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("chronicle_timex")
    pipeline.add_pipe("explode_on_boom")
    return pipeline


def article(name: str, body: str, published: date = date(2023, 11, 6)) -> Article:
    return Article(stable_id(name), name, published, body)


def test_one_failing_article_does_not_stop_the_batch(nlp: Language) -> None:
    batch = [
        article("a.txt", "The talks ended yesterday."),
        article("b.txt", "BOOM went the parser on Friday."),
        article("c.txt", "They will meet next week."),
    ]
    out = analyse(nlp, batch, "run-1", "2026-01-01 00:00:00")
    assert [row["source"] for row in out.articles] == ["a.txt", "c.txt"]
    assert [(r.source, r.reason) for r in out.rejected] == [
        ("b.txt", "extraction failed: RuntimeError: cannot parse this article")
    ]
    assert {row["article_id"] for row in out.events} == {stable_id("a.txt"), stable_id("c.txt")}


def test_same_content_under_another_id_is_recorded_not_stored(db, nlp: Language) -> None:
    original = article("/data/a.txt", "The talks ended yesterday.")
    write_extraction(db, analyse(nlp, [original], "run-1", "2026-01-01 00:00:00"), "run-1")
    copy = article("/elsewhere/a.txt", original.body)
    twin = article("/elsewhere/b.txt", original.body + " Again.")
    twin_copy = article("/elsewhere/c.txt", twin.body)
    plan = plan_changes(db, [copy, twin, twin_copy])
    assert [a.source for a in plan.todo] == ["/elsewhere/b.txt"]
    assert [(r.source, r.reason) for r in plan.duplicates] == [
        ("/elsewhere/a.txt", f"same content as article {original.article_id} (/data/a.txt)"),
        ("/elsewhere/c.txt", f"same content as article {twin.article_id} (/elsewhere/b.txt)"),
    ]


@pytest.mark.parametrize(
    ("day", "days", "expected"),
    [
        (date(1, 1, 2), -3, date.min),
        (date(9999, 12, 30), 3, date.max),
        (date(2023, 8, 15), -3, date(2023, 8, 12)),
    ],
)
def test_merge_window_stays_inside_the_calendar(day: date, days: int, expected: date) -> None:
    assert _shift(day, timedelta(days=days)) == expected


def test_rerun_with_a_copy_keeps_the_stored_article(db, nlp: Language) -> None:
    original = article("/data/a.txt", "The talks ended yesterday.")
    copy = article("/data/copy.txt", original.body)
    write_extraction(db, analyse(nlp, [original], "run-1", "2026-01-01 00:00:00"), "run-1")
    for order in ([copy, original], [original, copy]):
        plan = plan_changes(db, order)
        assert (plan.unchanged, plan.todo) == (1, [])
        assert [r.source for r in plan.duplicates] == ["/data/copy.txt"]


def test_failed_articles_count_neither_new_nor_changed(db, nlp: Language) -> None:
    batch = [article("a.txt", "Fine on Friday."), article("b.txt", "BOOM on Friday.")]
    plan = plan_changes(db, batch)
    out = analyse(nlp, plan.todo, "run-1", "2026-01-01 00:00:00")
    write_extraction(db, out, "run-1")
    plan.drop(out.rejected)
    assert (plan.new, plan.changed, plan.failed) == (1, 0, 1)
    assert db.execute("select source, reason from rejected_inputs").fetchall() == [
        ("b.txt", "extraction failed: RuntimeError: cannot parse this article")
    ]
