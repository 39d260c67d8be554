"""Turning view models into rich `Text`: feed text is always data, never markup.

Every string from a feed goes in through `Text.append`/`Text(...)`, which does
not parse `[...]`, and passes `printable` first as a second line of defence
against escape sequences (the parser already strips them before storage).
"""

from __future__ import annotations

import re
from datetime import datetime

from rich.text import Text

from monitor.priority import Priority
from monitor.textfold import fold
from monitor.views import ItemDetail, TimelineRow

PRIORITY_STYLE = {
    Priority.FLASH: "bold white on red",
    Priority.IMMEDIATE: "bold red",
    Priority.PRIORITY: "bold yellow",
    Priority.ROUTINE: "cyan",
    Priority.NONE: "dim",
}
PRIORITY_BADGE = {
    Priority.FLASH: "FLASH",
    Priority.IMMEDIATE: "IMMED",
    Priority.PRIORITY: "PRIOR",
    Priority.ROUTINE: "ROUTN",
    Priority.NONE: "  ·  ",
}

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
TIME_W, BADGE_W, FEED_W, SRC_W = 11, 5, 16, 3


def printable(value: str) -> str:
    return _CONTROL.sub(" ", value)


def format_time(value: datetime, now: datetime | None = None) -> str:
    """`14:05` today, `Nov21 14:05` before: an officer reads the clock, not the calendar."""
    local = value.astimezone()
    today = (now or datetime.now().astimezone()).astimezone().date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%b%d %H:%M")


def highlight_terms(text: Text, terms: tuple[str, ...], style: str = "bold underline") -> None:
    """Mark where matched terms stand in the text (accent- and case-insensitive; prefixes as stems)."""
    if not terms:
        return
    plain = text.plain
    folded = fold(plain)
    if len(folded) != len(plain):  # a fold that changed length: offsets would lie, so mark nothing
        return
    for term in terms:
        stem = fold(term).rstrip("*").strip()
        if len(stem) < 2:
            continue
        prefix = term.endswith("*")
        start = 0
        while (found := folded.find(stem, start)) >= 0:
            end = found + len(stem)
            starts_word = found == 0 or not folded[found - 1].isalnum()
            if prefix:
                while end < len(folded) and folded[end].isalnum():
                    end += 1
            ends_word = end == len(folded) or not folded[end].isalnum()
            if starts_word and ends_word:
                text.stylize(style, found, end)
            start = end


def timeline_row_text(row: TimelineRow, width: int, now: datetime | None = None) -> Text:
    """One timeline line, laid out in fixed columns with the title taking what is left."""
    line = Text(no_wrap=True, overflow="ellipsis", end="")
    line.append(f"{format_time(row.ts, now):>{TIME_W}} ", style="dim")
    line.append(PRIORITY_BADGE[row.priority], style=PRIORITY_STYLE[row.priority])
    line.append(" ")
    feed = printable(row.feed)
    feed = feed if len(feed) <= FEED_W else feed[: FEED_W - 1] + "…"
    line.append(f"{feed:<{FEED_W}} ", style="green")
    line.append(f"{'+' + str(row.sources - 1) if row.sources > 1 else '':<{SRC_W}}", style="magenta")
    line.append("✓" if row.acked else (" " if row.read else "•"), style="dim" if row.acked else "bold cyan")
    line.append(" ")
    tags = " ".join([*row.countries, *row.entities[:2]])
    tag_w = min(len(tags), max(0, width // 3))
    title_w = max(10, width - line.cell_len - (tag_w + 1 if tag_w else 0))
    title = Text(printable(row.title), no_wrap=True, overflow="ellipsis", end="")
    highlight_terms(title, row.terms)
    title.truncate(title_w, overflow="ellipsis", pad=True)
    line.append_text(title)
    if tag_w:
        line.append(" ")
        tag_text = Text(printable(tags), style="blue", no_wrap=True, overflow="ellipsis", end="")
        tag_text.truncate(tag_w, overflow="ellipsis")
        line.append_text(tag_text)
    line.truncate(width, overflow="ellipsis", pad=True)
    return line


def detail_text(item: ItemDetail, watch_terms: bool = True) -> Text:
    """The detail pane: title, when and where from, why it matched, what it mentions, the summary."""
    out = Text(end="")
    out.append(PRIORITY_BADGE[item.priority].strip() or "no watch", style=PRIORITY_STYLE[item.priority])
    out.append("  ")
    title = Text(printable(item.title), style="bold")
    terms = tuple(t for h in item.hits for t in h.terms)
    if watch_terms:
        highlight_terms(title, terms)
    out.append_text(title)
    out.append("\n")
    when = item.published or item.fetched
    out.append(f"{when.astimezone().strftime('%Y-%m-%d %H:%M %Z')}", style="dim")
    out.append(f"  ·  first seen {item.fetched.astimezone().strftime('%H:%M:%S')}", style="dim")
    if item.revisions:
        out.append(f"  ·  revised {item.revisions}×", style="dim")
    out.append("\n")
    if item.url:
        out.append(printable(item.url), style="underline blue")
        out.append("\n")
    feeds = list(dict.fromkeys(s.feed for s in item.sightings)) or [item.feed]
    out.append(f"\nSources ({len(feeds)}): ", style="bold")
    out.append(printable(", ".join(feeds)), style="green")
    out.append("\n")
    if item.hits:
        out.append("Watches: ", style="bold")
        for i, hit in enumerate(item.hits):
            if i:
                out.append("; ")
            out.append(printable(hit.name), style=PRIORITY_STYLE[hit.priority])
            out.append(f" ({hit.priority.label})", style="dim")
            if hit.terms:
                out.append(" on " + printable(", ".join(hit.terms)))
        out.append("\n")
    groups = (
        ("Places", [_place(p.name, p.country) for p in item.places]),
        ("Countries", list(item.countries)),
        ("Regions", list(item.regions)),
        ("Organisations", [e.name for e in item.entities if e.type == "org"]),
        ("People", [e.name for e in item.entities if e.type == "person"]),
    )
    for label, values in groups:
        values = list(dict.fromkeys(values))
        if values:
            out.append(f"{label}: ", style="bold")
            out.append(printable(", ".join(values)), style="blue")
            out.append("\n")
    if item.summary:
        out.append("\n")
        summary = Text(_CONTROL.sub(lambda m: m.group() if m.group() == "\n" else " ", item.summary))
        if watch_terms:
            highlight_terms(summary, terms)
        out.append_text(summary)
    return out


def _place(name: str, country: str | None) -> str:
    return f"{name} ({country})" if country and country != name else name
