"""Where a cold pass spends its CPU, stage by stage, beside the budgets issue 3's cold-ingest goals set.

    .venv/bin/python bench/bench_stages.py [--feeds 200] [--items 50]

`bench_ingest.py` times the whole pass; this times each stage alone, on one core, over the same synthetic corpus
(bench/corpus.py), so the goals can be read against what each stage costs per entry:

- feedparser alone: `feedparser.parse` on a sample of the documents (the yardstick of the 1.5x goal);
- parse, tag, story reading, watches and fingerprint: what a parse-pool worker does for each entry;
- the writer: every new item stored by the one database thread (identity, story folding, tags, FTS), in
  transactions of 8 feeds as the write queue groups them.

With C cores, "1.5x the items/s of feedparser alone" allows C * feedparser / 1.5 of CPU per entry for everything,
and "half of newsboat's wall time" allows C * newsboat_wall / 2 / entries (newsboat's wall time comes from
`bench_ingest.py`). Nothing here asserts.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import corpus
import feedparser
from bench_ingest import config_for

from monitor.analysis import Analyzer, analyze_document, story_features
from monitor.dedup import canonical_url, content_fingerprint
from monitor.models import MatchContext
from monitor.parse import parse_feed
from monitor.pipeline import store_analysis_in
from monitor.store import Database
from monitor.store.feeds import sync_feeds
from monitor.watches import MatchInput

T = TypeVar("T")
FEEDS_PER_WRITE = 8


def timed(label: str, entries: int, work: Callable[[], T]) -> tuple[T, float]:
    start = time.process_time()
    result = work()
    per_entry = (time.process_time() - start) / entries * 1000
    print(f"{label:44s} {per_entry:6.3f} ms CPU per entry")
    return result, per_entry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = corpus.generate(Path(tmp), feeds=args.feeds, items=args.items)
        docs = [p.read_bytes() for p in paths]
        config = config_for([f"http://127.0.0.1/{p.name}" for p in paths])
        analyzer = Analyzer(config)
        sample = docs[: max(1, len(docs) // 5)]
        _, yardstick = timed("feedparser.parse (a fifth of the documents)", len(sample) * args.items,
                             lambda: [feedparser.parse(d) for d in sample])
        parsed, _ = timed("parse (monitor.parse)", args.feeds * args.items,
                          lambda: [parse_feed(d, "https://x.example/", "application/xml") for d in docs])
        items = [i for p in parsed for i in p.items]
        analyzer.tagger.tag(items[0].title, items[0].summary)  # the gazetteer loads outside the timing
        tags, _ = timed("tagging (places, organisations, people)", len(items),
                        lambda: [analyzer.tagger.tag(i.title, i.summary) for i in items])
        timed("story reading (words, counts, band keys)", len(items),
              lambda: [story_features(i.title, i.summary, t) for i, t in zip(items, tags, strict=True)])
        timed("watches and fingerprint", len(items), lambda: [
            (analyzer.watches.match(MatchInput(title=i.title, text=i.summary, tags=t, feed="f", feed_tags=())),
             content_fingerprint(i.title, i.summary), canonical_url(i.url) if i.url else None)
            for i, t in zip(items, tags, strict=True)])
        analyses = [analyze_document(d, f"https://outlet{n}.example/", "application/xml", analyzer,
                                     MatchContext(f"f{n}"), {}) for n, d in enumerate(docs)]
        db = Database(Path(tmp) / "stages.sqlite3")
        names = [f"f{n}" for n in range(len(docs))]
        ids = sync_feeds(db, [(name, f"https://outlet{n}.example/rss") for n, name in enumerate(names)])
        now = datetime.now(UTC)

        def write() -> None:
            for start in range(0, len(analyses), FEEDS_PER_WRITE):
                with db.writer.begin() as conn:
                    for n in range(start, min(start + FEEDS_PER_WRITE, len(analyses))):
                        store_analysis_in(conn, ids[names[n]], analyses[n], now)

        timed("writer (one thread: identity, folding, rows, FTS)", len(items), write)
        db.close()
    cores = os.cpu_count() or 1
    print(f"\n{cores} cores: '1.5x feedparser alone' allows {cores * yardstick / 1.5:.3f} ms CPU per entry in all;")
    print("'half of newsboat' allows cores x newsboat wall / 2 / entries (newsboat's wall: bench_ingest.py).")


if __name__ == "__main__":
    main()
