"""Train monitor/data/fold_model.json: the second reading of pairs the story rules refuse (`monitor.foldmodel`).

    python3 -m venv /tmp/train && /tmp/train/bin/pip install -e . scikit-learn   # build-time only
    /tmp/train/bin/python tools/train_fold_model.py                 # train on every labelled set, write the model
    /tmp/train/bin/python tools/train_fold_model.py --loso          # leave one set out: what an unseen set would see

The examples are the labelled sets' pairs (tests/data/stories) that the rules refuse inside the time window,
vetoes included (they teach the model what a look-alike looks like; at run time it is asked about none of them
but counts that disagree by a little, and about those at a stricter bar: `monitor.stories.SecondReading`),
each with the facts `monitor.stories.pair_features` reads and whether the two tell one story. The runtime walks
the exported trees itself, so scikit-learn and numpy are needed here only; the export is checked against
scikit-learn's own decision function on every example before it is written.

`--loso` trains once per set on all the others and runs the whole pipeline (store, candidates, stories) on the
set left out (bench/bench_stories.py's `fold_set`), printing pair precision and recall per set with and
without the model: the figure to trust, since every set is then news the model has never seen.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import bench_stories

from monitor import foldmodel
from monitor.stories import pair_features, profile_from_tags, rule_verdict
from monitor.tagging import get_tagger

OUT = ROOT / "monitor" / "data" / "fold_model.json"
PROBABILITY = 0.9  # the model folds a refused pair at this probability or more
# Chosen by --loso over the 27 sets (pooled pair precision / recall): unregularised 0.989 / 0.839 at 0.9, with two
# sets under the 0.95 precision floor; these 0.996 / 0.834 at 0.9 (0.990 / 0.848 at 0.85, 0.987 / 0.854 at 0.8,
# each with sets under the floor). The rules alone: 0.996 / 0.796. Over the 33 sets (2026-11-23): the rules alone
# 0.997 / 0.748, with the model 0.995 / 0.794, and 0.995 / 0.798 once it reads near counts that disagree again
# (`monitor.stories.DISAGREEING_PROBABILITY`; all counts that disagree: 0.995 / 0.804, but the issue's own trap, a
# car bomb with 12 dead and one with 3 at the same market, folded). Over the 35 sets (0f4429b's rules, 2026-11-23):
# 0.992 / 0.785 at 0.9, 0.983 / 0.812 at 0.8 (five sets under the floor: dev 0.893, heldout 0.811, heldout13 0.875),
# 0.969 / 0.826 at 0.7, 0.960 / 0.834 at 0.6 (twelve under it): 0.9 stays. Leave one set out over the 39 sets to
# heldout38: 0.996 / 0.807 with the other 38 to train on, 0.992 / 0.812 with heldout39 and heldout40 added (dev
# 0.893, heldout7 0.937). Those two label a day-after report of a development as the same story ("court jails 12
# protesters"), where the older sets label such reports other events ("vendors vow to reopen after bombing",
# "Finland detains tanker over cable"): trained on them, the model folds the older sets' developments. So they are
# scored, not trained on (`UNTRAINED`), until the labels agree; the shipped model is trained on the other 39.
# heldout41 to heldout44 were written to the older sets' rule, said outright (a new development is a story of its
# own, a revised toll the same): the model is trained on them too, 43 sets. Leave one set out over the 45 sets
# (8bd949f's rules, 2026-11-23): 0.994 / 0.811 (heldout20 0.919, heldout43 0.917 under the floor); with a fact for
# the kinds of happening both name (`monitor.eventkinds`) 0.991 / 0.817, with dev 0.893 and heldout7 0.937 under
# it too: not taken. heldout45 and heldout46 were added and trained on too (d0b0334, 45 sets trained): leave one
# set out over all 47, 0.994 / 0.808 (heldout20 0.925, heldout43 0.917 under the floor). Trained again once
# `monitor.stories._explains` folded 24 refused pairs, the pooled scores were the same (0.995 / 0.820 against
# 0.995 / 0.821) and a dozen sets moved 2-4 points either way: the model of d0b0334 stays. Trained again on the 79
# sets to heldout80 (2026-11-23, 8fd9988's rules): leave one set out, 0.988 / 0.832 (rules alone 0.993 / 0.763).
# On the 34 sets d0b0334's model never saw (heldout47 to heldout80) that is 0.990 / 0.812 with a model that never
# saw the set scored, against 0.991 / 0.796 with d0b0334's: more sets to learn from is worth 1.6 points of recall on
# news the model has not seen, at the same precision. But trained on all 79 it folds what the sample feeds' README
# keeps apart ("Guayaquil residents describe helicopters ..." into the Spanish telling of the operation, at 0.93),
# and a test's other event at the same place in another language; at 0.95 it keeps them apart and loses more
# recall than it gains (0.811 over the 81 sets, in-sample), and so does reading pairs across languages at the
# stricter bar alone. So d0b0334's model stays until those pairs are in what it learns from. The model trained on
# those 79 sets scored heldout81 to heldout83, written after it, no better than d0b0334's (0.958 / 0.773, 0.948 /
# 0.753 and 1.000 / 0.859, against 0.959 / 0.807, 0.948 / 0.753 and 1.000 / 0.859): not taken either.
# A lower bar for d0b0334's model over the 86 sets to heldout86 (184187c's rules, 2026-11-23): 0.995 / 0.829 at 0.9,
# 0.993 / 0.841 at 0.85, 0.993 / 0.848 at 0.8, 0.989 / 0.859 at 0.7; on heldout47 to heldout86, which that model
# never saw, 0.995 / 0.809 at 0.9 and 0.990 / 0.829 at 0.8. But at 0.8 it folds the tests' traps: cholera and a
# ferry capsized in Malawi, both "23 dead" two hours apart, and the sample feeds' Guayaquil helicopters (0.82); and
# of the refused pairs it reads between 0.8 and 0.9, 83 were true and 10 false (a Wengen super-G into the downhill,
# a Baltimore shooting into Milwaukee's): 0.9 stays.
# Trained on the 94 sets to heldout93 (2026-11-23), with six more facts (kinds of happening shared and named, the
# later's step or successor mark, its explainer mark, places none in common, a script's homes) and 400 unregularised
# trees: pairs scored out of fold (8 folds of sets, the refused pairs the runtime asks about), 906 true and 21 false
# at 0.9, against 693 and 16 for d0b0334's facts and trees; at 0.85 1001 and 34. Over the 90 sets before it, the
# whole pipeline: 0.996 / 0.831 -> 0.996 / 0.845 at 0.9 (0.994 / 0.857 at 0.85, dev and heldout46 under the floor).
# On heldout94 to heldout97, written after it and scored before reading: 0.988 / 0.728 with d0b0334's model, 0.988
# / 0.761 with this one. Leave one set out with the old facts over heldout47 to heldout89 (each model trained on the
# 89 others): 0.994 / 0.827 at 0.9, against 0.995 / 0.813 for d0b0334's, which never saw them either.
# Trained again on the 355 sets to heldout372 (9edac35's rules, 2026-11-24), 1.14M refused pairs, 9,898 true. Eight
# folds of sets, each scored by the whole pipeline with a model that never saw it: 0.989 / 0.839 at 0.9, 0.988 /
# 0.847 at 0.8, 0.985 / 0.854 at 0.7, against 0.990 / 0.841 for the shipped model (which saw 94 of them, and whose
# misreadings the rules since were written around). Trained on the sets to heldout348 and scored on heldout349 to
# heldout372: 0.987 / 0.843 at 0.7 against 0.980 / 0.819. But at 0.7 (and 0.8) it folds the tests' traps again
# (cholera and a ferry capsized in Malawi, "23 dead" two hours apart; a Chinese telling kept from a boat's story),
# and a Monterrey metro crash into a Reynosa ambush in its own training set (heldout161): the shipped model stays.
UNTRAINED = ("heldout39", "heldout40")
PARAMS: dict[str, Any] = {
    "max_depth": 4, "max_iter": 400, "learning_rate": 0.05, "l2_regularization": 0.0, "min_samples_leaf": 40,
    "early_stopping": False, "random_state": 0,
}
# Refusals outside the model's reach: no facts to weigh (too few words), or past any window a telling can have.
OUT_OF_REACH = ("too few words", "outside the time window")


@dataclass(frozen=True)
class Example:
    set_name: str
    facts: tuple[float, ...]
    same_story: bool
    asked: bool  # whether the runtime would ask the model about this pair (not a veto)


def examples(set_names: Sequence[str]) -> list[Example]:
    tagger = get_tagger()
    found: list[Example] = []
    for name in set_names:
        records = bench_stories.load(name)
        profiles = {
            r["id"]: profile_from_tags(
                r["title"], r["summary"], datetime.fromisoformat(r["published"]), tagger.tag(r["title"], r["summary"])
            )
            for r in records
        }
        ordered = sorted(records, key=lambda r: (r["published"], r["id"]))
        for a, b in itertools.combinations(ordered, 2):
            new, old = profiles[b["id"]], profiles[a["id"]]
            verdict, asked = rule_verdict(new, old)
            if verdict.same or verdict.reason.startswith(OUT_OF_REACH):
                continue
            found.append(Example(name, pair_features(new, old), a["story"] == b["story"], asked))
    return found


def fit(train: Sequence[Example]) -> HistGradientBoostingClassifier:
    classifier = HistGradientBoostingClassifier(**PARAMS)
    classifier.fit(np.array([e.facts for e in train]), np.array([e.same_story for e in train]))
    return classifier


def export(classifier: HistGradientBoostingClassifier, probability: float) -> dict[str, Any]:
    """The trees as plain lists (`monitor.foldmodel.from_dict`)."""
    trees = []
    for (predictor,) in classifier._predictors:
        nodes = predictor.nodes
        trees.append({
            "feature": [-1 if leaf else int(f) for leaf, f in zip(nodes["is_leaf"], nodes["feature_idx"])],
            "threshold": [float(t) for t in nodes["num_threshold"]],
            "left": [int(v) for v in nodes["left"]],
            "right": [int(v) for v in nodes["right"]],
            "value": [float(v) for v in nodes["value"]],
        })
    return {
        "features": list(foldmodel.FEATURES),
        "base": float(np.ravel(classifier._baseline_prediction)[0]),
        "threshold": float(np.log(probability / (1 - probability))),
        "trees": trees,
        "trained_on": "tests/data/stories (tools/train_fold_model.py)",
        "params": PARAMS,
    }


def checked(classifier: HistGradientBoostingClassifier, model: dict[str, Any], data: Sequence[Example]) -> None:
    """Refuse an export that scores any example otherwise than scikit-learn does."""
    mine = foldmodel.from_dict(model)
    theirs = classifier.decision_function(np.array([e.facts for e in data]))
    worst = max(abs(mine.log_odds(e.facts) - t) for e, t in zip(data, theirs))
    if worst > 1e-6:
        raise SystemExit(f"the exported trees disagree with scikit-learn by {worst}")


def loso(set_names: Sequence[str], data: Sequence[Example], probability: float) -> None:
    totals = {"rules": [0, 0, 0], "model": [0, 0, 0]}
    for name in set_names:
        classifier = fit([e for e in data if e.set_name != name])
        model = foldmodel.from_dict(export(classifier, probability))
        line = f"{name:10s}"
        for label, chosen in (("rules", _NEVER), ("model", model)):
            _use(chosen)
            scores = _fold(name)
            for i, v in enumerate((scores.tp, scores.fp, scores.fn)):
                totals[label][i] += v
            line += f"  {label} P {scores.precision:.3f} R {scores.recall:.3f}"
        print(line, flush=True)
    for label, (tp, fp, fn) in totals.items():
        print(f"ALL {label}: precision {tp / (tp + fp):.3f} recall {tp / (tp + fn):.3f} (tp {tp} fp {fp} fn {fn})")


_NEVER = foldmodel.FoldModel(base=-1.0, threshold=0.0, trees=())


def _use(model: foldmodel.FoldModel) -> None:
    foldmodel.model = lambda: model  # type: ignore[assignment]


def _fold(name: str) -> bench_stories.Scores:
    records = bench_stories.load(name)
    with tempfile.TemporaryDirectory() as tmp:
        stories = bench_stories.fold_set(records, Path(tmp))
    return bench_stories.score(name, records, stories)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--loso", action="store_true", help="leave one set out, scoring each with the pipeline")
    parser.add_argument("--probability", type=float, default=PROBABILITY)
    parser.add_argument("--sets", nargs="*", default=[s for s in bench_stories.SETS if s not in UNTRAINED])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = examples(args.sets)
    print(f"{len(data)} refused pairs, {sum(e.same_story for e in data)} of them one story", flush=True)
    if args.loso:
        loso(args.sets, data, args.probability)
        return
    classifier = fit(data)
    model = export(classifier, args.probability)
    checked(classifier, model, data)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(model['trees'])} trees)")


if __name__ == "__main__":
    main()
