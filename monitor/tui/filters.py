"""Narrowing the timeline: a watch picker with hit counts, and the priority ladder."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from monitor.priority import Priority
from monitor.tui.render import printable
from monitor.views import TimelineFilter

PRIORITY_LADDER = [Priority.NONE, Priority.ROUTINE, Priority.PRIORITY, Priority.IMMEDIATE, Priority.FLASH]
ALL = "\x00all"


def next_priority(current: Priority) -> Priority:
    """`p` steps up the ladder: everything, routine+, priority+, immediate+, flash, then everything again."""
    return PRIORITY_LADDER[(PRIORITY_LADDER.index(current) + 1) % len(PRIORITY_LADDER)]


def describe(filt: TimelineFilter) -> str:
    parts = []
    if filt.watch:
        parts.append(f"watch {filt.watch}")
    if filt.min_priority > Priority.NONE:
        parts.append(f"{filt.min_priority.label}+" if filt.min_priority < Priority.FLASH else "flash only")
    if filt.feed:
        parts.append(f"feed {filt.feed}")
    if filt.country:
        parts.append(f"country {filt.country}")
    return ", ".join(parts)


class WatchFilterScreen(ModalScreen[str | None]):
    """Pick a watch to show only its items; returns the name, ALL for every item, None if cancelled."""

    BINDINGS = [Binding("escape,q", "dismiss(None)", "Cancel")]

    def __init__(self, watches: Sequence[str], counts: Mapping[str, int], current: str | None) -> None:
        super().__init__()
        self.watches = watches
        self.counts = counts
        self.current = current

    def compose(self) -> ComposeResult:
        options = [Option(Text("All items", style="bold"), id=ALL)]
        for name in self.watches:
            label = Text(printable(name))
            label.append(f"  {self.counts.get(name, 0):,} hits", style="dim")
            if name == self.current:
                label.append("  (current)", style="italic")
            options.append(Option(label, id=name))
        menu = OptionList(*options, id="watch-menu")
        menu.border_title = "Show only a watch"
        yield menu

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
