"""Splicing one entry into, or out of, TOML text, leaving every other byte where it was.

The mechanics behind `configwrite` (which decides what to edit and checks the
result). Positions come from `tomlpos.Locator`, which knows where every table
header is; an entry is its header line through its last key. Blank lines and
comments after that belong to what follows (they usually introduce it), so a
new entry goes right after the last key of the last entry of its section, and
a removed entry leaves the comments around it in place. tomlkit renders the
new entry, so quoting and escaping are TOML's own.
"""

from __future__ import annotations

import tomllib
from typing import Any

import tomlkit

from monitor.tomlpos import Locator

__all__ = ["SECTION_ORDER", "append_entry", "remove_entry"]

SECTION_ORDER = ("settings", "feeds", "watches", "regions", "entities")
Block = tuple[tuple[str | int, ...], int]  # a table header's path and its 0-based line


class SpliceError(ValueError):
    """The text is not laid out as tables with headers (an inline `feeds = [...]`, say)."""


def append_entry(text: str, section: str, entry: dict[str, Any]) -> str:
    """`text` with an array-of-tables entry `[[section]]` added after the section's last one.

    With none yet, it goes before the first later section (above the comments
    that introduce it), else at the end of the file.
    """
    rendered = _render(section, entry)
    blocks = _blocks(text)
    own = [b for b in blocks if b[0][0] == section]
    if own:
        at = _offset(text, _content_end(text, own[-1], blocks) + 1)
        before = "\n" if at == len(text) and text and not text.endswith("\n") else ""
        return text[:at] + before + "\n" + rendered + text[at:]
    later = [b for b in blocks if SECTION_ORDER.index(section) < _rank(b[0][0])]
    if later:
        at = _offset(text, _attached_comments(text, later[0][1]))
        gap = "\n" if at > 0 and text[:at].strip() and not text[:at].endswith("\n\n") else ""
        return text[:at] + gap + rendered + "\n" + text[at:]
    body = text if not text or text.endswith("\n") else text + "\n"
    return body + ("\n" if body.strip() and not body.endswith("\n\n") else "") + rendered


def remove_entry(text: str, section: str, index: int) -> str:
    """`text` without the `index`-th `[[section]]` entry and one blank line that separated it."""
    blocks = _blocks(text)
    block = next((b for b in blocks if b[0] == (section, index)), None)
    if block is None:
        raise SpliceError(f"no [[{section}]] header for entry {index + 1}")
    lines = _lines(text)
    first, last = block[1], _content_end(text, block, blocks)
    if last + 1 < len(lines) and not lines[last + 1].strip():
        last += 1
    elif first > 0 and not lines[first - 1].strip():
        first -= 1
    return "".join(lines[:first] + lines[last + 1 :])


def _render(section: str, entry: dict[str, Any]) -> str:
    table = tomlkit.table()
    for key, value in entry.items():
        table.add(key, value)
    tables = tomlkit.aot()
    tables.append(table)
    doc = tomlkit.document()
    doc.add(section, tables)
    return doc.as_string()


def _blocks(text: str) -> list[Block]:
    headers = Locator(text).headers
    return sorted(((path, line - 1) for path, (line, _col) in headers.items()), key=lambda b: b[1])


def _rank(section: object) -> int:
    return SECTION_ORDER.index(section) if section in SECTION_ORDER else len(SECTION_ORDER)


def _lines(text: str) -> list[str]:
    """Lines with their "\n", split on "\n" only (as TOML and `Locator` count them, unlike splitlines)."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def _offset(text: str, line: int) -> int:
    """Character offset of the start of 0-based `line` (len(text) past the end)."""
    return sum(len(x) for x in _lines(text)[: max(0, line)])


def _content_end(text: str, block: Block, blocks: list[Block]) -> int:
    """Last line of a table's own content: trailing blank and comment lines belong to what follows.

    A trimmed line that was really the end of a multi-line string would change
    what the table parses to, so trimming stops wherever it would.
    """
    lines = _lines(text)
    following = [b[1] for b in blocks if b[1] > block[1]]
    end = (following[0] if following else len(lines)) - 1
    whole = tomllib.loads("".join(lines[block[1] : end + 1]))
    while end > block[1] and (not lines[end].strip() or lines[end].lstrip().startswith("#")):
        try:
            if tomllib.loads("".join(lines[block[1] : end])) != whole:
                break
        except tomllib.TOMLDecodeError:
            break
        end -= 1
    return end


def _attached_comments(text: str, line: int) -> int:
    """The first of the comment lines directly above `line` (no blank between): they introduce it."""
    lines = _lines(text)
    while line > 0 and lines[line - 1].lstrip().startswith("#"):
        line -= 1
    return line
