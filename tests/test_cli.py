"""The command line as other tools and people use it: check, fetch --once, export, feeds."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from monitor.cli import main

EXPORT_FIELDS = {
    "id", "title", "url", "feed", "published", "fetched", "story", "sightings", "priority",
    "watches", "places", "countries", "regions", "entities",
}


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def test_check_reports_every_problem_as_path_line_col_and_exits_1(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(
        '[settings]\nintervall = "10m"\n\n[[feeds]]\nname = "a"\nurl = "ftp://x.example/rss"\n\n'
        '[[watches]]\nname = "w"\nkeywords = ["narco*"]\npriority = "urgent"\n',
        encoding="utf-8",
    )
    result = run("--config", str(path), "check")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[0].startswith(f"{path}:2:1: ") and "did you mean 'interval'" in lines[0]
    assert any(line.startswith(f"{path}:6:7: ") for line in lines)  # the bad URL's value
    assert any(line.startswith(f"{path}:11:12: ") and "flash" in line for line in lines)  # the priority's value


def test_check_points_into_a_bad_watch_query(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text('[[watches]]\nname = "w"\nquery = \'narco AND (cartel\'\n', encoding="utf-8")
    result = run("--config", str(path), "check")
    assert result.exit_code == 1
    line, = result.output.strip().splitlines()
    assert line.startswith(f"{path}:3:") and "watch 'w'" in line
    col = int(line.split(":")[2])
    assert col > len("query = '")  # inside the query string, not at its start


def test_check_names_a_region_the_gazetteer_does_not_know(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text('[[watches]]\nname = "w"\nregions = ["Ecuadorr"]\n', encoding="utf-8")
    result = run("--config", str(path), "check")
    assert result.exit_code == 1 and f"{path}:3:" in result.output and "Ecuadorr" in result.output


def test_check_accepts_the_repository_feeds_toml_and_the_demo_config(seed_config):
    from pathlib import Path

    assert run("--config", str(Path(__file__).parents[1] / "feeds.toml"), "check").exit_code == 0
    result = run("--config", str(seed_config), "check")
    assert result.exit_code == 0 and "ok (7 feeds, 4 watches" in result.output


def test_fetch_once_then_export_gives_every_field_and_the_seed_items_carry_ecuador(tmp_path, seed_config):
    db = str(tmp_path / "m.sqlite3")
    fetched = run("--config", str(seed_config), "--db", db, "fetch", "--once")
    assert fetched.exit_code == 0
    assert "7 feeds: 7 ok, 0 failed;" in fetched.output

    exported = run("--config", str(seed_config), "--db", db, "export", "--format", "jsonl")
    records = [json.loads(line) for line in exported.output.splitlines()]
    assert len(records) > 30
    assert all(EXPORT_FIELDS <= set(r) for r in records)
    operation = [r for r in records if r["title"].startswith("U.S. Southern Command and Ecuadorian forces launch")]
    assert operation, "the joint-operation story is exported"
    story = operation[0]
    assert "EC" in story["countries"]
    assert any(p["country"] == "EC" for p in story["places"])
    assert {"type": "org", "name": "U.S. Southern Command"} in [
        {k: e[k] for k in ("type", "name")} for e in story["entities"]
    ]
    assert story["priority"] == "flash"
    assert any(w["name"] == "ecuador-narco" and w["terms"] for w in story["watches"])
    assert len({s["feed"] for s in story["sightings"]}) >= 2  # verbatim copies folded into one item
    assert all(set(s) == {"feed", "url", "guid", "seen"} for s in story["sightings"])


def test_fetch_once_exits_0_when_feeds_fail_and_says_which(tmp_path, feed_server):
    config = tmp_path / "feeds.toml"
    feed_server.add("/ok.rss", _tiny_rss())
    feed_server.add("/broken.rss", b"oops", status=500)
    config.write_text(
        f'[[feeds]]\nname = "ok"\nurl = "{feed_server.url("/ok.rss")}"\n\n'
        f'[[feeds]]\nname = "broken"\nurl = "{feed_server.url("/broken.rss")}"\n',
        encoding="utf-8",
    )
    result = run("--config", str(config), "--db", str(tmp_path / "m.sqlite3"), "fetch", "--once")
    assert result.exit_code == 0
    assert "2 feeds: 1 ok, 1 failed; 1 new items" in result.output
    assert "broken: FAILED: HTTP 500" in result.output
    health = run("--config", str(config), "--db", str(tmp_path / "m.sqlite3"), "feeds")
    assert "broken" in health.output and "failing" in health.output and "HTTP 500" in health.output


def test_an_unusable_config_or_database_is_a_clear_nonzero_exit(tmp_path):
    missing = run("--config", str(tmp_path / "nope.toml"), "fetch", "--once")
    assert missing.exit_code == 1 and "config file not found" in missing.output
    (tmp_path / "feeds.toml").write_text("", encoding="utf-8")
    (tmp_path / "dir.sqlite3").mkdir()
    bad_db = run("--config", str(tmp_path / "feeds.toml"), "--db", str(tmp_path / "dir.sqlite3"), "fetch", "--once")
    assert bad_db.exit_code == 2 and "cannot open database" in bad_db.output


def test_environment_variables_choose_config_and_database(tmp_path, feed_server):
    feed_server.add("/ok.rss", _tiny_rss())
    config = tmp_path / "feeds.toml"
    config.write_text(f'[[feeds]]\nname = "ok"\nurl = "{feed_server.url("/ok.rss")}"\n', encoding="utf-8")
    env = {"MONITOR_CONFIG": str(config), "MONITOR_DB": str(tmp_path / "env.sqlite3")}
    assert run("fetch", "--once", env=env).exit_code == 0
    assert (tmp_path / "env.sqlite3").exists()


def test_export_csv_and_markdown_and_filters(tmp_path, seed_config):
    db = str(tmp_path / "m.sqlite3")
    run("--config", str(seed_config), "--db", db, "fetch", "--once")

    rows = list(csv.DictReader(io.StringIO(run("--db", db, "export", "--format", "csv").output)))
    assert rows and {"title", "countries", "watches", "organisations"} <= set(rows[0])

    flash = run("--db", db, "export", "--format", "jsonl", "--watch", "ecuador-narco").output.splitlines()
    assert flash and all(
        any(w["name"] == "ecuador-narco" for w in json.loads(line)["watches"]) for line in flash
    )
    found = run("--db", db, "export", "--query", "Callao").output.splitlines()
    assert found and all("Callao" in json.loads(line)["title"] for line in found)

    report = run("--db", db, "export", "--format", "md").output
    assert report.startswith("# Shift report")
    assert report.index("## Flash") < report.index("## Immediate") < report.index("## Routine")

    assert run("--db", db, "export", "--since", "yesterday-ish").exit_code == 2
    recent = run("--db", db, "export", "--since", "2026-11-21T12:00:00").output.splitlines()
    assert recent and all(json.loads(line)["published"] >= "2026-11-21T12:00" for line in recent)


def _tiny_rss() -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>Quito: new metro line opens</title><link>https://q.example/1</link>"
        "<guid>q-1</guid><pubDate>Sat, 21 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>"
    )


def test_a_server_asking_for_max_age_is_not_polled_before_it(tmp_path, feed_server):
    from datetime import UTC, datetime

    from monitor.store import Database
    from monitor.store.feeds import feed_states

    feed_server.add("/slow.rss", _tiny_rss(), headers={"Cache-Control": "max-age=7200"})
    config = tmp_path / "feeds.toml"
    config.write_text(f'[settings]\ninterval = "5m"\n\n[[feeds]]\nname = "slow"\nurl = "{feed_server.url("/slow.rss")}"\n',
                      encoding="utf-8")
    assert run("--config", str(config), "--db", str(tmp_path / "m.sqlite3"), "fetch", "--once").exit_code == 0
    db = Database(tmp_path / "m.sqlite3")
    (state,) = feed_states(db)
    db.close()
    wait = (state.next_poll - datetime.now(UTC)).total_seconds()
    assert 7200 * 0.85 < wait <= 7200 * 1.1  # max-age, not our 5 minutes (jitter +-10%)
