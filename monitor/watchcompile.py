"""Compiling watches: everything that can be decided once per config instead of once per item.

Every keyword, phrase and prefix term of every watch becomes one pattern in a
shared table (the same term in two watches is one pattern), so a single
Aho-Corasick automaton scans an item however many terms are watched. Each
watch also gets the trigger keys it cannot fire without, so the matcher only
evaluates watches that one of an item's facts can make true. Problems are
collected rather than raised one at a time, so `monitor check` and the TUI can
show the officer every broken watch at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import ahocorasick

from monitor.errors import WatchError
from monitor.priority import Priority
from monitor.textfold import fold
from monitor.watchquery import And, Not, Or, QueryError, QueryNode, Term, parse_query
from monitor.watchtext import TOKEN

AreaKey = Callable[[str], "str | None"]
Key = tuple[str, object]
Pattern = tuple[str, bool]  # (pattern in the token stream, prefix)
ProblemSink = Callable[..., None]


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


# --- compiled conditions ------------------------------------------------------------
# Each atom knows its trigger key: ("p", pattern id) for text, ("a", area), ("c", ISO2),
# ("e", entity), ("f", feed), ("t", feed tag). A watch is only evaluated for items
# that have one of the keys its condition cannot be true without.


@dataclass(frozen=True, slots=True)
class TextAtom:
    pid: int
    title_only: bool


@dataclass(frozen=True, slots=True)
class FactAtom:
    keys: tuple[Key, ...]  # true if the item has any of these
    shown: str  # the term as the watch wrote it, for explanations


@dataclass(frozen=True, slots=True)
class NotCond:
    child: Cond


@dataclass(frozen=True, slots=True)
class AllCond:
    children: tuple[Cond, ...]


@dataclass(frozen=True, slots=True)
class AnyCond:
    children: tuple[Cond, ...]


Cond = TextAtom | FactAtom | NotCond | AllCond | AnyCond


@dataclass(frozen=True, slots=True)
class CompiledWatch:
    index: int
    name: str
    priority: Priority
    keywords: tuple[int, ...]
    regions: tuple[FactAtom, ...]
    entities: tuple[FactAtom, ...]
    exclude: tuple[int, ...]
    scope: frozenset[Key]
    query: Cond | None


def compile_watches(
    watches: Sequence[WatchLike], area_key: AreaKey | None = None
) -> tuple[tuple[CompiledWatch, ...], tuple[Pattern, ...]]:
    """Raises rather than returning a partial set: a watch silently missing is worse than a refused config."""
    compiler = Compiler(area_key or fold_key)
    compiled = tuple(compiler.watch(i, w) for i, w in enumerate(watches))
    if compiler.problems:
        raise WatchCompileError(compiler.problems)
    return compiled, tuple(compiler.patterns)


def watch_problems(watches: Sequence[WatchLike], area_key: AreaKey | None = None) -> tuple[WatchProblem, ...]:
    """Without raising, so a running monitor can report a bad edit and keep its last good watches."""
    compiler = Compiler(area_key or fold_key)
    for i, w in enumerate(watches):
        compiler.watch(i, w)
    return tuple(compiler.problems)


def build_automaton(patterns: Sequence[Pattern]) -> ahocorasick.Automaton | None:
    """None with no patterns: pyahocorasick refuses to build an empty automaton."""
    if not patterns:
        return None
    automaton = ahocorasick.Automaton()
    for pid, (pattern, _) in enumerate(patterns):
        automaton.add_word(pattern, pid)
    automaton.make_automaton()
    return automaton


def trigger_index(watches: Sequence[CompiledWatch]) -> tuple[dict[Key, list[int]], list[int]]:
    """Key -> watches it can trigger, plus the watches no single key gates (evaluated on every item)."""
    by_key: dict[Key, list[int]] = {}
    always: list[int] = []
    for watch in watches:
        triggers = _triggers(watch)
        if triggers is None:
            always.append(watch.index)
        for key in triggers or ():
            by_key.setdefault(key, []).append(watch.index)
    return by_key, always


def _triggers(watch: CompiledWatch) -> frozenset[Key] | None:
    """Keys one of which any item the watch fires on must have; None: evaluate on every item."""
    options: list[frozenset[Key]] = []
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


def _needs(cond: Cond) -> frozenset[Key] | None:
    if isinstance(cond, TextAtom):
        return frozenset({("p", cond.pid)})
    if isinstance(cond, FactAtom):
        return frozenset(cond.keys)
    if isinstance(cond, NotCond):
        return None
    parts = [_needs(c) for c in cond.children]
    if isinstance(cond, AnyCond):
        return None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
    known = [p for p in parts if p is not None]
    return min(known, key=len) if known else None


def fold_key(name: str) -> str | None:
    """Without a gazetteer, a region matches only an area tag spelled the same up to case and accents."""
    return fold(name.strip()) or None


class Compiler:
    """Turns watches into `CompiledWatch`es, sharing patterns between them and collecting every problem."""

    def __init__(self, area_key: AreaKey) -> None:
        self.area_key = area_key
        self.patterns: list[Pattern] = []
        self._pid: dict[str, int] = {}
        self.problems: list[WatchProblem] = []
        self._names: set[str] = set()

    def watch(self, index: int, w: WatchLike) -> CompiledWatch:
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
        entities = tuple(FactAtom((("e", fold(e.strip())),), e.strip()) for e in w.entities if e.strip())
        scope = frozenset(("f", fold(f.strip())) for f in w.feeds) | frozenset(("t", fold(t.strip())) for t in w.tags)
        query = None
        if w.query is not None:
            try:
                query = self._query(parse_query(w.query), problem)
            except QueryError as error:
                problem("query", str(error), error.position)
        if not (w.keywords or w.regions or w.entities or w.query or scope):
            problem("name", "nothing to match: give keywords, regions, entities, a query, or feeds/tags")
        return CompiledWatch(
            index, w.name, w.priority, _unique(keywords), regions, entities, _unique(exclude), scope, query
        )

    def _term(self, raw: str, problem: ProblemSink, where: str) -> int | None:
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
        """A prefix pattern has no trailing space, so it also matches the longer words it starts."""
        tokens = TOKEN.findall(fold(text))
        if not tokens:
            return None
        pattern = " " + " ".join(tokens) + ("" if prefix else " ")
        if pattern not in self._pid:
            self._pid[pattern] = len(self.patterns)
            self.patterns.append((pattern, prefix))
        return self._pid[pattern]

    def _region(
        self, name: str, kind: str, problem: ProblemSink, where: str, position: int | None = None
    ) -> FactAtom | None:
        written = name.strip()
        key = self.area_key(written) if written else None
        keys: list[Key] = [("a", key)] if key else []
        if kind == "country" and len(written) == 2 and written.isalpha():
            keys.append(("c", written.upper()))
        if not keys:
            problem(where, f"unknown {kind} {name!r}", position)
            return None
        return FactAtom(tuple(keys), written)

    def _query(self, node: QueryNode, problem: ProblemSink) -> Cond | None:
        if isinstance(node, Not):
            child = self._query(node.child, problem)
            return None if child is None else NotCond(child)
        if isinstance(node, (And, Or)):
            children = [self._query(c, problem) for c in node.children]
            if any(c is None for c in children):
                return None
            kept = tuple(c for c in children if c is not None)
            return AllCond(kept) if isinstance(node, And) else AnyCond(kept)
        return self._atom(node, problem)

    def _atom(self, term: Term, problem: ProblemSink) -> Cond | None:
        if term.field in (None, "text", "title"):
            pid = self.pattern(term.text, term.prefix)
            if pid is None:  # the parser refuses these, but a hand-built tree may not
                problem("query", f"term {term.text!r} has no letters or digits", term.position)
                return None
            return TextAtom(pid, term.field == "title")
        if term.field in ("region", "country"):
            return self._region(term.text, term.field, problem, "query", term.position)
        value = fold(term.text.strip())
        if term.field == "entity":
            return FactAtom((("e", value),), term.text.strip())
        # feed: and tag: say where an item may come from, not what it says: not shown as terms
        return FactAtom((("f" if term.field == "feed" else "t", value),), "")


def _unique(pids: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(pids))
