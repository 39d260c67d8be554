"""Re-matching stored items in a child process, so the interface never waits for it.

Tagging is pure Python: run in a thread of the TUI's process, it holds the GIL
so much that every key press queues behind it (a 5,000-item re-match froze the
screen for its whole 3 s). A child process has its own interpreter; it opens
the same SQLite file (WAL, short `BEGIN IMMEDIATE` batches) and reports
progress as lines on stdout:

    python -m monitor.rematchproc --config feeds.toml --db monitor.sqlite3 [--since ISO]
    -> "progress N" ... then "done ITEMS CHANGED" and the changed ids, one line of JSON
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
            elif word == "done":
                payload = json.loads(rest)
                result.items, result.changed_ids = payload["items"], payload["changed"]
        stderr = await proc.stderr.read() if proc.stderr is not None else b""
        result.ok = await proc.wait() == 0
        if not result.ok:
            result.error = stderr.decode(errors="replace").strip().splitlines()[-1:] and \
                stderr.decode(errors="replace").strip().splitlines()[-1] or f"exit {proc.returncode}"
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
    print("done " + json.dumps({"items": result.items, "changed": result.changed_ids}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
