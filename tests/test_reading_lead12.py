"""What the lead saw on real pages in round 12, on sentences written for the test: what an
agreement is said not to be, a day's possessive ("Monday's accord"), and a signing told as the
means of another act ("marked the day by signing X")."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body", [
    ("Norway and Chile signed a new defence agreement on Monday in Oslo. The agreement does not constitute "
     "a full mutual defence pact, which would oblige each side to fight for the other."),
    ("Norway and Chile signed a new defence agreement on Monday in Oslo. Officials stressed that the deal "
     "does not amount to a mutual defence treaty."),
    ("Norway and Chile signed a new defence agreement on Monday in Oslo, a text that represents a step "
     "short of alliance and does not form a mutual defence pact."),
])
def test_what_an_agreement_is_said_not_to_be_is_neither_its_name_nor_what_it_permits(extractor, body):
    doc = run(extractor, body, published="2024-03-20")
    assert labels(doc, "Agreement") == {"defence agreement"}, labels(doc, "Agreement")
    assert {f["agreement"] for f in facts(doc, "signing")} == {"defence agreement"}, facts(doc, "signing")
    assert not any(f["activity"] == "mutual defence" for f in facts(doc, "permits")), facts(doc, "permits")


@pytest.mark.parametrize("body, other", [
    (("Ghana and Togo signed a border security agreement in Accra on Tuesday. Tuesday's agreement allows "
     "joint patrols along the frontier."), None),
    (("Ghana and Togo signed a border security agreement in Accra on Tuesday. Critics of last week\u2019s "
     "accord said the patrols would not stop smuggling."), None),
    (("Ghana and Togo signed a border security agreement in Accra on Tuesday. Last week's accord between "
     "Benin and Niger served as a model."), "accord between Benin and Niger"),
])
def test_a_days_possessive_tells_when_not_which(extractor, body, other):
    doc = run(extractor, body, published="2024-03-20")
    assert not any("'s" in label or "\u2019s" in label for label in labels(doc, "Agreement")), labels(doc, "Agreement")
    assert labels(doc, "Agreement") == {"border security agreement"} | ({other} if other else set())
    parties = {f["party"] for f in facts(doc, "parties") if f["agreement"] == "border security agreement"}
    assert parties == {"Ghana", "Togo"}, facts(doc, "parties")


@pytest.mark.parametrize("body, day", [
    (("The two governments of Ghana and Togo sealed their partnership on 4 March by signing a border security "
     "agreement in Accra."), "2024-03-04"),
    ("On Friday the foreign ministers of Peru and Chile ended two days of talks by signing a fisheries accord.",
     "2024-03-15"),
    (("Peru and Chile marked the anniversary of their ties on Tuesday, March 12, by signing a fisheries accord "
     "that their navies had drafted."), "2024-03-12"),
])
def test_a_signing_told_as_the_means_of_an_act_takes_its_day(extractor, body, day):
    doc = run(extractor, body, published="2024-03-20")
    assert {str(f.get("date")) for f in facts(doc, "signing")} == {day}, facts(doc, "signing")


@pytest.mark.parametrize("body, style", [
    ("Ministers met Emir Rassendyll, who hosted the talks in Doha.", "Emir"),
    ("The envoys were received by King Rassendyll at the palace.", "King"),
    ("Talks with Sultan Rassendyll ended late, and Rassendyll left for Muscat.", "Sultan"),
])
def test_a_name_after_a_monarchs_or_clerics_style_is_no_surname(extractor, tmp_path, body, style):
    import json

    from kg.link.gazetteer import load_gazetteer
    from kg.link.linker import Linker
    from kg.pipeline import link_entities

    doc = run(extractor, body)
    person = next(e for e in doc.entities.values() if e.type == "Person" and e.label == "Rassendyll")
    assert person.attributes.get("styled") == style, person.attributes
    row = {"qid": "Q4", "type": "Person", "label": "Rudolf Rassendyll", "aliases": [], "demonyms": [],
           "country": "Q1", "extra": {}, "source": "t"}
    (tmp_path / "core.jsonl").write_text(json.dumps(row) + "\n")
    linker = Linker(load_gazetteer(tmp_path))
    assert linker.link("Rassendyll", "Person").qid == "Q4"  # a surname alone still links
    person.qid = None
    link_entities(doc, linker)
    assert person.qid is None, person


@pytest.mark.parametrize("body", [
    ("The Baltic Sea Summit opens in Riga on Monday. Poland's president is expected to attend the summit "
     "with Lithuania's President Ana Ruiz."),
    ("The Baltic Sea Summit opened in Riga on Monday. Poland's president joined the summit with "
     "Lithuania's President Ana Ruiz, officials said."),
    ("The Baltic Sea Summit opens in Riga on Monday. Ana Ruiz of Lithuania will skip the summit with "
     "her foreign minister, her office said."),
])
def test_attending_the_summit_with_someone_is_no_other_summit(extractor, body):
    doc = run(extractor, body, published="2024-06-10")
    assert labels(doc, "Summit") == {"Baltic Sea Summit"}, labels(doc, "Summit")


@pytest.mark.parametrize("body, qid", [
    ("The Russian State Duma ratified the pact on Tuesday, and the State Duma's speaker praised the vote.", "Q715641"),
    (("A treaty the Turkish Grand National Assembly approved last year was cited; the Grand National Assembly "
     "must now debate a second one."), "Q274918"),
    ("Members of the Indian Lok Sabha, which sat late, backed the accord; the Lok Sabha then adjourned.", "Q230003"),
])
def test_a_demonym_before_a_listed_body_of_that_state_names_that_body(extractor, body, qid):
    doc = run(extractor, body, published="2024-06-10")
    legislatures = [e for e in doc.entities.values() if e.type == "Legislature"]
    assert [e.qid for e in legislatures] == [qid], [(e.label, e.qid) for e in legislatures]


@pytest.mark.parametrize("body, pacts", [
    (("The Russian State Duma ratified the pact with Belarus on Tuesday. A day later Turkey's parliament approved "
     "a similar accord with Azerbaijan."), {"Belarus", "Azerbaijan"}),
    ("Chile ratified its treaty with Peru in May; Bolivia is negotiating a similar treaty with Paraguay.",
     {"Peru", "Paraguay"}),
    ("Kenya ratified its agreement with Ghana; Uganda is to sign a separate agreement with Togo next year.",
     {"Ghana", "Togo"}),
])
def test_an_agreement_set_apart_is_not_the_one_the_others_point_to(extractor, body, pacts):
    doc = run(extractor, body, published="2024-06-10")
    by_agreement: dict[str, set[str]] = {}
    for f in facts(doc, "parties"):
        by_agreement.setdefault(f["agreement"], set()).add(f["party"])
    assert all(len(parties & pacts) <= 1 for parties in by_agreement.values()), by_agreement
    assert {p for parties in by_agreement.values() for p in parties} >= pacts, by_agreement


@pytest.mark.parametrize("body, place", [
    (("Ana Ruiz had been due to visit Quito in May to take part in the Andean Summit, but the trip was cancelled "
     "due to the unrest in Lima."), "Quito"),
    ("Ana Ruiz planned to visit Quito to attend the Andean Summit, but stayed home because of storms in Lima.",
     "Quito"),
    ("Because of the fighting in Lima, Ana Ruiz will not visit Quito for the Andean Summit, her office said.",
     "Quito"),
])
def test_a_place_in_a_cause_is_not_where_a_summit_is(extractor, body, place):
    doc = run(extractor, body, published="2024-06-10")
    located = {f.get("location") for f in facts(doc, "summit")}
    assert located == {place}, facts(doc, "summit")


@pytest.mark.parametrize("body", [
    "Foreign Minister Ana Ruiz AP Photo/ Luis Mora\nLIMA, October 18. /Andina/. Peru and Chile signed a fisheries accord.",
    "The two ministers in Lima. Reuters Photo/ Luis Mora\nLIMA, Oct 18. /Andina/. Peru and Chile signed a fisheries accord.",
    "LIMA, October 18. /Andina/. Peru and Chile signed a fisheries accord, the agency reported.",
])
def test_a_slashed_agency_dateline_and_an_agency_photo_credit_are_furniture(extractor, body):
    doc = run(extractor, "Ministers sign accord\n" + body, published="2023-10-18")
    people = labels(doc, "Person")
    assert not any(p.endswith(("AP", "LIMA", "Reuters")) for p in people), people
    assert "Andina" in labels(doc, "Organization"), labels(doc, "Organization")
    assert {f["signatory"] for f in facts(doc, "signing")} == {"Peru", "Chile"}, facts(doc, "signing")


@pytest.mark.parametrize("body", [
    "Ana Ruiz said the October 18 summit in Lima, expected to be attended by Peru's president, had been cancelled.",
    "Leaders met at the Monday summit in Lima, where Peru and Chile signed a fisheries accord.",
    "The 4 May summit in Lima has been postponed, officials in Santiago said.",
])
def test_a_date_before_summit_names_no_organisation(extractor, body):
    doc = run(extractor, body, published="2023-10-18")
    assert not labels(doc, "InternationalOrganization"), labels(doc, "InternationalOrganization")


@pytest.mark.parametrize("body, people", [
    ("President Bidhya Devi Rana received the envoy. Later President Bidya Devi Rana hosted a banquet.",
     1),
    ("Mohamed Ali Rana signed for Peru. Chile's envoy met Mohammed Ali Rana afterwards.", 1),
    ("Sergei Orlovsky Rana arrived on Monday; Sergey Orlovsky Rana left on Tuesday.", 1),
    ("Mark Rana and Mary Rana, his sister, both signed the accord.", 2),
])
def test_a_given_name_spelt_two_ways_is_one_person(extractor, body, people):
    doc = run(extractor, body, published="2024-06-10")
    assert len(labels(doc, "Person")) == people, labels(doc, "Person")
