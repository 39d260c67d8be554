"""Exports for other tools and for the shift hand-over: JSONL, CSV and a Markdown report.

All three stream from the store in keyset batches, so exporting a month of
items never holds them all in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from monitor.priority import Priority
from monitor.views import ItemDetail

FORMATS = ("jsonl", "csv", "md")

CSV_COLUMNS = [
    "id", "published", "fetched", "priority", "feed", "title", "url", "story", "sources",
    "watches", "terms", "countries", "regions", "places", "people", "organisations",
]


def write_jsonl(items: Iterable[ItemDetail], out: TextIO) -> int:
    count = 0
    for item in items:
        out.write(json.dumps(item.to_record(), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(items: Iterable[ItemDetail], out: TextIO) -> int:
    """One row per item; list fields joined with "; " so a spreadsheet shows them in one cell."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for item in items:
        rec = item.to_record()
        writer.writerow(
            [
                rec["id"], rec["published"] or "", rec["fetched"], rec["priority"] or "", rec["feed"],
                _csv_safe(rec["title"]), rec["url"] or "", rec["story"], len({s["feed"] for s in rec["sightings"]}),
                "; ".join(w["name"] for w in rec["watches"]),
                "; ".join(dict.fromkeys(t for w in rec["watches"] for t in w["terms"])),
                "; ".join(rec["countries"]), "; ".join(rec["regions"]),
                "; ".join(dict.fromkeys(p["name"] for p in rec["places"])),
                "; ".join(dict.fromkeys(e["name"] for e in rec["entities"] if e["type"] == "person")),
                "; ".join(dict.fromkeys(e["name"] for e in rec["entities"] if e["type"] == "org")),
            ]
        )
        count += 1
    return count


def _csv_safe(value: str) -> str:
    """Keep a title that starts with = + - @ from running as a formula in a spreadsheet."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def write_markdown(items: Iterable[ItemDetail], out: TextIO, *, title: str = "Shift report") -> int:
    """A readable hand-over: items grouped by priority, highest first, newest first within each."""
    groups: dict[Priority, list[ItemDetail]] = {}
    count = 0
    for item in items:
        groups.setdefault(item.priority, []).append(item)
        count += 1
    out.write(f"# {title}\n\n{count} item{'s' if count != 1 else ''}\n")
    for priority in sorted(groups, reverse=True):
        heading = priority.label.capitalize() if priority is not Priority.NONE else "No watch"
        out.write(f"\n## {heading} ({len(groups[priority])})\n\n")
        for item in groups[priority]:
            when = (item.published or item.fetched).strftime("%Y-%m-%d %H:%M UTC")
            link = f"[{_md(item.title)}]({item.url})" if item.url else _md(item.title)
            out.write(f"- **{when}** {link}  \n")
            feeds = list(dict.fromkeys(s.feed for s in item.sightings)) or [item.feed]
            out.write(f"  {_md(', '.join(feeds))}")
            if item.countries:
                out.write(f" · {' '.join(item.countries)}")
            if item.hits:
                out.write(" · " + "; ".join(f"{h.name}: {', '.join(h.terms)}" for h in item.hits))
            out.write("\n")
    return count


def _md(text: str) -> str:
    """Feed text is data: escape what Markdown would read as syntax."""
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text


def write(fmt: str, items: Iterable[ItemDetail], out: TextIO) -> int:
    if fmt == "jsonl":
        return write_jsonl(items, out)
    if fmt == "csv":
        return write_csv(items, out)
    if fmt == "md":
        return write_markdown(items, out)
    raise ValueError(f"unknown export format {fmt!r} (choose one of {', '.join(FORMATS)})")
