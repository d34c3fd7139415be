"""Extent rules: where temporal expressions are, following TimeBank's extent conventions.

Each rule is one precompiled regular expression with named groups, compiled once when the
`RuleSet` is built. Extents follow the TimeBank gold data: determiners and modifiers belong to
the expression (`the third quarter`, `last week`, `about three years`, `the 1990s`,
`early next year`, `two weeks ago`), prepositions do not (`in 1990` -> `1990`, `on Friday` ->
`Friday`). Overlapping matches are resolved longest first.

Precision guards (context filters, `guards.py`) run on the raw text around each match: a year
must not be money, a count (`1,950 employees`), a section number or part of a longer number; a
bare month or weekday must not be part of a name (`May Ellison`, `Sunday Times`); `may`/`march`
in lower case are words; ordinals are never dates on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronicle.timex.guards import accept, is_rate
from chronicle.timex.lexicon import (
    BC,
    CLOCK,
    DAY,
    DAY_WORD,
    DAY_YEAR,
    MIL_ZONE,
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

#: `Tue March 19, 2013`: a weekday abbreviated without its period, before a written date only,
#: and not a name (`The Sun, March 5, carried the story`).
_WD_ABBR = r"(?<![Tt]he\s)(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b(?=,?\s+(?-i:[A-Z]|\d))"
_MOD = (
    r"(?:(?P<mod>early|late|mid|middle|\bend(?=-)|the\s+(?:beginning|start|middle"
    r"|end|turn|close|tail\s+end)\s+of(?:\s+the)?|(?:the\s+)?(?:beginning|start|end)\s+of)"
    r"[\s-]+)?"
)
_DUR_MOD = (
    r"(?:(?P<dmod>about|around|approximately|nearly|almost|roughly|some|more\s+than|less\s+than"
    r"|fewer\s+than|the\s+(?:better|best|greater)\s+part\s+of"
    r"|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than"
    r"|an?\s+estimated|(?<!\btake\s)(?<!\btook\s)(?<!\btaken\s)(?<!\btakes\s)(?<!\bwas\s)"
    r"(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bhand\s)(?<!\bturn\s)"
    r"(?<!\bspread\s)(?<!\brepaid\s)(?<!\bpaid\s)(?<!\bphased\s)(?<!\bstretched\s)"
    r"over(?=\s+an?\s+(?:minute|hour|day|week|month|year|decade|century)\b)"
    r"|(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bafter\s)|(?<=\bwithin\s)|(?<=\blast\s))"
    r"over)\s+|(?P<only>only|just)\s+)?"
)

RULES: dict[str, str] = {
    "iso": r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:[T ](?P<hh>\d\d):(?P<mi>\d\d))?\b",
    "numeric": r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)"
    r"(?![\d/]|\.\d)",
    "mdy": rf"(?:(?P<wk>the\s+week\s+(?:of|ended|ending))\s+)?"
    rf"(?:(?P<wd>{WEEKDAY}|{_WD_ABBR}),?\s+)?{_MOD}"
    r"(?:(?P<rel>last|next|this\s+past|this\s+coming|coming)\s+)?"  # (bare `past`: `open
    # past March 27` is a preposition)
    rf"(?P<mon>{MONTH})\s*"
    rf"(?P<d>{DAY}|{DAY_WORD}(?![\w-]))(?!\s*%|\s*:\s*\d)"
    rf"(?:{DAY_YEAR}(?P<bc>{BC})?|\s+(?:of\s+)?(?P<ofy>that|the\s+same|last|this|next"
    r"|the\s+following|the\s+previous)\s+year\b)?",
    "dmy": rf"(?:(?P<wk>the\s+week\s+(?:of|ended|ending))\s+)?"
    rf"(?:(?P<wd>{WEEKDAY}|{_WD_ABBR}),?\s+)?"
    rf"(?:the\s+)?(?P<d>{DAY})\s+"
    rf"(?:of\s+)?(?P<mon>{MONTH})"
    rf"(?:{DAY_YEAR}(?P<bc>{BC})?)?",
    "month": rf"{_MOD}(?:(?P<rel>last|next|this|this\s+past|coming|each|every|that"
    r"|the\s+following|the\s+next|the\s+previous)\s+)?"
    rf"(?P<mon>{MONTH})(?:,?\s+(?:of\s+)?(?P<y>{YEAR})|\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year"
    r"|\s+of\s+(?P<ofthat>that|the\s+same)\s+year)?",
    "year": rf"(?<![\w$£€#.,/-]){_MOD}(?:(?:the\s+)?year\s+)?(?P<y>(?:1[6-9]|20)\d\d"
    r"|(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bcirca\s))1[0-5]\d\d"
    r"(?=\s*[,.;:)](?:\s|$)|\s+(?:when|AD|CE|BC)\b|\s+(?:and|to|until|before|after)\b"
    r"(?!\s+[\d,]+\s*(?:metres|meters|m|km|miles|yards)\b)))"  # `in 1188,` (not `in 1500 and
    # 5000 metres`)
    rf"(?![\w%/-]|[.,]\d|\s*(?:percent|per\s+cent))(?P<bc>{BC})?",
    "year_words": r"\b(?:the\s+year\s+)?(?P<w>nineteen[\s-]\w+(?:[\s-]\w+)?|two\s+thousand"
    r"(?:\s+and\s+\w+)?)\b",
    "decade": rf"(?<![\w'])(?:the\s+)?{_MOD}(?P<dec>(?:1[6-9]|20)\d0'?s|'\d0s|twenties|thirties"
    r"|forties|fifties|sixties|seventies|eighties|nineties)(?!\w)",
    "century": rf"\b(?:the\s+)?{_MOD}(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})[\s-]+"
    rf"century\b(?P<bc>{BC})?",
    "season": r"(?:(?<=\bsince\s)(?P<since>))?(?:(?<=est\s)(?P<record>))?"
    r"\b(?:(?P<el>earlier|later)\s+(?=this\s))?"
    r"(?:(?P<det>the\s+following|the\s+next|the\s+previous|the\s+preceding|the|this|last|next|past"
    r"|this\s+past|this\s+coming|coming|that)"
    rf"\s+)?{_MOD}(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR})"
    r"|\s+of\s+(?P<ofthat>that|the\s+same)\s+year)?\b",
    "quarter": rf"\b(?:(?P<qmod>the\s+(?:end|beginning|start|middle|close)\s+of)\s+)?"
    r"(?:(?P<det>the|this|last|next)\s+)?"
    rf"(?:(?P<yr>{YEAR}|this\s+year's"
    r"|last\s+year's|next\s+year's|(?:comparable\s+|corresponding\s+)?year-(?:ago|earlier))\s+)?"
    r"(?:fiscal[\s-]+)?(?P<n>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest"
    r"|current|comparable|year-ago|year-earlier|(?:back|front)(?=\s+half\s+of\s+(?:the\s+|this\s+"
    r"|next\s+|last\s+)?(?:year|fiscal|decade|(?:19|20)\d\d)\b))[\s-]+"
    r"(?:fiscal[\s-]+)?(?P<unit>quarter|half)"
    rf"(?:\s+of\s+(?:fiscal\s+|calendar\s+)?(?P<y>{YEAR})"
    r"|\s+of\s+(?P<ofyr>the|this|last|next)\s+year)?\b",
    "monquarter": rf"\bthe\s+(?P<mon>{MONTH})[\s-]+quarter\b",
    "partyear": r"\b(?:(?P<dmod>at\s+least|nearly|almost|about)\s+)?(?:the\s+)?"
    r"(?P<pos>first|last|final)\s+(?P<k>two\s+quarters|three\s+months|six\s+months)\s+of\s+"
    rf"(?:(?P<y>{YEAR})|(?P<ofyr>the|this|last|next)\s+year)\b",
    "nthwd": rf"\b(?:the\s+)?(?P<n>first|second|third|fourth|last|final)\s+(?P<wd>{WEEKDAY})\s+"
    rf"(?:in|of)\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
    "weekof": r"\b(?:the\s+)?(?P<n>first|second|third|fourth|last|final)\s+(?P<unit>week|weekend)"
    rf"\s+of\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
    "qshort": rf"\b(?:(?P<y1>{YEAR})\s+)?(?-i:(?P<u>Q|H))(?P<n>[1-4])"
    rf"(?:\s+(?P<y>{YEAR}|'\d\d|\d{{4}}\b{NOT_COUNT}))?\b(?!['\u2019]\d)",
    # `1Q13`, `2H13`, and after a preposition `in 2Q` (financial shorthand)
    "qcompact": r"(?<![\w$.#/-])(?P<n>[1-4])(?-i:(?P<u>Q|H))(?:(?P<y>\d\d)|(?<=\bin\s.Q)"
    r"|(?<=\bfor\s.Q)|(?<=\bthe\s.Q)|(?<=\bof\s.Q)|(?<=\bin\s.H)|(?<=\bthe\s.H)"
    r"|(?<=\bfor\s.H)|(?<=\bof\s.H))\b",
    "fiscal": r"\b(?:the\s+)?fiscal(?:[\s-]+year)?\s+(?P<y>(?:19|20)\d\d|'\d\d)\b"
    r"|\bFY\s?(?P<y2>(?:19|20)\d\d|\d\d)\b",
    "relunit": rf"\b(?:(?P<el>earlier|later)\s+(?=this\s))?{_MOD}(?:(?P<the>the)\s+)?"
    r"(?P<rel>this\s+past|this\s+coming|this|last|next|past|previous|coming|current|following|latest|prior)\s+"
    r"(?P<unit>week|month|year|quarter|decade|century|weekend|fiscal\s+year)\b"
    r"(?P<orso>\s+or\s+so\b)?",
    "thenoun": rf"(?:(?<=\bfor\s)(?P<forx>))?\b(?:the|(?P<that>that))\s+(?:(?P<y>{YEAR})\s+)?"
    r"(?P<unit>(?:same|corresponding|comparable|year-ago|year-earlier)\s+(?:period|quarter)\s+"
    r"(?:last\s+year|a\s+year\s+(?:ago|earlier))"
    r"|quarter(?P<ya>\s+a\s+year\s+(?:ago|earlier)\b)?|year|weekend|week|fiscal\s+year|full\s+year"
    r"|latest\s+period|period"
    r"|(?:comparable\s+|corresponding\s+|same\s+)?(?:year[-\s](?:ago|earlier)|prior[-\s]year)"
    r"(?:\s+(?:period|quarter))?)\b(?![-\s]+(?:old|ago|earlier|later|before|after|of\b|end\b))"
    r"|\b(?P<adj>year[-\s](?:ago|earlier))\b",
    "endof": r"\b(?P<mod>the\s+(?:end|beginning|start|middle|turn|close|rest|remainder)\s+of"
    r"|around)\s+(?:the\s+|(?P<that>that)\s+)?(?P<unit>year|month|week|decade|century|quarter)"
    r"\b(?!-)"
    r"|\b(?:(?P<mod2>around)\s+)?(?P<ye>year[-\s]end|year's\s+end)\b",
    "dayword": r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>today|yesterday|tomorrow"
    rf"|tonight)(?:\s+(?P<pod>{PART_OF_DAY}))?\b|\bthe\s+day\s+(?P<ba>before\s+yesterday"
    r"|after\s+tomorrow)\b",
    "ago": r"(?:(?:(?<=\bfrom\s)|(?<=\bthan\s)|(?<=\bwith\s)|(?<=\bover\s))(?P<cmp>))?"
    rf"\b{_DUR_MOD}(?P<n>{NUM}|{VAGUE_RE})[\s-]+(?P<unit>{UNIT})(?:\s+or\s+so)?\s+"
    r"(?P<dir>ago|earlier|later|from\s+now|hence)\b(?!\s+than\b)"
    r"(?:(?<=ago)\s+(?P<this>this\s+(?:week|month)|today)\b)?",
    "pl_ago": r"\b(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades)\s+"
    r"(?P<dir>ago|earlier|later)\b(?!\s+than\b)",
    "duration": r"(?<!\bonce\s)(?<!\btwice\s)(?<!\btimes\s)"  # (`once a day` is a set)
    rf"\b{_DUR_MOD}(?:(?P<det>the|an?|another|each\s+of\s+the)\s+)?(?:(?P<rel>past"
    r"|(?=last\b)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)(?<!\bmay\s)"
    r"(?<!\bmight\s)(?<!\bshould\s)(?<!\bmust\s)(?<!\bnot\s)(?<!n't\s)(?<!\bll\s)"
    r"(?<!typically\s)(?<!usually\s)(?<!normally\s)(?<!generally\s)(?<!\boften\s)"
    r"(?<!\bwhich\s)(?<!\bthey\s)(?<!\bthat\s)(?<!\band\s)last"  # (`will last 24 hours`)
    r"|next|first|coming|previous|following|final|latest|additional|remaining|same|trailing)"
    r"\s+)?"
    rf"(?P<n>{NUM}(?:\s+(?:to|or)\s+{NUM})?|{VAGUE_RE})(?:\s+or\s+so)?[\s-]+(?:(?:more|additional"
    rf"|full|straight|consecutive|trading|business|calendar)\s+)?(?P<unit>{UNIT})"
    rf"(?P<half>\s+and\s+an?\s+half)?(?:\s+and\s+(?P<n2>{NUM})\s+(?P<unit2>{UNIT})"
    r"(?!\s+(?:ago|earlier|later|from\s+now|hence)\b))?"
    r"(?P<suffix>[\s-]+(?:long|old))?(?:\s+or\s+so)?\b(?P<ormod>\s+or\s+(?:more|less|longer)\b(?!\s+than))?"
    r"(?P<period>\s+(?:period|term))?"
    r"(?!\s+(?:older|younger)\b)",
    "qcentury": rf"\b{_DUR_MOD}(?:an?\s+|the\s+(?:past|last|next)\s+)(?P<frac>quarter|half)"
    r"(?:[-\s]|\s+of\s+a\s+)century\b"
    r"(?P<dir>\s+(?:ago|earlier|later)\b)?(?![-\s]+old\b)",
    "vague": r"\b(?:(?P<det>the)\s+)?(?P<q>recent|coming|past|next|last|previous|following"
    r"|ensuing|early|subsequent)\s+(?P<unit>days|weeks|months|years|decades|quarters)\b",
    "bare_plural": r"(?:(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bin\s))(?P<unit>years|decades|months"
    r"|weeks|days|hours)\b(?!\s+(?:of|ago|earlier|later|old)\b|-)|(?:(?<=\bjust\s)|(?<=\bonly\s)"
    r"|(?<=\bmere\s))(?P<unit2>years|months|weeks|days|hours|minutes)"
    r"(?=\s+(?:after|before|into|from|away)\b)",
    "set": rf"\b(?P<every>every|each)\s+(?:other\s+|single\s+)?"
    rf"(?:(?P<n>{NUM_WORD}|\d+|few|several)\s+)?(?P<what>"
    rf"{UNIT}|{WEEKDAY}|{MONTH}|{PART_OF_DAY}|{SEASON})(?:\s+(?P<spod>{PART_OF_DAY})\b)?"
    rf"|\b(?:(?:once|twice|thrice|(?:{NUM_WORD}|\d+)\s+times)\s+)?"
    r"(?P<adv>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|semiannually|semi-annually)\b"
    r"|\b(?P<times>once|twice|thrice|(?:\w+|\d+)\s+times"
    rf"|(?:{NUM_WORD}|\d+)\s+(?:days?|nights?|hours?))\s+(?:an?|per|each|every)\s+"
    r"(?P<unit2>day|week|month|year|quarter|hour|decade)\b"
    r"|\bper\s+(?P<per>year|day|week|month|hour)\b",
    "time": rf"(?:(?<=\bsince\s)(?P<since>))?\b(?:(?P<mod>about|around|approximately"
    r"|(?:shortly|just|soon|right)\s+after"
    r"|(?:shortly|just|right)\s+before)\s+)?"
    rf"(?P<clock>{CLOCK}|(?P<mil>(?:[01]\d|2[0-3])[0-5]\d)(?=\s+{MIL_ZONE}\b)"
    rf"|(?P<oh>\d{{1,2}}|{NUM_WORD})(?:\s+o'clock\b|(?=\s+(?:in\s+the\s+"
    rf"(?:morning|afternoon|evening|night)|at\s+night)\b)))(?P<zone>{ZONE})?"
    rf"(?:\s+(?:(?-i:in)\s+the\s+|that\s+|this\s+|at\s+(?=night))?(?P<pod>{PART_OF_DAY}))?"
    rf"(?:,?\s+(?P<day>(?:(?:this|next|last)\s+)?{WEEKDAY}"
    rf"|today|tonight|yesterday|tomorrow|{MONTH}\s*{DAY}(?:,?\s+\d{{4}}\b{NOT_COUNT})?))?",
    "pod": rf"\b(?:(?P<det>this|that|last|tomorrow|yesterday|the|{WEEKDAY})\s+)?(?:(?P<mod>"
    r"early|late|mid)[\s-]*)?(?P<pod>morning|afternoon|evening|night|overnight|midday)\b"
    rf"(?:\s+(?P<day2>{WEEKDAY}|today|yesterday|tomorrow))?",
    "weekday": rf"\b(?:(?P<rel>last|next|this|coming|past|previous|this\s+coming|this\s+past"
    r"|the\s+previous|the\s+past|the\s+following|the\s+next|early|late|earlier|later)\s+"
    r"|(?P<wkon>a\s+week\s+on\s+))?"  # British `a week on Friday`, `Tuesday week`, `Monday next`
    rf"(?P<wd>{WEEKDAY})(?(wkon)(?!['\u2019]s\b))(?:\s+(?P<pod>{PART_OF_DAY}s?)\b"
    rf"|(?(rel)(?!)|\s+(?P<wk>(?-i:week))\b(?![-'\u2019]|\s+(?:of|end|after|before|earlier"
    rf"|later|ago|in|out|ahead|\d|{NUM_WORD})\b))"
    r"|(?(rel)(?!)|\s+(?P<post>next|last)(?=\s*[,.;:)])))?",
    "ordday": r"\b(?:the\s+)?(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)(?:\s+of\s+(?P<mrel>last|next)"
    r"\s+month\b|(?=\s*[,.;)]|\s+(?:of\s+)?(?:this|last|next|that)\s+month))",
    # `this time last year`, `in a fortnight's time`, `the week after next`
    "thistime": r"\bthis\s+time\s+(?P<yrel>last|next)\s+year\b",
    "unitstime": rf"(?<=\bin\s)(?P<n>{NUM})\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)"
    r"['\u2019]s?\s+time\b",
    "afternext": r"\bthe\s+(?P<unit>week|weekend|month|year)\s+(?P<ba>after\s+next|before\s+last)"
    r"\b",
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
    "holiday": r"\b(?:(?P<rel>last|next|this)\s+|the\s+(?=(?-i:[A-Z][\w.'\u2019]*\s+|of\s+){1,4}"
    r"(?:long\s+)?weekend\b))?(?-i:(?P<h>Christmas(?:\s+(?:Day|Eve))?"
    r"|New\s+Year['\u2019]s(?:\s+(?:Day|Eve))?|(?<=\bsince\s)New\s+Year\b|Thanksgiving(?:\s+Day)?"
    r"|Orthodox\s+(?:Easter|Christmas)|Easter(?:\s+(?:Sunday|Monday|week))?|Shrove\s+Tuesday"
    r"|Black\s+Friday|Cyber\s+Monday"
    r"|Tax\s+Day|Anzac\s+Day|Bloomsday|Hogmanay|Burns\s+Night|Earth\s+Day"
    r"|[Tt]he\s+[Ii]des\s+of\s+March|[Tt]he\s+[Ff]east\s+of\s+(?:St\.|Saint)\s+(?:Joseph"
    r"|Patrick)"
    r"|Good\s+Friday|Holy\s+Week|Palm\s+Sunday|Ash\s+Wednesday|(?:Maundy|Holy)\s+Thursday|Holy\s+Saturday"
    r"|Pentecost|Whit\s+Monday|Ascension\s+Day|Mardi\s+Gras|Juneteenth|Canada\s+Day"
    r"|Australia\s+Day|Guy\s+Fawkes\s+Night|Bonfire\s+Night"
    r"|(?:St\.?|Saint)\s+(?:Patrick|Joseph|George|Andrew|David)['\u2019]s\s+Day"
    r"|May\s+Day(?!\s+[A-Z])"
    r"|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?\s+Day|President(?:s|['\u2019]s|s['\u2019])?\s+Day"
    r"|Mother['\u2019]s\s+Day|Father['\u2019]s\s+Day|Columbus\s+Day"
    r"|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Halloween|Valentine['\u2019]s\s+Day"
    r"|Election\s+Day|Africa\s+Day|Veterans\s+Day|Boxing\s+Day|Bastille\s+Day|Fourth\s+of\s+July"
    r"|(?:Lunar|Chinese)\s+New\s+Year(?:['\u2019]s\s+(?:Day|Eve))?|Passover|Rosh\s+Hashanah?"
    r"|Yom\s+Kippur|Hanukk?ah|Chanukah"
    r"|Purim|Eid[-\s]+(?:al|ul)[-\s]?(?:Fitr|Adha)|Diwali|Deepavali|Holi)\b)"
    r"(?P<we>\s+(?:long\s+)?weekend\b)?(?:,?\s+(?P<y>(?:19|20)\d\d))?"
    r"(?=\s+(?P<hyr>this|last|next)\s+year\b(?!['\u2019]))?",  # (`Thanksgiving Day this year`)
}

#: Tie-break among equally long matches: earlier in this tuple wins.
PRIORITY = tuple(RULES)

_OUTSIDE_WEEKDAY = {"earlier", "later"}


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


#: Words without which a rule cannot match: the rule is not run on a text lacking all of them
#: (lower case; a cheap substring test before a costly scan).
NEEDS: dict[str, tuple[str, ...]] = {
    "qcentury": ("centur",), "century": ("centur",), "partyear": ("month", "quarter"),
    "weekof": ("week",), "fiscal": ("fiscal", "fy"), "quarter": ("quarter", "half"),
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "pl_ago": ("ago", "earlier", "later"), "unitba": ("before", "after", "earlier", "later"),
    "thistime": ("this time",), "unitstime": (" time",), "afternext": ("after next", "before last"),
}


_UNIT_RANK = ("millenni", "centur", "decade", "year", "quarter", "month", "fortnight", "week",
              "day", "night", "hour", "minute", "second")  # fmt: skip


def _descends(first: str, second: str) -> bool:
    """Whether `<n> first and <m> second` is one duration (`six years and 10 months`)."""
    def rank(unit: str) -> int:
        return next((i for i, u in enumerate(_UNIT_RANK) if unit.lower().startswith(u)), -1)

    return 0 <= rank(first) < rank(second)


class RuleSet:
    """All extent rules, compiled once."""

    def __init__(self) -> None:
        self.rules = [(name, compile_rx(rx)) for name, rx in RULES.items()]

    def accepts(self, c: Candidate, text: str) -> bool:
        """Whether candidate `c` (offsets into `text`) passes the precision guards in context."""
        return accept(c, text)

    def find(self, text: str, guarded: bool = True) -> list[Candidate]:
        """Candidates in `text`; `guarded=False` keeps those the precision guards reject (for
        a span cut out of a longer text, whose guards must see that text: `accepts`)."""
        # range ends first: at equal extent they win over the same text read alone
        found = [Candidate(s, e, rule, g) for s, e, rule, g in range_candidates(text)]
        low = text.lower()
        for name, rx in self.rules:
            needs = NEEDS.get(name)
            if needs and not any(word in low for word in needs):
                continue
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
                    start = _skip_space(text, m.end("only"))
                elif (groups.get("dmod") or groups.get("mod") or "").lower() == "about" and (
                    name in ("duration", "qcentury", "time")
                ) or (name == "time" and (groups.get("mod") or "").lower().endswith(
                    ("after", "before")
                )):  # `about five hours`, `about 10:35 a.m.`: tbaq leaves `about` out (9:2);
                    # `shortly after 11 p.m.`: a signal, outside (no tbaq case; our annotators)
                    start = _skip_space(text, m.end("mod" if name == "time" else "dmod"))
                if name == "ref":
                    start = m.start("w")  # `right now` -> `now`, `until recently` -> `recently`
                if name == "weekday" and groups.get("rel", "").lower() in _OUTSIDE_WEEKDAY:
                    start = m.start("wd")  # `Earlier Friday` -> `Friday` (tbaq 4:1)
                if name == "pl_ago" and groups["unit"].lower() in ("seconds", "minutes", "hours") \
                        and groups["dir"].lower() in ("later", "earlier"):
                    # `Minutes later, ...`: the duration `Minutes` (like `two hours later`)
                    end, name, groups = m.end("unit"), "vague", {"unit": groups["unit"]}
                if groups.get("n2") and not _descends(groups["unit"], groups["unit2"]):
                    # `five years and three years respectively`: two expressions
                    end = m.end("half") if groups.get("half") else m.end("unit")
                    groups = {k: v for k, v in groups.items() if k not in ("n2", "unit2")}
                cand = Candidate(start, end, name, groups)
                if name == "duration" and is_rate(cand, text):
                    cand = Candidate(start, end, "set", {"per": groups["unit"]})
                if not guarded or accept(cand, text):
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


__all__ = ["Candidate", "RuleSet", "resolve_overlaps", "NUM", "DAY"]
