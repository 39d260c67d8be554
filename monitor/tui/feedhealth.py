"""The feed-health screen: every feed, worst first, with its last error."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from monitor.tui.render import printable
from monitor.views import FeedHealth


class FeedHealthScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,F", "dismiss", "Close")]

    def __init__(self, feeds: list[FeedHealth]) -> None:
        super().__init__()
        self.feeds = feeds

    def compose(self) -> ComposeResult:
        failing = sum(1 for f in self.feeds if f.failing)
        yield Static(Text(f"Feeds: {len(self.feeds)}, failing: {failing}", style="bold"), id="health-title")
        table: DataTable[Text] = DataTable(id="health-table", cursor_type="row", zebra_stripes=True)
        table.add_columns("feed", "state", "items", "last success", "fails", "next poll", "error")
        for f in self.feeds:
            state = "gone" if f.gone else ("failing" if f.failures else ("ok" if f.last_success else "new"))
            style = {"gone": "bold red", "failing": "red", "ok": "green", "new": "dim"}[state]
            error = f.problem()
            table.add_row(
                Text(printable(f.name)), Text(state, style=style), Text(str(f.items)),
                Text(f.last_success.astimezone().strftime("%H:%M:%S") if f.last_success else "-"),
                Text(str(f.failures)), Text(f.next_poll.astimezone().strftime("%H:%M:%S") if f.next_poll else "-"),
                Text(printable(error)),
            )
        yield table
