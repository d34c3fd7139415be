"""Reference events: named events as intervals and anniversaries of them.

Events come from a CSV with columns `name,aliases,start_date,end_date,kind,note` (aliases
separated by `|`, ISO dates); by default the packaged `seeds/reference_events.csv`, found through
`importlib.resources`. Alias matching ignores case, a leading `the`, straight vs curly
apostrophes and possessive `'s`.

* `World War II` -> DATE, value `1939-09-01/1945-09-02` (the ISO 8601 interval of its days; a
  one-day event gets its day), start/end dates from the table, basis `named_event`.
* `the 78th anniversary of Korea's liberation from Japan's colonial rule` with the event
  starting 1945-08-15 -> `2023-08-15` (start + 78 years), basis `anniversary`. An event missing
  from the table may be dated by the same article (`X began on 12 March 1990 ... the 10th
  anniversary of X`): see `article_event_date`. Ordinals may be
  long (`the 1,000th`); the 0th anniversary, or one outside years 1..9999, has no value.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path

from chronicle.errors import ConfigError
from chronicle.timex.anchoring import SENT_BREAK
from chronicle.timex.lexicon import MONTH, MONTHS, ORDINALS

_APOS = "['\u2019\u2018`]"
_ORD_WORDS = dict(ORDINALS)
_ORD_WORDS.update({"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                   "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
                   "twenty-fifth": 25, "seventy-fifth": 75})  # fmt: skip
#: `1st`, `78th`, `1,000th` (never the tail of a longer number: `1,000th` is not `000th`).
ORDINAL_RX = r"(?:(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)|" + "|".join(
    sorted((re.escape(w) for w in _ORD_WORDS if w not in ("final", "last")), key=len,
           reverse=True)) + ")"  # fmt: skip


@dataclass(frozen=True, slots=True)
class RefEvent:
    name: str
    start: date
    end: date
    kind: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def value(self) -> str:
        """The ISO 8601 interval of the event's days (`1939-09-01/1945-09-02`); one day when
        the event lasts a day."""
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


def key(text: str) -> str:
    """Canonical form of an event name: lower case, straight apostrophes, no `the`/`'s`."""
    t = re.sub(_APOS, "'", text.lower())
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"^the\s+", "", t.strip())
    return re.sub(r"[\s\-]+", " ", t).strip(" .,")


def _alias_rx(alias: str) -> str:
    parts = []
    for word in key(alias).split(" "):
        w = re.escape(word).replace("'", _APOS)
        parts.append(w + f"(?:{_APOS}s)?")
    return r"[\s\-]+".join(parts)


def load_events(path: str | Path | None = None) -> list[RefEvent]:
    """Read the reference-event CSV (the packaged one when `path` is None)."""
    if path is None:
        resource = files("chronicle.seeds").joinpath("reference_events.csv")
        if not resource.is_file():
            return []
        text = resource.read_text(encoding="utf-8")
        source = "chronicle.seeds/reference_events.csv"
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read reference events {path}: {exc.strerror}") from exc
        source = str(path)
    events: list[RefEvent] = []
    for i, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            start = date.fromisoformat(row["start_date"].strip())
            end = date.fromisoformat((row.get("end_date") or row["start_date"]).strip())
        except (KeyError, ValueError, AttributeError) as exc:
            raise ConfigError(f"{source} line {i}: bad or missing date ({exc})") from exc
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
        events.append(RefEvent(row["name"].strip(), start, end, (row.get("kind") or "").strip(),
                               aliases))  # fmt: skip
    return events


@dataclass(frozen=True, slots=True)
class EventMatch:
    start: int
    end: int
    event: RefEvent | None
    ordinal: int | None  # anniversary number, None for a plain named-event mention
    phrase: str  # the event words after `anniversary of`


class EventIndex:
    """Compiled matchers for the named events of one table."""

    def __init__(self, events: list[RefEvent]):
        self.by_key: dict[str, RefEvent] = {}
        for ev in events:
            for name in (ev.name, *ev.aliases):
                self.by_key.setdefault(key(name), ev)
        alts = sorted({_alias_rx(k) for k in self.by_key}, key=len, reverse=True)
        names = "|".join(alts) if alts else r"(?!x)x"
        self.named = re.compile(rf"(?<!\w)(?:the\s+)?(?:{names})(?!\w)", re.IGNORECASE)
        # The first word of every name: only where one stands is the long alternation tried
        # (scanning every position with it cost most of the component's time on news).
        firsts = [re.match(r"\w+", k) for k in self.by_key]
        self.first_words = None if not all(firsts) else {m.group(0) for m in firsts if m}
        self.anniversary = re.compile(
            rf"\b(?:the\s+)?(?:(?P<n>{ORDINAL_RX})\s+)?anniversary\s+of\s+(?P<ev>(?:the\s+)?"
            rf"(?:{names})|[\w{_APOS[1:-1]}\- ]{{3,60}}?)(?<!\bthe)(?<!\bhis)(?<!\bher)(?<!\bits)"
            r"(?<!\btheir)(?<!\bour)(?<!\ba)(?<!\ban)(?=[.,;:!?)\"\u201d]|\s+(?:and|but|"
            r"when|which|that|on|in|at|with|as|is|was|were|by|for|today|tonight|yesterday|"
            r"tomorrow|nears|neared|approaches|approached|falls|fell|comes|came|will|would|has|"
            r"had|have|after|before|during|since|amid|despite)\b|[ \t]*\n"
            r"|\s+(?:this|last|next)\s+(?:week|weekend|"
            r"month|year|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday)\b|$)",
            re.IGNORECASE,
        )

    def find(self, text: str) -> list[EventMatch]:
        out: list[EventMatch] = []
        for m in self.anniversary.finditer(text):
            n_text = (m["n"] or "").lower()
            n = _ORD_WORDS.get(n_text) if n_text in _ORD_WORDS else (
                int(re.sub(r"\D", "", n_text)) if n_text else None)  # fmt: skip
            phrase = m["ev"].strip()
            out.append(EventMatch(m.start(), m.end("ev"), self.by_key.get(key(phrase)), n, phrase))
        for m in self._named(text):
            ev = self.by_key.get(key(m.group(0)))
            if ev is not None:
                out.append(EventMatch(m.start(), m.end(), ev, None, m.group(0)))
        return out


    def _named(self, text: str) -> list[re.Match[str]]:
        """`self.named.finditer(text)`, tried only at words that start a name (and at a `the`
        right before one)."""
        if self.first_words is None:
            return list(self.named.finditer(text))
        out: list[re.Match[str]] = []
        done = 0
        for w in _WORD.finditer(text):
            if w.start() < done or w.group(0).lower() not in self.first_words:
                continue
            the = _THE_BEFORE.search(text, max(0, w.start() - 12), w.start())
            m = (self.named.match(text, the.start()) if the else None) or self.named.match(
                text, w.start())  # fmt: skip
            if m is not None:
                out.append(m)
                done = m.end()
        return out


_WORD = re.compile(r"\w+")
_THE_BEFORE = re.compile(r"(?<!\w)the\s+$", re.IGNORECASE)
_FULL_DATE = re.compile(rf"(?P<mon>{MONTH})\s*(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\s+"
                        r"(?P<y>\d{4})\b|\b(?P<d2>[12]\d|3[01]|0?[1-9])\s+(?P<mon2>"
                        rf"{MONTH})\s+(?P<y2>\d{{4}})\b")  # fmt: skip


def day_in_year(text: str, year: int) -> date | None:
    """The first full date of `year` the text writes (`March 20, 2003`, `20 March 2003`): the
    likely start of an event whose anniversary the article marks without naming its date
    where it names the event (`the 10th anniversary of the US-led invasion ... The first
    missiles struck Baghdad on March 20, 2003`)."""
    for m in _FULL_DATE.finditer(text):
        if int(m["y"] or m["y2"]) == year:
            month = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
            try:
                return date(year, month, int(m["d"] or m["d2"]))
            except ValueError:
                continue
    return None


def article_event_date(text: str, before: int, phrase: str, dated: list[tuple[int, date]]
                       ) -> date | None:  # fmt: skip
    """A day the article gave earlier for the event named `phrase` (for anniversaries).

    `dated` holds (start offset, day) of day-level expressions already resolved. The event is
    found as the last earlier sentence that mentions the phrase's head words and carries a day.
    """
    words = [w for w in key(phrase).split() if len(w) > 2][-2:]
    if not words:
        return None
    rx = re.compile(r"\b" + r"\W+(?:\w+\W+){0,3}?".join(map(re.escape, words)), re.IGNORECASE)
    found: date | None = None
    for m in rx.finditer(text, 0, before):
        sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        sent_end_m = SENT_BREAK.search(text, m.end())
        sent_end = sent_end_m.start() if sent_end_m else len(text)
        for pos, day in dated:
            if sent_start <= pos < min(sent_end, before):
                found = day
    return found
