"""Modal screens: the keys, and one item read in full."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from monitor.tui.render import detail_text
from monitor.views import ItemDetail

KEYS = [
    ("j / ↓", "next item"),
    ("k / ↑", "previous item"),
    ("PgDn / PgUp", "a page down / up"),
    ("g / G", "newest / oldest loaded"),
    ("enter", "read the item in full (its story is marked read: • unread, ✓ acknowledged)"),
    ("x", "the story's outlets; there, s splits out a wrongly folded one"),
    ("o", "open the item's link in the browser (http/https only)"),
    ("w", "show only one watch (with hit counts)"),
    ("p", "raise the priority floor: routine+, priority+, immediate+, flash"),
    ("c", "clear the filter"),
    ("a", "acknowledge the pinned alerts"),
    ("ctrl+p", "command palette: every filter and action by name"),
    ("e", "edit feeds.toml in $VISUAL/$EDITOR (checked and reloaded on save)"),
    ("A", "add a feed (a web page is fine: its feed link is found)"),
    ("W", "add a watch on the selected item's organisations and people"),
    ("R", "refresh: poll every feed now"),
    ("F", "feed health, worst first"),
    ("?", "this help"),
    ("escape", "close a screen"),
    ("q", "quit"),
]


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for key, what in KEYS:
            table.add_row(key, what)
        body = Table.grid()
        body.add_row(Text("monitor: keys", style="bold"))
        body.add_row(Text(""))
        body.add_row(table)
        body.add_row(Text(""))
        body.add_row(Text("The timeline is newest first; new items arrive without moving the cursor.", style="dim"))
        yield Static(body, id="help-body")


class ItemScreen(ModalScreen[None]):
    """One item in full: the summary, every source, why it matched."""

    BINDINGS = [
        Binding("escape,q,enter", "dismiss", "Back"),
        Binding("o", "app.open_link", "Open link"),
        Binding("j,down", "scroll_down", "Down", show=False),
        Binding("k,up", "scroll_up", "Up", show=False),
    ]

    def __init__(self, item: ItemDetail) -> None:
        super().__init__()
        self.item = item

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="item-scroll"):
            yield Static(detail_text(self.item), id="item-body")

    def action_scroll_down(self) -> None:
        self.query_one("#item-scroll", VerticalScroll).scroll_down()

    def action_scroll_up(self) -> None:
        self.query_one("#item-scroll", VerticalScroll).scroll_up()
