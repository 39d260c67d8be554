"""How watch matching scales with the number of terms: 10 keywords against 5,000.

All terms share one Aho-Corasick automaton, so per-item cost should hardly grow
with the watch list. Both costs are measured in the same run on the same items
and the ratio is printed (target: <= 2x); nothing here asserts absolute times.

    .venv/bin/python bench/bench_watches.py
"""

from __future__ import annotations

import random
import string
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.models import Entity, Tags  # noqa: E402
from monitor.priority import Priority  # noqa: E402
from monitor.config import WatchConfig  # noqa: E402
from monitor.watches import MatchInput, WatchSet  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
REAL_KEYWORDS = ("narco*", "cartel*", "drug trafficking", "SOUTHCOM", "Guayaquil", "ELN", "FARC", "cocaine")
REAL_KEYWORDS += ("narcotráfico", "Los Lobos")
TARGET = 2.0


Watch = WatchConfig


def items() -> list[MatchInput]:
    """Title + summary pairs cut from the seed articles, tagged roughly as the tagger would."""
    lines = [line.strip() for p in sorted(SEEDS.glob("*.txt")) for line in p.read_text().splitlines() if line.strip()]
    tags = Tags(
        countries=("EC", "US"),
        entities=(Entity("org", "U.S. Southern Command", "Southern Command"),),
        areas=frozenset({"ecuador", "ec", "guayaquil", "latin america", "south america", "us", "united states"}),
    )
    pairs = [(lines[i][:120], " ".join(lines[i + 1 : i + 4])) for i in range(0, len(lines) - 3, 2)]
    return [MatchInput(title, text, tags, "wire", ("latam",)) for title, text in pairs]


def synthetic_keywords(count: int, rng: random.Random) -> list[str]:
    """Words, phrases and prefixes that look like a watch list but rarely occur in the seeds."""

    def word() -> str:
        return "".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 10)))

    out = []
    for i in range(count):
        kind = i % 4
        out.append(f"{word()} {word()}" if kind == 0 else f"{word()[:5]}*" if kind == 1 else word())
    return out


def watches(total_keywords: int, rng: random.Random) -> list[Watch]:
    real = [Watch("real", keywords=REAL_KEYWORDS, regions=("Ecuador",), exclude=("football",), priority=Priority.FLASH)]
    extra = synthetic_keywords(total_keywords - len(REAL_KEYWORDS), rng)
    regions = ("Ecuador", "Latin America", "Colombia", "Peru")
    real += [
        Watch(f"w{i}", keywords=tuple(extra[i : i + 10]), regions=(regions[i % 4],) if i % 3 == 0 else ())
        for i in range(0, len(extra), 10)
    ]
    return real


def per_item_cost(ws: WatchSet, batch: list[MatchInput], repeats: int = 7) -> tuple[float, int]:
    """Best-of-N seconds per item, and how many hits one pass produced (to show the work is alike)."""
    best = float("inf")
    hits = 0
    for _ in range(repeats):
        start = time.perf_counter()
        hits = sum(len(ws.match(it)) for it in batch)
        best = min(best, time.perf_counter() - start)
    return best / len(batch), hits


def main() -> None:
    rng = random.Random(7)
    batch = items() * 20
    small = WatchSet.compile(watches(len(REAL_KEYWORDS), rng))
    started = time.perf_counter()
    large = WatchSet.compile(watches(5000, rng))
    compile_s = time.perf_counter() - started
    per_item_cost(small, batch, repeats=1)  # warm caches for both
    small_s, small_hits = per_item_cost(small, batch)
    large_s, large_hits = per_item_cost(large, batch)
    ratio = large_s / small_s
    print(f"items: {len(batch)} (avg {sum(len(i.title) + len(i.text) for i in batch) // len(batch)} chars)")
    print(f"   10 keywords, {len(small):>4} watches: {small_s * 1e6:8.1f} us/item  ({small_hits} hits)")
    print(f"5,000 keywords, {len(large):>4} watches: {large_s * 1e6:8.1f} us/item  ({large_hits} hits)")
    print(f"compile 5,000 keywords: {compile_s * 1e3:.0f} ms")
    print(f"ratio 5,000/10: {ratio:.2f}x (target <= {TARGET:.0f}x) {'OK' if ratio <= TARGET else 'OVER'}")


if __name__ == "__main__":
    main()
