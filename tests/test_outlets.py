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


# heldout127: two quakes a day apart on the Pacific rim, each report citing the same warning centre
HAIDA_GWAII = ("Strong quake strikes off Canada's Pacific coast, no tsunami threat",
               ("A magnitude 6.1 earthquake struck off the coast of British Columbia's Haida Gwaii archipelago on "
                "Sunday, the U.S. Geological Survey said. The U.S. National Tsunami Warning Center said there was no "
                "tsunami threat."))
ALEUTIANS = ("Magnitude 6.0 earthquake rattles Aleutians; no tsunami danger",
             ("A magnitude 6.0 earthquake struck about 80 miles southwest of Adak late Sunday, the Alaska Earthquake "
              "Center said. The National Tsunami Warning Center said there was no tsunami danger to Alaska or the "
              "West Coast."))


def test_observatories_that_measure_events_anywhere_are_sources_too():
    assert all(map(is_outlet, ["U.S. Geological Survey", "National Tsunami Warning Center", "Alaska Earthquake Center",
                               "Japan Meteorological Agency", "European-Mediterranean Seismological Centre"]))
    assert not any(map(is_outlet, ["Geological Society of London", "National Disaster Management Authority"]))
    assert "Tsunami" not in without_outlets(ALEUTIANS[1]) and "Adak" in without_outlets(ALEUTIANS[1])


def test_two_quakes_citing_one_warning_centre_are_two_events():
    haida = _profile(*HAIDA_GWAII, 9)
    assert "US" not in haida.countries  # the survey reports the world's quakes: no fact of where this one struck
    assert not compare(_profile(*ALEUTIANS, 23), haida).same
