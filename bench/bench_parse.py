"""What parsing a feed costs per entry: `parse_feed` (fast path where it applies) against the feedparser path.

Both run in the same process over the same synthetic corpus (bench/corpus.py),
so the ratio means something on any machine; CPU time, best of a few rounds,
with the date cache cleared each round as on a first ingest. It also prints the
share of documents (corpus and seeds/feeds) the fast path accepts. Note that the
feedparser path here already benefits from the shared `html_to_text` shortcut;
nothing asserts times.

    .venv/bin/python bench/bench_parse.py [FEEDS] [ITEMS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import generate  # noqa: E402
from monitor import fastparse  # noqa: E402
from monitor.parse import parse_fast, parse_feed, parse_with_feedparser  # noqa: E402

URL = "https://bench.example/feed"


def per_entry_us(parse: object, docs: list[bytes], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        fastparse._parse_date_cached.cache_clear()
        start = time.process_time()
        entries = sum(len(parse(doc, URL, "application/xml").items) for doc in docs)  # type: ignore[operator]
        best = min(best, time.process_time() - start)
    return best / entries * 1e6


def main() -> None:
    feeds = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    items = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    with tempfile.TemporaryDirectory() as tmp:
        docs = [p.read_bytes() for p in generate(Path(tmp), feeds=feeds, items=items)]
    slow = per_entry_us(parse_with_feedparser, docs, 3)
    fast = per_entry_us(parse_feed, docs, 5)
    print(f"corpus: {feeds} feeds x {items} items")
    print(f"  feedparser path  {slow:7.1f} us/entry")
    print(f"  parse_feed       {fast:7.1f} us/entry   ({slow / fast:.1f}x)")
    seeds = [p for p in sorted((ROOT / "seeds" / "feeds").rglob("*")) if p.is_file()]
    for label, documents in (("corpus", docs), ("seeds", [p.read_bytes() for p in seeds])):
        taken = sum(parse_fast(doc, URL, "application/xml") is not None for doc in documents)
        print(f"  fast path taken: {taken}/{len(documents)} {label} documents")


if __name__ == "__main__":
    main()
