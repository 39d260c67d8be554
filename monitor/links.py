"""Opening an item's link in the user's browser, safely.

Only http and https links are opened, always as one argument in an argument
list (never through a shell), so a hostile feed cannot smuggle a command or a
`file:` / `javascript:` URL into the officer's session.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

Runner = Callable[[Sequence[str]], object]


def safe_url(url: str | None) -> str | None:
    """The URL if it is an http(s) link with a host and no control characters or spaces, else None."""
    if not url:
        return None
    if any(ord(ch) < 0x21 or 0x7F <= ord(ch) <= 0x9F for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def browser_command(url: str, environ: dict[str, str] | None = None) -> list[str] | None:
    """The argument list that opens `url`: $BROWSER if set, else the platform's opener."""
    env = os.environ if environ is None else environ
    browser = env.get("BROWSER", "").strip()
    if browser:
        first = browser.split(os.pathsep)[0]
        args = shlex.split(first)
        return [a.replace("%s", url) for a in args] if any("%s" in a for a in args) else [*args, url]
    opener = "open" if sys.platform == "darwin" else "xdg-open"
    if shutil.which(opener):
        return [opener, url]
    return None


def _spawn(args: Sequence[str]) -> object:
    return subprocess.Popen(  # noqa: S603 - argument list, never a shell
        list(args), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def open_link(url: str | None, *, runner: Runner = _spawn, environ: dict[str, str] | None = None) -> str | None:
    """Open the link; returns None on success or a sentence saying why it was not opened."""
    safe = safe_url(url)
    if safe is None:
        return f"not opening {url!r}: only http and https links are opened" if url else "this item has no link"
    args = browser_command(safe, environ)
    if args is None:
        return f"no browser found (set $BROWSER); the link is {safe}"
    try:
        runner(args)
    except OSError as exc:
        return f"could not start {args[0]}: {exc}"
    return None
