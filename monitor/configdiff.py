"""What changed between two configurations, so a reload can say so ("2 feeds added, 1 watch changed").

The running monitor swaps whole `Config`s; this module only describes the swap,
for the officer's status line and for the callers that act on parts of it.

Feeds are matched by name, except that a feed whose name changed but whose URL
did not (exactly as written) is a *rename*, not a removal plus an addition:
the store keeps its history under the new name (`store.feeds.sync_feeds` does
the same matching, so the two always agree). A feed whose name stayed but
whose URL changed is a URL change of the same feed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace

from monitor.configmodels import Config, FeedConfig, WatchConfig

__all__ = ["ConfigDiff", "FeedChange", "diff_configs"]

FEED_FIELDS = ("name", "url", "interval", "tags", "enabled")


@dataclass(frozen=True, slots=True)
class FeedChange:
    """One feed present on both sides; `fields` names what differs ("name" means a rename)."""

    before: FeedConfig
    after: FeedConfig
    fields: tuple[str, ...]

    @property
    def renamed(self) -> bool:
        return "name" in self.fields


@dataclass(frozen=True, slots=True)
class ConfigDiff:
    """Names of what was added, removed or changed, section by section."""

    feeds_added: tuple[FeedConfig, ...] = ()
    feeds_removed: tuple[FeedConfig, ...] = ()
    feeds_changed: tuple[FeedChange, ...] = ()  # renames included, see `renamed`
    watches_added: tuple[str, ...] = ()
    watches_removed: tuple[str, ...] = ()
    watches_changed: tuple[str, ...] = ()
    regions_changed: tuple[str, ...] = ()  # added, removed or with other members
    entities_changed: tuple[str, ...] = ()  # added, removed or with another type or aliases
    settings_changed: tuple[str, ...] = ()  # field names of Settings

    @property
    def renamed(self) -> tuple[tuple[str, str], ...]:
        """(old name, new name) of every renamed feed."""
        return tuple((c.before.name, c.after.name) for c in self.feeds_changed if c.renamed)

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    def summary(self) -> str:
        """One line for a status bar, biggest news first; "no changes" when nothing differs."""
        renamed = sum(1 for c in self.feeds_changed if c.renamed)
        parts = [
            _count(len(self.feeds_added), "feed", "added"),
            _count(len(self.feeds_removed), "feed", "removed"),
            _count(renamed, "feed", "renamed"),
            _count(len(self.feeds_changed) - renamed, "feed", "changed"),
            _count(len(self.watches_added), "watch", "added"),
            _count(len(self.watches_removed), "watch", "removed"),
            _count(len(self.watches_changed), "watch", "changed"),
            _count(len(self.regions_changed), "region", "changed"),
            _count(len(self.entities_changed), "entity", "changed"),
            "settings changed" if self.settings_changed else "",
        ]
        return ", ".join(p for p in parts if p) or "no changes"


_PLURALS = {"feed": "feeds", "watch": "watches", "region": "regions", "entity": "entities"}


def _count(n: int, noun: str, verb: str) -> str:
    return f"{n} {noun if n == 1 else _PLURALS[noun]} {verb}" if n else ""


def diff_configs(old: Config, new: Config) -> ConfigDiff:
    """Compare two configurations; the result only names differences, never positions in the file."""
    added, removed, changed = _diff_feeds(old.feeds, new.feeds)
    w_added, w_removed, w_changed = _diff_named(
        {w.name: _watch_key(w) for w in old.watches}, {w.name: _watch_key(w) for w in new.watches}
    )
    return ConfigDiff(
        feeds_added=added,
        feeds_removed=removed,
        feeds_changed=changed,
        watches_added=w_added,
        watches_removed=w_removed,
        watches_changed=w_changed,
        regions_changed=_changed_keys(old.regions, new.regions),
        entities_changed=_changed_keys({e.name: e for e in old.entities}, {e.name: e for e in new.entities}),
        settings_changed=tuple(
            f.name for f in fields(old.settings) if getattr(old.settings, f.name) != getattr(new.settings, f.name)
        ),
    )


def _diff_feeds(
    old: Iterable[FeedConfig], new: Iterable[FeedConfig]
) -> tuple[tuple[FeedConfig, ...], tuple[FeedConfig, ...], tuple[FeedChange, ...]]:
    before = {f.name: f for f in old}
    after = {f.name: f for f in new}
    gone = [f for name, f in before.items() if name not in after]
    came = [f for name, f in after.items() if name not in before]
    changes = [_change(before[name], f) for name, f in after.items() if name in before]
    added: list[FeedConfig] = []
    for feed in came:  # a new name on an old URL is the same feed, renamed
        match = next((g for g in gone if g.url == feed.url), None)
        if match is None:
            added.append(feed)
        else:
            gone.remove(match)
            changes.append(_change(match, feed))
    return tuple(added), tuple(gone), tuple(c for c in changes if c.fields)


def _change(before: FeedConfig, after: FeedConfig) -> FeedChange:
    return FeedChange(before, after, tuple(f for f in FEED_FIELDS if getattr(before, f) != getattr(after, f)))


def _watch_key(watch: WatchConfig) -> WatchConfig:
    """A watch moved elsewhere in the file is not a changed watch: compare without its line."""
    return replace(watch, line=0)


def _diff_named(
    before: Mapping[str, object], after: Mapping[str, object]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    added = tuple(name for name in after if name not in before)
    removed = tuple(name for name in before if name not in after)
    changed = tuple(name for name in after if name in before and before[name] != after[name])
    return added, removed, changed


def _changed_keys(before: Mapping[str, object], after: Mapping[str, object]) -> tuple[str, ...]:
    added, removed, changed = _diff_named(before, after)
    return tuple(sorted(added + removed + changed))
