"""One story, every outlet that told it: read any telling, split one out if it was folded wrongly."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from monitor.store.stories import StoryMember
from monitor.tui.render import printable


class StoryScreen(ModalScreen[None]):
    """Lists the story's members; enter reads one, `s` splits it out, `o` opens its link."""

    BINDINGS = [
        Binding("escape,q,x", "dismiss", "Back"),
        Binding("s", "split", "Split out (wrong fold)"),
        Binding("o", "open", "Open link"),
    ]

    def __init__(self, story_id: int, title: str, members: Sequence[StoryMember]) -> None:
        super().__init__()
        self.story_id = story_id
        self.story_title = title
        self.members = list(members)

    def compose(self) -> ComposeResult:
        with Vertical(id="story-box"):
            head = Text(printable(self.story_title), style="bold")
            outlets = len({m.feed for m in self.members})
            head.append(f"\n{outlets} outlet{'' if outlets == 1 else 's'} · enter reads · s splits a wrong fold out",
                        style="dim")
            yield Static(head, id="story-title")
            options = []
            for i, m in enumerate(self.members):
                label = Text()
                label.append(f"{printable(m.feed):<20} ", style="green")
                if m.published:
                    label.append(m.published.astimezone().strftime("%b%d %H:%M "), style="dim")
                label.append(printable(m.title))
                options.append(Option(label, id=str(i)))
            yield OptionList(*options, id="story-members")

    @property
    def highlighted(self) -> StoryMember | None:
        index = self.query_one(OptionList).highlighted
        return self.members[index] if index is not None and 0 <= index < len(self.members) else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        member = self.members[int(event.option.id or 0)]
        self.app.open_item(member.item_id)  # type: ignore[attr-defined]

    def action_split(self) -> None:
        member = self.highlighted
        if member is not None:
            self.app.split_out(member.item_id, self)  # type: ignore[attr-defined]

    def action_open(self) -> None:
        member = self.highlighted
        if member is not None:
            self.app.open_url(member.url)  # type: ignore[attr-defined]
