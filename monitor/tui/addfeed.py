"""The add-feed dialog: URL, name, tags, interval; the URL is checked before anything is written."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static


@dataclass(frozen=True, slots=True)
class FeedRequest:
    url: str
    name: str | None
    tags: tuple[str, ...]
    interval: str | None


class AddFeedScreen(ModalScreen[FeedRequest | None]):
    """Returns what the user typed; the app checks the URL and writes feeds.toml."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="add-feed"):
            yield Label("Add a feed (a web page is fine: its feed link is found for you)", id="add-feed-title")
            yield Input(placeholder="https://example.org/rss", id="feed-url")
            yield Input(placeholder="name (optional: from the feed's title)", id="feed-name")
            yield Input(placeholder="tags, comma separated (optional)", id="feed-tags")
            yield Input(placeholder="interval, e.g. 10m (optional)", id="feed-interval")
            yield Static("", id="add-feed-error")
            with Horizontal(id="add-feed-buttons"):
                yield Button("Add", variant="primary", id="add")
                yield Button("Cancel", id="cancel")

    def on_input_submitted(self) -> None:
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "add":
            self._submit()
        else:
            self.dismiss(None)

    def _submit(self) -> None:
        url = self.query_one("#feed-url", Input).value.strip()
        if not url:
            self.query_one("#add-feed-error", Static).update("A URL is needed.")
            return
        name = self.query_one("#feed-name", Input).value.strip() or None
        tags = tuple(t.strip() for t in self.query_one("#feed-tags", Input).value.split(",") if t.strip())
        interval = self.query_one("#feed-interval", Input).value.strip() or None
        self.dismiss(FeedRequest(url, name, tags, interval))
