"""Candidates from the trained NER: DATE/TIME entities no rule covers.

The NER finds temporal phrasings our rules were not written for. Its spans are trimmed to
TimeML extent conventions (no leading preposition, no possessive `'s`, no trailing punctuation,
`all` dropped before a vague plural) and filtered for precision: ages (`a 6-year-old`,
`52 years old`, `the age of 86`), `annual`/`quarterly`, ordinals and plain numbers (`the 38th`,
`44`), money, a span cut off before its object (`the early hours of`), and anything without
a time word never qualify. `between X and Y` is split into
its two ends. Values always come from our normaliser (`normalize.py`, rule `entity`), never
from the NER.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from chronicle.timex.anchoring import doc_text
from chronicle.timex.extents import Candidate, RuleSet
from chronicle.timex.guards import names_may
from chronicle.timex.lexicon import MONTH, SEASON, WEEKDAY, compile_rx

_VAGUE = compile_rx(
    r"(?:(?:the|all)\s+)?(?:(?P<q>next|past|last|coming|first|few|many)\s+)?"
    r"(?P<unit>days|weeks|months|years|decades|centuries)(?:\s+ahead)?"
)
_LEAD = compile_rx(
    r"(?:(?:in|on|at|by|since|until|till|for|during|from|of|over|within|through|throughout"
    r"|after|before|as\s+of|around|between|all|just|only)\s+)+"
)
_TRAIL = re.compile(r"(?:'s|’s|[\s,.;:!?)\"'-])+$")
_TIME_WORD = compile_rx(
    r"\b(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?"
    r"|decades?|century|centuries|millenni(?:um|a)|morning|afternoon|evening|dawn|dusk|noon"
    r"|midnight|midday|overnight|today|tonight|yesterday|tomorrow|future|past|recent|ago"
    rf"|season|{SEASON})\b|{MONTH}|{WEEKDAY}"
)
_REJECT = compile_rx(
    r"[-\s]old(?:er)?\b|\byounger\b|\bage[ds]?\b|\bannual|\bquarterly\b|\bseasonal|\$|\bcents?\b|\bpercent\b"
    r"|\b(?:season|seasons)\b|\bolympic|\bthe\s+\d+(?:st|nd|rd|th)\b|^\W*[\d.,]+\W*$"
    r"|\b(?:night|day|morning|evening)\s+of\b|\bperiod\b"
    r"|^(?:the\s+)?(?:fiscal\s+|calendar\s+)?(?:year|day|week)$"
    r"|\bafter-hours\b|\bconsecutive\b|^(?:his|her|its|their|this|an?)\s|quarter-|\s(?:of|the)$"
    r"|\ban?\s+quarter$|^(?:the\s+)?(?:\w+est|most\s+\w+)\s+(?:day|night|week|month|year)$"
    rf"|^(?!{WEEKDAY}|{MONTH})[a-z]+$"
)
_TODAY_IS = compile_rx(
    r"\b(?:today|it|this|tonight)\s+(?:is|was|marks|marked)\s+(?:now\s+)?$|\b(?:it|today)'s\s+$"
)
#: Rules whose expressions are no dates (`slid for two days, the second day of losses`).
_NOT_A_DATE = frozenset(("duration", "ago", "set", "vague", "bare_plural", "qcentury"))
_SMALL_HOURS = compile_rx(r"\b(?:early|small|wee)\s+hours\b")
_AGE_AFTER = compile_rx(r"[\s-]+(?:old|older|younger)\b")
_BETWEEN = compile_rx(r"between\s+(?P<a>.+?)\s+and\s+(?P<b>.+)")


def _judged_in_context(c: Candidate, text: str) -> bool:
    """An NER span our rules reject alone but must judge in its text: a bare `May` in a text
    naming a person May, a numbered century (`the final century of`)."""
    return c.rule == "century" or (c.rule == "month" and c.groups.get("mon") == "May"
                                   and names_may(text))  # fmt: skip


def entity_candidates(doc: Doc, found: list[Candidate], rules: RuleSet | None = None
                      ) -> list[Candidate]:  # fmt: skip
    """Candidates for the NER's DATE/TIME entities that overlap no rule candidate.

    Vague plural spans (`for centuries`, `the weeks ahead`) get rule `vague`; other spans
    that pass the precision filters get rule `entity` (valued from their words); a span whose
    own text the rules can read (after trimming) gets that rule's candidate instead.
    """
    out: list[Candidate] = []
    text = doc_text(doc)
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if any(c.start < ent.end_char and ent.start_char < c.end for c in found):
            continue
        if _AGE_AFTER.match(text, ent.end_char):
            continue  # `10 years older`: a difference in age, not a time
        if _SMALL_HOURS.search(ent.text):
            continue  # `the early hours of Sunday`: a time of night, not a number of hours
            # (tbaq tags the day alone)
        m = _VAGUE.fullmatch(ent.text)
        if m is not None:
            lead = ent.text[:4].lower()
            # `all days`, and `the` before a bare plural (`in the weeks before`: AQUAINT's
            # extents; `the past few weeks`, `the weeks ahead` keep the determiner)
            bare = lead == "the " and not m.group("q") and not ent.text.endswith("ahead")
            start = ent.start_char + (4 if lead == "all " or bare else 0)
            groups = {"unit": m.group("unit")}
            if m.group("q"):
                groups["q"] = m.group("q")
            out.append(Candidate(start, ent.end_char, "vague", groups))
            continue
        for c in _other(text, ent.start_char, ent.end_char, ent.label_, rules):
            if c.rule == "entity" and text[c.start - 2 : c.start] == ", " and any(
                    f.end == c.start - 2 and f.rule not in _NOT_A_DATE for f in found):  # fmt: skip
                # `on Sunday, the third day of protests`: the date just named
                c = Candidate(c.start, c.end, c.rule, {**c.groups, "apposed": "1"})
            out.append(c)
    return out


def _other(text: str, start: int, end: int, label: str, rules: RuleSet | None
           ) -> list[Candidate]:  # fmt: skip
    span = text[start:end]
    between = _BETWEEN.fullmatch(span)
    if between is not None:
        parts = [(start + between.start(k), start + between.end(k)) for k in ("a", "b")]
        return [c for s, e in parts for c in _other(text, s, e, label, rules)]
    lead = _LEAD.match(span)
    if lead is not None:
        start += lead.end()
    trail = _TRAIL.search(text, start, end)
    if trail is not None:
        end = trail.start()
    body = text[start:end]
    if end <= start:
        return []
    if rules is not None:
        whole = [c for c in rules.find(body) if c.start == 0 and c.end == len(body)]
        if not whole:  # judged in its sentence: `Rita May ... accused May of`, `the final
            # century of the empire` (a rule rejects these; the NER alone would keep them)
            whole = [c for c in rules.find(body, guarded=False) if c.start == 0
                     and c.end == len(body) and _judged_in_context(c, text)]  # fmt: skip
        if whole:
            cand = Candidate(start, end, whole[0].rule, whole[0].groups)
            # the rule's guards see the sentence, not just the span (`the March for Life`,
            # `Rita May ... accused May of`)
            return [cand] if rules.accepts(cand, text) else []
    if not _TIME_WORD.search(body) or _REJECT.search(body):
        return []
    groups = {"text": body, "label": label}
    if _TODAY_IS.search(text, max(0, start - 30), start):
        groups["today"] = "1"  # `today is the eighth day of ...`: the reference day itself
    return [Candidate(start, end, "entity", groups)]


__all__ = ["entity_candidates"]
