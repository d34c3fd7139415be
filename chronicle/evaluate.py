"""TempEval-3 style scoring of TIMEX3 extents, values and types.

Matching, per document (see docs/evaluation.md):

* **strict**: a system expression matches a gold one when both offsets are identical.
* **relaxed**: one-to-one matching of overlapping extents. Exact-extent pairs are taken first;
  then each remaining gold expression, in document order, takes the unmatched overlapping system
  expression with the largest overlap (ties: the earliest one). Each expression is used once.
* **value accuracy** = relaxed-matched pairs with equal ``value`` / relaxed-matched pairs;
  **value F1** = value accuracy x relaxed F1 (TempEval-3's attribute F1). Type likewise.

Counts are summed over documents before computing ratios (micro average).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

ErrorKind = Literal["missed", "spurious", "value", "type", "extent"]
#: Order in which error kinds are listed when equally frequent.
ERROR_PRIORITY: dict[str, int] = {"missed": 0, "value": 1, "spurious": 2, "type": 3, "extent": 4}


@dataclass(frozen=True, slots=True)
class Span:
    """The part of a temporal expression the scorer looks at."""

    start: int
    end: int
    type: str | None
    value: str | None
    text: str = ""


def as_span(item: Any, text: str | None = None) -> Span:
    """A Span from a Span, TmlTimex, chronicle Timex, or tuple (start, end, type, value, ...)."""
    if isinstance(item, Span):
        return item
    if hasattr(item, "start_char"):
        start, end, type_, value = item.start_char, item.end_char, item.type, item.value
    elif hasattr(item, "start") and hasattr(item, "type"):
        start, end, type_, value = item.start, item.end, item.type, item.value
    else:
        start, end, type_, value = item[:4]
    shown = text[start:end] if text is not None else getattr(item, "text", "") or ""
    return Span(int(start), int(end), type_, value, shown)


def same_value(gold: str | None, system: str | None) -> bool:
    """TIMEX3 values are compared as strings, ignoring surrounding white space."""
    return (gold or "").strip() == (system or "").strip()


@dataclass(slots=True)
class Counts:
    """Summable counts; the metrics are properties so sums stay exact."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    documents: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple(), strict=True)))

    def as_tuple(self) -> tuple[int, ...]:
        return (self.gold, self.system, self.strict, self.relaxed, self.value, self.type,
                self.documents)

    @staticmethod
    def _ratio(num: int, den: int) -> float:
        return num / den if den else 0.0

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def strict_precision(self) -> float:
        return self._ratio(self.strict, self.system)

    @property
    def strict_recall(self) -> float:
        return self._ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return self._f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        return self._ratio(self.relaxed, self.system)

    @property
    def relaxed_recall(self) -> float:
        return self._ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return self._f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def value_accuracy(self) -> float:
        return self._ratio(self.value, self.relaxed)

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.relaxed_f1

    @property
    def type_accuracy(self) -> float:
        return self._ratio(self.type, self.relaxed)

    @property
    def type_f1(self) -> float:
        return self.type_accuracy * self.relaxed_f1

    def metrics(self) -> dict[str, float | int]:
        """Counts and every ratio, for JSON output and tables."""
        names = ("strict_precision", "strict_recall", "strict_f1", "relaxed_precision",
                 "relaxed_recall", "relaxed_f1", "value_accuracy", "value_f1", "type_accuracy",
                 "type_f1")
        out: dict[str, float | int] = {
            "documents": self.documents, "gold": self.gold, "system": self.system,
            "strict_matches": self.strict, "relaxed_matches": self.relaxed,
            "value_correct": self.value, "type_correct": self.type,
        }
        out.update({name: round(getattr(self, name), 4) for name in names})
        return out


#: What `score_documents` returns: micro-averaged counts with their metrics.
Scores = Counts


@dataclass(slots=True)
class Match:
    """The alignment of one document's gold and system expressions."""

    pairs: list[tuple[Span, Span]] = field(default_factory=list)
    missed: list[Span] = field(default_factory=list)
    spurious: list[Span] = field(default_factory=list)
    strict: int = 0

    def counts(self) -> Counts:
        gold = len(self.pairs) + len(self.missed)
        system = len(self.pairs) + len(self.spurious)
        return Counts(
            gold=gold, system=system, strict=self.strict, relaxed=len(self.pairs),
            value=sum(same_value(g.value, s.value) for g, s in self.pairs),
            type=sum((g.type or "") == (s.type or "") for g, s in self.pairs), documents=1,
        )


def match_spans(gold: Sequence[Any], system: Sequence[Any], text: str | None = None) -> Match:
    """Align one document's expressions: exact extents first, then greedy largest overlap.

    `text`, when given, supplies the shown text of expressions that carry none (tuples).
    """
    golds = sorted((as_span(g, text) for g in gold), key=lambda s: (s.start, s.end))
    systems = sorted((as_span(s, text) for s in system), key=lambda s: (s.start, s.end))
    partner: dict[int, int] = {}
    used: set[int] = set()
    by_extent: dict[tuple[int, int], list[int]] = defaultdict(list)
    for j, span in enumerate(systems):
        by_extent[(span.start, span.end)].append(j)
    for i, span in enumerate(golds):
        candidates = by_extent.get((span.start, span.end))
        if candidates:
            j = candidates.pop(0)
            partner[i] = j
            used.add(j)
    strict = len(partner)
    for i, span in enumerate(golds):
        if i in partner:
            continue
        best, best_overlap = None, 0
        for j, other in enumerate(systems):
            if j in used or other.start >= span.end:
                continue
            overlap = min(span.end, other.end) - max(span.start, other.start)
            if overlap > best_overlap:
                best, best_overlap = j, overlap
        if best is not None:
            partner[i] = best
            used.add(best)
    return Match(
        pairs=[(golds[i], systems[j]) for i, j in sorted(partner.items())],
        missed=[g for i, g in enumerate(golds) if i not in partner],
        spurious=[s for j, s in enumerate(systems) if j not in used],
        strict=strict,
    )


