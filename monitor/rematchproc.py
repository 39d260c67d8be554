"""Re-matching stored items in a child process, so the interface never waits for it.

Tagging is pure Python: run in a thread of the TUI's process, it holds the GIL
so much that every key press queues behind it (a 5,000-item re-match froze the
screen for its whole 3 s). A child process has its own interpreter; it opens
the same SQLite file (WAL, short `BEGIN IMMEDIATE` batches) and reports
progress as lines on stdout:

    python -m monitor.rematchproc --config feeds.toml --db monitor.sqlite3 [--since ISO]
    -> "progress N" lines, "changed [ids]" lines (at most 1,000 ids each: a pipe reader's
       lines are bounded), then "done ITEMS"
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


CHUNK = 1000


@dataclass(slots=True)
class ChildResult:
    items: int = 0
    changed_ids: list[int] = field(default_factory=list)
    ok: bool = False
    error: str = ""


async def rematch_in_child(
    config_path: Path, db_url: str, *, since: datetime | None = None, progress: Callable[[int], None] | None = None
) -> ChildResult:
    """Run the re-match in a child process; cancelling this coroutine kills the child."""
    args = [sys.executable, "-m", "monitor.rematchproc", "--config", str(config_path), "--db", db_url]
    if since is not None:
        args += ["--since", since.isoformat()]
    proc = await asyncio.create_subprocess_exec(
        *args, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    result = ChildResult()
    try:
        assert proc.stdout is not None
        while line := (await proc.stdout.readline()).decode().strip():
            word, _, rest = line.partition(" ")
            if word == "progress" and progress is not None:
                progress(int(rest))
            elif word == "changed":
                result.changed_ids.extend(json.loads(rest))
            elif word == "done":
                result.items = int(rest)
        stderr = await proc.stderr.read() if proc.stderr is not None else b""
        result.ok = await proc.wait() == 0
        if not result.ok:
            lines = stderr.decode(errors="replace").strip().splitlines()
            result.error = lines[-1] if lines else f"exit {proc.returncode}"
        return result
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="monitor.rematchproc")
    parser.add_argument("--config", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--since")
    args = parser.parse_args(argv)

    from monitor.pipeline import Analyzer
    from monitor.rematch import rematch_stored
    from monitor.store import Database
    from monitor.validate import load_checked

    config = load_checked(Path(args.config))
    db = Database(args.db)
    try:
        result = rematch_stored(
            db, config, Analyzer(config),
            since=datetime.fromisoformat(args.since) if args.since else None,
            progress=lambda n: print(f"progress {n}", flush=True),
        )
    finally:
        db.close()
    for start in range(0, len(result.changed_ids), CHUNK):
        print("changed " + json.dumps(result.changed_ids[start : start + CHUNK]), flush=True)
    print(f"done {result.items}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
