"""News outlets are who told a story, never a fact of it: folding leaves their names out."""

from __future__ import annotations

from datetime import UTC, datetime

from monitor.outlets import is_outlet, without_outlets
from monitor.stories import compare, profile_from_tags
from monitor.tagging import get_tagger

# The sample aggregator's teasers of two events of one morning in Ecuador, each closing on its source's name
EMERGENCY = ("Ecuador's Noboa extends state of emergency in Guayas and El Oro provinces",
             ("President Daniel Noboa extended for 60 days a state of emergency in the coastal provinces\u2026 "
             "Hemisphere Wire Service"))
OPERATION = ("U.S. Southern Command and Ecuadorian forces launch joint operation against narco-terrorists",
             ("The U.S. Southern Command, in collaboration with Ecuadorian forces, has initiated a joint operation "
             "targeting suspected narco-terrorists in Ecuador\u2026 Hemisphere Wire Service"))
OPERATION_WIRE = ("U.S. Southern Command and Ecuadorian forces launch joint operation against narco-terrorists",
                  ("QUITO, Nov 21 (HWS) \u2014 The U.S. Southern Command and Ecuador's armed forces launched a joint "
                  "operation on Saturday against narco-terrorist groups operating in the port city of Guayaquil."))


def _profile(title: str, summary: str, hour: int):
    return profile_from_tags(title, summary, datetime(2026, 11, 21, hour, tzinfo=UTC), get_tagger().tag(title, summary))


def test_agencies_and_newsrooms_are_outlets_and_the_organisations_in_the_news_are_not():
    assert all(map(is_outlet, ["Reuters", "Associated Press", "Al Jazeera", "Hemisphere Wire Service", "Andes Daily",
                               "The Jakarta Post", "Sky News"]))
    assert not any(map(is_outlet, ["U.S. Southern Command", "Ecuadorian Armed Forces", "Pentagon", "Petrobras",
                                   "National Police"]))


def test_the_outlets_a_text_credits_are_blanked_and_the_rest_is_kept():
    assert without_outlets("Andes Daily reports 14 arrests in Callao.").split() == ["reports", "14", "arrests", "in",
                                                                                     "Callao."]
    assert "Hemisphere" not in without_outlets(EMERGENCY[1])
    assert without_outlets("He told Al Jazeera the Kyiv Post erred. Russian forces said").split() == [
        "He", "told", "the", "erred.", "Russian", "forces", "said"]
    assert without_outlets("Officials said the press conference was cancelled") == (
        "Officials said the press conference was cancelled")


def test_two_events_credited_to_one_wire_are_not_one_story_by_its_name():
    emergency, operation = _profile(*EMERGENCY, 12), _profile(*OPERATION, 16)
    assert "hemisphere wire service" in {e.name.casefold() for e in get_tagger().tag(*EMERGENCY).entities}
    assert not emergency.names & operation.names
    assert not compare(operation, emergency).same


def test_the_same_event_credited_to_the_wire_still_folds_with_the_wires_telling():
    assert compare(_profile(*OPERATION, 16), _profile(*OPERATION_WIRE, 15)).same
