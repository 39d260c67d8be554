"""The Textual application: the live timeline with the fetcher running in-process.

The fetcher is one async worker that drives `Service.run_forever`; its
callbacks become messages, so all widget updates happen on the app's own
loop. Database reads run in threads and feed the widgets frozen view models.
"""

from __future__ import annotations

import asyncio
import os
import shlex
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult, SuspendNotSupported, SystemCommand
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Static
from textual.worker import Worker, WorkerState

from monitor.alerts import Announcement, AlertDesk
from monitor.config import Config
from monitor.configdiff import ConfigDiff
from monitor.configwrite import add_feed, add_watch
from monitor.discover import prepare_feed
from monitor.errors import ConfigError
from monitor.reload import ConfigWatcher, ReloadResult
from monitor.errors import MonitorError
from monitor.links import open_link
from monitor.notify import desktop_notify
from monitor.priority import Priority
from monitor.service import FeedOutcome, PassSummary, Service
from monitor.store.db import Database
from monitor.store.feeds import feed_health
from monitor.store.stories import mark_acked, mark_read, split_item, story_members
from monitor.store.changes import ChangeWatcher
from monitor.store.queries import (
    count_items,
    item_detail,
    item_ids_after,
    item_stories,
    max_item_id,
    rows_by_id,
    rows_of_stories,
    story_rows,
    timeline_page,
    watch_counts,
)
from monitor.store.timeconv import utcnow
from monitor.textfold import fold
from monitor.tui.addfeed import AddFeedScreen, FeedRequest
from monitor.tui.alertbar import AlertBar
from monitor.tui.feedhealth import FeedHealthScreen
from monitor.tui.filters import ALL, WatchFilterScreen, describe, next_priority
from monitor.tui.render import detail_text, printable
from monitor.tui.screens import HelpScreen, ItemScreen
from monitor.tui.story import StoryScreen
from monitor.tui.timeline import Timeline
from monitor.views import Cursor, ItemDetail, TimelineFilter

PAGE = 200


class FeedPolled(Message):
    def __init__(self, outcome: FeedOutcome) -> None:
        super().__init__()
        self.outcome = outcome


class PassDone(Message):
    def __init__(self, summary: PassSummary) -> None:
        super().__init__()
        self.summary = summary


