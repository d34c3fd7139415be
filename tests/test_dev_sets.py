"""The hand-annotated development sets in bench/timex_dev are well formed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

DEV_DIR = Path(__file__).resolve().parents[1] / "bench" / "timex_dev"
TYPES = {"DATE", "TIME", "DURATION", "SET"}


@pytest.mark.parametrize("path", sorted(DEV_DIR.glob("*.jsonl")), ids=lambda p: p.name)
def test_dev_set_offsets_types_and_dates(path):
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert rows
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        date.fromisoformat(row["dct"])
        last_end = -1
        for t in row["timexes"]:
            assert row["text"][t["start"] : t["end"]] == t["text"], (row["id"], t)
            assert t["type"] in TYPES, (row["id"], t)
            assert t["start"] >= last_end, (row["id"], "overlapping or unordered", t)
            last_end = t["end"]
