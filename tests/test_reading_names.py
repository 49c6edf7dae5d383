"""Names as a general reader meets them in news it has never seen: groupings named by what they
are of, bodies whose name opens with their owner, sites and the place they are in, regions,
summits named as meetings, and what is nobody's name. Every text is invented for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import run

from kg.model import Document

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor():
    from kg.pipeline import default_pipeline

    return default_pipeline().extractor


def named(doc: Document) -> dict[str, str]:
    """Every entity's label -> its type."""
    return {e.label: e.type for e in doc.entities.values()}


def entity(doc: Document, label: str):
    return next(e for e in doc.entities.values() if e.label == label)


# --- groupings named by what they are of --------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("The Community of Andean and Caribbean Republics (CACR) met in Lima on Monday. CACR members agreed.",
     "Community of Andean and Caribbean Republics"),
    ("Ministers of the League of Coastal States gathered on Friday.", "League of Coastal States"),
    ("Delegates said the Alliance of Desert States would admit Chad, which applied last year.",
     "Alliance of Desert States"),
    ("A new Union of Lowland Nations was founded by the three governments.", "Union of Lowland Nations"),
])
def test_a_grouping_named_by_what_it_is_of(extractor, body, name):
    doc = run(extractor, body)
    assert named(doc).get(name) == "InternationalOrganization"


def test_a_grouping_defined_by_its_acronym_is_one_entity(extractor):
    doc = run(extractor, "The Community of Andean and Caribbean Republics (CACR) met in Lima. "
                         "The CACR-EU summit followed. CACR states later signed a charter.")
    org = entity(doc, "Community of Andean and Caribbean Republics")
    assert "CACR" in org.aliases
    assert sum(e.type == "InternationalOrganization" for e in doc.entities.values()) <= 2  # the EU too


# --- a body's name opened by its owner ------------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("The Egyptian Ministry of Foreign Affairs said the talks would resume.", "Egyptian Ministry of Foreign Affairs"),
    ("A statement from the Kenyan Ministry of Defence denied the report.", "Kenyan Ministry of Defence"),
    ("Officials at the Brazilian Department of Trade were not consulted.", "Brazilian Department of Trade"),
])
def test_a_ministry_named_after_its_owner(extractor, body, name):
    doc = run(extractor, body)
    assert named(doc).get(name) == "Organization"


# --- sites end where the place they are in begins --------------------------------------------------

@pytest.mark.parametrize("body, site, kind, place", [
    ("Marines trained at Camp Halvorsen in Norrland last week.", "Camp Halvorsen", "MilitaryBase", "Norrland"),
    ("Jets flew from Fort Meridian near Ostrava on Tuesday.", "Fort Meridian", "MilitaryBase", "Ostrava"),
    ("The squadron is based at Varkaus Air Base in Karelia, officials said.", "Varkaus Air Base", "MilitaryBase", "Karelia"),
])
def test_a_site_name_stops_before_its_place(extractor, body, site, kind, place):
    doc = run(extractor, body)
    names = named(doc)
    assert names.get(site) == kind
    assert not any(label.startswith(site + " ") for label in names)


@pytest.mark.parametrize("body, name", [
    ("Fighters landed at Nicobar Air Force Station before dawn.", "Nicobar Air Force Station"),
    ("The Sigonella Naval Air Facility will host the drones.", "Sigonella Naval Air Facility"),
])
def test_a_base_named_by_its_station_or_facility(extractor, body, name):
    assert named(run(extractor, body)).get(name) == "MilitaryBase"


# --- summits named as meetings ---------------------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("The Commonwealth Heads of Government Meeting opened in Apia on Monday.", "Commonwealth Heads of Government Meeting"),
    ("Fiji will host the Pacific Islands Forum Leaders' Meeting next year.", "Pacific Islands Forum Leaders' Meeting"),
    ("Delegations arrived for the Francophonie Heads of State Meeting, held every two years.",
     "Francophonie Heads of State Meeting"),
])
def test_a_summit_named_as_a_meeting_of_leaders(extractor, body, name):
    assert named(run(extractor, body)).get(name) == "Summit"


# --- regions -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, region", [
    ("Trade with Latin America doubled, the minister said.", "Latin America"),
    ("Sahel governments have expelled foreign troops.", "Sahel"),
    ("The Gulf states were briefed on Thursday.", "Gulf"),
    ("Navies patrol the Indo-Pacific more often than before.", "Indo-Pacific"),
    ("The envoy toured the Horn of Africa in May.", "Horn of Africa"),
])
def test_a_region_is_a_place(extractor, body, region):
    doc = run(extractor, body)
    assert named(doc).get(region) == "Place"
    assert "United States" not in named(doc)  # "Latin America" holds no "America"


def test_a_region_word_in_lower_case_is_no_name(extractor):
    doc = run(extractor, "The gulf between the two sides widened, the envoy said.")
    assert "gulf" not in {label.lower() for label in named(doc)}


# --- what is nobody's name ---------------------------------------------------------------------------

@pytest.mark.parametrize("body, not_a_name", [
    ("Prime Minister Anna Lind and Prime Minister Jon Berg joined the President.", "President"),
    ("The senate elected its president pro tempore, Senator Maria Ocampo, on Monday.", "pro tempore"),
    ("Diplomats said the Quartet would meet again in March.", "Quartet"),
])
def test_no_entity_from_a_title_a_latin_phrase_or_a_nickname(extractor, body, not_a_name):
    doc = run(extractor, body)
    assert not_a_name not in named(doc)


def test_a_surname_used_as_a_modifier_is_still_a_person(extractor):
    doc = run(extractor, "President Tomas Ruud arrived on Monday. The Ruud administration said little.")
    assert named(doc).get("Tomas Ruud") == "Person"
