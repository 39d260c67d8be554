"""What folding a new item costs with 10k and with 1M items stored (goal: at most 1.5x).

Both stores are synthetic and written straight into SQLite with executemany
(items, stories, sightings, entities, the FTS index through its triggers, and
story keys (bands and names) for the items still in folding's retention, as the writer leaves
them), at the same rate of 5,000 items a day: 10k items is two days of news,
1M is two hundred. They are cached under /tmp/monitor-bench/ and copied
before each run, so measuring never changes the cache.

Each new item goes through the real `write_feed_items` (identity checks,
candidate search, verification, insert, commit); half are rewrites of a recent
story (most fold), half are new events. The candidate search and verification
inside it (`find_stories`) is timed too. Medians, after a warm-up; the ratio is the
figure that matters, both measured in the same run.

    .venv/bin/python bench/bench_fold_scale.py [--sizes 10000,1000000] [--rebuild]
"""

from __future__ import annotations

import itertools
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.models import Entity, ItemData, Place, PreparedItem, Tags
from monitor.store import (
    Database,
    writer,
)
from monitor.store.folding import RETENTION, epoch, find_stories
from monitor.store.profiles import band_keys
from monitor.store.writer import write_feed_items
from monitor.stories import profile_from_tags

CACHE = Path("/tmp/monitor-bench")
FORMAT = "fold-v5"  # bump when the synthetic shape or the schema changes
PER_DAY = 5000
FEEDS = 60
END = datetime(2026, 9, 1, tzinfo=UTC)
VOCAB = ["".join("abcdefghijklmnopqrstuvwxyz"[i // 26**k % 26] for k in range(5)) + "x" for i in range(30000)]
PLACES = [(f"Place{i}", "EC" if i % 3 == 0 else "CO") for i in range(500)]
WARMUP, MEASURED = 40, 300
TARGET = 1.5


_WEIGHTS = list(itertools.accumulate(1 / (rank + 50) for rank in range(len(VOCAB))))


def _word(rng: random.Random) -> str:
    """Zipf-like with a flattened head, as content words in news leads: the commonest is in ~10% of items."""
    return rng.choices(VOCAB, cum_weights=_WEIGHTS)[0]


def _event(rng: random.Random) -> list[str]:
    return [rng.choice(VOCAB) for _ in range(12)] + [_word(rng) for _ in range(8)]


def _telling(rng: random.Random, event: list[str]) -> tuple[str, str]:
    """One outlet's wording: most of the event's words, in its own order, with its own fillers."""
    words = [w for w in event if rng.random() < 0.8] + [_word(rng) for _ in range(8)]
    rng.shuffle(words)
    return " ".join(words[:8]).capitalize(), " ".join(words[8:]) + "."


def _stamp(moment: datetime) -> str:
    """The text SQLAlchemy stores for a datetime in SQLite, so range comparisons agree."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def build(path: Path, size: int) -> None:
    """A store of `size` items ending at END: stories of 1-4 tellings, one sighting each, one place each."""
    rng = random.Random(size)
    db = Database(path)  # the schema, triggers and indexes exactly as the monitor makes them
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.executemany("INSERT INTO feed(id, name, url, active, failures, gone) VALUES (?, ?, ?, 1, 0, 0)",
                     [(f, f"feed{f}", f"https://feed{f}.example/rss") for f in range(1, FEEDS + 1)])
    start = END - timedelta(days=size / PER_DAY)
    step = timedelta(days=1) / PER_DAY
    retention_start = epoch(END - RETENTION)
    item_id = story_id = 0
    while item_id < size:
        items, stories, sightings, entities, bands = [], [], [], [], []
        while item_id < size and len(items) < 20000:
            story_id += 1
            event = _event(rng)
            place, country = rng.choice(PLACES)
            first = start + step * item_id
            tellings = min(rng.choice((1, 1, 1, 2, 2, 3, 4)), size - item_id)
            stories.append((story_id, "", _stamp(first), _stamp(first), tellings))
            for _ in range(tellings):
                item_id += 1
                ts = start + step * item_id
                title, summary = _telling(rng, event)
                stamp = _stamp(ts)
                items.append((item_id, story_id, f"https://n.example/{item_id}", f"https://n.example/{item_id}",
                              title, summary, stamp, stamp, stamp, f"{item_id:040x}", 0, country, 0))
                sightings.append((item_id, rng.randrange(1, FEEDS + 1), f"https://n.example/{item_id}",
                                  f"g{item_id}", stamp))
                entities.append((item_id, "place", place, place, country))
                if epoch(ts) >= retention_start:
                    tags = Tags(places=(Place(place, country, None, place),), countries=(country,))
                    profile = profile_from_tags(title, summary, ts, tags)
                    bands += [(k, epoch(ts), item_id) for k in band_keys(profile)]
        conn.executemany("INSERT INTO story(id, title, first_seen, last_seen, sources) VALUES (?, ?, ?, ?, ?)",
                         stories)
        conn.executemany(
            "INSERT INTO item(id, story_id, url, canonical_url, title, summary, fetched, ts, published, content_hash,"
            " priority, countries, revisions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", items)
        conn.executemany("INSERT INTO sighting(item_id, feed_id, url, guid, seen) VALUES (?, ?, ?, ?, ?)", sightings)
        conn.executemany("INSERT INTO item_entity(item_id, type, name, text, country) VALUES (?, ?, ?, ?, ?)",
                         entities)
        conn.executemany("INSERT OR IGNORE INTO story_band(band_hash, ts, item_id) VALUES (?, ?, ?)", bands)
        conn.commit()
    conn.execute("UPDATE story SET title = (SELECT title FROM item WHERE item.story_id = story.id ORDER BY id LIMIT 1)")
    conn.execute("INSERT INTO meta(key, value) VALUES ('bench_format', ?)", (FORMAT,))
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def cached(size: int, rebuild: bool) -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"fold-{size}.sqlite3"
    if path.exists() and not rebuild:
        with sqlite3.connect(path) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'bench_format'").fetchone()
        if row and row[0] == FORMAT:
            return path
    for stale in CACHE.glob(f"fold-{size}.sqlite3*"):
        stale.unlink()
    began = time.perf_counter()
    print(f"building {size:,} items in {path} ...", flush=True)
    build(path, size)
    print(f"  built in {time.perf_counter() - began:.0f} s ({path.stat().st_size / 1e6:.0f} MB)", flush=True)
    return path


def new_items(rng: random.Random, recent: list[tuple[str, str]], count: int) -> list[PreparedItem]:
    """Half rewrites of recent stories (they fold), half new events; all as the pipeline would prepare them."""
    out = []
    for n in range(count):
        if n % 2 and recent:
            title, summary = recent[n % len(recent)]
            event = (title + " " + summary.rstrip(".")).lower().split()[:16]
        else:
            event = _event(rng)
        title, summary = _telling(rng, event)
        place, country = rng.choice(PLACES)
        tags = Tags(places=(Place(place, country, None, place),), countries=(country,),
                    entities=(Entity("place", place, place),))
        data = ItemData(guid=f"new-{n}", url=f"https://new.example/{n}", title=title, summary=summary,
                        published=END + timedelta(seconds=n))
        out.append(PreparedItem(data, data.url, f"new{n:037x}", tags))
    return out


class _Timed:
    """Wraps the writer's `find_stories` to time the search inside the real write and count folds."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.found = False

    def __call__(self, conn, profile, **kwargs):  # type: ignore[no-untyped-def]
        began = time.perf_counter()
        stories = find_stories(conn, profile, **kwargs)
        self.seconds += time.perf_counter() - began
        self.found = bool(stories)
        return stories


def measure(paths: list[Path]) -> list[tuple[float, float, float, int]]:
    """Per store: median ms of wall time and of CPU time per `write_feed_items` of one new item, median ms of
    the story search inside it, and how many of the measured items folded into a story.

    The stores are measured in turn item by item, so a machine busy with other work slows both alike;
    each store's rewrites are of its own recent items, drawn with the same random sequence.
    """
    timed = _Timed()
    writer.find_stories = timed  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        dbs, batches = [], []
        for path in paths:
            shutil.copy(path, Path(tmp) / path.name)
            db = Database(Path(tmp) / path.name)
            with db.reader.connect() as conn:
                recent = [(r[0], r[1]) for r in conn.exec_driver_sql(
                    "SELECT title, summary FROM item ORDER BY ts DESC, id DESC LIMIT 200")]
            dbs.append(db)
            batches.append(new_items(random.Random(7), recent, WARMUP + MEASURED))
        walls: list[list[float]] = [[] for _ in paths]
        cpus: list[list[float]] = [[] for _ in paths]
        finds: list[list[float]] = [[] for _ in paths]
        folded = [0 for _ in paths]
        for n in range(WARMUP + MEASURED):
            now = END + timedelta(seconds=n + 1)
            for k, db in enumerate(dbs):
                timed.seconds = 0.0
                began, began_cpu = time.perf_counter(), time.process_time()
                write_feed_items(db, 1 + n % FEEDS, [batches[k][n]], now)
                took_wall, took_cpu = time.perf_counter() - began, time.process_time() - began_cpu
                if n >= WARMUP:
                    walls[k].append(took_wall)
                    cpus[k].append(took_cpu)
                    finds[k].append(timed.seconds)
                    folded[k] += timed.found
        for db in dbs:
            db.close()
    ms = statistics.median
    return [(ms(w) * 1e3, ms(c) * 1e3, ms(f) * 1e3, n) for w, c, f, n in zip(walls, cpus, finds, folded)]


def main() -> None:
    sizes = [10_000, 1_000_000]
    if "--sizes" in sys.argv:
        sizes = [int(s) for s in sys.argv[sys.argv.index("--sizes") + 1].split(",")]
    paths = [cached(size, "--rebuild" in sys.argv) for size in sizes]
    results = measure(paths)
    for size, (wall, cpu, find, folded) in zip(sizes, results):
        print(f"{size:>9,} items stored: one new item written in {wall:.2f} ms wall, {cpu:.2f} ms CPU (medians);"
              f" candidate search + checks {find:.2f} ms; {folded}/{MEASURED} folded into a story")
    if len(sizes) >= 2:
        small, large = results[0], results[-1]
        ratio = large[0] / small[0]
        print(f"ratio {sizes[-1]:,} / {sizes[0]:,}: write {ratio:.2f}x wall, {large[1] / small[1]:.2f}x CPU;"
              f" search {large[2] / small[2]:.2f}x (goal <= {TARGET}x): {'ok' if ratio <= TARGET else 'over'}")


if __name__ == "__main__":
    main()
