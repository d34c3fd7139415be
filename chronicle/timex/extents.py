"""Extent rules: where temporal expressions are, following TimeBank's extent conventions.

Each rule is one precompiled regular expression with named groups, compiled once when the
`RuleSet` is built. Extents follow the TimeBank gold data: determiners and modifiers belong to
the expression (`the third quarter`, `last week`, `about three years`, `the 1990s`,
`early next year`, `two weeks ago`), prepositions do not (`in 1990` -> `1990`, `on Friday` ->
`Friday`). Overlapping matches are resolved longest first.

Precision guards (context filters) run on the raw text: a year must not be money, a count
(`1,950 employees`), a section number or part of a longer number; a bare month or weekday must
not be part of a name (`May Ellison`, `Sunday Times`); `may`/`march` in lower case are words;
ordinals are never dates on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronicle.timex.lexicon import (
    BC,
    CLOCK,
    DAY,
    DAY_WORD,
    DAY_YEAR,
    MONTH,
    NOT_COUNT,
    NUM,
    NUM_WORD,
    ORDINAL_WORD,
    PART_OF_DAY,
    SEASON,
    UNIT,
    VAGUE_RE,
    WEEKDAY,
    YEAR,
    ZONE,
    compile_rx,
)
from chronicle.timex.ranges import range_candidates

_MOD = (
    r"(?:(?P<mod>early|late|mid|middle|the\s+(?:beginning|start|middle"
    r"|end|turn|close)\s+of(?:\s+the)?|(?:the\s+)?(?:beginning|start|end)\s+of)[\s-]+)?"
)
_DUR_MOD = (
    r"(?:(?P<dmod>about|around|approximately|nearly|almost|roughly|some|more\s+than|less\s+than"
    r"|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than"
    r"|an?\s+estimated)\s+|(?P<only>only|just)\s+)?"
)

RULES: dict[str, str] = {
    "iso": r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:[T ](?P<hh>\d\d):(?P<mi>\d\d))?\b",
    "numeric": r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)"
    r"(?![\d/]|\.\d)",
    "mdy": rf"(?:(?P<wd>{WEEKDAY}),?\s+)?{_MOD}(?P<mon>{MONTH})\s*"
    rf"(?P<d>{DAY}|{DAY_WORD}(?![\w-]))(?!\s*%|\s*:\s*\d)"
    rf"(?:{DAY_YEAR}(?P<bc>{BC})?)?",
    "dmy": rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})"
    rf"(?:{DAY_YEAR}(?P<bc>{BC})?)?",
    "month": rf"{_MOD}(?:(?P<rel>last|next|this|this\s+past|past|coming|each|every)\s+)?"
    rf"(?P<mon>{MONTH})(?:,?\s+(?:of\s+)?(?P<y>{YEAR})|\s+(?P<yrel>this|last|next)\s+year)?",
    "year": rf"(?<![\w$£€#.,/-]){_MOD}(?:(?:the\s+)?year\s+)?(?P<y>(?:1[6-9]|20)\d\d)"
    rf"(?![\w%/-]|[.,]\d|\s*(?:percent|per\s+cent))(?P<bc>{BC})?",
    "year_words": r"\b(?:the\s+year\s+)?(?P<w>nineteen[\s-]\w+(?:[\s-]\w+)?|two\s+thousand"
    r"(?:\s+and\s+\w+)?)\b",
    "decade": rf"(?<![\w'])(?:the\s+)?{_MOD}(?P<dec>(?:1[6-9]|20)\d0'?s|'\d0s|twenties|thirties"
    r"|forties|fifties|sixties|seventies|eighties|nineties)(?!\w)",
    "century": rf"\b(?:the\s+)?{_MOD}(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})[\s-]+"
    rf"century\b(?P<bc>{BC})?",
    "season": rf"\b(?:(?P<det>the|this|last|next|past|this\s+past|this\s+coming|coming|that)"
    rf"\s+)?{_MOD}(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b",
    "quarter": rf"\b(?:(?P<det>the|this|last|next)\s+)?(?:(?P<yr>{YEAR}|this\s+year's"
    r"|last\s+year's|next\s+year's|(?:comparable\s+|corresponding\s+)?year-(?:ago|earlier))\s+)?"
    r"(?:fiscal[\s-]+)?(?P<n>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest"
    r"|current|comparable|year-ago|year-earlier)[\s-]+(?:fiscal[\s-]+)?(?P<unit>quarter|half)"
    rf"(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR})|\s+of\s+(?P<ofyr>the|this|last|next)\s+year)?\b",
    "weekof": r"\b(?:the\s+)?(?P<n>first|second|third|fourth|last|final)\s+(?P<unit>week|weekend)"
    rf"\s+of\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
    "qshort": rf"\b(?:(?P<y1>{YEAR})\s+)?Q(?P<n>[1-4])(?:\s+(?P<y>{YEAR}|\d{{4}}\b{NOT_COUNT}))?\b",
    "fiscal": r"\b(?:the\s+)?fiscal(?:[\s-]+year)?\s+(?P<y>(?:19|20)\d\d|'\d\d)\b"
    r"|\bFY\s?(?P<y2>(?:19|20)\d\d|\d\d)\b",
    "relunit": rf"\b(?:(?P<el>earlier|later)\s+(?=this\s))?{_MOD}(?:the\s+)?(?P<rel>this\s+past"
    r"|this\s+coming|this|last|next|past|previous|coming|current|following|latest|prior)\s+"
    r"(?P<unit>week|month|year|quarter|decade|century|weekend|fiscal\s+year)\b"
    r"(?P<orso>\s+or\s+so\b)?",
    "thenoun": rf"(?:(?<=\bfor\s)(?P<forx>))?\b(?:the|that)\s+(?:(?P<y>{YEAR})\s+)?"
    r"(?P<unit>quarter|year|weekend|fiscal\s+year|full\s+year|latest\s+period|period"
    r"|(?:comparable\s+|corresponding\s+|same\s+)?year[-\s](?:ago|earlier)"
    r"(?:\s+(?:period|quarter))?)\b(?![-\s]+(?:old|ago|earlier|later|before|after|of\b))"
    r"|\b(?P<adj>year[-\s](?:ago|earlier))\b",
    "endof": r"\b(?P<mod>the\s+(?:end|beginning|start|middle|turn|close)\s+of"
    r"|around)\s+(?:the\s+)?(?P<unit>year|month|week|decade|century|quarter)\b(?!-)"
    r"|\b(?:(?P<mod2>around)\s+)?(?P<ye>year[-\s]end|year's\s+end)\b",
    "dayword": r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>today|yesterday|tomorrow"
    rf"|tonight)(?:\s+(?P<pod>{PART_OF_DAY}))?\b|\bthe\s+day\s+(?P<ba>before\s+yesterday"
    r"|after\s+tomorrow)\b",
    "ago": rf"\b{_DUR_MOD}(?P<n>{NUM}|{VAGUE_RE})[\s-]+(?P<unit>{UNIT})(?:\s+or\s+so)?\s+"
    r"(?P<dir>ago|earlier|later|from\s+now|hence)\b",
    "pl_ago": r"\b(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades)\s+"
    r"(?P<dir>ago|earlier|later)\b",
    "duration": rf"\b{_DUR_MOD}(?:(?P<det>the|an?|another|each\s+of\s+the)\s+)?(?:(?P<rel>past"
    r"|last|next|first|coming|previous|following|final|latest|additional|remaining|same)\s+)?"
    rf"(?P<n>{NUM}(?:\s+(?:to|or)\s+{NUM})?|{VAGUE_RE})(?:\s+or\s+so)?[\s-]+(?:(?:more|additional"
    rf"|full|straight|consecutive|trading|business|calendar)\s+)?(?P<unit>{UNIT})"
    r"(?P<half>\s+and\s+an?\s+half)?(?P<suffix>[\s-]+(?:long|old))?(?:\s+or\s+so)?\b"
    r"(?P<period>\s+(?:period|term))?"
    r"(?!\s+(?:older|younger)\b)",
    "vague": r"\b(?:(?P<det>the)\s+)?(?P<q>recent|coming|past|next|last|previous|following"
    r"|ensuing|early|subsequent)\s+(?P<unit>days|weeks|months|years|decades|quarters)\b",
    "bare_plural": r"(?:(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bin\s))(?P<unit>years|decades|months"
    r"|weeks|days|hours)\b(?!\s+(?:of|ago|earlier|later|old)\b|-)|(?:(?<=\bjust\s)|(?<=\bonly\s)"
    r"|(?<=\bmere\s))(?P<unit2>years|months|weeks|days|hours|minutes)"
    r"(?=\s+(?:after|before|into|from|away)\b)",
    "set": rf"\b(?P<every>every|each)\s+(?:other\s+)?(?:(?P<n>{NUM_WORD}|\d+)\s+)?(?P<what>"
    rf"{UNIT}|{WEEKDAY}|{MONTH}|{PART_OF_DAY}|{SEASON})|\b(?P<adv>daily|weekly|monthly|yearly"
    r"|annually|hourly|nightly|biweekly|semiannually|semi-annually)\b"
    r"|\b(?P<times>once|twice|thrice|(?:\w+|\d+)\s+times)\s+(?:an?|per|each|every)\s+"
    r"(?P<unit2>day|week|month|year|quarter|hour|decade)\b"
    r"|\bper\s+(?P<per>year|day|week|month|hour)\b",
    "time": rf"\b(?:(?P<mod>about|around|approximately|shortly\s+after|shortly\s+before)\s+)?"
    rf"(?P<clock>{CLOCK}|(?P<oh>\d{{1,2}}|{NUM_WORD})\s+o'clock\b)(?P<zone>{ZONE})?"
    rf"(?:\s+(?:in\s+the\s+)?(?P<pod>{PART_OF_DAY}))?(?:,?\s+(?:on\s+)?(?P<day>{WEEKDAY}"
    rf"|today|yesterday|tomorrow|{MONTH}\s*{DAY}(?:,?\s+\d{{4}}\b{NOT_COUNT})?))?",
    "pod": rf"\b(?:(?P<det>this|that|last|tomorrow|yesterday|the|{WEEKDAY})\s+)?(?:(?P<mod>"
    r"early|late|mid)[\s-]*)?(?P<pod>morning|afternoon|evening|night|overnight|midday)\b"
    rf"(?:\s+(?P<day2>{WEEKDAY}|today|yesterday|tomorrow))?",
    "weekday": rf"\b(?:(?P<rel>last|next|this|coming|past|previous|this\s+coming|this\s+past"
    r"|the\s+previous|the\s+following|the\s+next|early|late|earlier|later)\s+)?"
    rf"(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{PART_OF_DAY}s?)\b)?",
    "ordday": r"\b(?:the\s+)?(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)(?=\s*[,.;)]|\s+(?:of\s+)?"
    r"(?:this|last|next|that)\s+month)",
    "ref": r"\b(?:(?:right|just|until)\s+(?=now|recently))?(?P<w>now|currently|nowadays"
    r"|these\s+days|at\s+present|presently|recently|lately|more\s+recently|soon(?=\s*[.,;])"
    r"|as\s+soon\s+as\s+possible|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future"
    r"|the\s+past|(?:the\s+)?near\s+term|the\s+short\s+term|the\s+long\s+term"
    r"|(?:a\s+)?later\s+date|current|then[-\s]current)\b",
    "inthe": r"\b(?P<mod>earlier|later|early|late)\s+in\s+the\s+(?P<unit>day|week|month|year)\b",
    "anaphor": r"\b(?:(?P<mod>later|earlier|late|early)\s+)?(?P<det>that|the\s+same|the\s+"
    r"following|the\s+next|the\s+previous|the\s+preceding|the\s+prior|the\s+day\s+before"
    r"|a\s+day\s+(?:later|earlier))\s*(?P<unit>day|morning|week|month|year|evening|night"
    r"|afternoon|weekend|decade)?\b",
    "unitba": r"\b(?:the|a)\s+(?P<unit>day|night|week|month|year|morning|evening|weekend)\s+"
    r"(?P<ba>before|after|earlier|later)\b(?!\s+(?:yesterday|tomorrow)\b)",
    "holiday": r"\b(?:(?P<rel>last|next|this)\s+)?(?-i:(?P<h>Christmas(?:\s+(?:Day|Eve))?"
    r"|New\s+Year's(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|week))?"
    r"|Good\s+Friday|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Halloween|Valentine's\s+Day"
    r"|Election\s+Day|Veterans\s+Day|Boxing\s+Day|Bastille\s+Day)\b)(?:,?\s+(?P<y>(?:19|20)\d\d))?",
}

#: Tie-break among equally long matches: earlier in this tuple wins.
PRIORITY = tuple(RULES)

_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"`]*\s+|\n\s*|[\"`]+)$")
_OUTSIDE_WEEKDAY = {"early", "late", "earlier", "later"}
_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z]+)")
_COUNT_AFTER = compile_rx(
    r"\s+(?:employees|people|workers|members|shares|units|troops|soldiers|students|votes|feet"
    r"|foot|meters|metres|miles|km|kilometers|tons|tonnes|points|cars|homes|jobs|times|dollars"
    r"|yen|pounds|euros|acres|hectares|households|residents|cases|deaths|patients|passengers"
    r"|barrels|words|pages|copies|stores|vehicles|planes|aircraft|rooms|beds|seats|sq|square"
    r"|refugees|prisoners|civilians|officers|police|delegates|companies|firms|banks|million"
    r"|billion|percent|per\s+cent|hours|minutes|calories|yards|runs|games|bottles|guns)\b"
)
_PLURAL_UNIT_AFTER = compile_rx(
    r"\s+(?:seconds|minutes|hours|days|nights|weeks|weekends|months|quarters|years|decades"
    r"|centuries|millennia)\b"
)
_NUMBER_BEFORE = compile_rx(
    r"(?:section|sections|article|articles|no\.|number|room|flight|route|page|pages|chapter"
    r"|rule|form|model|resolution|bill|law|code|item|exhibit|paragraph|title|highway"
    r"|interstate|channel|box|suite|platform|#|nos\.|version|boeing|airbus|apt\.|unit|about"
    r"|approximately|nearly|some|over|than|around|only|just)\s*$"
)
_RATE_BEFORE = compile_rx(
    rf"(?:\d[\d,.]*|{NUM_WORD}|million|billion|trillion|percent|cents?|dollars|yen|euros"
    r"|pounds)(?:\s+(?:[a-z]+\s+)?[a-z]+s)?\s+$"
)
_BARE_MONTH_OK_BEFORE = compile_rx(
    r"\b(?:in|since|until|till|by|from|through|to|during|of|before|after|last|next|this|early"
    r"|late|mid|and|or|between|on|for|that|each|every|past|coming|end|beginning)\s*$"
)
_SEASON_OK_BEFORE = compile_rx(
    r"\b(?:in|since|until|by|from|through|during|before|after|last|next|this|early|late|of"
    r"|the|past|coming|that|each|every|over|and)\s*$"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A matched extent: character offsets, the rule that matched and its named groups."""

    start: int
    end: int
    rule: str
    groups: dict[str, str]

    @property
    def length(self) -> int:
        return self.end - self.start


