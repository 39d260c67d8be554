"""Watches: compile every watch once, then match each item in one pass, with explanations.

All keyword, phrase and prefix terms of all watches go into ONE Aho-Corasick
automaton over a normalised token stream (" tok tok tok "), so an item costs one
scan of its title and one of its summary however many terms the officer watches;
then only the watches that one of the item's facts can trigger are evaluated.
Normalising both sides the same way (fold, then any run of non-alphanumerics is
one space) is what makes "Drug-Trafficking", "drug  trafficking" and
"drug trafficking" the same phrase, and what keeps "ELN" out of "Kelner".

Semantics of one watch: (any keyword) AND (any region) AND (any entity), each
only if given, AND NOT (any exclude), AND in scope, AND the query if given.
Scope: with `feeds` and/or `tags`, the item's feed must be one of `feeds` or
carry one of `tags` (the two lists name one set of feeds).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import ahocorasick

from monitor.errors import WatchError
from monitor.models import Tags, WatchHit
from monitor.priority import Priority
from monitor.textfold import fold, fold_cached
from monitor.watchquery import And, Not, Or, QueryError, QueryNode, Term, parse_query

AreaKey = Callable[[str], "str | None"]

_TOKEN = re.compile(r"[^\W_]+")  # a run of letters/digits; everything else separates


class WatchLike(Protocol):
    """What compile needs from a watch; config.WatchConfig has exactly these."""

    @property
    def name(self) -> str: ...
    @property
    def keywords(self) -> tuple[str, ...]: ...
    @property
    def regions(self) -> tuple[str, ...]: ...
    @property
    def entities(self) -> tuple[str, ...]: ...
    @property
    def exclude(self) -> tuple[str, ...]: ...
    @property
    def feeds(self) -> tuple[str, ...]: ...
    @property
    def tags(self) -> tuple[str, ...]: ...
    @property
    def query(self) -> str | None: ...
    @property
    def priority(self) -> Priority: ...
    @property
    def line(self) -> int: ...


@dataclass(frozen=True, slots=True)
class MatchInput:
    """What the matcher reads of an item: its text, what the tagger found, where it came from."""

    title: str
    text: str
    tags: Tags
    feed: str = ""
    feed_tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class WatchProblem:
    """One reason a watch cannot be compiled; `line` is the watch's line in feeds.toml (0 if unknown)."""

    watch: str
    line: int
    where: str  # "keywords", "query", ...
    message: str
    position: int | None = None  # offset inside the query string

    def __str__(self) -> str:
        return f"watch '{self.watch}': {self.where}: {self.message}"


