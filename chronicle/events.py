"""Turning a tagged Doc into events: clauses of the dependency parse, each with its own date.

An event is a clause (the sentence root, or a verb attached as `conj`, `ccomp`, `advcl`,
`relcl`, `parataxis`) with:

* a **trigger**: the lemma of the governing verb, or of the event noun when the verb only says
  that something happened (`the exchange of letters occurred` -> exchange), or of the verb a
  control verb introduces (`are preparing to discuss` -> discuss);
* a **headline**: subject-verb-object in a few words;
* **actors** (PERSON, ORG, GPE, NORP) and **places** (GPE, LOC, FAC) named in the clause, its
  subject and, for a relative clause, the noun it modifies. Names inside a temporal expression
  (`the anniversary of Korea's liberation`) are not actors. When the subject points back to
  earlier actors, they are carried over: `the two leaders` / `both sides` / `they` take the
  actors of the previous sentence (people for leader-like nouns, the others for country-like
  ones) and `he` / `she` take the last person named in the three sentences before;
* the **temporal expression attached to the clause**: every resolved expression is assigned to
  the clause head its syntactic head climbs to; a clause holding several keeps the nearest.

Which clauses become events: every clause with a date of its own, plus the sentence root when it
has none (so `Kim emphasized that the friendship, established during World War II, ...` gives
two events). An undated root is dated from the last expression before the sentence in narrative
mode (`date_basis` inherited) or from the publication date in news mode (publication), with a
lower confidence. Future tense and plans (`will brief`, `are preparing to discuss`, `an upcoming
summit`, a date after publication) set `planned`; a planned event is never dated before the
publication date: a weekday the tagger put in the past week moves to the next one, any other
past date is dropped and the event is dated `FUTURE_REF` from the publication date on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from chronicle.events_syntax import (
    anaphor_kind,
    clause_heads,
    clause_of,
    clause_tokens,
    entity_text,
    has_planned_modifier,
    headline,
    is_future,
    subject_of,
    trigger_token,
)
from chronicle.timex import get_timexes
from chronicle.timex.types import Timex

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Confidence of an event dated by its own expression (times the expression's confidence), by
#: the previous expression (narrative), by the publication date (news), and of a planned event
#: with no usable date of its own.
EXPLICIT_CONFIDENCE = 0.9
INHERITED_CONFIDENCE = 0.5
PUBLICATION_CONFIDENCE = 0.4
PLANNED_UNDATED_CONFIDENCE = 0.3
#: How far back `he` / `she` look for the person they refer to.
PRONOUN_LOOKBACK = 3
_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Event:
    """One event mention: a clause of an article (columns of the `events` table)."""

    sentence_index: int
    sentence_start: int
    sentence_end: int
    sentence: str
    trigger: str | None
    headline: str | None
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    timex: Timex | None = None
    start_date: date | None = None
    end_date: date | None = None
    granularity: str | None = None
    timex_value: str | None = None
    date_basis: str = "publication"
    confidence: float = PUBLICATION_CONFIDENCE
    planned: bool = False
    #: Position of the clause within its sentence (0 for the first event of a sentence).
    clause_index: int = 0
    #: Character offsets of the trigger word in the article body (end exclusive).
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass(slots=True)
class _Context:
    """What the sentences before the current one established."""

    published: date
    narrative: bool
    timexes: list[Timex]
    previous_actors: list[tuple[str, str]] = field(default_factory=list)
    recent_people: list[list[str]] = field(default_factory=list)


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        if name:
            seen.setdefault(name.lower(), name)
    return list(seen.values())


def _doc_mode(doc: Doc) -> str:
    if Doc.has_extension("timex_mode") and doc._.timex_mode in ("news", "narrative"):
        return doc._.timex_mode
    return "news"


def find_events(
    doc: Doc, published: date, *, timexes: list[Timex] | None = None, mode: str | None = None
) -> list[Event]:
    """The events of `doc`, in document order.

    `timexes` defaults to the tagger's (`chronicle.timex.get_timexes`); `mode` (news |
    narrative) to `doc._.timex_mode`, else news.
    """
    found = sorted(get_timexes(doc) if timexes is None else timexes, key=lambda t: t.start_char)
    context = _Context(
        published=published,
        narrative=(mode or _doc_mode(doc)) == "narrative",
        timexes=[t for t in found if t.start_date is not None],
    )
    events: list[Event] = []
    for index, sent in enumerate(doc.sents):
        if sent.text.strip():
            events += _sentence_events(doc, sent, index, context)
    return events


#: Prepositions whose object bounds an event instead of dating it: `the largest exodus since
#: World War II` did not happen during the war.
BOUNDING_PREPOSITIONS = frozenset({"since", "before", "after", "until", "till", "by"})


def _bounds_only(span: Span) -> bool:
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in BOUNDING_PREPOSITIONS


def _timex_spans(doc: Doc, sent: Span, timexes: list[Timex]) -> list[tuple[Timex, Span]]:
    """The sentence's expressions that can date an event, with their token spans."""
    out = []
    for timex in timexes:
        if sent.start_char <= timex.start_char < sent.end_char:
            span = doc.char_span(timex.start_char, timex.end_char, alignment_mode="expand")
            if span is not None and len(span) and not _bounds_only(span):
                out.append((timex, span))
    return out


