"""Extraction: articles -> temporal expressions and events, as plain rows.

`analyse()` is the pure function (a spaCy pipeline in, rows out); `extract_batch` is the Prefect
task that runs it on one batch. Rows are plain dicts so a batch can travel between processes
(Dask workers) and be written by the single DuckDB writer.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from prefect import task
from prefect.cache_policies import NO_CACHE
from spacy.language import Language
from spacy.tokens import Doc

from chronicle.events import find_events
from chronicle.nlp import load_pipeline
from chronicle.settings import Settings
from chronicle.tasks.ingest import Article, Rejection
from chronicle.timex import get_timexes


@dataclass(slots=True)
class Extraction:
    """Rows for the `articles`, `temporal_expressions` and `events` tables of one batch."""

    articles: list[dict] = field(default_factory=list)
    timexes: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    #: Articles the pipeline failed on, with the reason.
    rejected: list[Rejection] = field(default_factory=list)


def event_id(article_id: str, sentence_start: int, clause_index: int) -> str:
    key = f"{article_id}:{sentence_start}:{clause_index}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def make_docs(nlp: Language, articles: list[Article]) -> list[Doc]:
    docs = []
    for article in articles:
        doc = nlp.make_doc(article.body)
        doc._.dct = article.published_at
        docs.append(doc)
    return docs


def article_rows(article: Article, doc: Doc, run_id: str, now: date | str) -> dict:
    return {
        "article_id": article.article_id,
        "source": article.source,
        "external_id": article.external_id,
        "url": article.url,
        "title": article.title,
        "published_at": article.published_at,
        "body": article.body,
        "content_hash": article.content_hash,
        "timex_mode": doc._.timex_mode,
        "run_id": run_id,
        "ingested_at": now,
    }


def timex_rows(article: Article, doc: Doc) -> list[dict]:
    return [
        {
            "article_id": article.article_id,
            "timex_id": f"t{number}",
            "start_char": timex.start_char,
            "end_char": timex.end_char,
            "text": timex.text,
            "timex_type": timex.type,
            "timex_value": timex.value,
            "timex_mod": timex.mod,
            "start_date": timex.start_date,
            "end_date": timex.end_date,
            "granularity": timex.granularity,
            "anchor": timex.anchor,
            "basis": timex.basis,
            "event_name": timex.event_name,
            "confidence": timex.confidence,
        }
        for number, timex in enumerate(get_timexes(doc), start=1)
    ]


def event_rows(article: Article, doc: Doc) -> list[dict]:
    rows = []
    for event in find_events(doc, article.published_at):
        row = {
            name: getattr(event, name)
            for name in event.__dataclass_fields__
            if name not in ("timex", "clause_index")
        }
        row["event_id"] = event_id(article.article_id, event.sentence_start, event.clause_index)
        row["article_id"] = article.article_id
        row["timex_start"] = event.timex.start_char if event.timex else None
        rows.append(row)
    return rows


def analyse(
    nlp: Language, articles: list[Article], run_id: str, now: object, batch_size: int = 32
) -> Extraction:
    """Run the pipeline over `articles` and turn each Doc into rows.

    An article the pipeline fails on becomes a rejection (with the error) and the others go
    on: the batch is parsed in one `nlp.pipe` call, and only when that fails one by one.
    """
    out = Extraction()
    try:
        docs: list[Doc] | None = list(nlp.pipe(make_docs(nlp, articles), batch_size=batch_size))
    except Exception:  # noqa: BLE001 - isolated and recorded per article below
        docs = None
    for index, article in enumerate(articles):
        try:
            doc = docs[index] if docs is not None else nlp(make_docs(nlp, [article])[0])
            rows = (article_rows(article, doc, run_id, now), timex_rows(article, doc),
                    event_rows(article, doc))
        except Exception as exc:  # noqa: BLE001 - recorded in rejected_inputs, never dropped
            reason = f"extraction failed: {type(exc).__name__}: {exc}"
            out.rejected.append(
                Rejection(article.source, reason[:500], article_id=article.article_id)
            )
            continue
        out.articles.append(rows[0])
        out.timexes.extend(rows[1])
        out.events.extend(rows[2])
    return out


@lru_cache(maxsize=2)
def cached_pipeline(model: str, timex_items: tuple[tuple[str, object], ...]) -> Language:
    """One loaded pipeline per process and configuration (loading costs about a second)."""
    return load_pipeline(model, timex_config=dict(timex_items))


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(
    articles: list[Article], settings: Settings, run_id: str, now: object
) -> Extraction:
    """Temporal expressions and events of one batch of articles."""
    nlp = cached_pipeline(settings.model, tuple(sorted(settings.timex_config().items())))
    return analyse(nlp, articles, run_id, now)
