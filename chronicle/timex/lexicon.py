"""Word tables and regular-expression fragments shared by the extent rules and the normaliser."""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI", "midday": "12:00", "daytime": "DT",
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "final": -1, "last": -1,
}  # fmt: skip
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "E", "century": "C", "millennium": "L",
}  # fmt: skip
SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "a single": 1, "half a": 0.5,
    "half an": 0.5, "a half": 0.5, "a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2,
}  # fmt: skip
#: Vague quantities: the duration value gets an `X` (`several years` -> `PXY`).
VAGUE = ("several", "a few", "few", "many", "some", "numerous", "recent", "coming", "past")

_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS_W = r"(?:one|two|three|four|five|six|seven|eight|nine)"
NUM_WORD = (
    rf"(?:{_TENS}(?:[\s-]{_UNITS_W})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|zero)"
)
#: A written number never starts inside another (`10,000` is not `000`); `3,500` is one number.
DIGITS = r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d,]\d)"
NUM = (
    rf"(?:{DIGITS}(?:\.\d+)?(?:\s+1/2)?|{NUM_WORD}(?:\s+and\s+a\s+half)?|a\s+dozen|a\s+hundred"
    r"|a\s+couple(?:\s+of)?|couple\s+of|half\s+an?|an?\s+single|an?)"
)
VAGUE_RE = r"(?:several|a\s+few|few|many|numerous|some)"
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weekends?|weeks?|fortnights?|months?"
    r"|quarters?|years?|decades?|century|centuries|millenni(?:um|a))"
)
# Month and weekday names are matched case-sensitively: `may`, `march` and `sun` are words.
MONTH = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|\b))"
)
WEEKDAY = (
    r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY"
    r"|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)s?\b|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\.)"
)
#: Days written as ordinal words (`March eighth`, `June twenty-first`).
DAY_WORDS = {w: n for w, n in ORDINALS.items() if n > 0} | {
    "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29,
    "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip
DAY_WORD = "(?:" + "|".join(sorted(DAY_WORDS, key=len, reverse=True)) + ")"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
YEAR = r"(?:(?:1[6-9]|20)\d\d\b|'\d\d\b)"
#: After a month and day any four digits are the year (`October 12, 1492`, `Dec 31 9999`), three
#: digits only after a comma (`June 15, 800`); not a count (`March 4, 2500 people`).
NOT_COUNT = (
    r"(?![.,]\d)(?!\s+(?:people|more|other|new|of)\b|\s+(?!(?:was|is|has|as|its|this|his"
    r"|always|perhaps|across|towards|unless|besides)\b)(?-i:[a-z]+s)\b)"
)
DAY_YEAR = rf"(?:,?\s+(?P<y>{YEAR}|\d{{4}}\b{NOT_COUNT})|,\s+(?P<y3>\d{{3}}\b{NOT_COUNT}))"
#: Before Christ (`the 5th century BC`, `1800 B.C.`): no TIMEX3 value.
BC = r"\s*(?-i:B\.\s?C\.(?:\s?E\.)?|BCE\b|BC\b)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|twenty-first|final|last)"
)
CLOCK = (r"(?:\d{1,2}(?::\d\d|\.\d\d(?=\s*[ap]))?\s*(?:[ap]\.\s?m\.?|[ap]m\b)"
         r"|\d{1,2}:\d\d\b|noon\b|midnight\b)")  # (`4.15pm`: British)
#: Zone abbreviations that may follow a four-digit clock (`1432 GMT`); not the two-letter `ET`,
#: `CT` (`the 2012 CT scan`), which only follow an a.m./p.m. clock (`ZONE`).
MIL_ZONE = r"(?-i:GMT|UTC|BST|CES?T|HKT|JST|KST|IST|AES?T|AEDT|WIB|SGT|MSK|[ECMP][SD]T)"
#: `(1520 GMT Tuesday)`: a clock time restated in another zone opens before the expression.
RESTATED_BEFORE = r"\(\s*\d{4}\s+" + MIL_ZONE + r"\s+$"
ZONE = (r"(?:\s+(?-i:[ECMP][SD]?T|GMT|UTC|BST|CES?T|HKT|JST|KST|IST|AEST|AEDT|WIB|SGT|MSK)\b"
        r"|\s+(?-i:Eastern|Central|Mountain|Pacific)(?:\s+(?:standard|daylight))?\s+time\b)")
#: (`local time` stays out: our annotators split 2:2 and tbaq has no case)
EARLY_LATE = r"(?:early|late|mid|middle|earlier|later)"


def number_value(text: str) -> float | None:
    """The number a NUM fragment stands for, None for vague quantities."""
    t = re.sub(r"[\s-]+", " ", text.lower()).strip()
    t = re.sub(r"(?<=\d),(?=\d{3}\b)", "", t)  # `10,000`
    if t in SMALL:
        return SMALL[t]
    half = 0.0
    for suffix in (" and a half", " 1/2"):
        if t.endswith(suffix):
            t, half = t[: -len(suffix)].strip(), 0.5
    try:
        return float(t) + half
    except ValueError:
        pass
    parts = t.split(" ")
    if all(p in SMALL for p in parts):
        return sum(SMALL[p] for p in parts) + half
    return None


def compile_rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)
