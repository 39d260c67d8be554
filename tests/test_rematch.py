"""Changed watches reach stored items; a query can be tried before it is saved."""

from __future__ import annotations

from click.testing import CliRunner

from monitor.cli import main
from monitor.pipeline import Analyzer
from monitor.priority import Priority
from monitor.rematch import rematch_stored
from monitor.store.queries import item_detail, timeline_page
from monitor.validate import load_checked

WATCH_NARCO = '[[watches]]\nname = "ecuador-narco"\nkeywords = ["narco*"]\nregions = ["Ecuador"]\npriority = "flash"\n'
WATCH_CHILE = '[[watches]]\nname = "chile"\nregions = ["Chile"]\npriority = "immediate"\n'


def fetch_demo(tmp_path, seed_config) -> str:
    db = str(tmp_path / "m.sqlite3")
    assert CliRunner().invoke(main, ["--config", str(seed_config), "--db", db, "fetch", "--once"]).exit_code == 0
    return db


def test_a_new_watch_is_applied_to_stored_items_and_a_removed_one_is_taken_off(tmp_path, seed_config):
    from monitor.store import Database

    db = Database(fetch_demo(tmp_path, seed_config))
    text = seed_config.read_text(encoding="utf-8")
    edited = tmp_path / "edited.toml"
    feeds_only = text.split("[[watches]]")[0]
    edited.write_text(feeds_only + WATCH_CHILE, encoding="utf-8")
    config = load_checked(edited)

    result = rematch_stored(db, config, Analyzer(config), since=None)
    assert result.items > 30 and result.changed_ids

    rows = timeline_page(db).rows
    chile = [r for r in rows if "chile" in r.watches]
    assert chile and all(r.priority is Priority.IMMEDIATE for r in chile)
    assert not any("ecuador-narco" in r.watches for r in rows)  # the old watch is gone from every item
    assert "Chile" in item_detail(db, chile[0].item_id).hits[0].terms

    again = rematch_stored(db, config, Analyzer(config), since=None)
    assert again.changed_ids == []  # nothing changed: nothing written
    db.close()


def test_a_rematch_can_be_cancelled_between_batches(tmp_path, seed_config):
    import threading

    from monitor.store import Database

    db = Database(fetch_demo(tmp_path, seed_config))
    config = load_checked(seed_config)
    stop = threading.Event()
    seen = []

    def progress(n: int) -> None:
        seen.append(n)
        stop.set()

    result = rematch_stored(db, config, Analyzer(config), since=None, batch=5, cancel=stop, progress=progress)
    assert result.cancelled and result.items == 5 and seen == [5]
    db.close()


def test_watches_test_prints_what_would_match_and_why(tmp_path, seed_config):
    db = fetch_demo(tmp_path, seed_config)
    out = CliRunner().invoke(
        main, ["--config", str(seed_config), "--db", db, "watches", "test", 'title:narco* AND region:Ecuador',
               "--since", "2026-11-01"],
    )
    assert out.exit_code == 0, out.output
    assert "matched on:" in out.output and "would match" in out.output
    assert "Football" not in out.output or "narco" in out.output.lower()


def test_watches_test_points_at_the_error_inside_the_query(tmp_path, seed_config):
    db = fetch_demo(tmp_path, seed_config)
    out = CliRunner().invoke(main, ["--config", str(seed_config), "--db", db, "watches", "test", "narco AND (cartel"])
    assert out.exit_code == 1
    assert out.output.startswith("query:1:")
    assert "^" in out.output
