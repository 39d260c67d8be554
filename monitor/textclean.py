"""Turn untrusted feed text into plain, terminal-safe text.

Feed strings end up in a terminal. An ESC or CSI (U+009B) byte can move the
cursor, recolour or clear the screen; a bidi override can make a line read
differently from what it says; a lone surrogate makes SQLite refuse the row.
Everything stored therefore goes through `clean_text`, and everything that may
hold HTML through `html_to_text` first. The result is data: "[bold]x[/]" stays
exactly that text, and it is the renderer's job never to read it as markup.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Whole terminal escape sequences go, not just their ESC: "\x1b[31mred" -> "red", not "[31mred".
_ESCAPE_SEQUENCES = re.compile(
    r"\x1b\][^\x07\x1b\x9c]{0,512}(?:\x07|\x1b\\|\x9c)"  # OSC (title, hyperlink) ended by BEL or ST
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI, 7-bit and 8-bit forms
    r"|\x1b[ -/]*[0-~]"  # any other ESC sequence (charset switches, resets)
)

# C0 (but tab/newline/CR, which become spaces), DEL and C1 controls; zero-width and bidi
# formatting characters that can hide text or reorder a line; lone surrogates.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f"
    "\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\ud800-\udfff]"
)
_SPACE_RUN = re.compile(r"[^\S\n]+")
_NEWLINE_RUN = re.compile(r" ?\n[\s]*")


def clean_text(s: str | None, *, keep_newlines: bool = False) -> str:
    """Strip control, zero-width and bidi characters and collapse whitespace.

    By default the result is one line (every whitespace run becomes a single
    space), which is what a timeline row needs. `keep_newlines=True` keeps a
    single line break wherever the text had one or more, for detail views.
    """
    if not s:
        return ""
    if "\x1b" in s or "\x9b" in s:
        s = _ESCAPE_SEQUENCES.sub("", s)
    s = _INVISIBLE.sub("", s)
    if not keep_newlines:
        return " ".join(s.split())
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    s = s.replace("\u2028", "\n").replace("\u2029", "\n")
    s = _SPACE_RUN.sub(" ", s)
    return _NEWLINE_RUN.sub("\n", s).strip()


_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_HIDDEN_TAGS = frozenset({"script", "style", "template", "noscript"})
_TAG = re.compile(r"<[^>]*>")


class _TextExtractor(HTMLParser):
    """Collects character data, turning block boundaries into line breaks and skipping hidden content."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(s: str | None, *, keep_newlines: bool = False) -> str:
    """Render an HTML fragment as plain text, then `clean_text` it.

    Plain text (no "<" and no "&") skips the parser, so calling this on every
    field that *might* be HTML costs almost nothing.
    """
    if not s:
        return ""
    if "<" not in s:
        return clean_text(html.unescape(s) if "&" in s else s, keep_newlines=keep_newlines)
    extractor = _TextExtractor()
    try:
        extractor.feed(s)
        extractor.close()
        text = "".join(extractor.parts)
    except Exception:  # html.parser is lenient, but never let a hostile fragment lose the item
        text = html.unescape(_TAG.sub(" ", s))
    return clean_text(text, keep_newlines=keep_newlines)
