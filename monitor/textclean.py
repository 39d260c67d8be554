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
    field that *might* be HTML costs almost nothing; so does ordinary markup
    (only simple tags, see `_simple_markup_text`), which is most feed HTML.
    """
    if not s:
        return ""
    if "<" not in s:
        return clean_text(html.unescape(s) if "&" in s else s, keep_newlines=keep_newlines)
    text = _simple_markup_text(s)
    if text is None:
        text = _parsed_markup_text(s)
    return clean_text(text, keep_newlines=keep_newlines)


def _parsed_markup_text(s: str) -> str:
    """The text `html.parser` finds in `s`, with a line break at each block boundary and hidden content left out."""
    extractor = _TextExtractor()
    try:
        extractor.feed(s)
        extractor.close()
        return "".join(extractor.parts)
    except Exception:  # html.parser is lenient, but never let a hostile fragment lose the item
        return html.unescape(_TAG.sub(" ", s))


# A start tag with plain attributes, or an end tag: where html.parser finds exactly this tag, name and extent.
# Whitespace is spelled out: html.parser ends a tag name only at ASCII whitespace, "/" or ">".
_SIMPLE_TAG = re.compile(
    r"<(?:/([a-zA-Z][a-zA-Z0-9]*)[ \t\n\r\f]*"
    r"|([a-zA-Z][a-zA-Z0-9]*)"
    r"(?:[ \t\n\r\f]+[a-zA-Z_:][-a-zA-Z0-9_:.]*"
    r"(?:[ \t\n\r\f]*=[ \t\n\r\f]*(?:\"[^\"]*\"|'[^']*'|[^ \t\n\r\f\"'=<>`]+))?)*"
    r"[ \t\n\r\f]*/?)>"
)
# Elements html.parser or newer versions of it read as raw text, and those whose content is hidden.
_NOT_SIMPLE = _HIDDEN_TAGS | {"title", "textarea", "xmp", "iframe", "noembed", "noframes", "plaintext"}


def _simple_markup_text(s: str) -> str | None:
    """`_parsed_markup_text(s)` by one regex split, or None unless every "<" in `s` opens a simple tag.

    Between simple tags html.parser hands each run of text, unescaped, to the
    extractor, and a tag adds a line break when it is a block element; that is
    all that happens here. Anything else (comments, declarations, a stray "<",
    script or style) goes to the parser.
    """
    pieces = _SIMPLE_TAG.split(s)  # text, end-tag name, start-tag name, text, ...
    parts = []
    last = len(pieces) - 1
    for i in range(0, len(pieces), 3):
        text = pieces[i]
        if text:
            if "<" in text:
                return None
            parts.append(html.unescape(text) if "&" in text else text)
        if i < last:
            name = (pieces[i + 1] or pieces[i + 2]).lower()
            if name in _BLOCK_TAGS:
                parts.append("\n")
            elif name in _NOT_SIMPLE:
                return None
    return "".join(parts)
