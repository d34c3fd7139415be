"""The `chronicle_timex` spaCy component: TIMEX3 extraction and normalisation.

Usage::

    nlp = spacy.blank("en"); nlp.add_pipe("sentencizer")
    nlp.add_pipe("chronicle_timex", config={"mode": "auto"})
    doc = nlp.make_doc(text); doc._.dct = date(2023, 11, 6); doc = nlp(doc)
    get_timexes(doc)  # or doc.spans["timex"], span._.timex

After a trained pipeline it also uses the parse (tense of the governing verb) and the NER
(counts and money are never dates).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from chronicle.errors import ConfigError
from chronicle.timex.anchoring import (
    SENT_BREAK,
    doc_text,
    forget_doc_facts,
    is_parsed,
    same_sentence,
    tense_at,
    tense_from_parse,
)
from chronicle.timex.clocks import clock_days
from chronicle.timex.dates import (
    OutOfRange,
    add_years,
    checked_value,
    interval,
    last_quarter_day,
    quarter_of,
)
from chronicle.timex.entities import entity_candidates
from chronicle.timex.events import (
    EventIndex,
    EventMatch,
    article_event_date,
    day_in_year,
    load_events,
)
from chronicle.timex.extents import Candidate, RuleSet, resolve_overlaps
from chronicle.timex.lexicon import ORDINALS
from chronicle.timex.modes import choose_mode, narrative_ref
from chronicle.timex.normalize import normalise
from chronicle.timex.relative import FUTURE, PAST, UNKNOWN, Ref
from chronicle.timex.today import generic_today
from chronicle.timex.types import Timex, timeml_view

MODES = ("news", "narrative", "auto")
_DAY_GRAINS = ("day", "part_of_day", "hour", "minute")
#: A story looking back from its day (`Earlier, on Monday, ...`, `had left on Monday`).
_BACK = re.compile(r"\b(?:earlier|before|previous|previously|had|'d)\b", re.IGNORECASE)
#: `on May 2` after a year in its sentence is that year's, but not `the company said on May 2`.
_ON_DAY = re.compile(r"(?<!\bsaid )(?<!\bsays )(?<!\bannounced )(?<!\breported )\bon\s+$")
_NOT_DATES = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"}
#: `the North Atlantic Treaty Organization`: an event name inside a longer proper name.
_LONGER_NAME = re.compile(r"\s+(?-i:[A-Z][a-z]+)")
_NUMERIC_RULES = {"year", "numeric", "decade"}

for _name in ("dct", "timex_mode"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Span.has_extension("timex"):
    Span.set_extension("timex", default=None)


@Language.factory(
    "chronicle_timex",
    default_config={
        "spans_key": "timex",
        "mode": "auto",
        "reference_events": None,
        "day_first": False,
        "use_entities": True,
        "named_events": True,
        "timeml": False,
    },
)
def make_timex_tagger(
    nlp: Language, name: str, spans_key: str, mode: str, reference_events: str | None,
    day_first: bool, use_entities: bool, named_events: bool, timeml: bool,
) -> TimexTagger:  # fmt: skip
    return TimexTagger(
        nlp, name, spans_key=spans_key, mode=mode, reference_events=reference_events,
        day_first=day_first, use_entities=use_entities, named_events=named_events, timeml=timeml,
    )  # fmt: skip


class TimexTagger:
    """Finds temporal expressions and normalises them against the document's reference time."""

    def __init__(
        self, nlp: Language, name: str = "chronicle_timex", *, spans_key: str = "timex",
        mode: str = "auto", reference_events: str | Path | None = None, day_first: bool = False,
        use_entities: bool = True, named_events: bool = True, timeml: bool = False,
    ) -> None:  # fmt: skip
        if mode not in MODES:
            raise ConfigError(f"timex mode must be one of {', '.join(MODES)}, not {mode!r}")
        self.name = name
        self.spans_key = spans_key
        self.mode = mode
        self.day_first = day_first
        self.use_entities = use_entities
        self.named_events = named_events and not timeml  # (TimeML: named events are EVENTs)
        self.timeml = timeml
        self.rules = RuleSet()
        self.events = EventIndex(load_events(reference_events))

    def __call__(self, doc: Doc) -> Doc:
        found = self.match(doc)
        self.set_annotations(doc, timeml_view(found) if self.timeml else found)
        return doc

    def pipe(self, docs, batch_size: int = 128):  # noqa: ANN001, ANN201 (spaCy protocol)
        for doc in docs:
            yield self(doc)

    def match(self, doc: Doc) -> list[Timex]:
        """The temporal expressions of `doc`, in document order."""
        forget_doc_facts(doc)
        text = doc_text(doc)
        cands = self._candidates(doc)
        ev_matches = {(m.start, m.end): m for m in self.events.find(text)
                      if not _LONGER_NAME.match(text, m.end)}  # fmt: skip
        if self.named_events:
            chosen = resolve_overlaps(cands + [Candidate(s, e, "event", {}) for s, e in ev_matches])
        else:  # TimeML leaves named events and their anniversaries to EVENT (tbaq tags none of
            # its seven `the 50th anniversary of ...`); their words stay no dates (`the 25th
            # anniversary of Black Monday`), save a date written in them (`the 1987 crash`)
            chosen = resolve_overlaps([c for c in cands if c.rule in _NUMERIC_RULES or not any(
                s <= c.start and c.end <= e for s, e in ev_matches)])  # fmt: skip
        dct: date | None = doc._.dct
        mode = doc._.timex_mode or self.mode
        if mode == "auto":
            mode = choose_mode(chosen, dct)
        if doc._.timex_mode in (None, "auto"):
            doc._.timex_mode = mode  # the mode actually used, stored per article
        out: list[Timex] = []
        prev: Ref | None = None
        prev_end, prev_written = -1, False  # (whether the previous date wrote its year)
        dated: list[tuple[int, date]] = []
        fine: Ref | None = None  # (the last date finer than a decade)
        fine_end = -1
        quarter: tuple[int, Ref] | None = None  # (the last quarter named, and its end)
        clocks: list[int] = []
        past: set[int] = set()
        ahead: set[int] = set()
        firm: set[int] = set()
        for c in chosen:
            if c.rule == "event":
                tx = self._event_timex(text, ev_matches[(c.start, c.end)], dct, dated)
            else:
                if prev is not None and c.rule in _NEAR_RULES and same_sentence(
                        doc, prev_end, c.start) and ";" not in text[prev_end : c.start] and (
                        prev_written or c.rule not in ("mdy", "dmy")):  # fmt: skip
                    # the previous date is in the same sentence: `began March 20, 2003, and
                    # troops reached the capital on April 9` (normalize.py decides its use)
                    near = {"prev_near": "1"}
                    if _ON_DAY.search(text, max(0, c.start - 40), c.start):
                        near["prev_year"] = "1"  # `starts in 2012 before pain on May 2`
                    c = Candidate(c.start, c.end, c.rule, {**c.groups, **near})
                if c.rule == "endof" and prev is not None and len(
                        SENT_BREAK.findall(text, prev_end, c.start)) <= 1:  # fmt: skip
                    c = Candidate(c.start, c.end, c.rule, {**c.groups, "prev_close": "1"})
                ref = _day_ref(c, text, _fine_ref(c, text, prev, fine, fine_end), dated)
                if c.rule == "thenoun" and quarter is not None and _COMPARED_PERIOD.search(
                        c.groups.get("unit") or c.groups.get("adj") or "") and len(
                        SENT_BREAK.findall(text, quarter[0], c.start)) <= 1:  # fmt: skip
                    ref = quarter[1]  # `so far in the first quarter, ... from the turn of the
                    # year ... than in the same period last year`: that quarter's
                tx = self._rule_timex(doc, c, dct, ref, mode)
                if _ahead_of_past(doc, c, tx, dct):
                    # `scheduled for Tuesday. ... By the next day, friends had built`: a past
                    # clause counts from the last day that is not ahead of the DCT
                    day = next((d for _, d in reversed(dated) if d <= dct), None)
                    if day is not None:
                        tx = self._rule_timex(doc, c, dct, Ref(day, "day"), mode) or tx
            if tx is None:
                continue
            dayless = tx.anchor == "dct" and ((c.rule == "time" and not c.groups.get("day")) or (
                c.rule == "pod" and not c.groups.get("det") and not c.groups.get("day2") and (
                    c.groups.get("mod") or c.groups["pod"].lower() == "midday")))
            # (`by mid-afternoon`, `by midday`: a time of some day, as `at 3 p.m.`)
            if dayless:
                clock_tense = tense_at(doc, c.start, c.end)
                if clock_tense == PAST:
                    past.add(len(out))
                elif clock_tense == FUTURE:
                    ahead.add(len(out))
                    parsed, verb = tense_from_parse(doc, c.start) if is_parsed(doc) else (
                        UNKNOWN, None)  # fmt: skip
                    if parsed == FUTURE and verb is not None and not any(
                            a.lower_ in _MAYBE_PAST_AUX for a in verb.children):  # fmt: skip
                        firm.add(len(out))  # (its verb looks ahead: `will start at 09:00`,
                        # `the debate begins at 7 p.m.`; `would` may be a future in the past)
                clocks.append(len(out))
            out.append(tx)
            if dayless and prev is not None and prev.granularity in _DAY_GRAINS:
                continue  # `On Thursday ... before 9 a.m. ... that afternoon`: still Thursday
            if tx.start_date is not None and tx.type in ("DATE", "TIME") and tx.basis == "explicit":
                prev, prev_end = Ref(tx.start_date, tx.granularity or "day"), tx.end_char
                prev_written = tx.anchor == "none"  # `March 20, 2003`, not `a year earlier`
                if prev.granularity not in _COARSE_GRAINS:
                    fine, fine_end = prev, tx.end_char
                if prev.granularity == "quarter":
                    quarter = (tx.end_char, prev)
                if tx.granularity in _DAY_GRAINS:
                    dated.append((tx.start_char, tx.start_date))
        return [_guard(tx) for tx in clock_days(text, out, clocks, dct, frozenset(past),
                                                frozenset(ahead), frozenset(firm))]  # fmt: skip

    def set_annotations(self, doc: Doc, timexes: list[Timex]) -> None:
        spans = []
        for tx in timexes:
            span = doc.char_span(tx.start_char, tx.end_char, label=tx.type,
                                 alignment_mode="expand")  # fmt: skip
            if span is None:
                continue
            span._.timex = tx
            spans.append(span)
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans)

    def _candidates(self, doc: Doc) -> list[Candidate]:
        cands = self.rules.find(doc_text(doc))
        if not (self.use_entities and doc.has_annotation("ENT_IOB")):
            return cands
        blocked = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NOT_DATES]
        if blocked:
            cands = [c for c in cands if c.rule not in _NUMERIC_RULES
                     or not any(s <= c.start and c.end <= e for s, e in blocked)]  # fmt: skip
        return cands + entity_candidates(doc, cands, self.rules)

    def _rule_timex(self, doc: Doc, c: Candidate, dct: date | None, prev: Ref | None,
                    mode: str) -> Timex | None:  # fmt: skip
        groups = dict(c.groups)
        at = int(groups.pop("tense_at", c.start))  # a range's second end: the first's clause
        tense = tense_at(doc, at, c.end if at == c.start else at + 1)
        ref = Ref(dct) if dct is not None else None
        if mode == "narrative" and prev is not None and not (tense == FUTURE and c.rule in (
                "mdy", "dmy", "month", "weekday")):  # fmt: skip
            # (a future clause looks ahead of the time of writing: a biography's `A memorial
            # service will be held on Saturday, March 30`)
            ref = narrative_ref(c, ref, prev)
        if c.rule == "dayword" and (groups.get("w") or "").lower() == "today" and not (
            groups.get("pod") or groups.get("mod")
        ) and generic_today(doc, c.start):
            groups["generic"] = "1"
        text = doc_text(doc)
        if c.rule == "quarter" and tense == FUTURE and dct is not None and _RESULTS_AFTER.match(
                text, c.end) and ORDINALS.get((c.groups.get("n") or "").lower()) == quarter_of(
                last_quarter_day(dct)):  # fmt: skip
            tense = PAST  # `will report fourth-quarter results` (in March): the quarter just
            # ended, not the next one of that number
        if ref is prev and c.rule == "weekday" and not groups.get("rel") and not _BACK.search(
            text, max(0, c.start - 40), min(len(text), c.end + 40)
        ):
            tense = FUTURE  # a story moves forward: `On Tuesday ... On Friday` is that week's
        norm = normalise(c.rule, tuple(sorted(groups.items())), ref, prev, tense,
                         self.day_first)  # fmt: skip
        if norm is None:
            return None
        anchor = "none"
        if norm.uses == "previous" or (norm.uses == "ref" and ref is not None and ref is prev):
            anchor = "previous"
        elif norm.uses == "ref":
            anchor = "dct"
        span = interval(norm.value) if norm.type in ("DATE", "TIME") else None
        confidence = 1.0 if anchor in ("none", "dct") else 0.8
        if norm.value is None:
            confidence = 0.3
        return Timex(
            start_char=c.start, end_char=c.end, text=doc_text(doc)[c.start : c.end], type=norm.type,
            value=norm.value, mod=norm.mod, start_date=span[0] if span else None,
            end_date=span[1] if span else None, granularity=span[2] if span else None,
            anchor=anchor, confidence=confidence,
        )  # fmt: skip

    def _event_timex(self, text: str, m: EventMatch, dct: date | None,
                     dated: list[tuple[int, date]]) -> Timex | None:  # fmt: skip
        common = {"start_char": m.start, "end_char": m.end, "text": text[m.start : m.end]}
        if m.ordinal is None and "anniversary" not in text[m.start : m.end].lower():
            ev = m.event
            return Timex(**common, type="DATE", value=ev.value, start_date=ev.start,
                         end_date=ev.end, granularity="day", anchor="reference_event",
                         basis="named_event", event_name=ev.name)  # fmt: skip
        start = m.event.start if m.event else article_event_date(text, m.start, m.phrase, dated)
        if start is None and m.ordinal and dct is not None and dct.year > m.ordinal:
            # dated elsewhere in the article (`... The first missiles struck Baghdad on March
            # 20, 2003`), when that anniversary falls near the DCT (a story marks it then)
            start = day_in_year(text, dct.year - m.ordinal)
            if start is not None and ((start.month, start.day) == (2, 29)
                                      or abs((start.replace(year=dct.year) - dct).days) > 14):
                start = None  # fmt: skip
        name = m.event.name if m.event else m.phrase
        if m.ordinal is not None and m.ordinal <= 0:
            start = None  # `the 0th anniversary`: no date
        if start is None or m.ordinal is None:
            if start is not None and dct is not None:
                day = start.replace(year=dct.year) if (start.month, start.day) != (2, 29) else None
                if day is not None:
                    return Timex(**common, type="DATE", value=day.isoformat(), start_date=day,
                                 end_date=day, granularity="day", anchor="reference_event",
                                 basis="anniversary", confidence=0.7, event_name=name)  # fmt: skip
            return Timex(**common, type="DATE", value=None, basis="anniversary",
                         confidence=0.3, event_name=name if m.event else None)  # fmt: skip
        try:
            day = add_years(start, m.ordinal)
        except OutOfRange:  # `the 10000th anniversary of World War II`: past year 9999
            return Timex(**common, type="DATE", value=None, basis="anniversary",
                         confidence=0.3, event_name=name)  # fmt: skip
        return Timex(**common, type="DATE", value=day.isoformat(), start_date=day, end_date=day,
                     granularity="day", anchor="reference_event", basis="anniversary",
                     confidence=0.9, event_name=name)  # fmt: skip