def score_document(gold: Sequence[Any], system: Sequence[Any]) -> Counts:
    """Counts for one document."""
    return match_spans(gold, system).counts()


def score_documents(pairs: Iterable[tuple[Sequence[Any], Sequence[Any]]]) -> Scores:
    """Micro-averaged scores over (gold, system) expression lists, one pair per document."""
    total = Counts()
    for gold, system in pairs:
        total = total + score_document(gold, system)
    return total


@dataclass(frozen=True, slots=True)
class ErrorItem:
    """One scoring error, with how often the same (kind, text) occurred across the corpus."""

    kind: ErrorKind
    document: str
    text: str
    gold_value: str | None
    system_value: str | None
    gold_type: str | None = None
    system_type: str | None = None
    system_text: str | None = None
    count: int = 1


def document_errors(name: str, match: Match) -> list[ErrorItem]:
    """Every error of one aligned document, in document order."""
    errors: list[ErrorItem] = []
    for gold in match.missed:
        errors.append(ErrorItem("missed", name, gold.text, gold.value, None, gold.type))
    for sys in match.spurious:
        errors.append(ErrorItem("spurious", name, sys.text, None, sys.value, None, sys.type))
    for gold, sys in match.pairs:
        kind: ErrorKind | None = None
        if not same_value(gold.value, sys.value):
            kind = "value"
        elif (gold.type or "") != (sys.type or ""):
            kind = "type"
        elif (gold.start, gold.end) != (sys.start, sys.end):
            kind = "extent"
        if kind:
            errors.append(ErrorItem(kind, name, gold.text, gold.value, sys.value, gold.type,
                                    sys.type, sys.text))
    return errors


def worst_errors(errors: Iterable[ErrorItem], limit: int | None = None) -> list[ErrorItem]:
    """One item per (kind, lower-cased text), most frequent first, then by kind priority."""
    groups: dict[tuple[str, str], list[ErrorItem]] = defaultdict(list)
    for item in errors:
        groups[(item.kind, item.text.lower())].append(item)
    ranked = sorted(groups.values(),
                    key=lambda items: (-len(items), ERROR_PRIORITY[items[0].kind],
                                       items[0].text.lower()))
    out = []
    for items in ranked[:limit]:
        first = items[0]
        out.append(ErrorItem(first.kind, first.document, first.text, first.gold_value,
                             first.system_value, first.gold_type, first.system_type,
                             first.system_text, len(items)))
    return out


@dataclass(frozen=True, slots=True)
class EvalDocument:
    """One gold document as the evaluation sees it."""

    name: str
    folder: str
    gold: Sequence[Any]
    text: str | None = None


@dataclass(slots=True)
class Evaluation:
    """Scores of several systems on the same documents, per folder and in total."""

    systems: list[str]
    folders: list[str]
    by_folder: dict[str, dict[str, Counts]]
    errors: dict[str, list[ErrorItem]]

    def total(self, system: str) -> Counts:
        return sum(self.by_folder[system].values(), Counts())

    def worst(self, system: str, limit: int | None = None) -> list[ErrorItem]:
        return worst_errors(self.errors[system], limit)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: {system: {"folders": {folder: metrics}, "total": metrics}}."""
        return {
            name: {
                "folders": {f: self.by_folder[name][f].metrics() for f in self.folders},
                "total": self.total(name).metrics(),
            }
            for name in self.systems
        }


def evaluate_systems(
    documents: Sequence[EvalDocument], outputs: Mapping[str, Sequence[Sequence[Any]]]
) -> Evaluation:
    """Score each system's outputs (one expression list per document, same order)."""
    folders = list(dict.fromkeys(doc.folder for doc in documents))
    by_folder: dict[str, dict[str, Counts]] = {}
    errors: dict[str, list[ErrorItem]] = {}
    for name, per_doc in outputs.items():
        if len(per_doc) != len(documents):
            raise ValueError(f"system {name!r} has {len(per_doc)} outputs for "
                             f"{len(documents)} documents")
        sums: dict[str, Counts] = {folder: Counts() for folder in folders}
        errs: list[ErrorItem] = []
        for doc, system in zip(documents, per_doc, strict=True):
            match = match_spans(doc.gold, system, doc.text)
            sums[doc.folder] = sums[doc.folder] + match.counts()
            errs.extend(document_errors(doc.name, match))
        by_folder[name] = sums
        errors[name] = errs
    return Evaluation(list(outputs), folders, by_folder, errors)


def kind_counts(errors: Iterable[ErrorItem]) -> dict[str, int]:
    """How many errors of each kind."""
    return dict(Counter(item.kind for item in errors))
