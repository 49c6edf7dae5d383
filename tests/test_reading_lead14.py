"""What the lead saw on real pages in round 14, on sentences written for the test: a clause after a
date keeps its own tense ("arrived on Wednesday for a visit which will see ..."), a reception's
venue is no destination, and a base's first word alone is the base, not a person."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body, visitor, day", [
    (("President Ana Ruiz of Chile arrived in Lima, Peru, on Wednesday night for a state visit of two days which will see "
     "the signing of several trade deals."), "Ana Ruiz", dt.date(2021, 12, 1)),
    ("Foreign Minister Luis Mora of Chile landed in Lima, Peru, on Monday for talks that will focus on border trade.",
     "Luis Mora", dt.date(2021, 11, 29)),
    ("Chile's president, Ana Ruiz, flew to Lima, Peru, on Tuesday, a trip which will end a decade of frosty ties.",
     "Ana Ruiz", dt.date(2021, 11, 30)),
    ("Chilean President Ana Ruiz flew into Lima, Peru, on Tuesday ahead of the Pacific summit.",
     "Ana Ruiz", dt.date(2021, 11, 30)),
    ("Chile's defence minister Ana Ruiz landed in Lima, Peru, on Wednesday for the upcoming Andean summit talks.",
     "Ana Ruiz", dt.date(2021, 12, 1)),
])
def test_a_clause_after_the_date_does_not_move_it_ahead(extractor, body, visitor, day):
    trips = [f for f in facts(run(extractor, body, published="2021-12-02"), "visit") if f["visitor"] == visitor]
    assert [(f["start"], f["modality"]) for f in trips] == [(day, "asserted")], trips


def test_a_reported_plan_after_the_date_is_still_the_saying_day(extractor):  # a guard: passes before too
    body = "Peruvian President Luis Mora said on Tuesday that he will visit Chile next month."
    trips = facts(run(extractor, body, published="2021-12-02"), "visit")
    assert [(f["destination"], f["modality"]) for f in trips] == [("Chile", "planned")], trips


@pytest.mark.parametrize("body, visitor, place", [
    (("President Ana Ruiz of Chile arrived in Lima on Tuesday and was received by President Luis Mora at Tarlenheim "
     "Lodge."), "Ana Ruiz", "Lima"),
    (("In Nairobi, Kenyan President Luis Mora welcomed Ethiopia's Prime Minister Ana Ruiz at the Rosenthal Estate "
     "on Monday."), "Ana Ruiz", "Nairobi"),
    ("Chile's foreign minister Ana Ruiz was welcomed at the Blue Lodge in Lima by President Luis Mora on Monday.",
     "Ana Ruiz", "Lima"),
])
def test_a_reception_venue_is_not_the_destination(extractor, body, visitor, place):
    trips = {f["destination"] for f in facts(run(extractor, body, published="2021-12-02"), "visit") if f["visitor"] == visitor}
    assert trips == {place}, trips


@pytest.mark.parametrize("body, short", [
    ("Peru gave Chile access to Mora Air Base in 1990. The closure of Mora in 2001 ended that access.", "Mora"),
    ("Chilean aircraft used Kessler Naval Station until Kessler was handed back to Peru.", "Kessler"),
    ("Chilean jets flew from Ortega Airfield in Peru. Ortega was later handed back.", "Ortega"),
])
def test_a_bases_first_word_alone_is_the_base_not_a_person(extractor, body, short):
    doc = run(extractor, body, published="2021-12-02")
    assert not labels(doc, "Person"), labels(doc, "Person")  # nor a listed person of that surname


@pytest.mark.parametrize("body, bad", [
    ("Most of the ECOWAS 15 leaders came to the opening.", "Most of the ECOWAS 15"),
    ("Several of the Zendan Assembly deputies objected to the plan.", "Several of the Zendan Assembly"),
    ("Some of the ASEAN 10 leaders left early.", "Some of the ASEAN 10"),
])
def test_a_quantity_and_a_count_are_no_part_of_a_name(extractor, body, bad):
    doc = run(extractor, body, published="2021-12-02")
    names = {e.label for e in doc.entities.values()}
    assert bad not in names and not any(n[:1].isdigit() or n.split()[-1].isdigit() for n in names), names


@pytest.mark.parametrize("body, people", [
    ("The guests included Kenyan Ana Ruiz, Burkinabe Luis Mora and Liberian Rosa Vidal.",
     {"Ana Ruiz", "Luis Mora", "Rosa Vidal"}),
    ("Chilean Carla Soto won the vote, beating Peruvian Diego Paz and Bolivian Rosa Quispe.",
     {"Carla Soto", "Diego Paz", "Rosa Quispe"}),
    ("Talks between Kenyan Omar Njoroge and Ugandan Grace Akello ended on Monday.", {"Omar Njoroge", "Grace Akello"}),
])
def test_a_name_after_a_demonym_is_a_person(extractor, body, people):
    assert people <= labels(run(extractor, body, published="2021-12-02"), "Person")


@pytest.mark.parametrize("body, thing", [
    ("Chilean Air Force jets flew over Lima.", "Chilean Air Force"),
    ("Kenyan Coast Guard officers boarded the ship.", "Kenyan Coast Guard"),
    ("Peruvian Foreign Ministry officials denied it.", "Peruvian Foreign Ministry"),
])
def test_a_body_after_a_demonym_is_no_person(extractor, body, thing):  # guards: pass before too
    doc = run(extractor, body, published="2021-12-02")
    assert not any(thing.split(maxsplit=1)[1] in p for p in labels(doc, "Person")), labels(doc, "Person")


@pytest.mark.parametrize("second", [
    "There is no official announcement on Ruiz's visit to Chile yet.",
    "There has been no confirmation of Ruiz's trip to Chile.",
    "There was no word on the timing of Ruiz's visit to Chile.",
])
def test_no_announcement_of_a_visit_does_not_deny_it(extractor, second):
    body = "Prime Minister Ana Ruiz of Peru is set to travel to Chile this week. " + second
    trips = {(f["destination"], f["modality"]) for f in facts(run(extractor, body, published="2024-06-12"), "visit")}
    assert trips == {("Chile", "planned")}, trips


@pytest.mark.parametrize("body, org, guest", [
    (("The Andean Community comprises Bolivia, Colombia, Ecuador and Peru. The presidents of Peru, Chile and Bolivia "
      "attended the Andean Community summit in Lima on Monday."), "Andean Community", "Chile"),
    (("Mercosur is made up of Argentina, Brazil, Paraguay and Uruguay. The presidents of Argentina, Brazil and "
      "Chile met at the Mercosur summit in Asuncion on Friday."), "Mercosur", "Chile"),
    (("The leaders of Chile, Peru and Ecuador took part in the Pacific Alliance summit in Lima on Monday. The Pacific "
      "Alliance consists of Chile, Colombia, Mexico and Peru."), "Pacific Alliance", "Ecuador"),
])
def test_a_state_at_the_summit_off_the_articles_roll_is_no_member(extractor, body, org, guest):
    members = {f["member"] for f in facts(run(extractor, body, published="2024-06-12"), "member")
               if f["modality"] == "asserted" and org in f["organization"]}
    assert len(members) >= 3 and guest not in members, members


@pytest.mark.parametrize("body", [
    "On Tuesday Chile and Peru signed a nine-point Memorandum of Understanding (MoU) to boost ties. The MoU covers trade.",
    "A Memorandum of Understanding (MoU) on fisheries was signed by Chile and Peru on Tuesday.",
    "Chile's foreign minister Ana Ruiz and Peru's Luis Mora signed a Framework Agreement (FA) in Lima on Tuesday.",
])
def test_a_documents_designation_with_its_acronym_is_no_organisation(extractor, body):
    doc = run(extractor, body, published="2022-07-13")
    assert not {lbl for lbl in labels(doc, "Organization") if "Memorandum" in lbl or "Agreement" in lbl}
    assert any(f["agreement"] for f in facts(doc, "signing")), facts(doc, "signing")
