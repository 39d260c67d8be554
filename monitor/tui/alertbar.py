"""The pinned alert bar: stays on screen until the officer acknowledges with `a`."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from monitor.alerts import Alert
from monitor.tui.render import PRIORITY_BADGE, PRIORITY_STYLE, printable


class AlertBar(Static):
    DEFAULT_CSS = """
    AlertBar { height: 1; background: $error 30%; display: none; }
    AlertBar.-active { display: block; }
    """

    def show_alerts(self, pinned: Sequence[Alert]) -> None:
        self.set_class(bool(pinned), "-active")
        if not pinned:
            self.update("")
            return
        newest = pinned[-1]
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(f" ⚑ {len(pinned)} unacknowledged ", style="bold")
        text.append(PRIORITY_BADGE[newest.priority], style=PRIORITY_STYLE[newest.priority])
        text.append(" " + printable(newest.title))
        text.append("  · a: acknowledge", style="dim")
        self.update(text)
