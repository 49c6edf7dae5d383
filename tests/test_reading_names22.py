"""Round 22: a part of a sea named by a compass word (kg.extract.sea_parts), and a body named with
its topic after "on"/"for" (a school's after "of"), typed by its head (Lexicon.body_with_its_topic), and a
region's one-word name modifying a noun, which names no place (kg.extract.region_modifiers).
On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import labels, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body, part, whole", [
    ("Frigates from Norland patrol the eastern Mediterranean each spring.", "eastern Mediterranean", "Mediterranean Sea"),
    ("The North Atlantic has become busier, the admiral said.", "North Atlantic", "Atlantic Ocean"),
    ("Drug flights over the southern Caribbean have doubled, Venezuela said.", "southern Caribbean", "Caribbean Sea"),
    ("Navies of the two states will exercise in the south-western Pacific next year.", "south-western Pacific",
     "Pacific Ocean"),
    ("Mauritius and India will watch the western Indian Ocean together.", "western Indian Ocean", "Indian Ocean"),
])
def test_a_compass_word_names_a_part_of_a_sea(extractor, body, part, whole):
    places = labels(run(extractor, body, published="2025-03-14"), "Place")
    assert part in places and whole not in places, places


def test_a_part_of_a_sea_is_no_grouping_of_states(extractor):
    doc = run(extractor, "Leaders of Barbados and Jamaica came, as did the small island states of the eastern Caribbean.")
    assert "eastern Caribbean" in labels(doc, "Place")
    assert not labels(doc, "InternationalOrganization")


@pytest.mark.parametrize("body, name", [
    ("Denmark has been in the North Atlantic Treaty Organization since its founding.", "North Atlantic"),
    ("Ships crossed the South China Sea on Monday.", "South China"),
    ("The South African president met the North Korean envoy.", "South African"),
])
def test_guards_longer_names_and_demonyms_stay_whole(extractor, body, name):
    doc = run(extractor, body, published="2025-03-14")
    assert name not in {e.label for e in doc.entities.values()}


@pytest.mark.parametrize("body, name", [
    ("The Joint Standing Commission on Fisheries and Shipping met in Tarvo.",
     "Joint Standing Commission on Fisheries and Shipping"),
    ("Talks at the Norland-Vestia Joint Commission on Border Security ended on Friday.",
     "Norland-Vestia Joint Commission on Border Security"),
    ("Students at the Tarvo University of Technology marched to parliament.", "Tarvo University of Technology"),
    ("Kenya and Uganda will open a Joint Secretariat for Water Security.", "Joint Secretariat for Water Security"),
])
def test_a_body_named_with_its_topic(extractor, body, name):
    orgs = labels(run(extractor, body, published="2025-03-14"), "Organization")
    assert name in orgs, orgs


@pytest.mark.parametrize("body, state, not_an_org", [
    ("The Government of Kenya signed the memorandum.", "Kenya", "Government of Kenya"),
    ("The Government of Chile and a Commission for Lake Titicaca were named.", "Chile", "Commission for Lake Titicaca"),
])
def test_guards_a_body_of_a_state_keeps_the_state(extractor, body, state, not_an_org):
    doc = run(extractor, body, published="2025-03-14")
    assert state in labels(doc, "State")
    assert not_an_org not in labels(doc, "Organization")


@pytest.mark.parametrize("body, place", [
    ("Norland spent heavily on Pacific diplomacy this year.", "Pacific Ocean"),
    ("Norland will deepen its Pacific partnerships, the minister said.", "Pacific Ocean"),
    ("Talks on Mediterranean migration resumed in Rome.", "Mediterranean Sea"),
])
def test_a_regions_name_modifying_a_noun_names_no_place(extractor, body, place):
    assert place not in labels(run(extractor, body, published="2025-03-14"), "Place")


@pytest.mark.parametrize("body, place", [
    ("Warships sailed in the Pacific last week.", "Pacific Ocean"),
    ("The Caribbean wants partners, not patrons, the envoy said.", "Caribbean Sea"),
])
def test_guards_a_regions_name_as_a_noun_names_it(extractor, body, place):
    assert place in labels(run(extractor, body, published="2025-03-14"), "Place")
