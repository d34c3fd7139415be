"""The TempEval-3 style scorer on small hand-computed cases."""

from __future__ import annotations

import pytest

from chronicle.evaluate import (
    EvalDocument,
    evaluate_systems,
    match_spans,
    score_document,
    score_documents,
    worst_errors,
)

D = "DATE"

# (gold, system, expected (strict P, strict R, relaxed P, relaxed R, value accuracy, type acc))
CASES = [
    # identical
    ([(0, 5, D, "2020")], [(0, 5, D, "2020")], (1, 1, 1, 1, 1, 1)),
    # nothing found: all zero, no division error
    ([(0, 5, D, "2020")], [], (0, 0, 0, 0, 0, 0)),
    # only spurious
    ([], [(0, 5, D, "2020")], (0, 0, 0, 0, 0, 0)),
    # overlap only: relaxed match, no strict; wrong value, wrong type
    ([(10, 20, D, "2020-05")], [(12, 25, "DURATION", "P1M")], (0, 0, 1, 1, 0, 0)),
    # 2 gold, 3 system: one exact, one overlapping with right value, one spurious
    ([(0, 4, D, "2001"), (10, 20, D, "2001-03")],
     [(0, 4, D, "2001"), (8, 12, D, "2001-03"), (30, 35, D, "2002")],
     (1 / 3, 1 / 2, 2 / 3, 1, 1, 1)),
    # one system span overlapping two gold: matched once only (one-to-one)
    ([(0, 4, D, "2001"), (5, 9, D, "2002")], [(0, 9, D, "2002")], (0, 0, 1, 1 / 2, 0, 1)),
    # value compared as string, surrounding white space ignored
    ([(0, 4, "TIME", "2001-01-01T10:00")], [(0, 4, D, " 2001-01-01T10:00")],
     (1, 1, 1, 1, 1, 0)),
]


@pytest.mark.parametrize(("gold", "system", "expected"), CASES)
def test_document_scores(gold, system, expected):
    scores = score_document(gold, system)
    got = (scores.strict_precision, scores.strict_recall, scores.relaxed_precision,
           scores.relaxed_recall, scores.value_accuracy, scores.type_accuracy)
    assert got == pytest.approx(expected)
    p, r = expected[2], expected[3]
    relaxed_f1 = 2 * p * r / (p + r) if p + r else 0.0
    assert scores.relaxed_f1 == pytest.approx(relaxed_f1)
    assert scores.value_f1 == pytest.approx(expected[4] * relaxed_f1)
    assert scores.type_f1 == pytest.approx(expected[5] * relaxed_f1)


def test_relaxed_prefers_exact_then_largest_overlap():
    gold = [(0, 10, D, "a"), (10, 14, D, "b")]
    system = [(2, 12, D, "a"), (8, 14, D, "b")]
    match = match_spans(gold, system)
    assert [((g.start, g.end), (s.start, s.end)) for g, s in match.pairs] == [
        ((0, 10), (2, 12)),
        ((10, 14), (8, 14)),
    ]
    assert match.strict == 0


def test_micro_average_over_documents():
    # doc 1: 1 gold found with right value; doc 2: 3 gold, 1 found exactly, wrong value
    scores = score_documents([
        ([(0, 4, D, "2001")], [(0, 4, D, "2001")]),
        ([(0, 4, D, "2001"), (5, 9, D, "2002"), (10, 14, D, "2003")], [(10, 14, D, "2004")]),
    ])
    assert (scores.gold, scores.system, scores.strict, scores.relaxed) == (4, 2, 2, 2)
    assert scores.strict_precision == 1.0
    assert scores.strict_recall == 0.5
    assert scores.strict_f1 == pytest.approx(2 / 3)
    assert scores.value_accuracy == 0.5
    assert scores.value_f1 == pytest.approx(1 / 3)
    assert scores.documents == 2


def test_evaluate_systems_per_folder_and_errors():
    text = "On Monday and Monday, in 2001."
    docs = [
        EvalDocument("a.tml", "A", [(3, 9, D, "2001-01-01"), (14, 20, D, "2001-01-08")], text),
        EvalDocument("b.tml", "B", [(25, 29, D, "2001")], text),
    ]
    system = [[(3, 9, D, "2001-01-08"), (14, 20, D, "2001-01-15")], [(22, 24, D, "2001")]]
    report = evaluate_systems(docs, {"sys": system, "none": [[], []]})
    assert report.folders == ["A", "B"]
    assert report.by_folder["sys"]["A"].strict == 2
    assert report.by_folder["sys"]["B"].relaxed == 0
    total = report.total("sys")
    assert (total.gold, total.system, total.value) == (3, 3, 0)
    assert report.as_dict()["sys"]["total"]["relaxed_f1"] == pytest.approx(2 / 3, abs=1e-4)
    worst = report.worst("sys", 2)
    assert [(e.kind, e.text, e.count) for e in worst] == [("value", "Monday", 2),
                                                           ("missed", "2001", 1)]
    assert worst_errors(report.errors["none"])[0].kind == "missed"
    with pytest.raises(ValueError, match="outputs"):
        evaluate_systems(docs, {"short": [[]]})
