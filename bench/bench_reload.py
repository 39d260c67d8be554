"""How long an edit of feeds.toml takes to show in the running TUI (goal: p95 within 3 s).

Saves 20 edits (a watch renamed each time, as a person would, with a pause
between saves) while the TUI runs under Textual's Pilot, and times each save
until the app runs on the new configuration. Also saves broken edits between
good ones and checks the monitor stays on its last good configuration.

    .venv/bin/python bench/bench_reload.py [--edits 20]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.store import Database  # noqa: E402
from monitor.tui.app import make_app  # noqa: E402
from monitor.validate import load_checked  # noqa: E402

BASE = '[[feeds]]\nname = "wire"\nurl = "https://wire.example/rss"\n\n[[watches]]\nname = "{name}"\nkeywords = ["narco*"]\n'
BROKEN = BASE + 'priority = "urgent"\n'


async def run(edits: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "feeds.toml"
        path.write_text(BASE.format(name="w0"), encoding="utf-8")
        db = Database(Path(tmp) / "m.sqlite3")
        app = make_app(load_checked(path), db, fetch=False)
        delays, kept = [], 0
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause(1.0)
            for i in range(1, edits + 1):
                if i % 4 == 0:  # a broken save first: it must change nothing
                    path.write_text(BROKEN.format(name=f"bad{i}"), encoding="utf-8")
                    while not app.config_banner.has_class("-active"):
                        await pilot.pause(0.02)
                    kept += app.config.watches[0].name == f"w{i - 1}"
                started = time.perf_counter()
                path.write_text(BASE.format(name=f"w{i}"), encoding="utf-8")
                while app.config.watches[0].name != f"w{i}":
                    await pilot.pause(0.02)
                delays.append(time.perf_counter() - started)
                await pilot.pause(0.3)
        db.close()
    delays.sort()
    p95 = delays[max(0, int(len(delays) * 0.95) - 1)]
    print(f"{len(delays)} saves: median {statistics.median(delays):.2f} s, p95 {p95:.2f} s, max {delays[-1]:.2f} s "
          f"(goal p95 <= 3 s: {'OK' if p95 <= 3 else 'MISSED'})")
    print(f"broken saves: {edits // 4}, last good configuration kept through {kept} of them")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=20)
    asyncio.run(run(parser.parse_args().edits))


if __name__ == "__main__":
    main()
