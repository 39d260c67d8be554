"""Notice edits to feeds.toml while the monitor runs, and say what they changed or what is wrong.

People edit the file while officers watch the timeline, so an edit must show
within a second or two and a mistake must never stop anything: an invalid or
vanished file yields its problems and no config, and the caller keeps running
on the last good one.

Polling, not inotify: the file is tiny, a stat and a read every half second
cost nothing, it works the same on every platform and filesystem (network
mounts, containers), and it needs no dependency. Editors save in several ways:
in place in several writes, or to a temporary file renamed over the original
(so the file vanishes for a moment, or its inode changes). Both are handled by
*settling*: a new state of the file is only acted on once two polls in a row
have seen the same mtime, size and content hash. A half-written file (even an
empty one, which is valid TOML and would drop every feed) therefore never
reaches the caller unless it stays that way.

`check_now()` skips the settling, for when the caller knows the write is
complete (the editor it launched has exited, a test wrote the file).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from monitor.config import empty_config
from monitor.configdiff import ConfigDiff, diff_configs
from monitor.configmodels import Config
from monitor.errors import ConfigError, Problem
from monitor.validate import load_checked

__all__ = ["ConfigWatcher", "ReloadResult"]

POLL_INTERVAL = 0.5
_MISSING = "missing"


@dataclass(frozen=True, slots=True)
class ReloadResult:
    """A settled edit: the new config and what changed, or (config None) why it cannot be used."""

    config: Config | None
    problems: list[Problem] = field(default_factory=list)
    diff: ConfigDiff | None = None

    @property
    def ok(self) -> bool:
        return self.config is not None

    def message(self) -> str:
        """One line for a status bar: the diff's summary, or the first problem (and how many more)."""
        if self.diff is not None:
            return f"config reloaded: {self.diff.summary()}"
        if not self.problems:
            return "config not reloaded"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        return f"{self.problems[0]}{more}"


@dataclass(frozen=True, slots=True)
class _State:
    """What one look at the file saw; `digest` is the content hash, or "missing"."""

    mtime_ns: int
    size: int
    digest: str


def _look(path: Path) -> _State:
    try:
        stat = path.stat()
        data = path.read_bytes()
    except FileNotFoundError:
        return _State(0, -1, _MISSING)
    except OSError as exc:  # unreadable: a state of its own, reported by the loader
        return _State(0, -1, f"error:{exc.errno}")
    return _State(stat.st_mtime_ns, len(data), hashlib.sha256(data).hexdigest())


class ConfigWatcher:
    """Watches one config file; calls `on_change` with a `ReloadResult` for each settled edit.

    `config` is the configuration the caller is running (diffs are taken against
    it, then against each later good one); None means the file's current content.
    The content present at construction is the baseline and is not reported.
    """

    def __init__(
        self,
        path: Path | str,
        on_change: Callable[[ReloadResult], None],
        *,
        config: Config | None = None,
        interval: float = POLL_INTERVAL,
    ) -> None:
        self.path = Path(path)
        self.on_change = on_change
        self.interval = interval
        self._lock = threading.Lock()
        baseline = _look(self.path)
        self._reported = baseline.digest  # the content last reported (or the baseline)
        self._pending: _State | None = None  # a new state seen once, waiting to settle
        if config is None:
            try:
                config = load_checked(self.path)
            except ConfigError:
                config = None
        self.config = config  # the last good configuration

    async def run(self, stop: asyncio.Event) -> None:
        """Poll until `stop` is set; file reads and validation run in a thread, `on_change` on the loop."""
        while not stop.is_set():
            result = await asyncio.to_thread(self.poll_once)
            if result is not None:
                self.on_change(result)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.interval)

    def poll(self) -> ReloadResult | None:
        """One settling step, as `run` does it, calling `on_change` when an edit has settled."""
        result = self.poll_once()
        if result is not None:
            self.on_change(result)
        return result

    def poll_once(self) -> ReloadResult | None:
        """One settling step without the callback: a result only for a state seen twice in a row."""
        with self._lock:
            state = _look(self.path)
            if state.digest == self._reported:
                self._pending = None
                return None
            if state != self._pending:
                self._pending = state
                return None
            return self._load(state)

    def check_now(self) -> ReloadResult | None:
        """Act on the file as it is now, without settling; None when its content is what was last reported."""
        with self._lock:
            state = _look(self.path)
            if state.digest == self._reported:
                return None
            result = self._load(state)
        if result is not None:
            self.on_change(result)
        return result

    def _load(self, state: _State) -> ReloadResult | None:
        """Validate the file; None (try again later) if it changed while being read."""
        try:
            config = load_checked(self.path)
            problems: list[Problem] = []
        except ConfigError as exc:
            config, problems = None, exc.problems
        except Exception as exc:  # noqa: BLE001  (a checker bug on odd input must not end hot reload)
            config, problems = None, [Problem(str(self.path), 1, 1, f"config cannot be checked: {exc!r}")]
        if _look(self.path).digest != state.digest:
            self._pending = None
            return None
        self._pending = None
        self._reported = state.digest
        if config is None:
            return ReloadResult(None, problems or [Problem(str(self.path), 1, 1, "config cannot be read")])
        diff = diff_configs(self.config or empty_config(), config)
        self.config = config
        return ReloadResult(config, [], diff)