class RuleSet:
    """All extent rules, compiled once."""

    def __init__(self) -> None:
        self.rules = [(name, compile_rx(rx)) for name, rx in RULES.items()]

    def find(self, text: str) -> list[Candidate]:
        # range ends first: at equal extent they win over the same text read alone
        found = [Candidate(s, e, rule, g) for s, e, rule, g in range_candidates(text)]
        for name, rx in self.rules:
            for m in rx.finditer(text):
                start, end = _trim(text, m.start(), m.end())
                if end <= start:
                    continue
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                if name in ("duration", "quarter") and groups.get("det"):
                    start = _drop_det(text, start, end, groups)
                if name == "duration" and groups.get("n", "").lower() in ("a", "an") and (
                    text.startswith("-long", m.end("unit"))
                ):
                    start = m.start("unit")  # `a week-long strike` -> `week-long`
                if groups.get("only") is not None:  # `only five hours`: not in TimeBank extents
                    start = m.start("n")
                elif (groups.get("dmod") or groups.get("mod") or "").lower() == "about" and (
                    name in ("duration", "time")
                ):  # `about five hours`, `about 10:35 a.m.`: tbaq leaves `about` out (9:2)
                    start = _skip_space(text, m.end("dmod" if name == "duration" else "mod"))
                if name == "ref":
                    start = m.start("w")  # `right now` -> `now`, `until recently` -> `recently`
                if name == "weekday" and groups.get("rel", "").lower() in _OUTSIDE_WEEKDAY:
                    start = m.start("wd")  # `late Monday` -> `Monday` (TimeBank)
                cand = Candidate(start, end, name, groups)
                if name == "duration" and _is_rate(cand, text):
                    cand = Candidate(start, end, "set", {"per": groups["unit"]})
                if _accept(cand, text):
                    found.append(cand)
        return found


def resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (ties: rule priority), in text order."""
    order = {name: i for i, name in enumerate(PRIORITY)}
    ranked = sorted(cands, key=lambda c: (-c.length, order.get(c.rule, 99), c.start))
    kept: list[Candidate] = []
    for c in ranked:
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _drop_det(text: str, start: int, end: int, groups: dict[str, str]) -> int:
    """Adjectives (`a two-year contract`, `a five year plan`, `the third-quarter loss`) are
    tagged without their determiner, as in TimeBank."""
    body = text[start:end]
    if groups.get("dmod") or groups.get("period"):  # `a three-year period` (TimeBank, HeidelTime)
        return start
    unit = groups.get("unit", "").lower()
    singular_count = (
        groups.get("det", "").lower() in ("a", "an") and not unit.endswith("s")
        and groups.get("n", "").lower() not in ("a", "an", "one", "a single", "an single")
    )  # fmt: skip
    if "-" not in body and not singular_count:
        return start
    m = re.match(r"(?:the|an?|its|another)\s+", body, re.IGNORECASE)
    return start + m.end() if m else start


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,-\n\t":
        end -= 1
    while start < end and text[start] in " \n\t-":
        start += 1
    return start, end


def _accept(c: Candidate, text: str) -> bool:
    g = c.groups
    before = text[max(0, c.start - 30) : c.start]
    after = text[c.end : c.end + 40]
    if c.rule == "year":
        if g.get("mod"):
            return True
        if _COUNT_AFTER.match(after) or _NUMBER_BEFORE.search(before):
            return False
        if _PLURAL_UNIT_AFTER.match(after):
            return False  # `2000 years earlier`: a quantity, not the year 2000
        return not re.match(r"\s*(?:-|to)\s*\d", after) or "year" in text[c.start : c.end]
    if c.rule == "month":
        return _month_ok(c, text, before, after)
    if c.rule == "weekday":
        return bool(g.get("rel")) or not _NAME_AFTER.match(after) or bool(
            re.match(rf"\s+{MONTH}", after)
        )
    if c.rule == "thenoun":
        unit = g.get("unit", "").lower()
        return unit != "period" or bool(g.get("y"))
    if c.rule == "season":
        if g.get("det") or g.get("y") or g.get("mod"):
            return g["s"].lower() != "fall" or bool(g.get("y") or g.get("det"))
        return bool(_SEASON_OK_BEFORE.search(before)) and g["s"].lower() != "fall"
    if c.rule == "dayword":
        return not re.search(r"(?-i:USA)\s+$", before)
    if c.rule == "duration":
        return _duration_ok(g)
    if c.rule == "pod":
        if (g.get("det") or "").lower() == "the" and re.match(r"\s+of\b", after):
            return False  # `the night of Oct. 23`: the date carries the value
        return bool(g.get("det") or g.get("day2")) or g["pod"].lower() in ("overnight", "midday")
    if c.rule == "ref":
        return _ref_ok(g["w"].lower(), after, before)
    if c.rule == "anaphor":
        return bool(g.get("unit")) or "day" in g["det"].lower()
    return True


def _is_rate(c: Candidate, text: str) -> bool:
    """`$500 million a year`, `four flights a week`: a rate, i.e. a set (`P1Y`), not a span."""
    g = c.groups
    return (g["n"].lower() in ("a", "an") and not g.get("det") and not g.get("dmod")
            and not g["unit"].lower().endswith("s")
            and bool(_RATE_BEFORE.search(text, max(0, c.start - 40), c.start)))  # fmt: skip


def _month_ok(c: Candidate, text: str, before: str, after: str) -> bool:
    g = c.groups
    if g.get("y") or g.get("rel") or g.get("mod") or g.get("yrel"):
        return True
    mon = g["mon"]
    if _NAME_AFTER.match(after) or re.match(r"\s*\d", after):
        return False
    if mon.lower().startswith("may") or mon.endswith("."):
        return bool(_BARE_MONTH_OK_BEFORE.search(before))
    return not re.match(r"(?-i:[A-Z][a-z]+)\s+$", before) or bool(
        _BARE_MONTH_OK_BEFORE.search(before)
    )


def _duration_ok(g: dict[str, str]) -> bool:
    if "old" in (g.get("suffix") or "").lower():
        return False  # ages (`a 6-year-old`): TimeBank leaves them untagged
    n = g["n"].lower()
    unit = g["unit"].lower()
    if re.fullmatch(r"\d{4,}", n) and not unit.endswith("s") and not g.get("suffix"):
        return False  # `the 1997 year`: a year, not a quantity of years
    if unit.startswith("quarters") and not g.get("det") and not g.get("rel"):
        return False  # `three-quarters` of a market, not a duration
    if unit.startswith("second") and n in ("a", "an", "one"):
        return False
    if n in ("a", "an") and unit in ("day", "night", "week", "month", "year") and not (
        g.get("dmod") or g.get("rel")
    ):
        return True
    if n == "some" and not unit.endswith("s"):
        return False
    return True


def _ref_ok(word: str, after: str, before: str) -> bool:
    if word == "now" and after.startswith(",") and _SENTENCE_START.search(before):
        return False  # `Now, he says, ...`: a discourse marker, not a time
    if word in ("current", "recent", "future", "then-current", "then current"):
        # adjectives only before a noun that is not itself temporal (else a longer rule wins)
        return bool(re.match(r"\s+[a-z]", after)) and not re.match(
            r"\s+(?:account|affairs|events|law|legislation|rules|crisis|system)", after
        )
    return True


__all__ = ["Candidate", "RuleSet", "resolve_overlaps", "NUM", "DAY"]