#: Rules whose value may follow a previous date in the same sentence.
_NEAR_RULES = frozenset(("mdy", "dmy", "ago", "pod"))


#: Units of `the previous day`, `the day before`, `that morning` (anaphors needing a day).
_DAY_UNITS = frozenset(("day", "morning", "afternoon", "evening", "night"))
_COARSE_GRAINS = frozenset(("decade", "century"))
#: Auxiliaries that may put a future inside a past (`said the march would end at 4 p.m.`).
_MAYBE_PAST_AUX = frozenset(("would", "could", "might", "should", "may"))
#: A period compared with the one being reported (`the same period last year`).
_COMPARED_PERIOD = re.compile(r"ago|earlier|prior|last\s+year", re.IGNORECASE)
#: What a company or a statistics office reports for a quarter (`fourth-quarter results`).
_RESULTS_AFTER = re.compile(r"\s+(?:(?:economic|net|operating|gross|domestic|core|pretax)\s+)?"
                            r"(?:results|earnings|profits?|loss(?:es)?|revenues?|sales|growth"
                            r"|GDP|figures|data|numbers)\b", re.IGNORECASE)  # fmt: skip
#: Anaphors that count from the date they follow (`the next day`, not `the same day`).
_SUCCESSOR = re.compile(r"next|following|after|later|previous|before|earlier", re.IGNORECASE)


