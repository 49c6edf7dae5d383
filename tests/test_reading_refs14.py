"""States named by description, read in the fourteenth round: "the Red Sea nation", "the kingdom",
"the island nation" name the one state of the story the description fits, never the place its
modifier names, and none when two fit (sentences written for these tests; invented people, real
states)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _visits(doc) -> set[tuple[str, str]]:
    return {(r["visitor"], r["destination"]) for r in facts(doc, "visit")}


# -- a place qualifying a state noun is no mention of the place ------------------------------------
@pytest.mark.parametrize("body, place", [
    ("President Ana Ruiz of Chile arrived in Eritrea on Monday. It is the first time she has toured the Red Sea nation.",
     "Red Sea"),
    (("Prime Minister Dolgor Bat of Mongolia visited Madagascar this week. During his visit to the Indian Ocean "
     "island nation, Bat met the president."), "Indian Ocean"),
    (("Tevita Lomu, Fiji's foreign minister, flew to Djibouti on Monday. Lomu is the first Fijian minister to visit "
     "the Red Sea country."), "Red Sea"),
])
def test_a_place_qualifying_a_state_noun_is_no_destination(extractor, body, place):
    assert not any(d == place for _, d in _visits(run(extractor, body)))


# -- the description names the one state it fits -----------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    # a monarchy, though a republic was named last
    (("Prime Minister Ram Tula of Nepal held talks with the crown prince of Saudi Arabia on Sunday, a day after "
     "meeting officials from Egypt. Tula is on an official trip to the kingdom."), ("Ram Tula", "Saudi Arabia")),
    # an island state, though a mainland one was named last
    (("Sri Lanka welcomed Prime Minister Ivo Marek of Slovakia on Monday. Marek, who met India's envoy on the way, "
     "is on a three-day visit to the island nation."), ("Ivo Marek", "Sri Lanka")),
    # a region's adjective: the state of that region, not the visitor's own
    ("Bhutan has invited President Karl Vent of Austria. Vent will pay a state visit to the Himalayan kingdom in May.",
     ("Karl Vent", "Bhutan")),
    (("President Ali Dembo of Mali received an invitation from Kazakhstan on Monday after talks in Ankara with "
     "Turkey. Dembo will visit the Central Asian republic in June."), ("Ali Dembo", "Kazakhstan")),
])
def test_a_description_names_the_state_it_fits(extractor, body, expected):
    visits = _visits(run(extractor, body))
    assert expected in visits
    assert not any(d in {"Egypt", "India", "Austria", "Turkey"} for _, d in visits)  # the state named last


def test_a_region_described_state_signs(extractor):
    doc = run(extractor, "Eritrea and Chile agreed a fisheries accord on Monday. Officials of the Red Sea nation "
                         "will sign the accord in Asmara next week.")
    assert {r["signatory"] for r in facts(doc, "signing")} == {"Eritrea"}


# -- the table itself: the noun's set and each modifier's all hold -------------------------------------
@pytest.mark.parametrize("noun, modifiers, member, outsider", [
    ("kingdom", ["the"], "SA", "US"),
    ("nation", ["the", "Red", "Sea"], "ER", "CL"),
    ("nation", ["the", "nuclear-armed", "South", "Asian"], "PK", "SA"),
    ("nation", ["the", "Gulf", "of", "Guinea"], "GH", "QA"),  # the longer name first
    ("kingdom", ["the", "Gulf"], "BH", "QA"),  # a Gulf state, and a kingdom
    ("nation", ["the", "half-island"], "TL", "KE"),
])
def test_fitting_codes(noun, modifiers, member, outsider):
    from kg.extract.state_fits import fitting_codes

    codes = fitting_codes(noun, modifiers)
    assert codes is not None and member in codes and outsider not in codes


def test_a_description_with_no_listed_word_fits_any_state():
    from kg.extract.state_fits import fitting_codes

    assert fitting_codes("country", ["the", "small"]) is None


# -- a counted plural description is so many states, never one of them ----------------------------------------------
@pytest.mark.parametrize("body, wrong", [
    (("Chile hosted the talks on the Andes Water Treaty in Santiago. The treaty was signed on Monday by the 12 member "
     "states of the union."), "Chile"),
    ("Peru hosted the talks in Lima. The leaders of the eight countries signed the Lima Fisheries Accord on Friday.",
     "Peru"),
    (("Peru hosted the talks in Lima. The Lima Fisheries Accord was signed on Friday by the leaders of the 14 "
      "states of the forum."), "Peru"),
])
def test_a_plural_description_is_no_one_state(extractor, body, wrong):
    doc = run(extractor, body)
    assert not any(r.get("signatory") == wrong for r in facts(doc, "signing"))
