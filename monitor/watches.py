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

Compiling lives in `watchcompile`, the token stream in `watchtext`; this module
matches, and stays the one place the rest of the code imports watches from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter

from monitor.models import Tags, WatchHit
from monitor.priority import Priority
from monitor.textfold import fold, fold_cached
from monitor.watchcompile import (
    AllCond,
    AnyCond,
    AreaKey,
    CompiledWatch,
    Cond,
    FactAtom,
    Key,
    NotCond,
    Pattern,
    TextAtom,
    WatchCompileError,
    WatchLike,
    WatchProblem,
    build_automaton,
    compile_watches,
    trigger_index,
    watch_problems,
)
from monitor.watchtext import Scan, normalise, token_stream

__all__ = [
    "AreaKey",
    "MatchInput",
    "WatchCompileError",
    "WatchLike",
    "WatchProblem",
    "WatchSet",
    "highest_priority",
    "normalise",
]


_NAME, _TEXT = attrgetter("name"), attrgetter("text")


@dataclass(frozen=True, slots=True)
class MatchInput:
    """What the matcher reads of an item: its text, what the tagger found, where it came from."""

    title: str
    text: str
    tags: Tags
    feed: str = ""
    feed_tags: tuple[str, ...] = ()


def highest_priority(hits: Iterable[WatchHit]) -> Priority:
    """The priority an item takes: its most urgent watch, NONE when nothing fired."""
    return max((hit.priority for hit in hits), default=Priority.NONE)


@dataclass(slots=True)
class _Item:
    title: Scan
    text: Scan
    keys: set[Key] = field(default_factory=set)


class WatchSet:
    """Every watch of a config, compiled together; immutable and safe to share between threads."""

    def __init__(self, watches: tuple[CompiledWatch, ...], patterns: tuple[Pattern, ...]) -> None:
        self._watches = watches
        self._patterns = patterns  # pid -> (pattern, prefix)
        self._automaton = build_automaton(patterns)
        self._by_key, self._always = trigger_index(watches)
        self._triggers = frozenset(self._by_key)
        self._asked = _asked(watches)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(w.name for w in self._watches)

    def __len__(self) -> int:
        return len(self._watches)

    @classmethod
    def compile(cls, watches: Sequence[WatchLike], area_key: AreaKey | None = None) -> WatchSet:
        """Compile all watches; raises WatchCompileError listing every problem in every watch."""
        return cls(*compile_watches(watches, area_key))

    @staticmethod
    def problems(watches: Sequence[WatchLike], area_key: AreaKey | None = None) -> tuple[WatchProblem, ...]:
        """What compile would complain about, without raising (for `monitor check` and the TUI)."""
        return watch_problems(watches, area_key)

    def match(self, item: MatchInput) -> tuple[WatchHit, ...]:
        """The watches that fire on `item`, most urgent first (config order among equals)."""
        facts = _Item(self._scan(item.title), self._scan(item.text))
        keys = facts.keys
        tags = item.tags
        # The item's facts as keys, each kind made in C (zip with a repeated kind), and of the facts only
        # those some watch asks about (`_asked`): no other key can make a difference to any watch.
        keys.update(zip(repeat("p"), facts.title.first_end))
        keys.update(zip(repeat("p"), facts.text.first_end))
        areas, codes, entities, feeds, feed_tags = self._asked
        if areas:
            keys.update(zip(repeat("a"), areas.intersection(tags.areas)))
        if codes:
            keys.update(zip(repeat("c"), codes.intersection(map(str.upper, tags.countries))))
        if entities and tags.entities:
            keys.update(zip(repeat("e"), entities.intersection(map(fold_cached, map(_NAME, tags.entities)))))
            keys.update(zip(repeat("e"), entities.intersection(map(fold_cached, map(_TEXT, tags.entities)))))
        if feeds:
            keys.update(zip(repeat("f"), feeds.intersection((fold_cached(item.feed),))))
        if feed_tags:
            keys.update(zip(repeat("t"), feed_tags.intersection(map(fold_cached, item.feed_tags))))
        candidates = set(self._always)
        by_key = self._by_key
        for key in keys.intersection(self._triggers):  # most of an item's keys trigger no watch
            candidates.update(by_key[key])
        hits = []
        for index in sorted(candidates):
            watch = self._watches[index]
            terms = self._fire(watch, facts)
            if terms is not None:
                hits.append((watch, terms))
        hits.sort(key=lambda pair: (-pair[0].priority, pair[0].index))
        return tuple(WatchHit(w.name, w.priority, terms) for w, terms in hits)

    def _scan(self, text: str) -> Scan:
        folded = fold(text)
        stream = token_stream(folded)
        first_end: dict[int, int] = {}
        if self._automaton is not None and len(stream) > 2:
            for end, pid in self._automaton.iter(stream):
                first_end.setdefault(pid, end)
        return Scan(text, folded, stream, first_end)

    def _fire(self, watch: CompiledWatch, item: _Item) -> tuple[str, ...] | None:
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


_ASKED_KINDS = ("a", "c", "e", "f", "t")


def _asked(watches: Iterable[CompiledWatch]) -> tuple[frozenset[object], ...]:
    """The values of each kind of fact key (area, country, entity, feed, feed tag) that any watch reads.

    `match` keeps only these of an item's facts: a watch only ever asks whether the item has one of its
    own keys (scope, regions, entities, query atoms), so every other key answers no question. Pattern
    keys ("p") are all kept: every pattern is some watch's.
    """
    asked: dict[str, set[object]] = {kind: set() for kind in _ASKED_KINDS}

    def add(keys: Iterable[Key]) -> None:
        for kind, value in keys:
            if kind != "p":
                asked[kind].add(value)  # a kind this does not know fails here, at compile time

    def walk(cond: Cond) -> None:
        if isinstance(cond, FactAtom):
            add(cond.keys)
        elif isinstance(cond, NotCond):
            walk(cond.child)
        elif isinstance(cond, (AllCond, AnyCond)):
            for child in cond.children:
                walk(child)
        elif not isinstance(cond, TextAtom):  # a new kind of condition must say which facts it reads
            raise TypeError(f"_asked does not know the condition {type(cond).__name__}")

    for watch in watches:
        add(watch.scope)
        for fact in (*watch.regions, *watch.entities):
            add(fact.keys)
        if watch.query is not None:
            walk(watch.query)
    return tuple(frozenset(asked[kind]) for kind in _ASKED_KINDS)


def _evaluate(cond: Cond, item: _Item) -> tuple[bool, list[int | str]]:
    """Truth of a query condition and the positive terms that made it true (none under NOT)."""
    if isinstance(cond, TextAtom):
        found = cond.pid in item.title.first_end if cond.title_only else ("p", cond.pid) in item.keys
        return found, [cond.pid] if found else []
    if isinstance(cond, FactAtom):
        found = any(k in item.keys for k in cond.keys)
        return found, [cond.shown] if found else []
    if isinstance(cond, NotCond):
        return not _evaluate(cond.child, item)[0], []
    terms: list[int | str] = []
    if isinstance(cond, AllCond):
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


def _dedupe(terms: Iterable[str]) -> tuple[str, ...]:
    """Folded, so "Ecuador" from a region and "ecuador" from a keyword explain the hit once."""
    seen: set[str] = set()
    out = []
    for term in terms:
        key = fold_cached(term)
        if key and key not in seen:
            seen.add(key)
            out.append(term)
    return tuple(out)
