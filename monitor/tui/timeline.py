"""The live timeline: a virtual list of loaded rows, drawn line by line.

It holds only the pages loaded so far (newest first) and draws only the lines
on screen, so it costs the same at a million stored items as at a thousand.
Rows that arrive above the cursor never move it: the cursor follows its item,
and the view stays put unless the user was watching the top.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from monitor.tui.render import timeline_row_text
from monitor.views import Cursor, TimelineRow

LOAD_MORE_MARGIN = 40


class Timeline(ScrollView, can_focus=True):
    """Newest first; j/k or arrows move, enter opens, the next page loads near the bottom."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False),
        Binding("k,up", "cursor_up", "Up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("g,home", "first", "Newest", show=False),
        Binding("G,end", "last", "Oldest loaded", show=False),
        Binding("enter", "select", "Read", show=False),
    ]

    DEFAULT_CSS = """
    Timeline { background: $surface; }
    """

    cursor = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor is on a new item (or on nothing)."""

        def __init__(self, row: TimelineRow | None) -> None:
            super().__init__()
            self.row = row

    class Selected(Message):
        """The user pressed enter on a row."""

        def __init__(self, row: TimelineRow) -> None:
            super().__init__()
            self.row = row

    class NeedMore(Message):
        """The cursor is near the last loaded row: the app should load the next page."""

        def __init__(self, after: Cursor) -> None:
            super().__init__()
            self.after = after

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._rows: list[TimelineRow] = []
        self._positions: dict[int, int] = {}
        self._cache: LRUCache[tuple[int, int, bool, int], Strip] = LRUCache(1024)
        self._generation = 0  # bumped when a row's content changes, so cached lines are redrawn
        self.exhausted = False  # no older page to load
        self.empty_message = "No items yet: feeds are being fetched…"
        self._asked_for: Cursor | None = None

    # -- data ---------------------------------------------------------------------------------

    @property
    def rows(self) -> Sequence[TimelineRow]:
        return self._rows

    @property
    def row_count(self) -> int:
        return len(self._rows)

    @property
    def current(self) -> TimelineRow | None:
        return self._rows[self.cursor] if 0 <= self.cursor < len(self._rows) else None

    @property
    def top(self) -> Cursor | None:
        return self._rows[0].cursor if self._rows else None

    def set_rows(self, rows: Iterable[TimelineRow], *, exhausted: bool) -> None:
        """Replace everything (a new filter, the first load)."""
        self._rows = list(rows)
        self._reindex()
        self.exhausted = exhausted
        self._asked_for = None
        self._generation += 1
        self._resize()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.cursor = 0

    def append_page(self, rows: Sequence[TimelineRow], *, exhausted: bool) -> None:
        """Older rows at the bottom (the next keyset page)."""
        fresh = [r for r in rows if r.item_id not in self._positions]
        self._rows.extend(fresh)
        self._reindex()
        self.exhausted = exhausted
        self._asked_for = None
        self._resize()
        self.refresh()

    def insert_newer(self, rows: Sequence[TimelineRow]) -> list[TimelineRow]:
        """Story rows that arrived or changed live; returns the rows that were not shown before.

        A row replaces the row of its story (its lead may have changed); a new one goes where it
        sorts, but never below the last loaded row while older pages are still unloaded (paging
        would skip what lies between). The cursor stays on its item. The view stays where it
        was, except that a user looking at the top keeps seeing the top (the new rows) as long
        as the cursor's row stays on screen.
        """
        if not rows:
            return []
        bottom = self._rows[-1].cursor if self._rows and not self.exhausted else None
        incoming = {r.story_id: r for r in rows if bottom is None or r.cursor >= bottom}
        shown_stories = {r.story_id for r in self._rows}
        fresh = [r for r in incoming.values() if r.story_id not in shown_stories]
        kept = [r for r in self._rows if r.story_id not in incoming]
        current = self.current
        merged = sorted([*incoming.values(), *kept], key=lambda r: (r.ts, r.item_id), reverse=True)
        self._rows = merged
        self._reindex()
        self._generation += 1
        self._resize()
        if current is None:
            self.cursor = 0
            return fresh
        new_cursor = self._positions.get(current.item_id)
        if new_cursor is None:  # the story's lead changed: stay on the story
            new_cursor = next((i for i, r in enumerate(self._rows) if r.story_id == current.story_id), 0)
        shift = new_cursor - self.cursor
        at_top = self.scroll_offset.y == 0
        if shift and not (at_top and new_cursor < self.scrollable_content_region.height):
            self.scroll_to(y=self.scroll_offset.y + shift, animate=False, immediate=True)
        self.set_reactive(Timeline.cursor, new_cursor)
        self.refresh()
        return fresh

    def update_rows(self, rows: Sequence[TimelineRow]) -> None:
        """Rows whose content changed (a revision, another outlet, a re-matched watch)."""
        changed = False
        for row in rows:
            index = self._positions.get(row.item_id)
            if index is not None:
                self._rows[index] = row
                changed = True
        if changed:
            self._generation += 1
            self.refresh()
            if self.current is not None and any(r.item_id == self.current.item_id for r in rows):
                self.post_message(self.Highlighted(self.current))

    def drop_rows(self, item_ids: Iterable[int]) -> None:
        """Rows that no longer stand for a story (their item merged into another, or moved to another
        story); the cursor stays on its row, or on the row that took its place."""
        gone = set(item_ids) & self._positions.keys()
        if not gone:
            return
        current = self.current
        self._rows = [r for r in self._rows if r.item_id not in gone]
        self._reindex()
        self._generation += 1
        self._resize()
        kept = None if current is None else self._positions.get(current.item_id)
        self.set_reactive(Timeline.cursor, kept if kept is not None else min(self.cursor, max(len(self._rows) - 1, 0)))
        self.refresh()

    def _reindex(self) -> None:
        self._positions = {row.item_id: i for i, row in enumerate(self._rows)}

    def _resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._rows))

    # -- cursor -------------------------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self._rows) - 1)) if self._rows else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self._refresh_line(old)
        self._refresh_line(new)
        self.scroll_to_cursor()
        self.post_message(self.Highlighted(self.current))
        self._maybe_need_more()

    def _maybe_need_more(self) -> None:
        if self.exhausted or not self._rows:
            return
        if self.cursor >= len(self._rows) - LOAD_MORE_MARGIN:
            last = self._rows[-1].cursor
            if self._asked_for != last:
                self._asked_for = last
                self.post_message(self.NeedMore(last))

    def scroll_to_cursor(self) -> None:
        height = self.scrollable_content_region.height
        top = self.scroll_offset.y
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif height and self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def move_to_item(self, item_id: int) -> bool:
        index = self._positions.get(item_id)
        if index is None:
            return False
        self.cursor = index
        return True

    def _refresh_line(self, index: int) -> None:
        y = index - self.scroll_offset.y
        if 0 <= y < self.size.height:
            self.refresh_line(y)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_page_down(self) -> None:
        self.cursor += max(1, self.scrollable_content_region.height - 1)

    def action_page_up(self) -> None:
        self.cursor -= max(1, self.scrollable_content_region.height - 1)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self._rows) - 1

    def action_select(self) -> None:
        if self.current is not None:
            self.post_message(self.Selected(self.current))

    def on_click(self, event) -> None:  # type: ignore[no-untyped-def]
        index = self.scroll_offset.y + event.y
        if 0 <= index < len(self._rows):
            self.cursor = index

    def on_resize(self) -> None:
        self._resize()
        self._cache.clear()

    # -- drawing ------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._rows):
            if index == len(self._rows) and not self._rows:
                return Strip([Segment(f" {self.empty_message}".ljust(width), base + Style(dim=True))])
            return Strip.blank(width, base)
        row = self._rows[index]
        selected = index == self.cursor
        key = (row.item_id, width, selected, self._generation)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        text = timeline_row_text(row, width)
        segments = [Segment(s.text, base + s.style if s.style else base) for s in text.render(self.app.console)]
        strip = Strip(segments).adjust_cell_length(width, base)
        if selected:
            highlight = self.get_component_rich_style("timeline--cursor") if self.has_focus else \
                self.get_component_rich_style("timeline--cursor-blurred")
            strip = strip.apply_style(highlight)
        self._cache[key] = strip
        return strip

    COMPONENT_CLASSES = {"timeline--cursor", "timeline--cursor-blurred"}

    def on_focus(self) -> None:
        self._cache.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._cache.clear()
        self.refresh()
