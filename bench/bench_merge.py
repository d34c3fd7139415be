"""Cross-article merging at scale: incremental refresh per article vs one full recompute.

Synthetic, dense on purpose: N articles of 6 events each over 120 days, actors drawn 2 of 60,
five triggers. Each article is written and its clusters refreshed as the pipeline does, then
one refresh over every article recomputes all clusters; both must give the same clusters.

    python bench/bench_merge.py [--articles 400] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from chronicle.db import connect, transaction
from chronicle.merge import refresh_clusters
from chronicle.tasks.store import insert_rows

PEOPLE = [f"Person {i}" for i in range(60)]
TRIGGERS = ["meet", "exchange", "visit", "attack", "sign"]


def article_rows(number: int, rng: random.Random) -> tuple[dict, list[dict]]:
    article_id = f"A{number:05d}"
    article = {"article_id": article_id, "source": f"synthetic/{article_id}.txt",
               "published_at": date(2023, 6, 1), "body": "synthetic", "content_hash": article_id,
               "run_id": "bench", "ingested_at": date(2023, 6, 1)}
    events = []
    for index in range(6):
        day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 120))
        trigger = rng.choice(TRIGGERS)
        actors = rng.sample(PEOPLE, 2)
        events.append({
            "event_id": f"{article_id}-{index}", "article_id": article_id,
            "sentence_index": index, "sentence_start": index * 10, "sentence_end": index * 10 + 9,
            "sentence": f"{actors[0]} {trigger} {actors[1]}", "trigger": trigger,
            "headline": f"{actors[0]} {trigger} {actors[1]}", "actors": actors, "places": [],
            "start_date": day, "end_date": day, "granularity": "day",
            "timex_value": day.isoformat(), "date_basis": "explicit", "confidence": 0.9,
            "planned": False,
        })
    return article, events


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    con = connect(Path(tempfile.mkdtemp()) / "bench.duckdb")
    write_s = refresh_s = 0.0
    for number in range(args.articles):
        article, events = article_rows(number, rng)
        started = time.perf_counter()
        with transaction(con):
            insert_rows(con, "articles", [article])
            insert_rows(con, "events", events)
            written = time.perf_counter()
            refresh_clusters(con, [article["article_id"]])
        write_s += written - started
        refresh_s += time.perf_counter() - written
    incremental = con.execute("select * from event_clusters order by event_id").fetchall()
    started = time.perf_counter()
    with transaction(con):
        refresh_clusters(con, [f"A{n:05d}" for n in range(args.articles)])
    full_s = time.perf_counter() - started
    full = con.execute("select * from event_clusters order by event_id").fetchall()
    merged, widest = con.execute(
        "select count(*) filter (where source_count > 1), max(source_count) from timeline"
    ).fetchall()[0]
    print(f"{args.articles} articles x 6 events: writes {write_s:.2f} s; incremental refresh "
          f"{refresh_s:.2f} s ({1000 * refresh_s / args.articles:.1f} ms/article); one full "
          f"recompute {full_s:.2f} s")
    print(f"incremental / full recompute time: {refresh_s / full_s:.1f}; merged rows {merged}, "
          f"widest cluster {widest} sources")
    same = incremental == full
    print("incremental clusters == full recompute:", same)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
