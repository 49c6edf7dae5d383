"""Agreements, round 28: which words name an agreement. A phrase saying whom a signer acts for
("on behalf of X", "on the part of Y") is no word of what was signed. On sentences written for
the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def agreement_labels(doc) -> set[str]:
    return {e.label for e in doc.entities.values() if e.type == "Agreement"}


@pytest.mark.parametrize("body, label", [
    # active, an indefinite description
    ("Trade Minister Ana Rojas signed a fisheries accord on behalf of the Government of Chile in Lima on Monday.",
     "fisheries accord"),
    # the phrase before the signing verb's subject, a definite description
    ("The fisheries accord on behalf of Chile was signed by Trade Minister Ana Rojas.", "fisheries accord"),
    # "on the part of", a description referring back
    ("Peru and Chile agreed a customs arrangement on Monday. Trade Minister Ana Rojas signed the arrangement on the "
     + "part of Chile.", "customs arrangement"),
])
def test_whom_a_signer_acts_for_is_no_part_of_the_agreement(extractor, body, label):
    doc = run(extractor, body, published="2025-03-14")
    assert agreement_labels(doc) == {label}, agreement_labels(doc)


@pytest.mark.parametrize("body, label", [
    ("A fisheries accord was signed on behalf of Chile by Trade Minister Ana Rojas on Monday.", "fisheries accord"),
    ("Peru and Chile agreed a Memorandum on Port Security on Monday. Trade Minister Ana Rojas signed the Memorandum on "
     + "behalf of the Government of Chile.", "Memorandum on Port Security"),
])
def test_guards_the_agreement_keeps_its_own_name(extractor, body, label):
    doc = run(extractor, body, published="2025-03-14")
    assert agreement_labels(doc) == {label}, agreement_labels(doc)
    assert any(f["signatory"] == "Ana Rojas" and f["agreement"] == label for f in facts(doc, "signing"))


# -- an arrangement is titled as an agreement is ---------------------------------------------------------
@pytest.mark.parametrize("body, label", [
    # active, a title in the object
    ("Chile and Peru today signed the Arrangement on Resettlement of Seasonal Herders in Lima.",
     "Arrangement on Resettlement of Seasonal Herders"),
    # quoted, then referred to by its capitalised noun
    ('Chile and Peru signed the "Arrangement on Resettlement of Seasonal Herders" in Lima. Under the Arrangement, '
     + "Peru shall find the herders new pasture.", "Arrangement on Resettlement of Seasonal Herders"),
    # a relative clause, the parties inside the title
    ("The Arrangement between Chile and Peru Concerning Fishing Rights, which both states signed last year, "
     + "takes effect in May.", "Arrangement between Chile and Peru Concerning Fishing Rights"),
])
def test_an_arrangement_s_title_is_its_name(extractor, body, label):
    doc = run(extractor, body, published="2025-03-14")
    assert agreement_labels(doc) == {label}, agreement_labels(doc)
    assert {(label, "Chile"), (label, "Peru")} <= {(f["agreement"], f["party"]) for f in facts(doc, "parties")}


def test_guard_an_arrangement_in_lower_case_is_a_description(extractor):
    doc = run(extractor, "Chile and Peru signed an arrangement on fishing rights on Monday.", published="2025-03-14")
    assert agreement_labels(doc) == {"arrangement on fishing rights"}


# -- a title ends where its head noun's modifiers end ------------------------------------------------------
@pytest.mark.parametrize("body, label", [
    # active, a second "on" topic
    ("Chile and Peru signed the Agreement on the Use of the Port of Arica and on Visits of Navy Ships on Monday.",
     "Agreement on the Use of the Port of Arica and on Visits of Navy Ships"),
    # passive, the second topic with more of its own
    ("The Treaty on Fishing Rights and on Joint Patrols of the Border Rivers was ratified by Peru in May.",
     "Treaty on Fishing Rights and on Joint Patrols of the Border Rivers"),
    # a second "for" topic after "the"
    ("Peru ratified the Convention for the Protection of Coastal Waters and for the Prevention of Oil Spills last "
     + "week.", "Convention for the Protection of Coastal Waters and for the Prevention of Oil Spills"),
    # a relative clause after the title
    ("The Agreement on Fishing Rights and on Joint Patrols, which Chile signed with Peru in May, takes effect in June.",
     "Agreement on Fishing Rights and on Joint Patrols"),
])
def test_a_title_s_second_topic_is_its_own(extractor, body, label):
    assert agreement_labels(run(extractor, body, published="2025-03-14")) == {label}


def test_the_next_clause_s_subject_is_no_word_of_a_title(extractor):
    doc = run(extractor, "Chile signed the Agreement on Fishing Rights and Peru signed the Treaty on Border Rivers.",
              published="2025-03-14")
    assert agreement_labels(doc) == {"Agreement on Fishing Rights", "Treaty on Border Rivers"}
    assert ("Treaty on Border Rivers", "Peru") in {(f["agreement"], f.get("signatory")) for f in facts(doc, "signing")}


def test_the_next_clause_s_subject_ratifies_the_title(extractor):
    doc = run(extractor, "Chile signed the Agreement on Fishing Rights and Peru ratified it.", published="2025-03-14")
    assert agreement_labels(doc) == {"Agreement on Fishing Rights"}
    assert ("Agreement on Fishing Rights", "Peru") in {(f["agreement"], f["state"]) for f in facts(doc, "ratification")}


@pytest.mark.parametrize("body, labels", [
    ("Chile signed the Agreement on Fishing Rights on Monday and on Tuesday it signed the Treaty on Border Rivers.",
     {"Agreement on Fishing Rights", "Treaty on Border Rivers"}),
    ("The Agreement between Chile and Peru on Fishing Rights was signed on Monday.",
     {"Agreement between Chile and Peru on Fishing Rights"}),
])
def test_guards_a_title_stays_whole(extractor, body, labels):
    assert agreement_labels(run(extractor, body, published="2025-03-14")) == labels


# -- an acronym spelling an unnamed agreement's words is that agreement -----------------------------------
@pytest.mark.parametrize("body, label, acronym", [
    # the acronym the object of a planned ratification
    ("Chile signed a mutual logistics support agreement with Peru on Monday. Peru's Congress is expected to ratify "
     + "the MLSA in May.", "mutual logistics support agreement with Peru", "MLSA"),
    # the acronym the subject of a passive
    ("Under a coastal patrol cooperation pact signed in 2019, Chilean ships may refuel in Peru. The CPCP was ratified "
     + "by Chile in 2020.", "coastal patrol cooperation pact signed in 2019", "CPCP"),
    # set beside it by "or"
    ("Chile and Peru signed a maritime security cooperation arrangement, or MSCA, on Monday.",
     "maritime security cooperation arrangement", "MSCA"),
])
def test_an_acronym_of_a_description_names_it(extractor, body, label, acronym):
    doc = run(extractor, body, published="2025-03-14")
    ents = {e.label: e for e in doc.entities.values() if e.type == "Agreement"}
    assert acronym in ents[label].aliases
    assert not any(e.label == acronym for e in doc.entities.values())


def test_an_acronym_carries_its_facts_to_the_description(extractor):
    doc = run(extractor, "Chile signed a mutual logistics support agreement with Peru on Monday. Peru's Congress is "
              + "expected to ratify the MLSA in May.", published="2025-03-14")
    assert ("mutual logistics support agreement with Peru", "Peru", "planned") in {
        (f["agreement"], f["state"], f["modality"]) for f in facts(doc, "ratification")}


@pytest.mark.parametrize("body", [
    "Chile signed a mutual logistics support agreement with Peru on Monday. The AU welcomed it.",
    "Chile and Peru signed a defence cooperation accord on Monday. The DCA party objected.",
])
def test_guards_other_capitals_stay_their_own(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert not any(a in {"AU", "DCA"} for e in doc.entities.values() if e.type == "Agreement" for a in e.aliases)


@pytest.mark.parametrize("body, label", [
    # a topic's "into" and a list the parse coordinates without a comma before "and"
    ("Chile and Bolivia signed the Agreement on Passage of Research Vessels into the Coastal Waters, Inland Lakes and "
     + "Harbours of Peru on Monday.",
     "Agreement on Passage of Research Vessels into the Coastal Waters, Inland Lakes and Harbours of Peru"),
    # a topic's "from" a region, in a passive
    ("The Treaty on Transit of Goods from the Atacama Region was ratified by Chile in May.",
     "Treaty on Transit of Goods from the Atacama Region"),
])
def test_a_title_s_topic_runs_into_a_place(extractor, body, label):
    assert agreement_labels(run(extractor, body, published="2025-03-14")) == {label}


@pytest.mark.parametrize("body", [
    "The president withdrew the Treaty on Fishing Rights from the Senate on Monday.",
    "Chile signed the Treaty on Fishing Rights from Lima on Monday.",
])
def test_guards_whence_a_title_comes_is_no_word_of_it(extractor, body):
    assert agreement_labels(run(extractor, body, published="2025-03-14")) == {"Treaty on Fishing Rights"}
