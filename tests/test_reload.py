"""Hot reload: a settled edit yields the new config and what changed; a broken or vanished file never does."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from monitor.reload import ConfigWatcher, ReloadResult

GOOD = """\
# the feeds
[[feeds]]
name = "wire"
url = "https://wire.example/rss"

[[watches]]
name = "ecuador"
keywords = ["narco*"]
"""

TWO_FEEDS = GOOD.replace("[[watches]]", '[[feeds]]\nname = "local"\nurl = "https://local.example/rss"\n\n[[watches]]')


def watcher_for(path: Path, **kwargs) -> tuple[ConfigWatcher, list[ReloadResult]]:  # type: ignore[no-untyped-def]
    seen: list[ReloadResult] = []
    return ConfigWatcher(path, seen.append, **kwargs), seen


def test_an_unchanged_file_reports_nothing_even_when_touched(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(GOOD, encoding="utf-8")
    watcher, seen = watcher_for(path)
    assert watcher.config is not None and [f.name for f in watcher.config.feeds] == ["wire"]
    os.utime(path, ns=(1, 1))
    assert watcher.check_now() is None and watcher.poll() is None and watcher.poll() is None
    assert seen == []


def test_a_valid_edit_gives_the_new_config_and_a_summary(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(GOOD, encoding="utf-8")
    watcher, seen = watcher_for(path)
    path.write_text(TWO_FEEDS, encoding="utf-8")
    result = watcher.check_now()
    assert result is not None and seen == [result] and result.ok and not result.problems
    assert [f.name for f in result.config.feeds] == ["wire", "local"]
    assert result.diff.summary() == "1 feed added"
    assert result.message() == "config reloaded: 1 feed added"
    assert watcher.check_now() is None  # reported once


def test_an_invalid_edit_keeps_the_last_good_config_and_points_at_the_mistake(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(GOOD, encoding="utf-8")
    watcher, _ = watcher_for(path)
    good = watcher.config
    path.write_text(GOOD.replace('keywords = ["narco*"]', 'keywords = ["narco*"]\npriority = "urgent"'), encoding="utf-8")
    bad = watcher.check_now()
    assert bad is not None and bad.config is None and bad.diff is None
    assert [str(p).split(": ")[0] for p in bad.problems] == [f"{path}:9:12"]
    assert bad.message().startswith(f"{path}:9:12: ")
    assert watcher.config is good
    path.write_text(TWO_FEEDS, encoding="utf-8")  # fixed, and a feed added meanwhile
    fixed = watcher.check_now()
    assert fixed.ok and fixed.diff.summary() == "1 feed added"  # against the last good config


def test_a_toml_syntax_error_is_located(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(GOOD, encoding="utf-8")
    watcher, _ = watcher_for(path)
    path.write_text(GOOD.replace('name = "wire"', 'name = "wire'), encoding="utf-8")
    result = watcher.check_now()
    assert result.config is None and str(result.problems[0]).startswith(f"{path}:3:")


def test_a_half_written_file_is_not_acted_on_until_it_settles(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(GOOD, encoding="utf-8")
    watcher, seen = watcher_for(path)
    path.write_text("", encoding="utf-8")  # an editor truncating before writing: valid TOML, no feeds
    assert watcher.poll() is None  # seen once: not yet
    path.write_text(TWO_FEEDS[:40], encoding="utf-8")  # the first write
    assert watcher.poll() is None
    path.write_text(TWO_FEEDS, encoding="utf-8")  # the last write
    assert watcher.poll() is None
    result = watcher.poll()  # the same state twice in a row: settled
    assert seen == [result] and result.ok and result.diff.summary() == "1 feed added"


def test_a_vanished_file_is_a_problem_until_it_comes_back(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(GOOD, encoding="utf-8")
    watcher, seen = watcher_for(path)
    path.unlink()
    assert watcher.poll() is None  # gone for one poll only (an atomic save in progress) is ignored
    path.write_text(GOOD, encoding="utf-8")
    assert watcher.poll() is None and watcher.poll() is None and seen == []
    path.unlink()
    watcher.poll()
    gone = watcher.poll()
    assert gone.config is None and "config file not found" in str(gone.problems[0])
    assert watcher.config is not None  # the last good one is still there
    path.write_text(GOOD, encoding="utf-8")
    back = watcher.check_now()
    assert back.ok and back.diff.empty and back.message() == "config reloaded: no changes"


def test_an_atomic_save_by_rename_is_noticed(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(GOOD, encoding="utf-8")
    watcher, _ = watcher_for(path)
    tmp = tmp_path / ".feeds.toml.swp"
    tmp.write_text(TWO_FEEDS, encoding="utf-8")
    os.replace(tmp, path)
    assert watcher.poll() is None
    assert watcher.poll().diff.summary() == "1 feed added"


def test_a_watcher_given_the_running_config_diffs_against_it(tmp_path):
    from monitor.validate import load_checked

    path = tmp_path / "feeds.toml"
    path.write_text(GOOD, encoding="utf-8")
    running = load_checked(path)
    path.write_text(TWO_FEEDS, encoding="utf-8")
    watcher, _ = watcher_for(path, config=running)  # the file changed before the watcher started
    assert watcher.check_now() is None  # the baseline is the file as the watcher found it
    path.write_text(TWO_FEEDS.replace('name = "local"', 'name = "local2"'), encoding="utf-8")
    assert watcher.check_now().diff.summary() == "1 feed added"  # against the config that is running


async def test_run_notices_an_edit_and_stops_when_told(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(GOOD, encoding="utf-8")
    got: asyncio.Queue[ReloadResult] = asyncio.Queue()
    watcher = ConfigWatcher(path, got.put_nowait, interval=0.02)
    stop = asyncio.Event()
    task = asyncio.create_task(watcher.run(stop))
    path.write_text(TWO_FEEDS, encoding="utf-8")
    result = await asyncio.wait_for(got.get(), timeout=5)
    assert result.diff.summary() == "1 feed added"
    path.write_text("[[feeds]]\nname = 1\n", encoding="utf-8")
    broken = await asyncio.wait_for(got.get(), timeout=5)
    assert broken.config is None and any(str(p).startswith(f"{path}:2:8: name must be") for p in broken.problems)
    stop.set()
    await asyncio.wait_for(task, timeout=5)
