"""What the lead saw on real pages in round 10, on sentences written for the test: plural treaty
names, "the House" alone, and an object "it" that continues the object of a clause before."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body, name", [
    ("The Senate approved the Andean Fisheries Treaties with Peru and with Chile on Monday.", "Andean Fisheries Treaties"),
    ("Bolivia and Peru signed the Titicaca Water Agreements in La Paz.", "Titicaca Water Agreements"),
    ("Lawmakers debated the Pacific Port Protocols, which Chile signed in 2019.", "Pacific Port Protocols"),
])
def test_a_name_ending_in_a_plural_agreement_noun_is_an_agreement(extractor, body, name):
    assert name in labels(run(extractor, body), "Agreement"), labels(run(extractor, body), "Agreement")


@pytest.mark.parametrize("body", [
    "Chile's Senate passed the bill on Monday and the House passed it on Tuesday.",
    "After the vote in the House, the Chilean Senate took up the measure.",
    "Chile's Senate approved the budget, and the House followed a day later.",
])
def test_the_house_alone_is_a_chamber_not_a_building(extractor, body):
    doc = run(extractor, body)
    assert "House" in labels(doc, "Legislature"), (labels(doc, "Legislature"), labels(doc, "Facility"))
    assert "House" not in labels(doc, "Facility")


@pytest.mark.parametrize("body", [
    ("Peru and Chile signed the Lima Accord in March. The Senate passed the budget bill on Monday "
     "and the Assembly passed it on Tuesday."),
    ("Peru and Chile signed the Lima Accord in March. Peru's Congress adopted the enabling law in July, "
     "and President Ana Ruiz signed it a week later."),
    ("Peru and Chile signed the Lima Accord in March. The Peruvian cabinet approved the spending plan "
     "and Congress then endorsed it."),
])
def test_an_object_it_after_a_coordinated_clause_is_that_clauses_object(extractor, body):
    doc = run(extractor, body, published="2024-09-30")
    assert not facts(doc, "ratification"), facts(doc, "ratification")
    assert {f["signatory"] for f in facts(doc, "signing")} <= {"Peru", "Chile"}, facts(doc, "signing")


@pytest.mark.parametrize("body", [
    ("Peru and Chile signed the Lima Accord in March. Peru's Senate approved the accord in May "
     "and the Chamber of Deputies approved it in June."),
    "Peru signed the Lima Accord in 2008 and ratified it in 2010.",
    "Peru's Congress debated the Lima Accord for a week and then ratified it.",
])
def test_it_still_continues_an_agreement_the_clause_before_acted_on(extractor, body):
    got = {(f["agreement"], f["state"]) for f in facts(run(extractor, body, published="2024-09-30"), "ratification")}
    assert ("Lima Accord", "Peru") in got, got


@pytest.mark.parametrize("body", [
    "Chilean President Ana Ruiz flew to Washington, DC on Monday.",
    "WASHINGTON, DC - Chilean President Ana Ruiz met her counterpart on Monday.",
    "Ana Ruiz, who visited Washington, DC last year, returned to Santiago.",
])
def test_a_capital_written_with_its_district_is_the_capital(extractor, body):
    qids = {e.qid for e in run(extractor, body).entities.values() if e.type == "Place"}
    assert "Q61" in qids and "Q3551781" not in qids, qids


@pytest.mark.parametrize("middle", [
    "Trade Minister Luis Soto and Defence Minister Rosa Vega are accompanying Ruiz during the visit.",
    "Trade Minister Luis Soto, who is accompanying Ruiz on the trip, said the talks would cover copper.",
    "Trade Minister Luis Soto and Defence Minister Rosa Vega are travelling with Ruiz on her visit.",
])
def test_a_companion_on_the_trip_goes_where_the_trip_told_before_goes(extractor, middle):
    body = ("Peruvian President Ana Ruiz arrived in Chile on Monday for a three-day state visit. " + middle
            + " Ruiz is expected to travel to Valparaiso on Wednesday.")
    got = {(f["visitor"], f["destination"]) for f in facts(run(extractor, body, published="2024-03-11"), "visit")}
    assert ("Luis Soto", "Chile") in got and ("Luis Soto", "Valparaiso") not in got, got


@pytest.mark.parametrize("body", [
    "Peruvian President Ana Ruiz landed on Monday. Chilean ministers Luis Soto and Rosa Vega awaited her arrival in Santiago.",
    ("Peruvian President Ana Ruiz spoke in Lima on Monday. Two Chilean officials, Luis Soto and Rosa Vega, "
     "had planned her arrival in Santiago for Friday."),
])
def test_one_persons_pronoun_is_neither_of_a_pair_acting_together(extractor, body):
    got = {(f["visitor"], f["destination"]) for f in facts(run(extractor, body, published="2024-03-11"), "visit")}
    assert not {v for v, _ in got} & {"Luis Soto", "Rosa Vega"}, got


@pytest.mark.parametrize("text, date", [
    (" date 2023-11-12 Leaders of twelve states were in Lima for the Andean summit on Thursday.", "2023-11-12"),
    ("date 2024-02-29 The Andean summit opened in Lima on Thursday.", "2024-02-29"),
    ("Andean leaders meet in Lima\nPublished 12 March 2024\nThe summit opened on Thursday.", "2024-03-12"),
])
def test_a_crawlers_date_stamp_is_the_pages_date(text, date):
    from kg.extract.page_date import page_date

    assert str(page_date(text)) == date


@pytest.mark.parametrize("body", [
    "The Andean summit opened in Lima on Monday. The following leaders attended:\nAna Ruiz, Ecuador\nLuis Soto, Chile\nRosa Vega, Bolivia",
    "Leaders at the Andean summit in Lima on Monday included:\nPresident Ana Ruiz of Ecuador\nPresident Luis Soto of Chile\nPresident Rosa Vega of Bolivia",
    "Those taking part in the Andean summit in Lima on Monday were:\nEcuador\nChile\nBolivia",
])
def test_a_sentence_ending_in_a_colon_goes_on_in_the_lines_listed_after_it(extractor, body):
    summits = [f for f in facts(run(extractor, body, published="2024-03-11"), "summit")]
    got = {p for f in summits for p in f["participants"]}
    assert {"Ecuador", "Chile", "Bolivia"} <= got, summits


@pytest.mark.parametrize("body, name", [
    ("Somalia's President Abdi Sheikh Warsame's support for Egypt has raised tensions.", "Abdi Sheikh Warsame"),
    ("Somali President Abdi Sheikh Warsame met Kenyan President Ruth Otieno in Nairobi.", "Abdi Sheikh Warsame"),
    ("The talks were led by Qatar's Prime Minister Hamad Sheikh Al Thani on Monday.", "Hamad Sheikh Al Thani"),
])
def test_a_rank_word_inside_a_name_after_a_title_is_part_of_the_name(extractor, body, name):
    assert name in labels(run(extractor, body), "Person"), labels(run(extractor, body), "Person")


@pytest.mark.parametrize("body", [
    "In Santiago, Peruvian President Ana Ruiz greeted Chilean ministers Luis Soto and Rosa Vega on Monday.",
    "Peruvian President Ana Ruiz welcomed Chilean ministers Luis Soto and Rosa Vega at a reception in Santiago on Monday.",
    "Chilean ministers Luis Soto and Rosa Vega were greeted in Santiago by Peruvian President Ana Ruiz on Monday.",
])
def test_one_abroad_who_greets_others_there_has_no_guests(extractor, body):
    got = {(f["visitor"], f["destination"]) for f in facts(run(extractor, body, published="2024-03-11"), "visit")}
    assert not {v for v, _ in got} & {"Luis Soto", "Rosa Vega"}, got


def test_a_host_at_home_still_has_guests(extractor):
    body = "In Lima, Peruvian President Ana Ruiz welcomed Chilean Foreign Minister Luis Soto on Monday."
    got = {(f["visitor"], f["destination"]) for f in facts(run(extractor, body, published="2024-03-11"), "visit")}
    assert ("Luis Soto", "Lima") in got, got
