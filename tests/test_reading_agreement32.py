"""Which agreement a fact is about, and its names (round 32), read on sentences written for the
test: an agreement told apart by a clause alone is named by its bare noun too; an official title
runs on through a second topic told as its first was ("... of X and the Y of Z") and through the
parties it names by "of" before its topic ("the Joint Declaration of A and B on X")."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def agreements(doc) -> dict[str, set[str]]:
    return {e.label: set(e.aliases) for e in doc.entities.values() if e.type == "Agreement"}


# -- a description told apart by its clause alone: the bare noun names it too ---------------------------
@pytest.mark.parametrize("body, noun", [
    (("Chile and Peru on Monday signed a treaty that lets Chilean ships refuel at Ilo until 2040. "
      "Both congresses must still ratify the treaty."), "treaty"),
    ("Bolivia and Paraguay signed an accord allowing Bolivian troops to train in the Chaco for a decade.", "accord"),
    ("A memorandum under which Uruguay will supply grain to Ecuador was signed by the two ministers in Quito.", "memorandum"),
])
def test_the_bare_noun_names_an_agreement_told_by_its_clause(extractor, body, noun):
    doc = run(extractor, body)
    told = [(label, aliases) for label, aliases in agreements(doc).items() if label.startswith(noun + " ")]
    assert len(told) == 1 and noun in told[0][1], agreements(doc)


@pytest.mark.parametrize("body", [
    "Ghana and Togo signed a maritime pact which commits both navies to joint patrols in the gulf.",
    "Laos and Cambodia signed an accord on river transport in Vientiane on Monday.",
])
def test_no_bare_noun_where_other_words_tell_it(extractor, body):
    doc = run(extractor, body)
    assert not any(len(a.split()) == 1 and a.islower() for aliases in agreements(doc).values() for a in aliases), agreements(doc)


# -- an official title runs on through its second topic and through the parties "of" names ---------------
@pytest.mark.parametrize("body, title", [
    (("On Monday Norway and Iceland signed the Agreement on the Delimitation of the Continental Shelf and the "
      "Establishment of a Joint Fisheries Zone."),
     "Agreement on the Delimitation of the Continental Shelf and the Establishment of a Joint Fisheries Zone"),
    (("The Framework Agreement for the Protection of Fisheries and the Promotion of Coastal Trade was ratified "
      "by the Peruvian Congress in May."),
     "Framework Agreement for the Protection of Fisheries and the Promotion of Coastal Trade"),
    (("Ecuador welcomed the Convention on the Conservation of Tuna and the Regulation of Whaling, which Chile "
      "ratified in 2019."),
     "Convention on the Conservation of Tuna and the Regulation of Whaling"),
    (("The Joint Declaration of the Republic of Ghana and the Togolese Republic on Maritime Security was signed "
      "in Accra."),
     "Joint Declaration of the Republic of Ghana and the Togolese Republic on Maritime Security"),
    (("The foreign ministers adopted the Declaration of the Kingdom of Norway and the Republic of Iceland on "
      "Arctic Cooperation."),
     "Declaration of the Kingdom of Norway and the Republic of Iceland on Arctic Cooperation"),
])
def test_a_title_runs_on(extractor, body, title):
    doc = run(extractor, body)
    assert labels(doc, "Agreement") == {title}, labels(doc, "Agreement")
    assert {f["agreement"] for f in facts(doc, "parties")} <= {title}


@pytest.mark.parametrize("body, titles", [
    ("Peru signed the Treaty of Lima and the Treaty of Quito.", {"Treaty of Lima", "Treaty of Quito"}),
    ("Chile ratified the Charter of the Andean Council and the Statute of the Andean Court.",
     {"Charter of the Andean Council", "Statute of the Andean Court"}),
    ("Chile ratified the Convention on Fisheries and the Council of Europe welcomed it.", {"Convention on Fisheries"}),
    ("Norway signed the Accord on Fisheries and the Protocol of Bergen on Monday.", {"Accord on Fisheries", "Protocol of Bergen"}),
])
def test_two_names_stay_two(extractor, body, titles):
    doc = run(extractor, body)
    assert labels(doc, "Agreement") == titles, labels(doc, "Agreement")


# -- "there is X": an existential brings an agreement in, it says nothing of another -----------------------
@pytest.mark.parametrize("body, label", [
    (("The Treaty of Lima admits only Andean states. There is an older text: the agreement on weather data that "
      "Chile and Peru signed in 2011."), "agreement on weather data"),
    (("The Treaty of Lima admits only Andean states. Then there was the accord on river transport which Peru "
      "concluded with Chile in 2009."), "accord on river transport"),
    (("Peru joined the Treaty of Lima in 2001. There is also a convention on fishing quotas that Chile signed with "
      "Peru."), "convention on fishing quotas"),
])
def test_an_existential_brings_an_agreement_in(extractor, body, label):
    doc = run(extractor, body)
    told = [name for name, aliases in agreements(doc).items() if label == name or label in aliases]
    assert len(told) == 1, agreements(doc)
    assert ("Treaty of Lima", "Chile") not in {(f["agreement"], f["party"]) for f in facts(doc, "parties")}
    assert {f["agreement"] for f in facts(doc, "signing")} == {told[0]}, facts(doc, "signing")


@pytest.mark.parametrize("body", [
    "Chile and Peru signed the Treaty of Lima in May. The treaty is an agreement on river transport.",
    "Chile and Peru signed the Treaty of Lima in May. It was a pact on fishing quotas.",
])
def test_a_copula_says_what_its_subject_is(extractor, body):
    doc = run(extractor, body)
    assert labels(doc, "Agreement") == {"Treaty of Lima"}, labels(doc, "Agreement")


# -- an indefinite told apart or compared brings in another agreement than the one named -------------------
_NAMED = "The Senate approved the Fisheries Cooperation Agreement that Chile and Peru signed in March. "


@pytest.mark.parametrize("body", [
    _NAMED + "An earlier fisheries agreement, signed in 2001, was never approved by the Congress of Peru.",
    _NAMED + "A separate fisheries agreement was rejected by the Peruvian Congress in 2003.",
    _NAMED + "In 1999 the Peruvian Congress rejected an older fisheries accord that Chile had signed with Peru.",
])
def test_an_indefinite_set_apart_is_another_agreement(extractor, body):
    doc = run(extractor, body)
    refused = [f for f in facts(doc, "ratification") if f["modality"] == "negated"]
    assert refused and all(f["agreement"] != "Fisheries Cooperation Agreement" for f in refused), facts(doc, "ratification")
    assert len(labels(doc, "Agreement")) == 2, labels(doc, "Agreement")


def test_a_definite_description_still_refers_back(extractor):
    doc = run(extractor, _NAMED + "The fisheries agreement was ratified by the Peruvian Congress in May.")
    assert labels(doc, "Agreement") == {"Fisheries Cooperation Agreement"}, labels(doc, "Agreement")
