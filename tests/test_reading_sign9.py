"""Signing and ratification read on sentences written for the test (round 9): a chamber named by a
demonym alone is that state's, a call to ratify is no ratification, and "its signing" is the
agreement's own signing, with no signer."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def ratified(doc) -> set[tuple]:
    return {(f["agreement"], f["state"], f.get("body"), str(f.get("date")), f["modality"])
            for f in facts(doc, "ratification")}


def signed(doc) -> set[tuple]:
    return {(f["agreement"], f.get("signatory"), str(f.get("date")), f["modality"]) for f in facts(doc, "signing")}


# -- a chamber named by a demonym, its state named nowhere else -------------------------------------------
@pytest.mark.parametrize("body, chamber, state", [
    ("The Chilean Senate ratified the Andes Water Accord on Tuesday.", "Chilean Senate", "Chile"),
    ("The Andes Water Accord was approved by the Peruvian Congress on Tuesday.", "Peruvian Congress", "Peru"),
    ("The Ghanaian Parliament's ratification of the Volta Accord on Tuesday ended a long wait.",
     "Ghanaian Parliament", "Ghana"),
    ("The Kenyan National Assembly passed the bill ratifying the Lake Victoria Accord on Tuesday.",
     "Kenyan National Assembly", "Kenya"),
])
def test_a_chamber_named_by_its_demonym_ratifies_for_that_state(extractor, body, chamber, state):
    doc = run(extractor, body, published="2024-05-08")
    agreement = next(e.label for e in doc.entities.values() if e.type == "Agreement")
    assert (agreement, state, chamber, "2024-05-07", "asserted") in ratified(doc), ratified(doc)


def test_a_demonym_of_no_state_gives_no_chamber_a_state(extractor):
    # "Federal" is no demonym: the chamber's state is nowhere in the text
    doc = run(extractor, "The Federal Assembly ratified the Alpine Transit Accord on Tuesday.", published="2024-05-08")
    assert not {f["state"] for f in facts(doc, "ratification")} - {"Switzerland"}


# -- a call to ratify is no ratification ------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Activists urged Peru's Congress to ratify the Andes Water Accord.",
    "The opposition called on Ghana's parliament to approve the Volta Accord before the recess.",
    "Farmers' unions pressed Chile's Senate to endorse the Andes Water Accord.",
    "Business groups have asked the Kenyan parliament to ratify the Lake Victoria Accord swiftly.",
])
def test_a_call_to_ratify_is_no_ratification(extractor, body):
    doc = run(extractor, body, published="2024-05-08")
    assert not facts(doc, "ratification"), facts(doc, "ratification")


@pytest.mark.parametrize("body, state", [
    ("Peru's Congress voted to ratify the Andes Water Accord on Tuesday.", "Peru"),
    ("Ghana's parliament is expected to approve the Volta Accord next week.", "Ghana"),
])
def test_a_vote_or_a_plan_to_ratify_is_still_read(extractor, body, state):
    doc = run(extractor, body, published="2024-05-08")
    assert state in {f["state"] for f in facts(doc, "ratification")}


# -- "its signing": the agreement's own ----------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Ghana and Togo agreed the Volta Accord in 2015. Since its signing on 4 June 2015, the border has been calm.",
    "Chile drafted the Andes Water Accord with Peru. Its signing on 4 June 2015 ended a long feud.",
    "Kenya welcomed the Lake Victoria Accord, and its signing on 4 June 2015 was celebrated in Kisumu.",
])
def test_its_signing_is_the_agreements_own(extractor, body):
    doc = run(extractor, body, published="2024-05-08")
    agreement = next(e.label for e in doc.entities.values() if e.type == "Agreement")
    assert signed(doc) == {(agreement, None, "2015-06-04", "asserted")}, signed(doc)


def test_a_states_signature_of_the_accord_is_still_its_own(extractor):
    doc = run(extractor, "Togo joined the Volta Accord in 2019. Its signature of the accord ended a feud.",
              published="2024-05-08")
    assert ("Volta Accord", "Togo") in {(a, s) for a, s, _, _ in signed(doc)}


# -- a signing of the day's news is at the dateline ----------------------------------------------------------
def places(doc) -> set[tuple]:
    return {(f.get("signatory"), f.get("place"), f["modality"]) for f in facts(doc, "signing")}


@pytest.mark.parametrize("body", [
    "LIMA, May 6 - Chile and Peru signed the Andes Water Accord on Monday.",
    "LIMA (Reuters) - The foreign ministers of Chile and Peru have signed the Andes Water Accord, ending years of talks.",
    "LIMA - The Andes Water Accord was signed on Monday by Chile and Peru after a night of talks.",
])
def test_a_signing_of_the_days_news_is_at_the_dateline(extractor, body):
    doc = run(extractor, body, published="2024-05-08")
    assert {("Chile", "Lima", "asserted"), ("Peru", "Lima", "asserted")} <= places(doc), places(doc)


@pytest.mark.parametrize("body", [
    # long ago: where the report is filed from says nothing of it
    "LIMA, May 6 - Chile and Peru signed the Andes Water Accord in March 2011, and it has never been amended.",
    # still ahead: it may happen anywhere
    "LIMA, May 6 - Chile and Peru will sign the Andes Water Accord on Friday.",
    # the sentence places it
    "LIMA, May 6 - Chile and Peru signed the Andes Water Accord in Arica on Monday.",
])
def test_the_dateline_does_not_place_old_future_or_placed_signings(extractor, body):
    doc = run(extractor, body, published="2024-05-08")
    assert not {p for _, p, _ in places(doc)} & {"Lima"}, places(doc)


def test_a_dateline_signing_tells_no_trip(extractor):
    doc = run(extractor, "LIMA, May 6 - Chilean Foreign Minister Ana Rojas and Peru signed the Andes Water Accord on "
                         "Monday.", published="2024-05-08")
    assert ("Ana Rojas", "Lima", "asserted") in places(doc)
    assert not [f for f in facts(doc, "visit") if f.get("visitor") == "Ana Rojas"]


def test_a_site_only_another_clause_names_is_not_where_it_was_signed(extractor):
    doc = run(extractor, "HANOI - The two presidents held talks at the Presidential Palace and witnessed the signing "
                         "of a memorandum on fisheries by Vietnam and the Philippines.", published="2024-05-08")
    assert {p for _, p, _ in places(doc)} == {"Hanoi"}, places(doc)


# -- dates the signing's clause shares ---------------------------------------------------------------------
@pytest.mark.parametrize("body, day", [
    ("On Tuesday Chile and Peru signed the Andes Water Accord, and Bolivia and Peru signed the Titicaca Pact.",
     "2024-05-07"),
    ("On 2 May, Ghana signed the Volta Accord and Togo signed the Mono River Pact.", "2024-05-02"),
    ("Last Friday the ministers met in Accra, and Ghana and Togo signed the Mono River Pact.", "2024-05-03"),
])
def test_a_fronted_date_dates_every_coordinated_clause(extractor, body, day):
    doc = run(extractor, body, published="2024-05-08")
    pact = [f for f in facts(doc, "signing") if "Pact" in f["agreement"]]
    assert pact and all(str(f.get("date")) == day for f in pact), pact


def test_a_coordinated_clause_keeps_its_own_date(extractor):
    doc = run(extractor, "On Monday Ghana signed the Volta Accord, and Togo signed the Mono River Pact on Tuesday.",
              published="2024-05-08")
    assert {str(f.get("date")) for f in facts(doc, "signing") if "Pact" in f["agreement"]} == {"2024-05-07"}


@pytest.mark.parametrize("later", [
    "Later in the day, the two foreign ministers signed the Andes Water Accord.",
    "Earlier that morning, the two foreign ministers had signed the Andes Water Accord.",
    "The Andes Water Accord was signed later in the day by the two foreign ministers.",
])
def test_later_in_the_day_is_the_day_just_told(extractor, later):
    doc = run(extractor, "The foreign ministers of Chile and Peru held talks on 2 May. " + later, published="2024-05-08")
    got = {str(f.get("date")) for f in facts(doc, "signing")}
    assert got == {"2024-05-02"}, got


# -- a date a participle or an infinitive gives -----------------------------------------------------------
@pytest.mark.parametrize("body, kind, day", [
    ("The signing of the Andes Water Accord, set for Friday in Lima, has been postponed.", "signing", "2024-05-10"),
    ("The signing of the Volta Accord, held on Monday in Accra, drew large crowds.", "signing", "2024-05-06"),
    ("Lawmakers in Ghana voted 120-40 on Tuesday to ratify the Volta Accord.", "ratification", "2024-05-07"),
    ("Peru's Congress voted by a wide margin on Tuesday to approve the Andes Water Accord.", "ratification",
     "2024-05-07"),
])
def test_a_participle_on_the_event_or_a_purpose_infinitive_gives_its_date(extractor, body, kind, day):
    doc = run(extractor, body, published="2024-05-08")
    got = {str(f.get("date")) for f in facts(doc, kind)}
    assert got == {day}, got


def test_a_participle_on_another_noun_gives_no_date(extractor):
    doc = run(extractor, "The signing of the Volta Accord drew crowds to a square renamed on Monday.",
              published="2024-05-08")
    assert {str(f.get("date")) for f in facts(doc, "signing")} == {"None"}


# -- a signing told in a clause on a noun -------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Bolivian President Luis Arce signed the Andes Water Accord, which Chile had signed in 2021, in Sucre on Monday.",
    "In Sucre on Monday, Bolivia signed the Andes Water Accord, which Chile had signed three years earlier.",
    "In Sucre on Monday Bolivia signed the Andes Water Accord, which Chile signed long ago.",
])
def test_a_signing_told_on_a_noun_takes_no_place_of_the_main_clause(extractor, body):
    doc = run(extractor, body, published="2024-05-08")
    chile = {f.get("place") for f in facts(doc, "signing") if f.get("signatory") == "Chile"}
    assert chile == {None}, chile
    assert "Sucre" in {f.get("place") for f in facts(doc, "signing") if f.get("signatory") == "Bolivia"}


@pytest.mark.parametrize("body", [
    "The Andes Water Accord, which Chile and Peru signed in Arica on Monday, shares the river's flow.",
    "Arica, where Chile and Peru signed the Andes Water Accord on Monday, lies on the border.",
    "The Andes Water Accord, signed in Arica on Monday, shares the river's flow.",
])
def test_a_signing_told_on_a_noun_keeps_its_own_place(extractor, body):
    doc = run(extractor, body, published="2024-05-08")
    assert {f.get("place") for f in facts(doc, "signing")} == {"Arica"}


# -- who followed suit ------------------------------------------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Chile ratified the Andes Water Accord on Monday. Peru did so on Tuesday.",
     ("Andes Water Accord", "Peru", None, "2024-05-07", "asserted")),
    ("Chile's Senate ratified the Andes Water Accord on Monday. The Chamber of Deputies followed suit on Tuesday.",
     ("Andes Water Accord", "Chile", "Chamber of Deputies", "2024-05-07", "asserted")),
    ("The Andes Water Accord was ratified by Chile on Monday, and Peru followed suit a day later.",
     ("Andes Water Accord", "Peru", None, "2024-05-07", "asserted")),
    ("Chile ratified the Andes Water Accord on Monday. Bolivia is expected to follow suit.",
     ("Andes Water Accord", "Bolivia", None, "None", "planned")),
    ("Chile ratified the Andes Water Accord on Monday. Peru has not followed suit.",
     ("Andes Water Accord", "Peru", None, "None", "negated")),
])
def test_a_ratification_followed_suit(extractor, body, expected):
    doc = run(extractor, body, published="2024-05-08")
    assert expected in ratified(doc), ratified(doc)


@pytest.mark.parametrize("body, signer, day", [
    ("Ghana and Togo signed the Volta Accord on Monday, and Benin did the same a day later.", "Benin", "2024-05-07"),
    ("Chile signed the Andes Water Accord on Monday in Lima. Peru did so on Tuesday.", "Peru", "2024-05-07"),
    ("Kenya signed the Lake Victoria Accord on Monday. Two days later, Uganda followed suit.", "Uganda", "2024-05-08"),
])
def test_a_signing_followed_suit(extractor, body, signer, day):
    doc = run(extractor, body, published="2024-05-08")
    assert any(s == signer and d == day and mod == "asserted" for _, s, d, mod in signed(doc)), signed(doc)


@pytest.mark.parametrize("body", [
    "Chile ratified the Andes Water Accord on Monday. Peru said so on Tuesday.",
    "Chile ratified the Andes Water Accord on Monday. Its neighbours were not so sure.",
    "Chile ratified the Andes Water Accord on Monday. Three weeks of debate followed. Peru did so on Tuesday.",
    "Chile ratified the Andes Water Accord on Monday and the same day Peru recalled its envoy.",
])
def test_no_stand_in_no_second_ratification(extractor, body):
    doc = run(extractor, body, published="2024-05-08")
    assert {s for _, s, _, _, _ in ratified(doc)} == {"Chile"}, ratified(doc)


def test_a_signer_described_by_a_relative_clause_signs_at_the_same_signing(extractor):
    doc = run(extractor, "Ghana and Togo signed the Volta Accord in Accra on Monday during a visit by the Togolese "
                         "president, Yao Agbeko, who inked the accord with Ghanaian President Kofi Mensah.",
              published="2024-05-08")
    got = {(f.get("signatory"), str(f.get("date")), f.get("place")) for f in facts(doc, "signing")}
    assert {("Yao Agbeko", "2024-05-06", "Accra"), ("Kofi Mensah", "2024-05-06", "Accra")} <= got, got


def test_the_dateline_does_not_place_a_signing_the_text_places_elsewhere(extractor):
    doc = run(extractor, "LIMA, May 6 - Chile signed the Andes Water Accord in Arica on Monday, and Peru signed it in "
                         "Tacna. Bolivia also signed the accord on Monday.", published="2024-05-08")
    assert "Lima" not in {p for _, p, _ in places(doc)}, places(doc)