def _sentence_events(doc: Doc, sent: Span, index: int, context: _Context) -> list[Event]:
    heads = clause_heads(sent)
    head_ids = {h.i for h in heads}
    dated = _timex_spans(doc, sent, context.timexes)
    timex_tokens = {i for _, span in dated for i in range(span.start, span.end)}
    attached: dict[int, tuple[int, int, Timex]] = {}
    for timex, span in dated:
        head, steps = clause_of(span.root, head_ids)
        rank = (steps, span.start)
        if head.i not in attached or rank < attached[head.i][:2]:
            attached[head.i] = (*rank, timex)
    root = sent.root
    event_heads = sorted({*attached, root.i})
    sent_actors = _sentence_entities(sent, timex_tokens)
    events: list[Event] = []
    for clause_index, head_i in enumerate(event_heads):
        head = doc[head_i]
        timex = attached[head_i][2] if head_i in attached else None
        tokens = clause_tokens(head, set(event_heads) - {head_i})
        actors, places = _participants(head, tokens, timex_tokens, sent_actors, context)
        trigger = trigger_token(head)
        planned = is_future(head) or has_planned_modifier(tokens)
        dating = _dating(timex, planned, context, sent.start_char)
        events.append(
            Event(
                sentence_index=index,
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
                sentence=sent.text.strip(),
                trigger=trigger.lemma_.lower(),
                headline=headline(head, timex_tokens) or None,
                actors=actors,
                places=places,
                clause_index=clause_index,
                trigger_start=trigger.idx,
                trigger_end=trigger.idx + len(trigger.text),
                **dating,
            )
        )
    context.previous_actors = sent_actors
    people = [name for name, label in sent_actors if label == "PERSON"]
    context.recent_people = [*context.recent_people, people][-PRONOUN_LOOKBACK:]
    return events


def _sentence_entities(sent: Span, skip: set[int]) -> list[tuple[str, str]]:
    return [
        (entity_text(e.text), e.label_)
        for e in sent.ents
        if not any(i in skip for i in range(e.start, e.end)) and entity_text(e.text)
    ]


def _participants(
    head: Token,
    tokens: list[Token],
    timex_tokens: set[int],
    sent_entities: list[tuple[str, str]],
    context: _Context,
) -> tuple[list[str], list[str]]:
    """Actors and places of a clause (see the module docstring for the anaphora rule)."""
    ids = {t.i for t in tokens}
    subject = subject_of(head)
    subject_tokens: list[Token] = []
    if subject is not None:
        inner = {t.i for t in head.subtree} if head.dep_ == "relcl" else set()
        subject_tokens = [t for t in subject.subtree if t.i not in inner]
        ids |= {t.i for t in subject_tokens}
    ids -= timex_tokens
    doc = head.doc
    entities = [
        (entity_text(e.text), e.label_)
        for e in doc.ents
        if any(i in ids for i in range(e.start, e.end)) and e.label_ in ACTOR_LABELS | PLACE_LABELS
    ]
    actors = [n for n, label in entities if label in ACTOR_LABELS]
    places = [n for n, label in entities if label in PLACE_LABELS]
    kind = anaphor_kind(subject_tokens) if subject_tokens else None
    if kind == "pronoun" and not any(label == "PERSON" for _, label in entities):
        people = [p for names in reversed(context.recent_people) for p in reversed(names)]
        actors = people[:1] + actors
    elif kind in ("person", "group"):
        wanted = {"PERSON"} if kind == "person" else {"GPE", "ORG", "NORP"}
        carried = [n for n, label in context.previous_actors if label in wanted]
        actors = carried + actors
    return _unique(actors), _unique(places)


def _dating(timex: Timex | None, planned: bool, context: _Context, sentence_start: int) -> dict:
    """Date fields of an event: its own expression, else inherited / publication."""
    published = context.published
    if timex is not None and timex.start_date is not None:
        start, end = timex.start_date, timex.end_date or timex.start_date
        confidence = EXPLICIT_CONFIDENCE * timex.confidence
        planned = planned or start > published
        if planned and end < published:
            shift = _weekday_shift(timex, published)
            if shift is None:
                return _planned_undated(published, timex)
            start, end, confidence = start + shift, end + shift, confidence * 0.8
        return {
            "timex": timex,
            "start_date": start,
            "end_date": end,
            "granularity": timex.granularity,
            "timex_value": start.isoformat() if start != timex.start_date else timex.value,
            "date_basis": timex.basis,
            "confidence": round(confidence, 3),
            "planned": planned,
        }
    if planned:
        return _planned_undated(published, None)
    previous = [t for t in context.timexes if t.end_char <= sentence_start]
    if context.narrative and previous:
        last = previous[-1]
        return {
            "timex": last,
            "start_date": last.start_date,
            "end_date": last.end_date or last.start_date,
            "granularity": last.granularity,
            "timex_value": last.value,
            "date_basis": "inherited",
            "confidence": round(INHERITED_CONFIDENCE * last.confidence, 3),
        }
    return {
        "start_date": published,
        "end_date": published,
        "granularity": "day",
        "timex_value": published.isoformat(),
        "date_basis": "publication",
        "confidence": PUBLICATION_CONFIDENCE,
    }


def _weekday_shift(timex: Timex, published: date) -> timedelta | None:
    """A bare weekday resolved into the past week moves to the coming week."""
    if timex.start_date is None or not _WEEKDAY.search(timex.text):
        return None
    if timex.start_date == timex.end_date and 0 < (published - timex.start_date).days < 7:
        return timedelta(days=7)
    return None


def _planned_undated(published: date, timex: Timex | None) -> dict:
    """A planned event with no usable date: from the publication date on (`FUTURE_REF`)."""
    return {
        "timex": timex,
        "start_date": published,
        "end_date": None,
        "granularity": None,
        "timex_value": "FUTURE_REF",
        "date_basis": "publication",
        "confidence": PLANNED_UNDATED_CONFIDENCE,
        "planned": True,
    }
