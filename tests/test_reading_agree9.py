"""Agreements the article describes without naming them, read on sentences written for the test:
sets of agreements ("two agreements on X and Y", "a package of documents on X"), and the states
they bind."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def parties(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f["party"]) for f in facts(doc, "parties")}


def signed(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f.get("signatory")) for f in facts(doc, "signing")}


# -- a counted set with as many topics as its count is that many agreements ----------------------------
@pytest.mark.parametrize("body, agreements", [
    ("Namibia and Botswana signed two agreements on rail freight and water supply.",
     {"agreement on rail freight", "agreement on water supply"}),
    ("Namibia and Botswana signed two agreements, on veterinary controls and on tourism promotion, in Gaborone.",
     {"agreement on veterinary controls", "agreement on tourism promotion"}),
    ("Three memoranda of understanding, on mining, tourism and fisheries, were signed by Namibia and Botswana.",
     {"memorandum of understanding on mining", "memorandum of understanding on tourism",
      "memorandum of understanding on fisheries"}),
    ("Namibia and Botswana inked three cooperation agreements on health, tourism and fisheries on Monday.",
     {"cooperation agreement on health", "cooperation agreement on tourism", "cooperation agreement on fisheries"}),
])
def test_a_counted_set_is_one_agreement_per_topic(extractor, body, agreements):
    doc = run(extractor, body)
    assert labels(doc, "Agreement") >= agreements, labels(doc, "Agreement")
    for a in agreements:
        assert {(a, "Namibia"), (a, "Botswana")} <= parties(doc), parties(doc)


# -- otherwise the set is one entity, labelled with its description ------------------------------------
@pytest.mark.parametrize("body, agreement", [
    ("Namibia and Botswana signed a package of documents on energy, transport and education.",
     "documents on energy, transport and education"),
    ("A raft of agreements on trade and security was signed by Namibia and Botswana in Windhoek.",
     "agreements on trade and security"),
    ("Namibia and Botswana signed agreements on customs cooperation and cross-border policing on Friday.",
     "agreements on customs cooperation and cross-border policing"),
])
def test_a_set_signed_is_one_entity(extractor, body, agreement):
    doc = run(extractor, body)
    assert agreement in labels(doc, "Agreement"), labels(doc, "Agreement")
    assert {(agreement, "Namibia"), (agreement, "Botswana")} <= parties(doc), parties(doc)
    assert {(agreement, "Namibia"), (agreement, "Botswana")} <= signed(doc), signed(doc)


@pytest.mark.parametrize("body", [
    "Agreements on trade between Namibia and Botswana are often delayed by customs disputes.",
    "Namibia has signed many agreements on fisheries with its neighbours over the years.",
    "Previous agreements on border policing between Namibia and Botswana were never carried out.",
    "Namibia and Botswana signed two agreements on Monday: a rail pact and a visa accord.",
])
def test_plural_agreements_in_general_are_no_entity(extractor, body):
    doc = run(extractor, body)
    assert not {a for a in labels(doc, "Agreement") if a.split()[0].endswith("s")}, labels(doc, "Agreement")


# -- texts agreed together: joint statements, action plans, roadmaps, frameworks -----------------------
@pytest.mark.parametrize("body, agreement", [
    ("Namibia and Botswana issued a joint statement on wildlife corridors after talks in Maun.",
     "joint statement on wildlife corridors"),
    ("A joint statement on river navigation was signed by Namibia and Botswana on Friday.",
     "joint statement on river navigation"),
    ("Namibia and Botswana signed an action plan on drought relief on Monday.", "action plan on drought relief"),
    ("Namibia and Botswana adopted a roadmap for closer rail integration on Tuesday.",
     "roadmap for closer rail integration"),
    ("Namibia and Botswana agreed a framework for joint patrols of the Chobe river.",
     "framework for joint patrols of the Chobe river"),
    ("Namibia and Botswana agreed on a cooperation framework for the fisheries sector.",
     "cooperation framework for the fisheries sector"),
])
def test_a_text_agreed_together_is_an_agreement(extractor, body, agreement):
    doc = run(extractor, body)
    assert agreement in labels(doc, "Agreement"), labels(doc, "Agreement")
    assert {(agreement, "Namibia"), (agreement, "Botswana")} <= parties(doc), parties(doc)


@pytest.mark.parametrize("body, headline", [
    ("The two ministers said in a joint statement that ties were strong.", "A headline"),
    ("Namibia plans to open a consulate, and its plan for a new port in Walvis Bay was praised.", "A headline"),
    ("Namibia unveiled a plan to plant a million trees along the Botswana border.", "A headline"),
    ("The president of Namibia visited Botswana on Monday.",
     "Joint statement on the visit of the President of Namibia to Botswana"),
    ("Officials discussed a framework for the talks between Namibia and Botswana.", "A headline"),
    ("Namibia commented on a plan for a new port in Walvis Bay.", "A headline"),
])
def test_statements_and_plans_of_one_side_are_no_agreement(extractor, body, headline):
    doc = run(extractor, body, headline=headline)
    assert not labels(doc, "Agreement"), labels(doc, "Agreement")


# -- whom an agreement binds, wherever the parser hangs its "between" ----------------------------------
@pytest.mark.parametrize("body, agreement", [
    ("A memorandum of understanding between Namibia and Botswana on cattle exports was signed in Maun.",
     "memorandum of understanding on cattle exports"),
    ("A letter of intent between Namibia and Botswana on a joint rail depot was published on Monday.",
     "letter of intent on a joint rail depot"),
    ("A water accord brokered by Angola between Namibia and Botswana took effect in June.", "water accord"),
    ("The border pact negotiated between Namibia and Botswana over two years expires in May.", "border pact"),
])
def test_between_hung_deeper_names_the_parties(extractor, body, agreement):
    got = parties(run(extractor, body))
    assert {(agreement, "Namibia"), (agreement, "Botswana")} <= got, got
    assert not any(p == "Angola" for _, p in got), got


@pytest.mark.parametrize("body", [
    "The transit agreement commits Namibia and Botswana to keep the corridor open.",
    "The water accord obliges Namibia and Botswana to share river data every month.",
    "Under its terms, the fisheries pact binds Namibia and Botswana to respect catch limits.",
])
def test_an_agreement_binding_states_to_act_makes_them_parties(extractor, body):
    got = {p for _, p in parties(run(extractor, body))}
    assert {"Namibia", "Botswana"} <= got, got


@pytest.mark.parametrize("body", [
    "Namibia wants a fisheries accord with Botswana, its foreign minister said.",
    "Namibia is eyeing a fisheries accord with Botswana before the rains.",
    "Namibia has called for a fisheries accord with Botswana.",
])
def test_an_agreement_wanted_binds_both_ahead(extractor, body):
    got = {(f["party"], f["modality"]) for f in facts(run(extractor, body), "parties")}
    assert got == {("Namibia", "planned"), ("Botswana", "planned")}, got


# -- the other ways a writer may say it: without its term, without whose it is ------------------------
@pytest.mark.parametrize("body, alias", [
    ("Namibia and Botswana signed a 10-year defence cooperation agreement on Monday.", "defence cooperation agreement"),
    ("Namibia and Botswana signed a five-year water-sharing accord.", "water-sharing accord"),
    ("Namibia's new security pact with Botswana drew criticism from lawmakers.", "security pact with Botswana"),
    ("Botswana's fisheries treaty with Namibia expires in May.", "fisheries treaty"),
])
def test_shorter_readings_are_aliases(extractor, body, alias):
    doc = run(extractor, body)
    ags = [e for e in doc.entities.values() if e.type == "Agreement"]
    assert len(ags) == 1 and alias in {ags[0].label, *ags[0].aliases}, [(e.label, e.aliases) for e in ags]


# -- an agreement told only by a generic word, or by what it does -------------------------------------
@pytest.mark.parametrize("body, agreement", [
    ("Namibia and Botswana signed a bilateral agreement on Monday.", "bilateral agreement"),
    ("A similar agreement was signed by Namibia and Botswana in 2019.", "similar agreement"),
    ("Namibia and Botswana concluded a comprehensive agreement in Gaborone.", "comprehensive agreement"),
    ("Namibia and Botswana signed an agreement under which Botswana will buy power from Namibia.",
     "agreement under which Botswana will buy power from Namibia"),
    ("Namibia and Botswana signed an accord that lets herders cross the border freely.",
     "accord that lets herders cross the border freely"),
])
def test_an_agreement_told_by_little_is_the_articles_one(extractor, body, agreement):
    doc = run(extractor, body)
    assert labels(doc, "Agreement") == {agreement}, labels(doc, "Agreement")
    assert {(agreement, "Namibia"), (agreement, "Botswana")} <= parties(doc), parties(doc)


@pytest.mark.parametrize("body, agreements", [
    ("Namibia and Botswana signed a bilateral agreement, the Okavango Water Accord, on Monday.",
     {"Okavango Water Accord"}),
    ("The agreement was signed on Monday, officials in Windhoek said.", set()),
    ("Namibia and Botswana have never needed a separate agreement.", set()),
    (("Namibia and Botswana signed the Okavango Water Accord and the Kalahari Transit Treaty. Officials praised "
      "an agreement that lets herders cross freely."), {"Okavango Water Accord", "Kalahari Transit Treaty"}),
    ("Namibia signed an accord which the opposition in Botswana rejected.", set()),
])
def test_a_generic_or_pointing_agreement_is_no_new_one(extractor, body, agreements):
    assert labels(run(extractor, body), "Agreement") == agreements
