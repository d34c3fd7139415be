"""Precision guards of the extent rules: whether a matched candidate is a temporal expression
in its context (`the March for Life`, `1,950 employees`, `a 6-year-old`, `CBS's "60 Minutes"`
are not), and whether `N <unit>` after an amount is a rate (a set).

`accept(candidate, text)` sees the text around the candidate, so the same guards apply to
the rules' own matches and to spans the NER proposes (`entities.py`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from chronicle.timex.lexicon import (
    MIL_ZONE,
    MONTH,
    NUM_WORD,
    WEEKDAY,
    compile_rx,
)

if TYPE_CHECKING:
    from chronicle.timex.extents import Candidate

_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"`]*\s+|\n\s*|[\"`]+)$")
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
#: `in around 1990`, `built circa 1650`: an approximate year, not a count (`about 1990 were
#: hurt`, `rose to about 1990`).
_APPROX_YEAR = compile_rx(
    r"(?:\b(?:in|since|from|until|till|by|before|after|between)\s+(?:about|around|roughly"
    r"|approximately)|\b(?:circa|ca\.))\s*$"
)
_RATE_BEFORE = compile_rx(
    rf"(?:(?<![\d,.])(?!(?:1[6-9]|20)\d\d\b)\d(?:[\d,.]*\d)?|{NUM_WORD}|million|billion|trillion"
    r"|percent|cents?|dollars|yen|euros"
    r"|pounds)(?:\s+(?:[a-z]+\s+)?[a-z]+s)?\s+$"
)
_SPEED_BEFORE = compile_rx(r"\b(?:inch|inches|feet|foot|miles?|kilometers?|kilometres?|km|meters?"
                           r"|metres?|knots?|degrees?|centimeters?|millimeters?|mm|cm)\s+$")
#: A sentence start, without the opening quote `_SENTENCE_START` also accepts.
_CLAUSE_START = re.compile(r"(?:^|[.!?]['\"`]*\s+|\n\s*)$")
#: Three title-case words before a number: a headline (`Strike Ends After 60 Days`).
_TITLE_CASE_BEFORE = re.compile(r"(?:\b[A-Z][\w'-]*\s+){3}$")
_SEASON_NOUN_AFTER = compile_rx(
    r"\s+(?:storms?|weather|olympics|games|solstice|equinox|wheat|crops?|collections?|fashions?"
    r"|clothes|clothing|apparel|wear|coats?|jackets?|boots|tires|tyres|sales?|camps?|school"
    r"|league|meetings?|festival|vacations?|sports|break|holidays?|term|session|jobs?"
    r"|internships?|programs?|programmes?|menus?|reading|tours?|months)\b"
)
#: `the Easter Vigil`, `a two-week Easter recess`: a holiday naming an event or a thing.
_HOLIDAY_NOUN_AFTER = compile_rx(
    r"\s+(?:vigil|recess|break|vacation|eggs?|trees?|cards?|bunny|parade|rising|offensive|crash"
    r"|truce|cease-?fire|message|address|sermon|liturgy|service|special|episode|war|seders?"
    r"|meals?|massacre|haggadah)\b"
)
_MONTH_OR_DAY_AFTER = compile_rx(rf"\s+(?:{WEEKDAY}|{MONTH})")
#: One-word holidays that are also given names (`Holi Mohammed`, `Purim Kaur`, `Diwali Khan`).
_NAME_HOLIDAYS = frozenset(("holi", "purim", "diwali", "deepavali"))
_BARE_MONTH_OK_BEFORE = compile_rx(
    r"\b(?:in|since|until|till|by|from|through|to|during|of|before|after|last|next|this|early"
    r"|late|mid|and|or|between|on|for|that|each|every|past|coming|end|beginning)\s*$"
)
#: A person named May in the text (`Councilwoman Rita May`, `Ms. May`): then a bare `May`
#: is a month only right after a word that takes a time (`in May`, `since May`).
_MAY_NAME = re.compile(
    r"(?:\b(?!(?:In|Since|Until|Till|By|From|Through|During|Early|Late|Mid|Last|Next|This"
    r"|Before|After|Each|Every|Of|On|For|To|And|Or|The|Between|End|Beginning|That)\b)"
    r"[A-Z][a-z]+|\b(?:Mr|Ms|Mrs|Dr)\.)\s+May\b(?!\s*\d)"
)


@lru_cache(maxsize=8)
def names_may(text: str) -> bool:
    """Whether `text` names a person May (searched once per text, not once per `May`)."""
    return _MAY_NAME.search(text) is not None


_MONTH_AFTER_NAME_OK = compile_rx(
    r"\b(?:in|since|until|till|by|from|through|during|early|late|mid|last|next|this|before"
    r"|after|each|every|between|end|beginning|to|and|or|of|for|on)\s*$"
)
_SEASON_OK_BEFORE = compile_rx(
    r"\b(?:in|since|until|by|from|through|during|before|after|last|next|this|early|late|of"
    r"|the|past|coming|that|each|every|over|and|for|into|toward|towards|till"
    r"|(?:dri|wett|hott|cold|warm|cool|mild|snowi|b)est|worst)\s*$"  # (`the driest summer`)
)
#: `just as spring officially arrives`, `Spring began Wednesday`: the season of the DCT.
_SEASON_ARRIVES = compile_rx(
    r"\s+(?:officially\s+|finally\s+)?(?:arrives?|arrived|begins?|began|starts?|started|ends?"
    r"|ended|is\s+here|is\s+coming|comes|came)\b"
)
#: `For the week,`, `ended the week`: a market's tally of the current week.
_WEEK_NOT_AFTER = compile_rx(r"(?:'s)?\s+(?:ahead|end|before|after|of|that|when|in\s+which)\b")
_WEEK_TALLY_BEFORE = compile_rx(r"\b(?:for|ended|closed|finished)\s+$")
#: Before a clock written as a bare number (`at 10 at night`, `by 0600 GMT`).
_CLOCK_PREP = compile_rx(r"\b(?:at|by|until|till|around|about|after|before|from|since"
                         r"|between|and|was|is|were|updated|(?-i:Posted|Published))\s+$")
#: `(2232 HKT)`: a clock time restated in another zone, not the year 2232.
_ZONE_AFTER = compile_rx(rf"\s+{MIL_ZONE}\b")
#: `in morning trading`, `in late afternoon dealings`: that part of the DCT's day.
_TRADING_AFTER = compile_rx(r"\s+(?:trading|trade|dealings|session)\b")


#: Halves and quarters of a game, not of a year: `dominated the second half` near these words.
_GAME = compile_rx(r"\b(?:half-?time|kick-?off|tip-?off|equali[sz]\w*|touchdowns?|innings?"
                   r"|goalkeeper|quarterback|buzzer|\d-pointer"
                   r"|scored\s+(?:a\s+goal|a\s+touchdown|twice|\d+))\b")


def accept(c: Candidate, text: str) -> bool:
    g = c.groups
    before = text[max(0, c.start - 30) : c.start]
    after = text[c.end : c.end + 40]
    if c.rule == "qshort" and g.get("u") == "H" and not (g.get("y") or g.get("y1")) and not (
            re.search(r"\b(?:in|the|for|of|during|by)\s+$", before, re.IGNORECASE)):  # fmt: skip
        return False  # `the Hummer H2`, `H2 fuel cells` (`H2 2013`, `in H2` are halves)
    if c.rule == "time" and re.search(r"\bhigh\s+$", before, re.IGNORECASE):
        return False  # `High Noon`, `high noon comes today`: a figure of speech
    if c.rule == "duration" and g["unit"][0].isupper() and re.match(
            r"\s+(?-i:Plan|Programme|Program|Strategy)\b", after):  # fmt: skip
        return False  # `the 12th Five-Year Plan`: a name
    if c.rule == "duration" and g["unit"][0].isupper() and g["n"][:1].isdigit() and not (
        _CLAUSE_START.search(before) or _TITLE_CASE_BEFORE.search(before)
    ):
        return False  # `CBS's "60 Minutes"`: a title (`Strike Ends After 60 Days` is not)
    if c.rule == "set" and re.match(r"\s+(?-i:[A-Z])", after) and not _MONTH_OR_DAY_AFTER.match(
        after
    ) and (g.get("adv") or "").lower() in ("daily", "weekly", "monthly"):
        return False  # `the French daily Le Monde`, `the weekly Der Spiegel`: a newspaper
    if c.rule in ("duration", "set") and (g.get("n") or "a").lower() in ("a", "an", "per") \
            and not g.get("every") and _SPEED_BEFORE.search(before):
        return False  # `60 miles an hour`: a speed (`two miles every morning` is none)
    if c.rule == "time" and (g.get("mil") or (g.get("oh") and "o'clock" not in text[
            c.start : c.end].lower())) and not _CLOCK_PREP.search(before) and not (
            g.get("mil") and before.endswith("(")):  # fmt: skip  (`10:35 a.m. (0735 GMT)`)
        return False  # `fell to 5 at night`, `Flight 2013 GMT`: a number, not a clock
    if c.rule == "century" and (g.get("n") or "").lower() in ("last", "final"):
        return False  # `the last century` is the one before this (`relunit`), not a number
    if c.rule == "relunit" and (g.get("rel") or "").lower() in ("last", "final") and g.get(
        "the"
    ) is not None and re.match(r"\s+of\b", after):
        return False  # `the last century of the empire`, `the last year of the war`
    if c.rule == "year":
        if g.get("mod"):
            return True
        if _COUNT_AFTER.match(after) or _ZONE_AFTER.match(after) or re.search(
                r"(?-i:Agenda|Vision|Horizon|Expo)\s+$", before):  # fmt: skip
            return False  # (`Agenda 2063`: a name)
        if _NUMBER_BEFORE.search(before) and not _APPROX_YEAR.search(before):
            return False
        if _PLURAL_UNIT_AFTER.match(after):
            return False  # `2000 years earlier`: a quantity, not the year 2000
        return not re.match(r"\s*(?:-|to)\s*\d(?![\d.,]*\s*(?:%|percent|per\s+cent))", after) \
            or "year" in text[c.start : c.end]  # (`from 3% in 2012 to 5% in 2014` is no range)
    if c.rule == "month":
        return _month_ok(c, text, before, after)
    if c.rule == "quarter" and not (g.get("y") or g.get("yr") or g.get("ofyr")) and _GAME.search(
            text, max(0, c.start - 250), min(len(text), c.end + 250)):  # fmt: skip
        return False  # `the home side dominated the second half`, `scored in the fourth quarter`
    if c.rule == "weekday":
        return bool(g.get("rel")) or not _NAME_AFTER.match(after) or bool(
            re.match(rf"\s+(?:{MONTH}|(?-i:Mass)\b)", after)
        )
    if c.rule == "thenoun":
        unit = g.get("unit", "").lower()
        if unit == "week":  # `For the week, the index fell`, `ended the week lower`
            if g.get("y") or text[c.start : c.start + 3].lower() != "the" or _WEEK_NOT_AFTER.match(
                after
            ):
                return False  # `the week ahead`, `the week's end`
            if re.search(r"\bfor\s+$", before, re.IGNORECASE):
                return after.startswith(",")  # `For the week, ...`, not `suspended for the week`
            return bool(_WEEK_TALLY_BEFORE.search(before) or re.match(r"'s\s", after))
        return unit != "period" or bool(g.get("y"))
    if c.rule == "season":
        det = (g.get("det") or "the").lower()
        if not g.get("y") and det == "the" and _SEASON_NOUN_AFTER.match(after):
            return False  # `the winter storm`, `the Summer Olympics`: a kind, not a time
        if g.get("det") or g.get("y") or g.get("mod"):
            return g["s"].lower() != "fall" or bool(g.get("y") or g.get("det"))
        return g["s"].lower() != "fall" and bool(
            _SEASON_OK_BEFORE.search(before) or _SEASON_ARRIVES.match(after)
        )
    if c.rule == "holiday" and not g.get("y") and _HOLIDAY_NOUN_AFTER.match(after):
        return False
    if c.rule == "holiday" and g["h"].lower() in _NAME_HOLIDAYS and _NAME_AFTER.match(after) \
            and not _MONTH_OR_DAY_AFTER.match(after):  # fmt: skip
        return False  # a person's or a shop's name, not the holiday
    if c.rule == "dayword":
        return not re.search(r"(?-i:USA)\s+$", before)
    if c.rule == "duration":
        return _duration_ok(g, text[c.start : c.end], after)
    if c.rule == "pod":
        if (g.get("det") or "").lower() == "the" and re.match(r"\s+of\b", after):
            return False  # `the night of Oct. 23`: the date carries the value
        if (g.get("det") or "").lower() == "last" and re.match(r"\s+of\b", after) and re.search(
                r"\b[Tt]he\s+(?:very\s+)?$", before):  # fmt: skip
            return False  # `the last night of Hanukkah`, `of the Proms`: no yesterday night
        return bool(g.get("det") or g.get("day2")) or g["pod"].lower() in (
            "overnight", "midday"
        ) or bool(_TRADING_AFTER.match(after) and re.search(r"\b(?:in|during)\s+$", before))
    if c.rule == "ref":
        return _ref_ok(g["w"].lower(), after, before)
    if c.rule == "anaphor":
        return bool(g.get("unit")) or "day" in g["det"].lower()
    if c.rule == "ago" and g["dir"].lower() in ("later", "earlier") and re.match(
        r"(?:second|minute|hour)", g["unit"].lower()
    ):
        return False  # `a minute and a half later`: the duration `a minute and a half` (tbaq)
    if c.rule == "pl_ago" and re.search(rf"(?:\d|\b(?:{NUM_WORD}|few|several|many|some))[\s-]+$",
                                        before, re.IGNORECASE):
        return False  # `two hours later`: the count belongs to the expression
    if c.rule == "unitba":
        # `a month after Qantas suspended services`: a duration between two events (`a month`,
        # P1M, like `two weeks after the vote`); `a year later.` stays an anaphoric date
        return not (text[c.start].lower() == "a" and g["ba"].lower() in ("before", "after")
                    and re.match(r"\s+[\w$'\"`]", after))
    return True


def is_rate(c: Candidate, text: str) -> bool:
    """`$500 million a year`, `four flights a week`: a rate, i.e. a set (`P1Y`), not a span."""
    g = c.groups
    if re.match(r"\s+(?:before|after|earlier|later)\b", text[c.end : c.end + 12], re.IGNORECASE):
        return False  # `3 goals a week after the injury`: a distance in time
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
    if re.match(r"\s+(?:for|of|on)\s+(?:the\s+)?(?-i:[A-Z])", after) and mon[0].isupper() and (
        re.search(r"\b(?:the|a|an|annual|this|year's)\s+[`'\"\u201c]*$", before, re.IGNORECASE)
    ):
        return False  # `the March for Life`, `the March of the Combatant Mothers`: a name
    if mon == "May" and names_may(text):
        return bool(_MONTH_AFTER_NAME_OK.search(before))  # `Rita May` ... `accusing May of`
    if mon.lower().startswith("may") or mon.endswith("."):
        return bool(_BARE_MONTH_OK_BEFORE.search(before))
    return not re.match(r"(?-i:(?!(?:The|A|An|Its|Their|His|Her|Our)\s)[A-Z][a-z]+)\s+$",
                        before) or bool(_BARE_MONTH_OK_BEFORE.search(before))  # fmt: skip
    # (a capitalised word before is a name, `Rita May`, not a sentence's `The October ...`)


def _duration_ok(g: dict[str, str], span: str, after: str) -> bool:
    if "old" in (g.get("suffix") or "").lower():
        return False  # ages (`a 6-year-old`): TimeBank leaves them untagged
    n = g["n"].lower()
    unit = g["unit"].lower()
    if re.fullmatch(r"\d{4,}", n) and not unit.endswith("s") and not g.get("suffix"):
        return False  # `the 1997 year`: a year, not a quantity of years
    if unit.startswith("quarter") and (
        re.match(r"\s+of\s+(?!the\s+year\b|\d)", after) or after.startswith("-")
    ):
        return False  # `more than a quarter of the market`: a share, not three months
    if unit.startswith("quarters") and not g.get("det") and not g.get("rel") and (
        "-" in span or n in ("a", "an", "one")
    ):
        return False  # `three-quarters` of a market, not a duration (`seven quarters` is)
    if unit.startswith("second") and n in ("a", "an", "one"):
        return False
    det = (g.get("det") or "").lower()
    if unit == "quarter" and n in ("a", "an") and (det in ("a", "an") or not (det or g.get("rel"))):
        return False  # `cut pollution by roughly a quarter by 2017`: a share
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


__all__ = ["accept", "is_rate"]
