"""The fold model: a second reading of the pairs the story rules refuse, of counts that disagree only at a stricter
bar, and never of the other vetoes."""

from __future__ import annotations

import json
import math
from datetime import timedelta

import pytest

from monitor import foldmodel
from monitor.errors import MonitorError
from monitor.foldmodel import FEATURES, FoldModel, ModelError, from_dict, load
from monitor.stories import (
    DISAGREEING_PROBABILITY,
    SecondReading,
    compare,
    pair_features,
    rule_verdict,
)
from tests.test_story_rules import (
    DEPOT,
    FERRY,
    FERRY_AGAIN,
    ROUNDUP,
    SHIPWRECK,
    SHIPWRECK_IT,
    T0,
    profile,
)

STUMP = {  # one split: on similarity (feature 0) at 0.3, with the leaves' log-odds
    "features": list(FEATURES), "base": -1.0, "threshold": 0.0,
    "trees": [{"feature": [0, -1, -1], "threshold": [0.3, 0.0, 0.0], "left": [1, 0, 0], "right": [2, 0, 0],
               "value": [0.0, -2.0, 3.0]}],
}


def test_the_shipped_model_reads_the_facts_this_code_computes():
    model = load()
    assert model.trees and len(pair_features(profile(*FERRY), profile(*FERRY_AGAIN))) == len(FEATURES)


def test_trees_add_their_leaves_to_the_base():
    model = from_dict(STUMP)
    low, high = [0.0] * len(FEATURES), [0.5] + [0.0] * (len(FEATURES) - 1)
    assert model.log_odds(low) == -3.0 and not model.same(low)
    assert model.log_odds(high) == 2.0 and model.same(high)


def test_a_model_for_other_facts_is_refused_with_a_clear_error():
    with pytest.raises(ModelError, match="this code computes"):
        from_dict({**STUMP, "features": ["similarity"]})


def test_a_malformed_model_file_is_a_monitor_error(tmp_path):
    broken = tmp_path / "fold_model.json"
    broken.write_text(json.dumps({"features": list(FEATURES), "base": 0.0}), encoding="utf-8")
    with pytest.raises(MonitorError, match="malformed"):
        load(broken)
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="cannot read"):
        load(broken)


def test_the_model_turns_a_refusal_into_a_fold_and_says_so(monkeypatch):
    late = profile(*SHIPWRECK_IT, at=T0 + timedelta(hours=13))
    refused, asked = rule_verdict(late, profile(*SHIPWRECK))
    assert not refused.same and asked
    monkeypatch.setattr(foldmodel, "model", lambda: FoldModel(base=-5.0, threshold=0.0, trees=()))
    assert compare(late, profile(*SHIPWRECK)) == refused  # a model that never folds leaves the rules' verdict
    monkeypatch.setattr(foldmodel, "model", lambda: FoldModel(base=5.0, threshold=0.0, trees=()))
    assert compare(late, profile(*SHIPWRECK)).reason == f"same event, by its facts together ({refused.reason})"


def sure(probability: float) -> FoldModel:
    """A model without trees that gives every pair this probability, folding at its usual 0.5."""
    return FoldModel(base=math.log(probability / (1 - probability)), threshold=0.0, trees=())


TWELVE = profile("Car bomb kills 12 in Kabul market", "A car bomb killed 12 people at a Kabul market, police said.")
THREE = profile("Car bomb kills 3 in Kabul market", "A car bomb killed 3 people at a Kabul market, police said.",
                at=T0 + timedelta(hours=3))
NINE = profile("Nine dead in Hanoi boarding house blaze", "A fire at a boarding house in Dong Da district killed "
               "nine people overnight, Hanoi police said.")
# ... the later telling the lower: a toll that rose a little within hours would be one fire's by the rules alone
EIGHT = profile("Fire at Hanoi boarding house kills eight", "Eight people died when fire swept through a boarding "
                "house in Hanoi's Dong Da district overnight, police said.", at=T0 + timedelta(hours=2))


def test_near_counts_that_disagree_are_read_again_only_at_a_stricter_bar(monkeypatch):
    """ "8 dead" and "nine dead", told by two outlets of one fire the same night, may be one event: the model
    folds such a pair only when it is surer than it need be for any other refusal."""
    verdict, asked = rule_verdict(EIGHT, NINE)
    assert verdict.reason.startswith("counts disagree") and asked is SecondReading.STRICT
    monkeypatch.setattr(foldmodel, "model", lambda: sure(DISAGREEING_PROBABILITY - 0.01))
    assert compare(EIGHT, NINE) == verdict
    monkeypatch.setattr(foldmodel, "model", lambda: sure(DISAGREEING_PROBABILITY + 0.01))
    assert compare(EIGHT, NINE).reason == f"same event, by its facts together ({verdict.reason})"


def test_counts_far_apart_are_two_events_whatever_the_model_would_say(monkeypatch):
    """12 dead and 3, a car bomb at the same market: however alike the rest, the issue's own trap."""
    monkeypatch.setattr(foldmodel, "model", lambda: sure(0.999))  # folds whatever it is asked
    verdict, asked = rule_verdict(THREE, TWELVE)
    assert verdict.reason.startswith("counts disagree") and not asked and compare(THREE, TWELVE) == verdict


def test_the_other_vetoes_are_never_read_again(monkeypatch):
    monkeypatch.setattr(foldmodel, "model", lambda: sure(0.999))
    roundup = profile(*ROUNDUP, at=T0 + timedelta(hours=6))
    verdict, asked = rule_verdict(roundup, profile(*DEPOT))
    assert not verdict.same and not asked and compare(roundup, profile(*DEPOT)) == verdict


def test_another_event_in_the_same_country_with_the_same_toll_stays_apart():
    """Cholera and a capsized ferry, both "23 dead" in Malawi two hours apart: the shipped model refuses too."""
    verdict = compare(profile(*FERRY_AGAIN, at=T0 + timedelta(hours=2)), profile(*FERRY))
    assert not verdict.same
