"""Score the tagger on the hand-annotated development sets in `bench/timex_dev/`.

Those files are our own: news-style sentences and whole articles written for this project and
annotated by the TimeML 1.2.1 guidelines (one JSON object per text: `id`, `dct`, `text`,
`timexes` with `start`, `end`, `type`, `value`, `mod`, `note`). They complement tbaq as
development data; TE3-Platinum stays the test set. Scoring is `chronicle eval`'s (TempEval-3
style, `chronicle/evaluate.py`), with the pipeline `chronicle eval` uses (named events off).

    python bench/eval_dev_sets.py                 # every file in bench/timex_dev
    python bench/eval_dev_sets.py --errors        # and each disagreement, with its context
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from chronicle.commands.tagging import load_tagger, run_pipeline
from chronicle.evaluate import EvalDocument, evaluate_systems
from chronicle.settings import Settings
from chronicle.timeml import TmlDocument, TmlTimex
from chronicle.timex import get_timexes

DEV_DIR = Path(__file__).resolve().parent / "timex_dev"


def read_set(path: Path) -> list[TmlDocument]:
    """One JSON Lines file as TimeML documents (gold TIMEX3 with character offsets)."""
    docs = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        gold = [TmlTimex(t["start"], t["end"], t["text"], t["type"], t["value"], t.get("mod"),
                         f"t{i}") for i, t in enumerate(row["timexes"], start=1)]  # fmt: skip
        for t in gold:
            if row["text"][t.start : t.end] != t.text:
                sys.exit(f"{path}:{line_no}: offsets {t.start}-{t.end} do not hold {t.text!r}")
        docs.append(TmlDocument(name=f"{path.stem}/{row['id']}",
                                dct=date.fromisoformat(row["dct"]), text=row["text"],
                                timexes=gold))  # fmt: skip
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSON Lines files (default: all)")
    parser.add_argument("--errors", action="store_true", help="print every disagreement")
    args = parser.parse_args()
    files = args.files or sorted(DEV_DIR.glob("*.jsonl"))
    nlp = load_tagger(Settings(), timeml=True)
    print(f"{'set':<12} {'texts':>5} {'gold':>5} {'found':>5} {'strict F1':>9} {'relaxed F1':>10} "
          f"{'value acc':>9} {'value F1':>8} {'type acc':>8}")
    for path in files:
        docs = read_set(path)
        found = [get_timexes(d) for d in run_pipeline(nlp, docs, 32, lambda _n: None)]
        report = evaluate_systems([EvalDocument(d.name, path.stem, d.timexes, d.text)
                                   for d in docs], {"chronicle": found})  # fmt: skip
        m = report.total("chronicle").metrics()
        print(f"{path.stem:<12} {len(docs):>5} {m['gold']:>5} {m['system']:>5} "
              f"{100 * m['strict_f1']:>9.1f} {100 * m['relaxed_f1']:>10.1f} "
              f"{100 * m['value_accuracy']:>9.1f} {100 * m['value_f1']:>8.1f} "
              f"{100 * m['type_accuracy']:>8.1f}")
        if args.errors:
            for e in report.errors["chronicle"]:
                print(f"    {e.kind:<8} {e.document:<18} {e.text!r}: gold {e.gold_type} "
                      f"{e.gold_value} | ours {e.system_type} {e.system_value} "
                      f"{e.system_text!r}")


if __name__ == "__main__":
    main()