def _ahead_of_past(doc: Doc, c: Candidate, tx: Timex | None, dct: date | None) -> bool:
    """Whether `tx`, counted from a previous expression, lands after the DCT in a clause whose
    verb is a finite past (`had built`, `came`; not a bare participle: `witnesses called`);
    only expressions that count from it (`the next day`, not `the same day`)."""
    if not (tx is not None and dct is not None and tx.anchor == "previous"
            and tx.start_date is not None and tx.start_date > dct and is_parsed(doc)
            and (c.rule == "unitba" or (c.groups.get("dir") or "").lower() in ("later", "earlier")
                 or (c.rule == "anaphor" and _SUCCESSOR.search(c.groups.get("det") or "")))):
        return False  # fmt: skip
    tense, verb = tense_from_parse(doc, c.start)
    return tense == PAST and verb is not None and (verb.tag_ == "VBD" or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in verb.children))


def _fine_ref(c: Candidate, text: str, prev: Ref | None, fine: Ref | None, fine_end: int
              ) -> Ref | None:  # fmt: skip
    """The previous expression; when that is a decade or a century and the candidate is a
    calendar name needing a year, the last finer date of its sentence (`in 1997, at the height
    of the demutualisation wave of the 1990s, and listed its shares that July`)."""
    if prev is None or fine is None or prev.granularity not in _COARSE_GRAINS or c.rule not in (
            "month", "season", "holiday", "mdy", "dmy"):  # fmt: skip
        return prev  # (`rose to fame in the 1970s and retired two years later`: 1972)
    return fine if not SENT_BREAK.search(text, fine_end, c.start) else prev


