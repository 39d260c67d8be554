"""The `monitor` command: builds everything from the config and hands over; no logic of its own.

Exit codes: 0 success (also when some feeds failed: that is news, not an
error), 1 an unusable configuration, 2 an unusable database or bad usage.
"""

from __future__ import annotations

import asyncio
import signal
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import click

from monitor import __version__
from monitor.config import Config, default_config_path
from monitor.durations import parse_since
from monitor.errors import ConfigError, MonitorError, StoreError
from monitor.export import FORMATS
from monitor.paths import default_db_path
from monitor.priority import Priority
from monitor.store.timeconv import utcnow


@dataclass(slots=True)
class Context:
    config_path: Path
    db: str


def _fail_config(err: ConfigError) -> None:
    for problem in err.problems:
        click.echo(str(problem), err=True)
    sys.exit(1)


def _load(ctx: Context) -> Config:
    from monitor.validate import load_checked

    try:
        return load_checked(ctx.config_path)
    except ConfigError as err:
        _fail_config(err)
        raise  # unreachable


def _open_db(location: str):  # type: ignore[no-untyped-def]
    from monitor.store import Database

    try:
        return Database(location)
    except StoreError as err:
        click.echo(f"monitor: {err}", err=True)
        sys.exit(2)


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), envvar="MONITOR_CONFIG",
              help="feeds.toml to use [default: ./feeds.toml, else the user config dir].")
@click.option("--db", envvar="MONITOR_DB", help="SQLite file or sqlite:/// URL [default: the user data dir].")
@click.version_option(__version__, prog_name="monitor")
@click.pass_context
def main(click_ctx: click.Context, config_path: Path | None, db: str | None) -> None:
    """A terminal news monitor: feeds, places, watches, one live timeline.

    With no command, opens the live timeline with the fetcher running.
    """
    ctx = Context(config_path or default_config_path(), db or str(default_db_path()))
    click_ctx.obj = ctx
    if click_ctx.invoked_subcommand is None:
        config = _load(ctx)
        _run_tui(config, _open_db(ctx.db))


def _run_tui(config: Config, db, *, title: str | None = None) -> None:  # type: ignore[no-untyped-def]
    from monitor.tui.app import make_app

    app = make_app(config, db, title=title)
    app.run()
    db.close()


@main.command()
@click.pass_obj
def check(ctx: Context) -> None:
    """Validate the configuration; print each problem as FILE:LINE:COL: message."""
    from monitor.validate import check_path, load_checked

    problems = check_path(ctx.config_path)
    for problem in problems:
        click.echo(str(problem))
    if problems:
        sys.exit(1)
    config = load_checked(ctx.config_path)
    click.echo(
        f"{ctx.config_path}: ok ({len(config.feeds)} feeds, {len(config.watches)} watches, "
        f"{len(config.regions)} regions, {len(config.entities)} entities)"
    )


@main.command()
@click.option("--once", is_flag=True, help="One pass over every feed, then a summary.")
@click.option("-v", "--verbose", is_flag=True, help="One line per feed.")
@click.pass_obj
def fetch(ctx: Context, once: bool, verbose: bool) -> None:
    """Fetch feeds into the database (a daemon until SIGTERM, or --once)."""
    from monitor.reload import ConfigWatcher, ReloadResult
    from monitor.service import FeedOutcome, Service

    config = _load(ctx)
    db = _open_db(ctx.db)

    def report(outcome: FeedOutcome) -> None:
        if verbose or not outcome.ok:
            state = "ok" if outcome.ok else "FAILED"
            detail = "not modified" if outcome.not_modified else (
                f"{len(outcome.new_ids)} new of {outcome.items}" if outcome.ok else outcome.error
            )
            click.echo(f"{outcome.name}: {state}: {detail}", err=not outcome.ok)

    async def run() -> None:
        service = Service(config, db)
        try:
            if once:
                summary = await service.run_pass(force=True, on_feed=report)
                click.echo(summary.line())
                return
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, stop.set)
            watcher = ConfigWatcher(ctx.config_path, lambda result: reloaded(service, result), config=config)
            watching = asyncio.create_task(watcher.run(stop))
            await service.run_forever(stop, on_feed=report, on_pass=lambda s: click.echo(s.line()))
            await watching
        finally:
            service.close()

    def reloaded(service: Service, result: ReloadResult) -> None:
        """A bad edit never stops the daemon: it keeps the last good config and says why."""
        if result.ok and result.config is not None:
            service.apply_config(result.config)
            click.echo(result.message())
        else:
            for problem in result.problems:
                click.echo(f"{problem} (still running on the last good config)", err=True)

    try:
        asyncio.run(run())
    finally:
        db.close()


