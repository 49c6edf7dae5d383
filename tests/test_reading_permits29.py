"""Permits and ratification, round 29: a list item the parser hung on the comma before it is governed
as the list's first item is; states told alongside a ratifier ("along with", "together with",
"alongside") ratify too; a body named for what it handles ("Committee on Treaties") is no agreement.
On passages written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model

_ANDES = "Chile and Peru signed the Andes Accord in May. "


def _permits(doc) -> set[tuple]:
    return {(f["agreement"], f["activity"]) for f in facts(doc, "permits")}


@pytest.mark.parametrize("body, activity", [
    # active verb of permitting, an attribution closing the sentence
    (("The accord allows counter-terrorism work, medical support for remote garrisons and flood response, "
      "a Chilean official said."), "medical support"),
    # a fronted phrase, a phrasal verb of providing
    (("Among other things, the accord provides for cyber-defence drills, disaster relief in the Andes and "
      "coastal surveys, officials said."), "disaster relief"),
    # an attribution set inside the clause
    (("The accord, officials said, allows counter-smuggling work, overflights of the border zone and census "
      "work, a spokesman added."), "airspace use"),
])
def test_a_list_item_hung_on_a_comma_is_the_agreements(extractor, body, activity):
    # (each fails on 828975ba: the item the parser hung on the comma reached only the attribution's verb)
    doc = run(extractor, _ANDES + body)
    assert ("Andes Accord", activity) in _permits(doc), _permits(doc)


@pytest.mark.parametrize("body", [
    # a clause after the comma, not a list item
    "The accord allows counter-terrorism work, medical support is not part of it, a Chilean official said.",
    # an item of a list no agreement governs
    "Chile's navy listed counter-piracy work, refuelling of patrol boats and fisheries control, a spokesman said.",
])
def test_items_no_agreement_governs_are_not_its(extractor, body):
    doc = run(extractor, _ANDES + body)
    assert not {p for p in _permits(doc) if p[1] in {"medical support", "refuelling"}}, _permits(doc)


_WATER = "Chile, Peru and Bolivia signed the Andes Water Treaty in May. "


def _ratified(doc) -> set[tuple]:
    return {(f["agreement"], f["state"], f["modality"]) for f in facts(doc, "ratification")}


@pytest.mark.parametrize("body, companions", [
    # "along with" on the subject, no object
    ("Chile, along with Peru and Bolivia, had ratified by June.", {"Peru", "Bolivia"}),
    # "together with" fronted
    ("Together with Bolivia, Peru ratified the treaty in August.", {"Bolivia"}),
    # "alongside" closing the clause
    ("Chile ratified the treaty on Friday, alongside Bolivia.", {"Bolivia"}),
    # an apposed list, then a companion
    ("Two signatories — Chile and Ecuador — along with Bolivia have ratified it.", {"Bolivia"}),
])
def test_states_told_alongside_a_ratifier_ratify_too(extractor, body, companions):
    # (each fails on 828975ba: only the subject ratified)
    doc = run(extractor, _WATER + body)
    assert {("Andes Water Treaty", s, "asserted") for s in companions} <= _ratified(doc), _ratified(doc)


@pytest.mark.parametrize("body, state", [
    # an agreement told alongside is no ratifier
    ("Chile ratified the treaty along with a fisheries protocol.", "Chile"),
    # "with" that is no companion's
    ("Chile's Senate ratified the treaty with the support of Peru.", "Chile"),
])
def test_what_is_not_a_companion_does_not_ratify(extractor, body, state):
    doc = run(extractor, _WATER + body)
    assert {s for _, s, _ in _ratified(doc)} == {state}, _ratified(doc)


@pytest.mark.parametrize("body, body_name", [
    # "of": a government named for the accord it rests on
    ("Ana Ruiz, head of the Government of the Peace Accord, met the envoy in Lima on Monday.",
     "Government of the Peace Accord"),
    # "on": a chamber's commission named for what it examines
    ("The Senate Commission on Treaties and Conventions will examine the Andes Water Treaty in June.",
     "Senate Commission on Treaties and Conventions"),
    # "for": a secretariat serving a convention
    ("The Secretariat for the Fisheries Convention welcomed the Andes Water Treaty.",
     "Secretariat for the Fisheries Convention"),
])
def test_a_body_named_for_a_document_is_no_agreement(extractor, body, body_name):
    # (each fails on 828975ba: the document word closing the name made it an agreement)
    doc = run(extractor, body)
    assert body_name in labels(doc, "Organization") and body_name not in labels(doc, "Agreement"), \
        (labels(doc, "Organization"), labels(doc, "Agreement"))


@pytest.mark.parametrize("body, agreement", [
    ("Chile and Peru signed the Treaty of Friendship and Cooperation in May.", "Treaty of Friendship and Cooperation"),
    ("Chile and Peru signed the Protocol on Fisheries of the Andes Accord in May.", "Protocol on Fisheries of the Andes Accord"),
])
def test_a_document_named_with_of_stays_an_agreement(extractor, body, agreement):
    doc = run(extractor, body)
    assert agreement in labels(doc, "Agreement"), labels(doc, "Agreement")


def _agreement_names(doc) -> set[str]:
    return {n for e in doc.entities.values() if e.type == "Agreement" for n in [e.label, *e.aliases]}


@pytest.mark.parametrize("body, name", [
    # a partner and a date between the noun and the participle
    ("Chile signed an agreement with Peru on Monday allowing Peruvian ships to refuel in Chilean ports.",
     "agreement allowing Peruvian ships to refuel"),
    # a place and a day between, no partner
    ("Bolivia and Chile signed a deal in La Paz on Tuesday letting Bolivian trucks use the port of Arica.",
     "deal letting Bolivian trucks use the port"),
    # a relative clause, another verb of making, "last week" between
    (("Peru, which reached an accord with Ecuador last week enabling Ecuadorian boats to fish off Tumbes, "
      "welcomed the talks."), "accord enabling Ecuadorian boats to fish off Tumbes"),
])
def test_a_participle_of_granting_hung_on_the_verb_describes_the_agreement(extractor, body, name):
    # (each fails on 828975ba: the participle the parser hung on the verb told nothing of the agreement)
    doc = run(extractor, body)
    assert name in _agreement_names(doc), _agreement_names(doc)


def test_a_participle_of_another_verb_is_no_description(extractor):
    doc = run(extractor, "Chile signed an agreement with Peru on Monday, ending years of dispute over fishing.")
    assert not any("ending" in n for n in _agreement_names(doc)), _agreement_names(doc)


_FOUR = "Chile, Peru, Bolivia and Ecuador signed the Andes Water Treaty in 2022. "


@pytest.mark.parametrize("body, state, modality", [
    # no object, a "for" of time
    ("Chile and Bolivia had ratified in time for the May start.", "Bolivia", "asserted"),
    # a relative clause
    ("Ecuador, which ratified in time for the June deadline, hosted the first meeting.", "Ecuador", "asserted"),
    # ahead, a "for" of purpose
    ("Bolivia will ratify for the sake of its farmers, its president said.", "Bolivia", "planned"),
    # a fronted participle
    ("Having ratified in time for the deadline, Chile urged the others to follow.", "Chile", "asserted"),
])
def test_a_for_phrase_of_time_or_purpose_leaves_the_agreement_in_view(extractor, body, state, modality):
    # (each fails on 828975ba: the "for" phrase took the agreement's place and named none)
    doc = run(extractor, _FOUR + body)
    assert ("Andes Water Treaty", state, modality) in _ratified(doc), _ratified(doc)


@pytest.mark.parametrize("body", [
    "Peru's Congress approved funds for the new port on Monday.",
    "Peru's Congress voted for the measure on Monday.",
])
def test_what_a_body_approves_for_something_else_is_no_ratification(extractor, body):
    doc = run(extractor, _FOUR + body)
    assert not _ratified(doc), _ratified(doc)