class WatchCompileError(WatchError):
    """Every problem found in the watches, not just the first, so `monitor check` can list them all."""

    def __init__(self, problems: Sequence[WatchProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def normalise(text: str) -> str:
    """The token stream terms are matched against: " tok tok tok " (folded, single spaces)."""
    return " " + " ".join(_TOKEN.findall(fold(text))) + " "


def highest_priority(hits: Iterable[WatchHit]) -> Priority:
    """The priority an item takes: its most urgent watch, NONE when nothing fired."""
    return max((hit.priority for hit in hits), default=Priority.NONE)


# --- compiled conditions ------------------------------------------------------------
# Each atom knows its trigger key: ("p", pattern id) for text, ("a", area), ("c", ISO2),
# ("e", entity), ("f", feed), ("t", feed tag). A watch is only evaluated for items
# that have one of the keys its condition cannot be true without.


@dataclass(frozen=True, slots=True)
class _Text:
    pid: int
    title_only: bool


@dataclass(frozen=True, slots=True)
class _Fact:
    keys: tuple[tuple[str, object], ...]  # true if the item has any of these
    shown: str  # the term as the watch wrote it, for explanations


@dataclass(frozen=True, slots=True)
class _Not:
    child: _Cond


@dataclass(frozen=True, slots=True)
class _All:
    children: tuple[_Cond, ...]


@dataclass(frozen=True, slots=True)
class _Any:
    children: tuple[_Cond, ...]


_Cond = _Text | _Fact | _Not | _All | _Any


@dataclass(frozen=True, slots=True)
class _Watch:
    index: int
    name: str
    priority: Priority
    keywords: tuple[int, ...]
    regions: tuple[_Fact, ...]
    entities: tuple[_Fact, ...]
    exclude: tuple[int, ...]
    scope: frozenset[tuple[str, object]]
    query: _Cond | None


# --- per-item facts -----------------------------------------------------------------


@dataclass(slots=True)
class _Scan:
    """One scanned field: where each pattern first ended in the stream, and how to show it."""

    original: str
    folded: str
    stream: str
    first_end: dict[int, int]
    _tokens: tuple[list[tuple[int, int]], list[int]] | None = None

    def surface(self, end: int, length: int, prefix: bool) -> str:
        """The original text of a match, whole words (so "narco*" shows "narcotráfico")."""
        spans, starts = self._token_positions()
        first = bisect_left(starts, end - length + 2)
        last = bisect_right(starts, end if prefix else end - 1) - 1
        return _original_slice(self.original, self.folded, spans[first][0], spans[last][1])

    def _token_positions(self) -> tuple[list[tuple[int, int]], list[int]]:
        """Each token's span in the folded text and its start in the stream; only computed for a hit."""
        if self._tokens is None:
            spans = [m.span() for m in _TOKEN.finditer(self.folded)]
            starts, offset = [], 1
            for a, b in spans:
                starts.append(offset)
                offset += b - a + 1
            self._tokens = (spans, starts)
        return self._tokens


def _original_slice(original: str, folded: str, start: int, end: int) -> str:
    """Map a span of fold(original) back to original, since folding can change lengths."""
    if original.isascii():
        return original[start:end]
    offsets, total = [0], 0
    for ch in original:
        total += len(fold_cached(ch))
        offsets.append(total)
    if total != len(folded):  # folding was not character by character: show the folded text
        return folded[start:end]
    lo = bisect_right(offsets, start) - 1
    hi = bisect_right(offsets, end) - 1
    if offsets[hi] < end:
        hi += 1
    return original[lo:hi].strip()


@dataclass(slots=True)
class _Item:
    title: _Scan
    text: _Scan
    keys: set[tuple[str, object]] = field(default_factory=set)


# --- the set ------------------------------------------------------------------------


class WatchSet:
    """Every watch of a config, compiled together; immutable and safe to share between threads."""

    def __init__(self, watches: tuple[_Watch, ...], patterns: tuple[tuple[str, bool], ...]) -> None:
        self._watches = watches
        self._patterns = patterns  # pid -> (pattern, prefix)
        self._automaton: ahocorasick.Automaton | None = None
        if patterns:
            self._automaton = ahocorasick.Automaton()
            for pid, (pattern, _) in enumerate(patterns):
                self._automaton.add_word(pattern, pid)
            self._automaton.make_automaton()
        self._by_key: dict[tuple[str, object], list[int]] = {}
        self._always: list[int] = []
        for watch in watches:
            triggers = _triggers(watch)
            if triggers is None:
                self._always.append(watch.index)
            for key in triggers or ():
                self._by_key.setdefault(key, []).append(watch.index)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(w.name for w in self._watches)

    def __len__(self) -> int:
        return len(self._watches)

    @classmethod
    def compile(cls, watches: Sequence[WatchLike], area_key: AreaKey | None = None) -> WatchSet:
        """Compile all watches; raises WatchCompileError listing every problem in every watch."""
        compiler = _Compiler(area_key or _fold_key)
        compiled = tuple(compiler.watch(i, w) for i, w in enumerate(watches))
        if compiler.problems:
            raise WatchCompileError(compiler.problems)
        return cls(compiled, tuple(compiler.patterns))

    @staticmethod
    def problems(watches: Sequence[WatchLike], area_key: AreaKey | None = None) -> tuple[WatchProblem, ...]:
        """What compile would complain about, without raising (for `monitor check` and the TUI)."""
        compiler = _Compiler(area_key or _fold_key)
        for i, w in enumerate(watches):
            compiler.watch(i, w)
        return tuple(compiler.problems)

    def match(self, item: MatchInput) -> tuple[WatchHit, ...]:
        """The watches that fire on `item`, most urgent first (config order among equals)."""
        facts = _Item(self._scan(item.title), self._scan(item.text))
        keys = facts.keys
        keys.update(("p", pid) for pid in facts.title.first_end)
        keys.update(("p", pid) for pid in facts.text.first_end)
        keys.update(("a", area) for area in item.tags.areas)
        keys.update(("c", code.upper()) for code in item.tags.countries)
        for entity in item.tags.entities:
            keys.add(("e", fold_cached(entity.name)))
            keys.add(("e", fold_cached(entity.text)))
        keys.add(("f", fold_cached(item.feed)))
        keys.update(("t", fold_cached(tag)) for tag in item.feed_tags)
        candidates = set(self._always)
        for key in keys:
            candidates.update(self._by_key.get(key, ()))
        hits = []
        for index in sorted(candidates):
            watch = self._watches[index]
            terms = self._fire(watch, facts)
            if terms is not None:
                hits.append((watch, terms))
        hits.sort(key=lambda pair: (-pair[0].priority, pair[0].index))
        return tuple(WatchHit(w.name, w.priority, terms) for w, terms in hits)

    def _scan(self, text: str) -> _Scan:
        folded = fold(text)
        stream = " " + " ".join(_TOKEN.findall(folded)) + " "
        first_end: dict[int, int] = {}
        if self._automaton is not None and len(stream) > 2:
            for end, pid in self._automaton.iter(stream):
                first_end.setdefault(pid, end)
        return _Scan(text, folded, stream, first_end)

    def _fire(self, watch: _Watch, item: _Item) -> tuple[str, ...] | None:
        """The terms that made `watch` fire on `item`, or None if it does not."""
        keys = item.keys
        if watch.scope and not (watch.scope & keys):
            return None
        if any(("p", pid) in keys for pid in watch.exclude):
            return None
        shown: list[int | str] = []
        if watch.keywords:
            found = [pid for pid in watch.keywords if ("p", pid) in keys]
            if not found:
                return None
            shown.extend(found)
        for facts in (watch.regions, watch.entities):
            if facts:
                true = [f.shown for f in facts if any(k in keys for k in f.keys)]
                if not true:
                    return None
                shown.extend(true)
        if watch.query is not None:
            ok, terms = _evaluate(watch.query, item)
            if not ok:
                return None
            shown.extend(terms)
        return _dedupe(self._show(term, item) for term in shown)

    def _show(self, term: int | str, item: _Item) -> str:
        if isinstance(term, str):
            return term
        pattern, prefix = self._patterns[term]
        scan = item.title if term in item.title.first_end else item.text
        return scan.surface(scan.first_end[term], len(pattern), prefix)


def _evaluate(cond: _Cond, item: _Item) -> tuple[bool, list[int | str]]:
    """Truth of a query condition and the positive terms that made it true (none under NOT)."""
    if isinstance(cond, _Text):
        found = cond.pid in item.title.first_end if cond.title_only else ("p", cond.pid) in item.keys
        return found, [cond.pid] if found else []
    if isinstance(cond, _Fact):
        found = any(k in item.keys for k in cond.keys)
        return found, [cond.shown] if found else []
    if isinstance(cond, _Not):
        return not _evaluate(cond.child, item)[0], []
    terms: list[int | str] = []
    if isinstance(cond, _All):
        for child in cond.children:
            ok, more = _evaluate(child, item)
            if not ok:
                return False, []
            terms.extend(more)
        return True, terms
    any_true = False
    for child in cond.children:
        ok, more = _evaluate(child, item)
        any_true |= ok
        terms.extend(more)
    return any_true, terms


def _triggers(watch: _Watch) -> frozenset[tuple[str, object]] | None:
    """Keys one of which any item the watch fires on must have; None: evaluate on every item."""
    options: list[frozenset[tuple[str, object]]] = []
    if watch.keywords:
        return frozenset(("p", pid) for pid in watch.keywords)
    for facts in (watch.regions, watch.entities):
        if facts:
            options.append(frozenset(k for f in facts for k in f.keys))
    if watch.scope:
        options.append(watch.scope)
    if watch.query is not None and (needed := _needs(watch.query)) is not None:
        options.append(needed)
    return min(options, key=len) if options else None


def _needs(cond: _Cond) -> frozenset[tuple[str, object]] | None:
    if isinstance(cond, _Text):
        return frozenset({("p", cond.pid)})
    if isinstance(cond, _Fact):
        return frozenset(cond.keys)
    if isinstance(cond, _Not):
        return None
    parts = [_needs(c) for c in cond.children]
    if isinstance(cond, _Any):
        return None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
    known = [p for p in parts if p is not None]
    return min(known, key=len) if known else None


def _dedupe(terms: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for term in terms:
        key = fold_cached(term)
        if key and key not in seen:
            seen.add(key)
            out.append(term)
    return tuple(out)


def _fold_key(name: str) -> str | None:
    return fold(name.strip()) or None


# --- compiling ------------------------------------------------------------------------


class _Compiler:
    """Turns watches into `_Watch`es, sharing patterns between them and collecting every problem."""

    def __init__(self, area_key: AreaKey) -> None:
        self.area_key = area_key
        self.patterns: list[tuple[str, bool]] = []
        self._pid: dict[str, int] = {}
        self.problems: list[WatchProblem] = []
        self._names: set[str] = set()

    def watch(self, index: int, w: WatchLike) -> _Watch:
        def problem(where: str, message: str, position: int | None = None) -> None:
            self.problems.append(WatchProblem(w.name, w.line, where, message, position))

        if not w.name.strip():
            problem("name", "a watch needs a name")
        elif w.name in self._names:
            problem("name", "another watch has the same name")
        self._names.add(w.name)
        keywords = tuple(p for k in w.keywords if (p := self._term(k, problem, "keywords")) is not None)
        exclude = tuple(p for k in w.exclude if (p := self._term(k, problem, "exclude")) is not None)
        regions = tuple(f for r in w.regions if (f := self._region(r, "region", problem, "regions")) is not None)
        entities = tuple(_Fact((("e", fold(e.strip())),), e.strip()) for e in w.entities if e.strip())
        scope = frozenset(("f", fold(f.strip())) for f in w.feeds) | frozenset(("t", fold(t.strip())) for t in w.tags)
        query = None
        if w.query is not None:
            try:
                query = self._query(parse_query(w.query), problem)
            except QueryError as error:
                problem("query", str(error), error.position)
        if not (w.keywords or w.regions or w.entities or w.query or scope):
            problem("name", "nothing to match: give keywords, regions, entities, a query, or feeds/tags")
        return _Watch(index, w.name, w.priority, _unique(keywords), regions, entities, _unique(exclude), scope, query)

    def _term(self, raw: str, problem: Callable[..., None], where: str) -> int | None:
        """A keyword as written in a list: word, phrase (spaces), `prefix*`; quotes around it are allowed."""
        text = raw.strip()
        if len(text) >= 2 and text[0] == text[-1] == '"':
            text = text[1:-1].strip()
        prefix = text.endswith("*")
        core = text[:-1] if prefix else text
        if "*" in core:
            problem(where, f"{raw!r}: '*' is only allowed at the end")
            return None
        pid = self.pattern(core, prefix)
        if pid is None:
            problem(where, f"{raw!r} has no letters or digits")
        return pid

    def pattern(self, text: str, prefix: bool) -> int | None:
        tokens = _TOKEN.findall(fold(text))
        if not tokens:
            return None
        pattern = " " + " ".join(tokens) + ("" if prefix else " ")
        if pattern not in self._pid:
            self._pid[pattern] = len(self.patterns)
            self.patterns.append((pattern, prefix))
        return self._pid[pattern]

    def _region(
        self, name: str, kind: str, problem: Callable[..., None], where: str, position: int | None = None
    ) -> _Fact | None:
        written = name.strip()
        key = self.area_key(written) if written else None
        keys: list[tuple[str, object]] = [("a", key)] if key else []
        if kind == "country" and len(written) == 2 and written.isalpha():
            keys.append(("c", written.upper()))
        if not keys:
            problem(where, f"unknown {kind} {name!r}", position)
            return None
        return _Fact(tuple(keys), written)

    def _query(self, node: QueryNode, problem: Callable[..., None]) -> _Cond | None:
        if isinstance(node, Not):
            child = self._query(node.child, problem)
            return None if child is None else _Not(child)
        if isinstance(node, (And, Or)):
            children = [self._query(c, problem) for c in node.children]
            if any(c is None for c in children):
                return None
            kept = tuple(c for c in children if c is not None)
            return _All(kept) if isinstance(node, And) else _Any(kept)
        return self._atom(node, problem)

    def _atom(self, term: Term, problem: Callable[..., None]) -> _Cond | None:
        if term.field in (None, "text", "title"):
            pid = self.pattern(term.text, term.prefix)
            if pid is None:  # the parser refuses these, but a hand-built tree may not
                problem("query", f"term {term.text!r} has no letters or digits", term.position)
                return None
            return _Text(pid, term.field == "title")
        if term.field in ("region", "country"):
            return self._region(term.text, term.field, problem, "query", term.position)
        value = fold(term.text.strip())
        if term.field == "entity":
            return _Fact((("e", value),), term.text.strip())
        # feed: and tag: say where an item may come from, not what it says: not shown as terms
        return _Fact((("f" if term.field == "feed" else "t", value),), "")


def _unique(pids: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(pids))
