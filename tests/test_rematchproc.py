"""The re-match child: its report survives thousands of changed items, and it fails clearly."""

from __future__ import annotations

import asyncio

import pytest
from click.testing import CliRunner

from monitor.cli import main
from monitor.rematchproc import rematch_in_child


@pytest.fixture
def db(tmp_path, seed_config):
    path = tmp_path / "m.sqlite3"
    assert CliRunner().invoke(main, ["--config", str(seed_config), "--db", str(path), "fetch", "--once"]).exit_code == 0
    return path


async def test_the_child_reports_every_changed_item_and_its_progress(tmp_path, seed_config, db):
    edited = tmp_path / "edited.toml"
    edited.write_text(seed_config.read_text(encoding="utf-8").split("[[watches]]")[0]
                      + '[[watches]]\nname = "all"\nkeywords = ["the"]\n', encoding="utf-8")
    seen = []
    result = await rematch_in_child(edited, str(db), progress=seen.append)
    assert result.ok and result.items > 30
    assert len(result.changed_ids) == len(set(result.changed_ids)) > 30
    assert seen and seen[-1] == result.items


async def test_a_missing_config_is_a_clear_failure_not_a_hang(tmp_path):
    result = await asyncio.wait_for(rematch_in_child(tmp_path / "nope.toml", str(tmp_path / "m.sqlite3")), 30)
    assert not result.ok and result.error