def _day_ref(c: Candidate, text: str, prev: Ref | None, dated: list[tuple[int, date]]
             ) -> Ref | None:  # fmt: skip
    """The previous expression; for an anaphor that needs a day (`the previous day`, `two days
    later`) when that expression is coarser (`would resume in early May. The previous day,
    ...`), the last day named in the two sentences before it."""
    relative = c.rule in ("anaphor", "unitba") or (prev is not None and prev.granularity in (
        "year", "decade", "century") and ((c.rule == "ago" and (c.groups.get("dir") or "").lower()
        in ("later", "earlier")) or (c.rule == "pod" and (c.groups.get("det") or "").lower()
        == "that")))  # fmt: skip  (`two days later`, `That evening` after a year only)
    unit = c.groups.get("unit") or c.groups.get("pod") or "day"
    if not relative or prev is None or prev.granularity in _DAY_GRAINS \
            or unit.lower().rstrip("s") not in _DAY_UNITS or not dated:
        return prev  # fmt: skip
    pos, day = dated[-1]
    return Ref(day, "day") if len(SENT_BREAK.findall(text, pos, c.start)) <= 2 else prev


def _guard(tx: Timex) -> Timex:
    """No value outside years 1..9999 (not valid TIMEX3): such an expression keeps its extent
    and type, with value None and no dates."""
    if tx.value is None or checked_value(tx.value) == tx.value:
        return tx
    return replace(tx, value=None, start_date=None, end_date=None, granularity=None,
                   confidence=min(tx.confidence, 0.3))  # fmt: skip
