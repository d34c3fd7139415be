"""Merging event mentions across articles: the same event reported twice becomes one.

Two mentions are linked (`same_event`) when they come from different articles, their date
intervals overlap or lie at most `DATE_WINDOW_DAYS` apart, they share at least one actor (names
compared by `name_key`: case, a leading `the`, a possessive and dots do not count), both are
dated by the text itself (`FIRM_BASES`: not by publication date or inheritance), their triggers
are of one class (reporting verbs such as `say` excepted) or their headlines share enough words,
and their weighted similarity reaches `MERGE_THRESHOLD`. Of those pairs, only mutual best
matches between two articles are linked (`links`); clusters are the connected components
of the links; a cluster's id is its smallest event_id. Both rules depend only on the
mentions, never on the order in which articles arrived, so ingesting A then B or B then A gives
the same `event_clusters` rows.

`refresh_clusters(con, article_ids)` recomputes only what the written (or deleted) articles can
change: their events, the events linked to them (found through a date-window block, then the
pairwise rule), transitively, and every event that shared an old cluster with any of those.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import count

import duckdb
import pyarrow as pa

#: Dates further apart than this never merge; closer but not overlapping dates merge as a
#: visible conflict (`timeline.conflicting_dates`).
DATE_WINDOW_DAYS = 1
MERGE_THRESHOLD = 0.6
#: Minimum text similarity (equal triggers count 1.0, else headline word overlap).
MIN_TEXT_SIMILARITY = 0.34
ACTOR_WEIGHT, TEXT_WEIGHT, DATE_WEIGHT = 0.35, 0.4, 0.25
_STOPWORDS = frozenset(
    "a an the of to in on at for and or by with from as is was were be been are has have had "
    "will would that this its their his her it they he she".split()
)
_WORD = re.compile(r"[a-z0-9]+")
_POSSESSIVE = re.compile(r"('s|\u2019s|'|\u2019)$")
_names = count()
#: Reporting verbs say nothing about what happened: equal reporting triggers are no evidence
#: (two "X said" mentions merge only on their headlines' words).
REPORTING = frozenset({"say", "tell", "announce", "declare", "state", "add", "report", "claim"})
#: Dates that come from the text itself; mentions dated only by publication or inheritance
#: never merge (no date evidence, and they would chain unrelated reports together).
FIRM_BASES = frozenset({"explicit", "anniversary", "named_event"})
#: Triggers that name the same kind of event (a small, hand-made table; extend with care).
TRIGGER_CLASSES = {
    trigger: head
    for head, members in {
        "meet": ("meet", "talk", "meeting", "summit", "discuss", "confer", "visit"),
        "exchange": ("exchange", "swap", "send", "letter"),
        "sign": ("sign", "agreement", "deal", "treaty", "accord"),
        "attack": ("attack", "strike", "bomb", "shell", "raid", "assault"),
        "elect": ("elect", "election", "vote", "win"),
    }.items()
    for trigger in members
}


@dataclass(frozen=True, slots=True)
class Mention:
    """What the pairwise rule needs of one `events` row."""

    event_id: str
    article_id: str
    start_date: date | None
    end_date: date | None
    trigger: str | None = None
    headline: str | None = None
    actors: tuple[str, ...] = ()
    date_basis: str = "explicit"

    @property
    def actor_keys(self) -> frozenset[str]:
        return frozenset(k for k in (name_key(a) for a in self.actors) if k)

    @property
    def last_date(self) -> date | None:
        return self.end_date or self.start_date


def name_key(name: str) -> str:
    """The form names are compared in (also `entity_timeline`'s rule, in SQL):
    lower case, no trailing possessive, no leading `the`, no dots, single spaces."""
    key = _POSSESSIVE.sub("", name.lower().strip())
    key = re.sub(r"^the\s+", "", key).replace(".", "")
    return " ".join(key.split())


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def headline_words(text: str | None) -> frozenset[str]:
    words = _WORD.findall((text or "").lower())
    return frozenset(_stem(w) for w in words if w not in _STOPWORDS and len(w) > 1)


def date_gap(a: Mention, b: Mention) -> int | None:
    """Days between the two date intervals (0 when they overlap); None when one is undated."""
    if a.start_date is None or b.start_date is None:
        return None
    a_end, b_end = a.last_date or a.start_date, b.last_date or b.start_date
    if a.start_date <= b_end and b.start_date <= a_end:
        return 0
    return min(abs((b.start_date - a_end).days), abs((a.start_date - b_end).days))


def trigger_class(trigger: str) -> str:
    return TRIGGER_CLASSES.get(trigger.lower(), trigger.lower())


def text_similarity(a: Mention, b: Mention) -> float:
    if (
        a.trigger
        and b.trigger
        and a.trigger.lower() not in REPORTING
        and trigger_class(a.trigger) == trigger_class(b.trigger)
    ):
        return 1.0
    names = {w for actor in a.actors + b.actors for w in headline_words(actor)}
    wa, wb = headline_words(a.headline) - names, headline_words(b.headline) - names
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def similarity(a: Mention, b: Mention) -> float:
    """Weighted agreement of actors (overlap coefficient), text and dates, in [0, 1]."""
    gap = date_gap(a, b)
    if gap is None or gap > DATE_WINDOW_DAYS:
        return 0.0
    ka, kb = a.actor_keys, b.actor_keys
    actors = len(ka & kb) / min(len(ka), len(kb)) if ka and kb else 0.0
    dates = 1.0 - gap / (DATE_WINDOW_DAYS + 1)
    score = ACTOR_WEIGHT * actors + TEXT_WEIGHT * text_similarity(a, b) + DATE_WEIGHT * dates
    return round(score, 6)


def same_event(a: Mention, b: Mention) -> bool:
    """The pairwise rule: do `a` and `b` (from different articles) report the same event?"""
    if a.article_id == b.article_id or not (a.actor_keys & b.actor_keys):
        return False
    if a.date_basis not in FIRM_BASES or b.date_basis not in FIRM_BASES:
        return False
    if text_similarity(a, b) < MIN_TEXT_SIMILARITY:
        return False
    return similarity(a, b) >= MERGE_THRESHOLD


def links(mentions: Iterable[Mention]) -> list[tuple[str, str]]:
    """The linked pairs (smaller id first): pairs that pass `same_event` and are each other's
    best match between their two articles (an article reports an event once; this keeps one
    busy actor from chaining every report of a week into one cluster). Order-independent:
    ties go to the smaller event_id."""
    by_key: dict[str, list[Mention]] = {}
    for mention in mentions:
        for key in mention.actor_keys:
            by_key.setdefault(key, []).append(mention)
    scored: dict[tuple[str, str], float] = {}
    for group in by_key.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                pair = (min(a.event_id, b.event_id), max(a.event_id, b.event_id))
                if pair not in scored and same_event(a, b):
                    scored[pair] = similarity(a, b)
    article_of = {}
    for group in by_key.values():
        article_of.update({m.event_id: m.article_id for m in group})
    best: dict[tuple[str, str], tuple[float, str]] = {}  # (event, other article) -> best
    for (a, b), score in scored.items():
        for mine, other in ((a, b), (b, a)):
            key = (mine, article_of[other])
            if key not in best or (-score, other) < (-best[key][0], best[key][1]):
                best[key] = (score, other)
    return sorted(
        (a, b)
        for a, b in scored
        if best[(a, article_of[b])][1] == b and best[(b, article_of[a])][1] == a
    )


def clusters(mentions: Iterable[Mention]) -> dict[str, str]:
    """event_id -> cluster id (the smallest event_id of its connected component)."""
    mentions = list(mentions)
    parent = {m.event_id: m.event_id for m in mentions}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links(mentions):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {event_id: find(event_id) for event_id in parent}


# --- the database side -------------------------------------------------------------------

_MENTION_COLUMNS = (
    "event_id, article_id, start_date, end_date, trigger, headline, actors, date_basis"
)


def _mentions(rows: list[tuple]) -> dict[str, Mention]:
    return {
        r[0]: Mention(r[0], r[1], r[2], r[3], r[4], r[5], tuple(r[6] or ()), r[7])
        for r in rows
    }


def _with_arrow(con: duckdb.DuckDBPyConnection, table: pa.Table, sql: str) -> list[tuple]:
    """Run `sql` with `table` registered as `{arrow}` (a private name), return its rows."""
    name = f"_chronicle_merge_{next(_names)}"
    con.register(name, table)
    try:
        return con.execute(sql.replace("{arrow}", name)).fetchall()
    finally:
        con.unregister(name)


def _ids_table(ids: Iterable[str], column: str = "event_id") -> pa.Table:
    return pa.table({column: pa.array(sorted(set(ids)), type=pa.string())})


def _shift(day: date, delta: timedelta) -> date:
    """`day + delta`, held inside the calendar (events in year 1 or 9999 exist)."""
    try:
        return day + delta
    except OverflowError:
        return date.min if delta.days < 0 else date.max


def _neighbours(con: duckdb.DuckDBPyConnection, frontier: list[Mention]) -> dict[str, Mention]:
    """Events of other articles whose dates fall within the window of a frontier event."""
    window = timedelta(days=DATE_WINDOW_DAYS)
    dated = [m for m in frontier if m.start_date is not None and m.actor_keys]
    if not dated:
        return {}
    table = pa.table(
        {
            "article_id": [m.article_id for m in dated],
            "lo": pa.array([_shift(m.start_date, -window) for m in dated], type=pa.date32()),
            "hi": pa.array(
                [_shift(m.last_date or m.start_date, window) for m in dated], pa.date32()
            ),
        }
    )
    rows = _with_arrow(
        con,
        table,
        f"""
        select distinct {", ".join("e." + c.strip() for c in _MENTION_COLUMNS.split(","))}
        from events as e
        join {{arrow}} as f
            on e.article_id <> f.article_id
            and e.start_date <= f.hi
            and coalesce(e.end_date, e.start_date) >= f.lo
        """,
    )
    return _mentions(rows)


def _old_cluster_mates(con: duckdb.DuckDBPyConnection, ids: set[str]) -> set[str]:
    rows = _with_arrow(
        con,
        _ids_table(ids),
        """
        select distinct mate.event_id
        from event_clusters as mine
        join {arrow} as f using (event_id)
        join event_clusters as mate on mate.cluster_id = mine.cluster_id
        """,
    )
    return {r[0] for r in rows}


def _load(con: duckdb.DuckDBPyConnection, ids: set[str]) -> dict[str, Mention]:
    rows = _with_arrow(
        con,
        _ids_table(ids),
        f"select {_MENTION_COLUMNS} from events join {{arrow}} using (event_id)",
    )
    return _mentions(rows)


def affected_events(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> set[str]:
    """Every event id (current or stale) whose cluster a change to `article_ids` can alter."""
    seeds = _with_arrow(
        con,
        _ids_table(article_ids, "article_id"),
        """
        select event_id from events join {arrow} using (article_id)
        union
        select event_id from event_clusters join {arrow} using (article_id)
        """,
    )
    reached = {r[0] for r in seeds}
    reached |= _old_cluster_mates(con, reached)
    known = _load(con, reached)
    frontier = list(known.values())
    while frontier:
        candidates = _neighbours(con, frontier)
        linked = {
            other.event_id
            for other in candidates.values()
            if other.event_id not in reached and any(same_event(m, other) for m in frontier)
        }
        new = linked | (_old_cluster_mates(con, linked) - reached) if linked else set()
        reached |= new
        loaded = _load(con, new)
        known.update(loaded)
        frontier = list(loaded.values())
    return reached


def refresh_clusters(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> int:
    """Recompute `event_clusters` for everything the written or deleted `article_ids` affect.

    Call it inside the batch's transaction, after its rows are in `events`, so that the batch
    and its clusters commit together. (It never opens a transaction itself: a failed `begin()`
    inside an open transaction aborts that transaction in DuckDB.) Returns the number of
    events whose cluster rows were rewritten.
    """
    if not article_ids:
        return 0
    reached = affected_events(con, article_ids)
    mentions = _load(con, reached)
    assignment = clusters(mentions.values())
    rows = pa.table(
        {
            "event_id": pa.array(sorted(assignment), type=pa.string()),
            "cluster_id": pa.array([assignment[e] for e in sorted(assignment)], pa.string()),
            "article_id": pa.array(
                [mentions[e].article_id for e in sorted(assignment)], pa.string()
            ),
        }
    )
    _with_arrow(con, _ids_table(reached), "delete from event_clusters using {arrow} as f "
                "where event_clusters.event_id = f.event_id")
    _with_arrow(con, rows, "insert into event_clusters by name select * from {arrow}")
    return len(assignment)