class MonitorApp(App[None]):
    CSS_PATH = "monitor.tcss"
    TITLE = "monitor"
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("o", "open_link", "Open link"),
        Binding("a", "acknowledge", "Ack alerts"),
        Binding("x", "expand_story", "Outlets", show=False),
        Binding("w", "pick_watch", "Watch"),
        Binding("p", "cycle_priority", "Priority"),
        Binding("c", "clear_filter", "Clear", show=False),
        Binding("R", "refresh_feeds", "Refresh", show=False),
        Binding("e", "edit_config", "Edit feeds"),
        Binding("A", "add_feed", "Add feed", show=False),
        Binding("W", "watch_entities", "Watch these", show=False),
        Binding("F", "feed_health", "Feeds"),
        Binding("question_mark", "help", "Help"),
    ]

    def __init__(
        self,
        config: Config,
        db: Database,
        *,
        title: str | None = None,
        fetch: bool = True,
        opener=open_link,  # type: ignore[no-untyped-def]
        notifier=desktop_notify,  # type: ignore[no-untyped-def]
    ) -> None:
        super().__init__()
        self.config = config
        self.db = db
        self.filter = TimelineFilter()
        self.service: Service | None = None
        self._fetch = fetch
        self._opener = opener
        self._notifier = notifier
        self.alerts = AlertDesk.for_watches(config.watches)
        self._watch_counts: dict[str, int] = {}
        self.watcher: ConfigWatcher | None = None
        self._changes: ChangeWatcher | None = None
        self._last_item_id = -1
        self._alert_pending: list[int] = []
        self._stop = asyncio.Event()
        self._last_pass: datetime | None = None
        self._failing = 0
        self._feeds_total = 0
        self._items_total = 0
        self._status_note = "starting the fetcher…" if fetch else "fetching is off"
        self._current: ItemDetail | None = None
        if title:
            self.title = title
        elif config.path is not None:
            self.sub_title = str(config.path)

    def compose(self) -> ComposeResult:
        # Kept as attributes, not queried: a worker finishing while a modal screen is up (or while
        # the app shuts down) must still find them.
        self.config_banner = Static(id="config-error")
        self.alert_bar = AlertBar(id="alerts")
        self.timeline = Timeline(id="timeline")
        self.detail_body = Static(Text("Select an item to read it here.", style="dim"), id="detail-body")
        self.detail = VerticalScroll(self.detail_body, id="detail")
        self.status = Static(id="status")
        yield Header()
        yield self.config_banner
        yield self.alert_bar
        yield self.timeline
        yield self.detail
        yield self.status
        yield Footer()

    async def on_mount(self) -> None:
        self.timeline.focus()
        self.load_first_page()
        self.refresh_health()
        if self._fetch:
            self.run_worker(self._fetch_forever(), name="fetcher", group="fetcher", exit_on_error=False)
        self.set_interval(1.0, self._draw_status)
        self.set_interval(5.0, lambda: self._announce(self.alerts.tick()))
        self.set_interval(1.0, self.watch_database)
        if self.config.path is not None:
            self.watcher = ConfigWatcher(self.config.path, self.on_config_reload, config=self.config)
            self.run_worker(self.watcher.run(self._stop), name="config-watch", group="config", exit_on_error=False)

    # -- configuration: hot reload, editor, add feed --------------------------------------------

    def on_config_reload(self, result: ReloadResult) -> None:
        """A settled edit of feeds.toml: apply it, or keep the last good config and show why not."""
        banner = self.config_banner
        if not result.ok:
            text = Text(" config error, still running on the last good configuration:\n", style="bold")
            for problem in result.problems[:3]:
                text.append(f" {printable(str(problem))}\n")
            banner.update(text)
            banner.add_class("-active")
            return
        banner.remove_class("-active")
        assert result.config is not None
        self.apply_config(result.config, result.diff)

    @work(exclusive=True, group="apply-config")
    async def apply_config(self, config: Config, diff: ConfigDiff | None) -> None:
        self.config = config
        self.alerts.modes = {w.name: w.alert for w in config.watches}
        if self.service is not None:
            await asyncio.to_thread(self.service.apply_config, config)
        message = f"config reloaded: {diff.summary()}" if diff is not None else "config reloaded"
        self._status_note = message
        self.notify(printable(message), title="feeds.toml", timeout=6)
        self.refresh_health()
        if diff is None or diff.watches_added or diff.watches_removed or diff.watches_changed \
                or diff.regions_changed or diff.entities_changed:
            self.rematch_watches(config)

    @work(exclusive=True, group="rematch")
    async def rematch_watches(self, config: Config) -> None:
        """Changed watches reach the stored items of the last days, in a child process.

        `exclusive` cancels an unfinished re-match when a newer edit arrives (the child is killed).
        """
        from monitor.rematchproc import rematch_in_child

        if config.path is None:
            return
        self._status_note = "re-applying watches to stored items…"

        def progress(done: int) -> None:
            self._status_note = f"re-applying watches: {done:,} items…"

        result = await rematch_in_child(config.path, self.db.url, progress=progress)
        if not result.ok:
            self._status_note = f"re-applying watches failed: {result.error}"
            return
        self._status_note = f"watches re-applied to {result.items:,} items ({len(result.changed_ids):,} changed)"
        if self.filter == TimelineFilter():
            self.pull_updated([r.item_id for r in self.timeline.rows])
        else:
            self.load_first_page()
        self.refresh_health()

    def editor_command(self, path: Path) -> list[str]:
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        return [*shlex.split(editor), str(path)]

    @contextmanager
    def _terminal_handed_over(self) -> Iterator[None]:
        try:
            with self.suspend():
                yield
        except SuspendNotSupported:  # headless (tests) or a terminal that cannot suspend
            yield

    def action_edit_config(self) -> None:
        """`e`: the user's editor on feeds.toml (argument list, no shell), then validate and reload."""
        if self.config.path is None or self.watcher is None:
            self.notify("this session has no feeds.toml to edit", severity="warning")
            return
        args = self.editor_command(self.config.path)
        try:
            with self._terminal_handed_over():
                subprocess.run(args, check=False)  # noqa: S603 - argument list
        except OSError as exc:
            self.notify(f"could not start {args[0]}: {exc}", severity="error")
            return
        result = self.watcher.check_now()
        if result is None:
            self.notify("feeds.toml unchanged", timeout=3)
        else:
            self.on_config_reload(result)

    @work(exclusive=True, group="add-watch")
    async def action_watch_entities(self) -> None:
        """`W`: a new watch on the selected item's organisations and people, written to feeds.toml."""
        if self.config.path is None:
            self.notify("this session has no feeds.toml to add to", severity="warning")
            return
        item = self._current
        names = list(dict.fromkeys(e.name for e in item.entities if e.type in ("org", "person"))) if item else []
        if not names:
            self.notify("the selected item names no organisation or person to watch", severity="warning")
            return
        taken = {w.name for w in self.config.watches}
        base = "watch-" + "-".join(fold(n).replace(" ", "-").replace(".", "") for n in names[:2])[:40]
        name = next(c for c in (base, *(f"{base}-{i}" for i in range(2, 100))) if c not in taken)
        try:
            await asyncio.to_thread(add_watch, self.config.path, name, entities=names)
        except ConfigError as err:
            self.notify(printable(str(err.problems[0]) if err.problems else str(err)), severity="error", timeout=10)
            return
        self.notify(f"watch {printable(name)} added on {printable(', '.join(names))}", title="feeds.toml", timeout=6)
        if self.watcher is not None and (result := self.watcher.check_now()) is not None:
            self.on_config_reload(result)

    def action_add_feed(self) -> None:
        if self.config.path is None:
            self.notify("this session has no feeds.toml to add to", severity="warning")
            return
        self.push_screen(AddFeedScreen(), self._add_feed_chosen)

    def _add_feed_chosen(self, request: FeedRequest | None) -> None:
        if request is not None:
            self.add_feed(request)

    @work(exclusive=True, group="add-feed")
    async def add_feed(self, request: FeedRequest) -> None:
        assert self.config.path is not None
        self.notify(f"checking {printable(request.url)}…", timeout=3)
        try:
            entry, found = await prepare_feed(
                request.url, self.config, name=request.name, tags=request.tags, interval=request.interval
            )
            await asyncio.to_thread(add_feed, self.config.path, entry.name, entry.url, entry.tags, entry.interval)
        except ConfigError as err:
            self.notify(printable(str(err.problems[0]) if err.problems else str(err)), severity="error", timeout=10)
            return
        except MonitorError as err:
            self.notify(printable(str(err)), title="Feed not added", severity="error", timeout=10)
            return
        self.notify(f"added {printable(entry.name)}: {printable(entry.url)}", title="feeds.toml", timeout=6)
        if self.watcher is not None and (result := self.watcher.check_now()) is not None:
            self.on_config_reload(result)

    # -- fetcher ------------------------------------------------------------------------------

    async def _fetch_forever(self) -> None:
        self.service = await asyncio.to_thread(Service, self.config, self.db)
        try:
            await self.service.run_forever(
                self._stop,
                on_feed=lambda outcome: self.post_message(FeedPolled(outcome)),
                on_pass=lambda summary: self.post_message(PassDone(summary)),
            )
        finally:
            await asyncio.to_thread(self.service.close)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.name == "fetcher" and event.state is WorkerState.ERROR:
            error = event.worker.error
            message = str(error) if isinstance(error, MonitorError) else f"{type(error).__name__}: {error}"
            self._status_note = f"fetcher stopped: {message}"
            self.notify(printable(message), title="Fetcher stopped", severity="error", timeout=30)
            self._draw_status()

    def on_feed_polled(self, message: FeedPolled) -> None:
        outcome = message.outcome
        if outcome.new_ids:
            self.pull_new(list(outcome.new_ids))
            self.alert_on(list(outcome.new_ids))
        if outcome.updated_ids or outcome.new_sightings:
            self.pull_updated(list(outcome.updated_ids))

    def on_pass_done(self, message: PassDone) -> None:
        self._last_pass = message.summary.finished
        self._status_note = message.summary.line()
        self.refresh_health()
        if message.summary.new_items or any(o.new_sightings for o in message.summary.outcomes):
            self.pull_updated([r.item_id for r in self.timeline.rows[:PAGE]])
            self.reconcile_rows()

    # -- data loading (threads) ---------------------------------------------------------------

    @work(exclusive=True, group="db-watch")
    async def watch_database(self) -> None:
        """Items another process stored (a `monitor fetch` daemon on the same file) arrive live too.

        `PRAGMA data_version` costs microseconds; only when it moved are the new ids read.
        """
        if self._changes is None:
            self._changes = await asyncio.to_thread(ChangeWatcher, self.db)
            self._last_item_id = await asyncio.to_thread(max_item_id, self.db)
            return
        if not await asyncio.to_thread(self._changes.changed):
            return
        new_ids = await asyncio.to_thread(item_ids_after, self.db, self._last_item_id)
        if new_ids:
            self._last_item_id = new_ids[-1]
            self.pull_new(new_ids)
            self.alert_on(new_ids)
        self.reconcile_rows()
        self.refresh_health()

    @work(exclusive=True, group="reconcile")
    async def reconcile_rows(self) -> None:
        """Drop the rows whose item another write merged away, and show the story a moved item joined.

        A write reports the items it changed, but not every row that stood for them: a copy proving two
        stored items one article deletes one of them, and a lone item may join another story. One
        look-up of the rows on screen (ids only) keeps the timeline honest after every pass.
        """
        shown = {r.item_id: r.story_id for r in self.timeline.rows}
        if not shown:
            return
        now = await asyncio.to_thread(item_stories, self.db, list(shown))
        gone = [i for i in shown if i not in now]
        moved = [i for i, story in shown.items() if i in now and now[i] != story]
        if not (gone or moved):
            return
        # The stories those rows stood for (their other members, or the item that absorbed one, may lead them
        # now), and the stories the moved items joined.
        left = [shown[i] for i in (*gone, *moved)]
        rows = await asyncio.to_thread(rows_of_stories, self.db, left, self.filter)
        rows += await asyncio.to_thread(story_rows, self.db, moved, self.filter) if moved else []
        # All in one turn of the loop: the screen never shows a story missing between the two.
        self.timeline.drop_rows([*gone, *moved])
        if rows:
            self.timeline.insert_newer(rows)

    @work(exclusive=True, group="page")
    async def load_first_page(self) -> None:
        page = await asyncio.to_thread(timeline_page, self.db, self.filter, limit=PAGE)
        self.timeline.set_rows(page.rows, exhausted=page.next is None)

    @on(Timeline.NeedMore)
    def _need_more(self, message: Timeline.NeedMore) -> None:
        self.load_more(message.after)

    @work(exclusive=True, group="more")
    async def load_more(self, after: Cursor) -> None:
        page = await asyncio.to_thread(timeline_page, self.db, self.filter, after=after, limit=PAGE)
        self.timeline.append_page(page.rows, exhausted=page.next is None)

    @work(exclusive=False, group="newer")
    async def pull_new(self, item_ids: list[int]) -> None:
        rows = await asyncio.to_thread(story_rows, self.db, item_ids, self.filter)
        self.timeline.insert_newer(rows)

    ALERT_GATHER = 0.5  # seconds: feeds finishing together make one announcement, not one each

    def alert_on(self, item_ids: list[int]) -> None:
        """New items alert whatever the timeline's filter shows: alerts are about all the news."""
        if not self._alert_pending:
            self.set_timer(self.ALERT_GATHER, self._flush_alerts)
        self._alert_pending.extend(item_ids)

    @work(exclusive=False, group="alerting")
    async def _flush_alerts(self) -> None:
        ids, self._alert_pending = self._alert_pending, []
        rows = await asyncio.to_thread(rows_by_id, self.db, ids)
        self._announce(self.alerts.offer(rows))

    def _announce(self, said: Announcement | None) -> None:
        self.alert_bar.show_alerts(self.alerts.pinned)
        if said is None:
            return
        if said.bell:
            self.bell()
        if said.toast:
            flash = any(a.priority >= Priority.FLASH for a in said.alerts)
            self.notify(printable(said.toast), title="Alert", severity="error" if flash else "warning", timeout=10)
        if said.notify:
            self._notifier(*said.notify)

    @work(exclusive=False, group="updated")
    async def pull_updated(self, item_ids: list[int]) -> None:
        rows = await asyncio.to_thread(rows_by_id, self.db, item_ids)
        self.timeline.update_rows(rows)

    @work(exclusive=True, group="health")
    async def refresh_health(self) -> None:
        health = await asyncio.to_thread(feed_health, self.db)
        self._feeds_total = len(health)
        self._failing = sum(1 for f in health if f.failing)
        if health and self._failing == len(health):
            self.timeline.empty_message = f"No items: all {len(health)} feeds are failing (press F to see why)."
        elif not self.config.feeds:
            self.timeline.empty_message = "No feeds configured: press A to add one, or e to edit feeds.toml."
        else:
            self.timeline.empty_message = "No items yet: feeds are being fetched…"
        self.timeline.refresh()
        self._items_total = await asyncio.to_thread(count_items, self.db)
        self._watch_counts = await asyncio.to_thread(watch_counts, self.db)
        self._draw_status()

    # -- detail -------------------------------------------------------------------------------

    @on(Timeline.Highlighted)
    def _highlighted(self, message: Timeline.Highlighted) -> None:
        if message.row is None:
            self._current = None
            self.detail_body.update(Text("No item selected.", style="dim"))
            return
        self.show_detail(message.row.item_id)

    @work(exclusive=True, group="detail")
    async def show_detail(self, item_id: int) -> None:
        detail = await asyncio.to_thread(item_detail, self.db, item_id)
        if detail is None:
            return
        self._current = detail
        self.detail_body.update(detail_text(detail))
        self.detail.scroll_home(animate=False)

    @on(Timeline.Selected)
    def _selected(self, message: Timeline.Selected) -> None:
        self.open_item(message.row.item_id)

    @work(group="open")
    async def open_item(self, item_id: int) -> None:
        """Read an item in full; its story counts as read from now on, for every outlet's copy."""
        detail = await asyncio.to_thread(item_detail, self.db, item_id)
        if detail is None:
            return
        self.push_screen(ItemScreen(detail))
        await asyncio.to_thread(mark_read, self.db, detail.story_id)
        self.pull_updated([item_id])

    @work(group="open")
    async def action_expand_story(self) -> None:
        row = self.timeline.current
        if row is None:
            return
        members = await asyncio.to_thread(story_members, self.db, row.story_id)
        if len(members) < 2:
            self.notify("only one outlet has this story so far", timeout=3)
            return
        self.push_screen(StoryScreen(row.story_id, row.title, members))

    @work(group="split")
    async def split_out(self, item_id: int, screen: StoryScreen) -> None:
        """The user says this telling is another event: it gets a story (and a row) of its own."""
        await asyncio.to_thread(split_item, self.db, item_id)
        screen.dismiss()
        self.notify("split into a story of its own; it will not be folded back", timeout=4)
        self.load_first_page()

    def open_url(self, url: str | None) -> None:
        problem = self._opener(url)
        if problem:
            self.notify(printable(problem), severity="warning")

    # -- actions ------------------------------------------------------------------------------

    def action_open_link(self) -> None:
        screen = self.screen
        item = screen.item if isinstance(screen, ItemScreen) else self._current
        row = self.timeline.current
        url = item.url if item is not None else (row.url if row is not None else None)
        problem = self._opener(url)
        if problem:
            self.notify(printable(problem), severity="warning")
        else:
            self.notify(printable(url or ""), title="Opened in browser", timeout=3)

    def action_refresh_feeds(self) -> None:
        if self.service is None:
            self.notify("the fetcher is still starting", severity="warning")
            return
        self.service.refresh()
        self._status_note = "refreshing every feed…"
        self._draw_status()

    async def action_feed_health(self) -> None:
        health = await asyncio.to_thread(feed_health, self.db)
        self.push_screen(FeedHealthScreen(health))

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_acknowledge(self) -> None:
        done = self.alerts.acknowledge()
        self.alert_bar.show_alerts(self.alerts.pinned)
        if done:
            self.notify(f"{len(done)} alert{'s' if len(done) != 1 else ''} acknowledged", timeout=3)
            self._store_acks([a.item_id for a in done])

    @work(group="ack")
    async def _store_acks(self, item_ids: list[int]) -> None:
        """Acknowledged is kept with the story (not the item), so every outlet's copy shares it."""
        rows = await asyncio.to_thread(rows_by_id, self.db, item_ids)
        for story_id in {r.story_id for r in rows}:
            await asyncio.to_thread(mark_acked, self.db, story_id)
        self.pull_updated(item_ids)

    def set_filter(self, filt: TimelineFilter) -> None:
        self.filter = filt
        self.load_first_page()
        self._draw_status()

    def action_cycle_priority(self) -> None:
        self.set_filter(replace(self.filter, min_priority=next_priority(self.filter.min_priority)))

    def action_clear_filter(self) -> None:
        self.set_filter(TimelineFilter())

    def action_pick_watch(self) -> None:
        def chosen(name: str | None) -> None:
            if name is not None:
                self.set_filter(replace(self.filter, watch=None if name == ALL else name))

        names = [w.name for w in self.config.watches] or sorted(self._watch_counts)
        self.push_screen(WatchFilterScreen(names, self._watch_counts, self.filter.watch), chosen)

    def get_system_commands(self, screen: Screen):  # type: ignore[no-untyped-def]
        yield from super().get_system_commands(screen)
        for watch in self.config.watches:
            hits = self._watch_counts.get(watch.name, 0)
            yield SystemCommand(
                f"Show watch: {watch.name}", f"{hits:,} hits · {watch.priority.label}",
                lambda name=watch.name: self.set_filter(replace(self.filter, watch=name)),
            )
        for level in (Priority.FLASH, Priority.IMMEDIATE, Priority.PRIORITY, Priority.ROUTINE):
            yield SystemCommand(
                f"Show priority: {level.label} and above", "hide everything less urgent",
                lambda level=level: self.set_filter(replace(self.filter, min_priority=level)),
            )
        yield SystemCommand("Show everything", "clear every filter", self.action_clear_filter)
        yield SystemCommand("Acknowledge alerts", "clear the pinned alert bar", self.action_acknowledge)

    async def action_quit(self) -> None:
        self._stop.set()
        if self._changes is not None:
            self._changes.close()
        self.exit()

    # -- status line --------------------------------------------------------------------------

    def _draw_status(self) -> None:
        status = Text(no_wrap=True, overflow="ellipsis")
        ok = self._feeds_total - self._failing
        status.append(f" {ok} feeds ok", style="green")
        if self._failing:
            status.append(f" · {self._failing} failing (F)", style="bold red")
        status.append(f" · {self._items_total:,} items")
        if self._last_pass:
            status.append(f" · last poll {self._last_pass.astimezone().strftime('%H:%M:%S')}")
        due = self.service.next_due() if self.service is not None else None
        if due is not None:
            seconds = max(0, int((due - utcnow()).total_seconds()))
            status.append(f" · next poll {due.astimezone().strftime('%H:%M:%S')} (in {_ago(seconds)})")
        shown = describe(self.filter)
        if shown:
            status.append(f" · showing {printable(shown)} (c clears)", style="bold yellow")
        if self._status_note:
            status.append(f" · {printable(self._status_note)}", style="dim")
        self.status.update(status)


def _ago(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


def make_app(config: Config, db: Database, *, title: str | None = None, fetch: bool = True, **kwargs) -> MonitorApp:  # type: ignore[no-untyped-def]
    """The one factory the CLI and the tests both call."""
    return MonitorApp(config, db, title=title, fetch=fetch, **kwargs)
