"""A second reading of a pair the story rules refused: boosted trees over the facts those rules weigh one at a time.

Each rule in `monitor.stories` reads one fact against a bar: shared words
against a similarity that climbs with the gap, shared names and figures across
languages, headline words for a retelling. A late rewrite often passes none of
them alone (its wording moved on with the story, so the similarity bar is out
of reach) while together they say "the same event": the same town, the same
unit, the same headline noun, figures that agree, a day apart. Look-alikes
fail in other combinations. Hand-set bars cannot weigh so many facts at once,
so a small model does, trained on the labelled sets' pairs (`tools/
train_fold_model.py`) and held to them by leave-one-set-out runs, the way an
unseen set would meet it.

The trees are plain data (`data/fold_model.json`, written by that tool from
scikit-learn's `HistGradientBoostingClassifier`) and are walked here in pure
Python: the runtime needs no scikit-learn or numpy, and the same file gives
the same verdict on every machine. The model only ever turns a refusal into a
fold, and only a refusal on words, names or figures, or on counts that disagree
by a little, read at a stricter bar ("8 dead" and "nine killed" may be two
reports of one fire; 12 and 3 dead are never read again); the other vetoes
(different ships, a roundup, a response, too few words, the time window),
recurring titles and tellings in other scripts stay the rules' alone
(`monitor.stories.rule_verdict` says when it may be asked, and how sure it
must be).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from monitor.errors import MonitorError

__all__ = ["FEATURES", "FoldModel", "ModelError", "load", "model"]

# The facts of a pair, in the order the trees index them (`monitor.stories.pair_features` computes them).
FEATURES = (
    "similarity",  # Jaccard of the plain content stems
    "hours",  # between the two
    "names",  # names, places and proper nouns in common, spelt as across languages, countries left out
    "tagged",  # tagged names and places in common
    "propers",  # proper nouns in common
    "headline",  # headline stems in common
    "headline_share",  # ... as a share of both headlines' stems
    "countries",  # countries in common
    "country_share",  # ... as a share of both
    "agree",  # a count both state agrees
    "disagree",  # a count disagrees (and is not a toll that rose)
    "rose",  # a count differs only by a toll's rise
    "toll_rose",  # the later says the toll rose
    "generic",  # either has a generic title
    "edition",  # either has an edition head or lists several events
    "languages",  # in two languages or scripts
    "scripts",  # either in another script than Latin
    "figures",  # figures both state
    "shared",  # plain stems in common
    "shortest",  # plain stems of the shorter
    "core_share",  # Jaccard of the core words (proper nouns and marks included)
    "word_share",  # Jaccard of all content words
    "headline_plain",  # headline stems in common, less countries, regions and what counts are of ("dead")
    "events",  # the kinds of event both tell ("fire", "quake", "collap": `storytext.EVENT_STEMS`)
    "roundup",  # either rounds up several events
    "response",  # the later reports a response the earlier doesn't mention
    "kinds",  # kinds of happening both name (`monitor.eventkinds`)
    "kinds_named",  # either names a kind of happening
    "development",  # the later's title reports a step taken or a successor named
    "explainer",  # the later's title says it explains an event
    "places_apart",  # both name places, none in common
    "homes",  # either, in another script, names no country: read as its script's countries' news
)


class ModelError(MonitorError):
    """The fold model's file is missing or malformed (a packaging fault: the file ships with the code)."""


@dataclass(frozen=True, slots=True)
class _Tree:
    feature: tuple[int, ...]  # -1 at a leaf
    threshold: tuple[float, ...]  # go left when the value is at most this
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class FoldModel:
    """Trees whose leaf values add up (with `base`) to the log-odds that a refused pair tells one event."""

    base: float
    threshold: float  # log-odds at or above which the pair folds
    trees: tuple[_Tree, ...]

    def log_odds(self, facts: Sequence[float]) -> float:
        total = self.base
        for tree in self.trees:
            feature, threshold, left, right = tree.feature, tree.threshold, tree.left, tree.right
            node = 0
            while (index := feature[node]) >= 0:
                node = left[node] if facts[index] <= threshold[node] else right[node]
            total += tree.value[node]
        return total

    def same(self, facts: Sequence[float], probability: float | None = None) -> bool:
        """Whether the pair folds at the model's own threshold, or at `probability` where a stricter one is asked."""
        bar = self.threshold if probability is None else math.log(probability / (1 - probability))
        return self.log_odds(facts) >= bar


def from_dict(data: dict) -> FoldModel:  # type: ignore[type-arg]
    """A model from its JSON form; refuses one built for other facts than `FEATURES`."""
    try:
        if tuple(data["features"]) != FEATURES:
            raise ModelError(f"the fold model reads {data['features']!r}, this code computes {FEATURES!r}")
        trees = tuple(
            _Tree(
                feature=tuple(int(v) for v in t["feature"]),
                threshold=tuple(float(v) for v in t["threshold"]),
                left=tuple(int(v) for v in t["left"]),
                right=tuple(int(v) for v in t["right"]),
                value=tuple(float(v) for v in t["value"]),
            )
            for t in data["trees"]
        )
        return FoldModel(base=float(data["base"]), threshold=float(data["threshold"]), trees=trees)
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"the fold model is malformed: {exc}") from exc


def load(path: Path | None = None) -> FoldModel:
    """The model in `path`, or the one shipped with the code."""
    try:
        text = path.read_text("utf-8") if path else resources.files("monitor").joinpath("data/fold_model.json").read_text("utf-8")
        return from_dict(json.loads(text))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelError(f"cannot read the fold model: {exc}") from exc


@lru_cache(maxsize=1)
def model() -> FoldModel:
    """The shipped model, read once per process."""
    return load()
