"""Identity of items across feeds: the same link, or the same text, means the same article.

Three keys, each cheap enough to compute for every item and store in an index:

- `canonical_url`: a link with the tracking noise aggregators and newsletters
  add (utm_*, fbclid, ...) taken off, so a shared link finds the original.
- `content_fingerprint`: a hash of the words of the title and the start of the
  text, so a syndicated copy published under another outlet's URL and guid
  finds the original however each outlet marked it up.
- `title_key`: the title's words alone; many unrelated items share a generic
  title ("Live updates"), so it is a hint to pair with something else, never
  an identity on its own.

These keys are for comparing, never for fetching or opening: an item keeps
the link its feed gave. Near-duplicate stories (rewrites) are a later layer.
"""

from __future__ import annotations

import hashlib
import html
import re
from urllib.parse import unquote_plus, urlsplit

from monitor.textfold import FOLD_TABLE, translate_runs

TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "_hs", "oly_", "pk_", "mtm_")
TRACKING_PARAMS: frozenset[str] = frozenset(
    {
        # ad and social click ids
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
        "igshid", "igsh", "li_fat_id", "epik", "rb_clickid", "s_kwcid", "ef_id",
        # analytics and newsletters
        "_ga", "_gl", "mc_cid", "mc_eid", "mkt_tok", "vero_id", "vero_conv", "hsctatracking", "wt.mc_id",
        "spm", "scm", "cmpid", "icid", "ocid", "ncid", "s_cid", "sr_share", "soc_src", "soc_trk",
        "__twitter_impression", "ito", "guccounter", "at_medium", "at_campaign",
        # "where did you come from" markers
        "ref", "ref_src", "ref_url", "referrer", "smid",
    }
)
_DEFAULT_PORTS = frozenset({80, 443})
_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
_SPACE = re.compile(r"\s")
_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>", re.DOTALL)
_NON_WORD = re.compile(r"[\W_]+")
FINGERPRINT_TEXT_CHARS = 500


def is_tracking_param(name: str) -> bool:
    """A query key that says how a reader arrived, not what they asked for."""
    key = unquote_plus(name).strip().lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def _escape_spaces(text: str) -> str:
    """Percent-encode every character str.strip() would remove (the same set as str.isspace)."""
    return _SPACE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode("utf-8")), text)


def canonical_url(url: str) -> str:
    """The identity of a web link: same article, same string.

    - scheme: http and https fold to https. An outlet serves one article on
      both, and feeds, aggregators and share buttons pick either; two readers
      that disagreed here would split one story in two for no benefit.
    - host lower-cased, trailing dot and user info dropped, ports 80 and 443
      dropped (either may accompany either scheme once they are folded);
    - path kept as written, only an empty path becomes "/" and the hex of
      percent-escapes is upper-cased; a trailing "/" is kept because servers
      may route "/a" and "/a/" differently;
    - query: tracking parameters removed, the rest sorted as written (no
      re-encoding, so nothing meaningful is decoded away); fragment dropped;
    - whitespace in the path and query is percent-encoded (UTF-8), as every
      client does before sending it. Besides making "/a b" and "/a%20b" one
      link, this keeps the result a fixed point: "http://x/a ?" must not give
      "https://x/a ", which a second pass would strip into another key.

    Anything that is not an http(s) URL with a host comes back stripped but
    otherwise untouched; this never raises, because feeds are hostile input.
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return text
    if parts.scheme.lower() not in ("http", "https") or not host:
        return text
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None or port in _DEFAULT_PORTS else f"{host}:{port}"
    path = _ESCAPE.sub(lambda m: m.group(0).upper(), _escape_spaces(parts.path)) or "/"
    kept = sorted(_escape_spaces(p) for p in parts.query.split("&") if p and not is_tracking_param(p.split("=", 1)[0]))
    query = "?" + "&".join(kept) if kept else ""
    return f"https://{netloc}{path}{query}"


class _WordTable(dict[int, str]):
    """Code point -> its folded text with every non-word character (`_NON_WORD`) a space; filled on first sight."""

    def __missing__(self, code: int) -> str:
        folded = "".join(" " if _NON_WORD.match(ch) else ch for ch in FOLD_TABLE[code])
        if len(self) < 65536:
            self[code] = folded
        return folded


_WORD_TABLE = _WordTable()
_ASCII_WORD_TABLE = {code: _WORD_TABLE[code] for code in range(128)}  # a plain dict: str.translate reads it faster


def _words(text: str) -> str:
    """Folded words separated by single spaces: markup, entities, punctuation and spacing all vanish.

    Folding and telling word characters from the rest are both per character, so one translate
    table does both (blanking what `_NON_WORD` would replace) and `split` drops the blanks: the
    words are the same as `_NON_WORD.sub(" ", fold(plain)).split()`, at 2-3x the speed. No word
    character is whitespace, so `split` ends words exactly where a non-word character stood.
    """
    plain = html.unescape(_TAG.sub(" ", text) if "<" in text else text)  # every tag starts with "<"
    if plain.isascii():
        return " ".join(plain.translate(_ASCII_WORD_TABLE).split())
    return " ".join(translate_runs(plain, _WORD_TABLE, _ASCII_WORD_TABLE).split())


def title_key(title: str) -> str:
    """The words of a title; equal for "U.S. Air Force deploys…" and "U.S. AIR FORCE DEPLOYS".

    Readable rather than hashed, so an index on it can also be browsed.
    """
    return _words(title)


def content_fingerprint(title: str, text: str) -> str:
    """SHA-1 hex of the title's words and the first words of the text.

    Only the start of the text counts, so a copy that trims the end, or adds a
    footer, still matches; HTML given by mistake is reduced to its words first.
    """
    body = _words(text)[:FINGERPRINT_TEXT_CHARS]
    return hashlib.sha1(f"{title_key(title)}\n{body}".encode("utf-8")).hexdigest()
