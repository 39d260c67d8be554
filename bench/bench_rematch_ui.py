"""Re-applying watches to 100k stored items while the TUI keeps answering keys.

Builds (and caches under /tmp/monitor-bench/) a store of 100k items from the
last six days, written straight into SQLite, their text cut from the seed
articles. Then, in the TUI under Textual's Pilot, it times a key press (j, the
cursor moving and the detail pane following) with nothing else going on, and
again while the watches are being re-applied to every stored item in the
background, and prints both and their ratio, measured in the same run. It
also prints how fast the re-match itself went.

    .venv/bin/python bench/bench_rematch_ui.py [--items 100000] [--rebuild]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
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

from monitor.store import Database  # noqa: E402
from monitor.tui.app import make_app  # noqa: E402

CACHE = Path("/tmp/monitor-bench")
FORMAT = "rematch-ui-1"
CONFIG = """
[[feeds]]
name = "wire"
url = "https://wire.example/rss"

[[watches]]
name = "ecuador-narco"
keywords = ["narco*", "cartel*", "drug trafficking"]
regions = ["Ecuador"]
priority = "flash"

[[watches]]
name = "latam-security"
keywords = ["military", "security"]
regions = ["Latin America"]
priority = "priority"
"""
PLACES = ["Ecuador", "Guayaquil", "Quito", "Peru", "Lima", "Colombia", "Bogotá", "Chile", "Bolivia", "Brazil",
          "Mexico", "Venezuela", "Panama", "Argentina", "France", "Kenya", "Japan", "Spain"]


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def build(path: Path, size: int) -> None:
    rng = random.Random(size)
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 40 < len(s.strip()) < 300]
    Database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("INSERT INTO feed(id, name, url, active, failures, gone) VALUES (1, 'wire', 'https://wire.example/rss', 1, 0, 0)")
    now = datetime.now(UTC)
    start = now - timedelta(days=6)
    step = timedelta(days=6) / size
    for first in range(1, size + 1, 20000):
        items, stories, sightings = [], [], []
        for item_id in range(first, min(first + 20000, size + 1)):
            place = rng.choice(PLACES)
            title = f"{place}: {rng.choice(sentences)[:120]}"
            summary = " ".join(rng.sample(sentences, 2))
            stamp = _stamp(start + step * item_id)
            stories.append((item_id, title, stamp, stamp, 1))
            items.append((item_id, item_id, f"https://n.example/{item_id}", f"https://n.example/{item_id}", title,
                          summary, stamp, stamp, stamp, f"{item_id:040x}", 0, "", 0))
            sightings.append((item_id, 1, f"https://n.example/{item_id}", f"g{item_id}", stamp))
        conn.executemany("INSERT INTO story(id, title, first_seen, last_seen, sources) VALUES (?, ?, ?, ?, ?)", stories)
        conn.executemany(
            "INSERT INTO item(id, story_id, url, canonical_url, title, summary, fetched, ts, published, content_hash,"
            " priority, countries, revisions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", items)
        conn.executemany("INSERT INTO sighting(item_id, feed_id, url, guid, seen) VALUES (?, ?, ?, ?, ?)", sightings)
        conn.commit()
    conn.execute("INSERT INTO meta(key, value) VALUES ('bench_format', ?)", (FORMAT,))
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def cached(size: int, rebuild: bool) -> Path:
    path = CACHE / f"rematch-{size}.sqlite3"
    fresh = path.exists() and time.time() - path.stat().st_mtime < 3 * 86400
    if rebuild or not fresh:
        CACHE.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        started = time.perf_counter()
        build(path, size)
        print(f"built {size:,} items in {time.perf_counter() - started:.1f} s -> {path}")
    return path


async def key_latencies(pilot, presses: int) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for i in range(presses):
        started = time.perf_counter()
        await pilot.press("j" if i % 2 == 0 else "k")
        await pilot.pause()
        times.append(time.perf_counter() - started)
    return times


async def run(path: Path, presses: int) -> None:
    db = Database(path)
    config_path = path.with_name("feeds.toml")
    config_path.write_text(CONFIG, encoding="utf-8")
    from monitor.validate import load_checked

    config = load_checked(config_path)
    app = make_app(config, db, fetch=False)
    async with app.run_test(size=(140, 40)) as pilot:
        while app.timeline.row_count == 0:  # the config watcher never completes: wait for the page instead
            await pilot.pause(0.05)
        await pilot.pause(0.5)
        quiet = await key_latencies(pilot, presses)
        done: list[int] = []
        started = time.perf_counter()
        app.rematch_watches(config)
        await pilot.pause(0.5)  # let the re-match get going
        busy = await key_latencies(pilot, presses)
        while "re-applied" not in app._status_note:
            if "failed" in app._status_note:
                raise SystemExit(app._status_note)
            await pilot.pause(0.5)
        elapsed = time.perf_counter() - started
        done.append(int(re.sub(r"\D", "", app._status_note.split("to ")[1].split(" items")[0])))
    db.close()

    def line(label: str, xs: list[float]) -> str:
        ordered = sorted(xs)
        return (f"{label:<28} median {statistics.median(xs) * 1000:6.1f} ms   p95 "
                f"{ordered[int(len(ordered) * 0.95) - 1] * 1000:6.1f} ms   max {max(xs) * 1000:6.1f} ms")

    print(line("key press, quiet:", quiet))
    print(line("key press, while re-matching:", busy))
    print(f"ratio busy/quiet (median): {statistics.median(busy) / statistics.median(quiet):.2f}x")
    print(f"re-match: {done[0]:,} items in {elapsed:.1f} s = {done[0] / elapsed:,.0f} items/s, in the background")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    source = cached(args.items, args.rebuild)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.sqlite3"
        shutil.copy(source, path)
        asyncio.run(run(path, args.presses))


if __name__ == "__main__":
    main()