@main.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--since", help="Only items from this far back (8h, 2d) or since a date (2026-11-20).")
@click.option("--watch", help="Only items this watch matched.")
@click.option("--query", help="Full-text search in title and summary (words, \"phrases\", prefix*).")
@click.option("--priority", "min_priority", type=click.Choice(Priority.choices()), help="Only this priority or higher.")
@click.option("--country", help="Only items that mention this country (ISO code, e.g. EC).")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="File to write [stdout].")
@click.pass_obj
def export(ctx: Context, fmt: str, since: str | None, watch: str | None, query: str | None,
           min_priority: str | None, country: str | None, output) -> None:  # type: ignore[no-untyped-def]
    """Export stored items as JSONL, CSV or a Markdown shift report."""
    from monitor import export as exporter
    from monitor.store.queries import iter_details
    from monitor.views import TimelineFilter

    try:
        since_at = parse_since(since, utcnow()) if since else None
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--since") from err
    db = _open_db(ctx.db)
    filt = TimelineFilter(
        watch=watch, query=query, since=since_at, country=country,
        min_priority=Priority.parse(min_priority) if min_priority else Priority.NONE,
    )
    try:
        exporter.write(fmt, iter_details(db, filt), output)
    finally:
        db.close()


@main.group(invoke_without_command=True)
@click.option("--all", "include_inactive", is_flag=True, help="Also feeds no longer in the config.")
@click.pass_context
def feeds(click_ctx: click.Context, include_inactive: bool) -> None:
    """Feed health: last success, failures, errors, worst first (or: list, add, remove)."""
    if click_ctx.invoked_subcommand is not None:
        return
    from monitor.store.feeds import feed_health

    db = _open_db(click_ctx.obj.db)
    try:
        rows = feed_health(db, include_inactive=include_inactive)
    finally:
        db.close()
    if not rows:
        click.echo("no feeds fetched yet (run `monitor fetch --once`)")
        return
    width = max(len(r.name) for r in rows)
    click.echo(f"{'FEED':<{width}}  {'STATUS':<8} {'ITEMS':>6}  {'LAST SUCCESS':<17} {'FAILS':>5}  ERROR")
    for r in rows:
        status = "gone" if r.gone else ("failing" if r.failures else ("ok" if r.last_success else "new"))
        last = r.last_success.strftime("%Y-%m-%d %H:%M") if r.last_success else "-"
        click.echo(f"{r.name:<{width}}  {status:<8} {r.items:>6}  {last:<17} {r.failures:>5}  {r.problem()}")


def _load_or_empty(ctx: Context) -> Config:
    """The config to add to: a missing file is an empty one (the first `feeds add` creates it)."""
    from monitor.config import empty_config

    return _load(ctx) if ctx.config_path.exists() else empty_config()


def _refused(err: ConfigError, path: Path) -> None:
    for problem in err.problems:
        click.echo(str(problem), err=True)
    click.echo(f"{path} was not changed", err=True)
    sys.exit(1)


@feeds.command("list")
@click.pass_obj
def feeds_list(ctx: Context) -> None:
    """The feeds in the config: name, interval, tags, URL."""
    from monitor.durations import format_duration

    config = _load(ctx)
    if not config.feeds:
        click.echo(f"no feeds in {ctx.config_path} (add one with `monitor feeds add URL`)")
        return
    width = max(len(f.name) for f in config.feeds)
    click.echo(f"{'FEED':<{width}}  {'EVERY':<8} {'TAGS':<24} URL")
    for f in config.feeds:
        every = format_duration(config.feed_interval(f))
        off = "  (disabled)" if not f.enabled else ""
        click.echo(f"{f.name:<{width}}  {every:<8} {','.join(f.tags) or '-':<24} {f.url}{off}")


@feeds.command("add")
@click.argument("url")
@click.option("--name", help="Feed name [default: from the feed's title, else the host].")
@click.option("--tags", "tag_args", multiple=True, help="Tags, comma-separated (repeatable).")
@click.option("--interval", help="Poll interval for this feed (10m, 1h) [default: the settings' interval].")
@click.option("--no-check", is_flag=True, help="Do not fetch the URL first (no check, no feed discovery).")
@click.pass_obj
def feeds_add(ctx: Context, url: str, name: str | None, tag_args: tuple[str, ...], interval: str | None,
              no_check: bool) -> None:
    """Add a feed; a web page's address is replaced by the feed it links to."""
    from monitor.configwrite import add_feed
    from monitor.discover import prepare_feed
    from monitor.durations import parse_duration
    from monitor.errors import FeedError

    if interval is not None:
        try:
            parse_duration(interval)
        except ValueError as err:
            raise click.BadParameter(str(err), param_hint="--interval") from err
    if not url.strip().lower().startswith(("http://", "https://")):
        raise click.BadParameter("must be an http or https URL", param_hint="URL")
    tags = tuple(t.strip() for arg in tag_args for t in arg.split(",") if t.strip())
    config = _load_or_empty(ctx)
    try:
        entry, found = asyncio.run(prepare_feed(url, config, name=name, tags=tags, interval=interval, check=not no_check))
    except FeedError as err:
        click.echo(f"monitor: {err}", err=True)
        click.echo("(add it anyway with --no-check)", err=True)
        sys.exit(1)
    if found is not None and found.page:
        click.echo(f"{found.page} is a web page; using the feed it links to: {found.url}")
        for other in found.alternatives:
            click.echo(f"  it also links to: {other}")
    try:
        add_feed(ctx.config_path, entry.name, entry.url, entry.tags, entry.interval)
    except ConfigError as err:
        _refused(err, ctx.config_path)
    detail = f": {found.title or 'untitled'}, {found.items} items" if found is not None else " (not checked)"
    click.echo(f"added feed '{entry.name}' ({entry.url}) to {ctx.config_path}{detail}")


