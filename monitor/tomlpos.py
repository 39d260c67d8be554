"""Where tables, keys and values sit in TOML text, because tomllib parses without positions.

Problems must point at file:line:col, so this re-reads text tomllib has already accepted
and records positions by the same paths the parsed document uses. It knows TOML only,
nothing of feeds.toml's schema.
"""

from __future__ import annotations

import bisect
import tomllib
from typing import Literal

Key = tuple[str | int, ...]  # ("feeds", 3, "interval"), ("feeds", 3, "tags", 0)
Pos = tuple[int, int]
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_SCALAR_END = frozenset(",]}#\r\n")


class _Abort(Exception):
    """The text is not shaped as expected; keep what was located so far."""


class Locator:
    """Positions of table headers, keys and values in TOML text that tomllib has already accepted.

    Paths use array indices like the parsed document does, so `("feeds", 3, "interval")`
    finds the fourth `[[feeds]]` table's `interval =`. Strings, multi-line strings,
    arrays and inline tables are skipped as whole values, so text inside them is never a key.
    """

    def __init__(self, text: str) -> None:
        self.keys: dict[Key, Pos] = {}
        self.values: dict[Key, Pos] = {}
        self.headers: dict[Key, Pos] = {}
        self._s = text
        self._i = 0
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        try:
            self._document()
        except (_Abort, IndexError, ValueError, tomllib.TOMLDecodeError):
            pass

    def find(self, path: Key, at: Literal["key", "value", "table"] = "value") -> Pos:
        """The position to report for `path`, falling back to the nearest enclosing table, then 1:1.

        A table's "value" is its header (or inline `{`); its "key" is its name.
        """
        order = {
            "value": (self.values, self.headers, self.keys),
            "key": (self.keys, self.headers, self.values),
            "table": (self.headers, self.values, self.keys),
        }[at]
        for end in range(len(path), 0, -1):
            for found in order if end == len(path) else (self.headers, self.values, self.keys):
                if path[:end] in found:
                    return found[path[:end]]
        return (1, 1)

    def _pos(self, index: int) -> Pos:
        line = bisect.bisect_right(self._starts, index)
        return (line, index - self._starts[line - 1] + 1)

    def _peek(self, token: str) -> bool:
        return self._s.startswith(token, self._i)

    def _skip(self, newlines: bool) -> None:
        s = self._s
        while self._i < len(s):
            ch = s[self._i]
            if ch in " \t" or (newlines and ch in "\r\n"):
                self._i += 1
            elif ch == "#":
                end = s.find("\n", self._i)
                self._i = len(s) if end < 0 else end
            else:
                return

    def _expect(self, token: str) -> None:
        self._skip(newlines=False)
        if not self._peek(token):
            raise _Abort
        self._i += len(token)

    def _document(self) -> None:
        table: Key = ()
        arrays: dict[Key, int] = {}  # array-of-tables path -> tables seen so far
        while True:
            self._skip(newlines=True)
            if self._i >= len(self._s):
                return
            start = self._i
            if self._peek("["):
                double = self._peek("[[")
                self._i += 2 if double else 1
                parts = self._key()
                self._expect("]]" if double else "]")
                table = ()
                for n, (name, pos) in enumerate(parts):
                    table += (name,)
                    self.keys.setdefault(table, pos)
                    if table in arrays and (n < len(parts) - 1 or not double):
                        table += (arrays[table] - 1,)
                if double:
                    count = arrays.get(table, 0)
                    arrays[table] = count + 1
                    table += (count,)
                self.headers[table] = self._pos(start)
            else:
                self._keyval(table)
            if self._i == start:
                raise _Abort

    def _keyval(self, table: Key) -> None:
        path = table
        parts = self._key()
        for n, (name, pos) in enumerate(parts):
            path += (name,)
            if n == len(parts) - 1:
                self.keys[path] = pos
            else:
                self.keys.setdefault(path, pos)
        self._expect("=")
        self._skip(newlines=False)
        self._value(path)

    def _key(self) -> list[tuple[str, Pos]]:
        parts: list[tuple[str, Pos]] = []
        s = self._s
        while True:
            self._skip(newlines=False)
            start = self._i
            if s[start] in "\"'":
                end = self._string_end(start)
                name = tomllib.loads(f"k = {s[start:end]}")["k"]  # tomllib decodes the escapes
                self._i = end
            else:
                while self._i < len(s) and s[self._i] in _BARE:
                    self._i += 1
                name = s[start : self._i]
                if not name:
                    raise _Abort
            parts.append((name, self._pos(start)))
            self._skip(newlines=False)
            if not self._peek("."):
                return parts
            self._i += 1

    def _string_end(self, start: int) -> int:
        """Index just past the string starting at `start` (any of the four TOML string kinds)."""
        s = self._s
        for quote in ('"""', "'''"):
            if s.startswith(quote, start):
                i = start + 3
                while not s.startswith(quote, i):
                    if i >= len(s):
                        raise _Abort
                    i += 2 if quote == '"""' and s[i] == "\\" else 1
                i += 3
                for _ in range(2):  # a body may end in one or two quotes: '''it's''''
                    if i < len(s) and s[i] == quote[0]:
                        i += 1
                return i
        quote, i = s[start], start + 1
        while s[i] != quote:
            i += 2 if quote == '"' and s[i] == "\\" else 1
        return i + 1

    def _value(self, path: Key) -> None:
        s = self._s
        self.values[path] = self._pos(self._i)
        ch = s[self._i]
        if ch in "\"'":
            self._i = self._string_end(self._i)
        elif ch == "[":
            self._i += 1
            index = 0
            while True:
                self._skip(newlines=True)
                if self._peek("]"):
                    self._i += 1
                    return
                self._value(path + (index,))
                index += 1
                self._skip(newlines=True)
                if self._peek(","):
                    self._i += 1
        elif ch == "{":
            self._i += 1
            while True:
                self._skip(newlines=True)
                if self._peek("}"):
                    self._i += 1
                    return
                self._keyval(path)
                self._skip(newlines=True)
                if self._peek(","):
                    self._i += 1
        else:
            start = self._i
            while self._i < len(s) and s[self._i] not in _SCALAR_END:
                self._i += 1
            if self._i == start:
                raise _Abort