@feeds.command("remove")
@click.argument("name")
@click.pass_obj
def feeds_remove(ctx: Context, name: str) -> None:
    """Remove a feed from the config; its stored items stay in the database."""
    from monitor.configwrite import remove_feed

    try:
        feed = remove_feed(ctx.config_path, name)
    except ConfigError as err:
        _refused(err, ctx.config_path)
    click.echo(f"removed feed '{feed.name}' ({feed.url}) from {ctx.config_path}; its stored items stay")


@main.group()
def opml() -> None:
    """Import feeds from another reader's OPML, or export ours."""


@opml.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.pass_obj
def opml_import(ctx: Context, file: Path) -> None:
    """Add the feeds in an OPML file (folders become tags); duplicates are skipped and listed."""
    from monitor.configwrite import add_feeds
    from monitor.opml import plan_import, read_opml

    try:
        found = read_opml(file)
    except ConfigError as err:
        _fail_config(err)
    new, skipped = plan_import(found, _load_or_empty(ctx))
    try:
        late = add_feeds(ctx.config_path, new, skip_duplicates=True)  # the file may have changed meanwhile
    except ConfigError as err:
        _refused(err, ctx.config_path)
    skipped += late
    for item in skipped:
        click.echo(f"skipped {item.feed.url}: {item.reason}")
    added = len(new) - len(late)
    click.echo(f"imported {added} of {len(found)} feeds from {file} into {ctx.config_path} ({len(skipped)} skipped)")


@opml.command("export")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="File to write [stdout].")
@click.pass_obj
def opml_export(ctx: Context, output) -> None:  # type: ignore[no-untyped-def]
    """Write the config's feeds as OPML 2.0, tags as folders and categories."""
    from monitor.opml import export_opml

    output.write(export_opml(_load(ctx)))


@main.command()
@click.option("--db", "demo_db", help="Keep the demo database here instead of a temporary file.")
@click.option("--drip", type=float, default=20.0, show_default=True,
              help="Seconds between live items released by the demo server.")
def demo(demo_db: str | None, drip: float) -> None:
    """Serve the sample feeds in seeds/ on loopback and open the monitor on them (no network needed)."""
    from monitor.demo import SeedServer, demo_config_text, seeds_dir
    from monitor.store import Database

    try:
        root = seeds_dir()
        with tempfile.TemporaryDirectory(prefix="monitor-demo-") as tmp, SeedServer(
            root, live=True, drip_seconds=drip
        ) as server:
            config_path = Path(tmp) / "demo.toml"
            config_path.write_text(demo_config_text(server.base_url), encoding="utf-8")
            from monitor.validate import load_checked

            config = load_checked(config_path)
            db = Database(demo_db or Path(tmp) / "demo.sqlite3")
            _run_tui(config, db, title=f"monitor demo · {server.base_url}")
    except ConfigError as err:
        _fail_config(err)
    except MonitorError as err:
        click.echo(f"monitor: {err}", err=True)
        sys.exit(2)


@main.group()
def watches() -> None:
    """Try and inspect watches."""


@watches.command("test")
@click.argument("query")
@click.option("--since", default="7d", show_default=True, help="How far back to look (8h, 7d) or a date.")
@click.pass_obj
def watches_test(ctx: Context, query: str, since: str) -> None:
    """Dry run: print the stored items QUERY would match, and why; nothing is saved.

    QUERY uses the watch query language: words, "phrases", prefix*, AND OR NOT,
    parentheses, and fields title: text: region: country: entity: feed: tag:.
    """
    from monitor.rematch import try_query
    from monitor.watches import WatchCompileError

    try:
        since_at = parse_since(since, utcnow())
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--since") from err
    config = _load(ctx)
    db = _open_db(ctx.db)
    shown = 0
    try:
        for trial in try_query(db, config, query, since=since_at):
            when = trial.item.ts.strftime("%Y-%m-%d %H:%M")
            click.echo(f"{when}  {trial.item.feed:<18} {trial.item.title}")
            click.echo(f"{'':18}  matched on: {', '.join(trial.hit.terms) or '(no listed terms)'}")
            shown += 1
    except WatchCompileError as err:
        for problem in err.problems:
            where = f"query:1:{problem.position + 1}" if problem.position is not None else "query"
            click.echo(f"{where}: {problem.message}", err=True)
            if problem.position is not None:
                click.echo(f"  {query}\n  {' ' * problem.position}^", err=True)
        sys.exit(1)
    finally:
        db.close()
    click.echo(f"{shown} stored item{'s' if shown != 1 else ''} since {since_at:%Y-%m-%d %H:%M} UTC would match")
