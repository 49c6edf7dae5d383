"""Long sentences read as a careful reader would, whatever the small parsing model makes of them:
asides between a subject and its verb, on sentences written for these tests (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.extract.asides import aside_spans
from kg.extract.nlp import sentence_bounds, tokens

pytestmark = pytest.mark.model


def signed(doc) -> set[tuple]:
    return {(f["agreement"], f.get("signatory"), f["modality"]) for f in facts(doc, "signing")}


# -- an aside between a subject and its verb is read apart from the clause it interrupts --------------
@pytest.mark.parametrize("body", [
    ("Peru and Chile, after years of talks in which Bolivia and Ecuador took part as observers, signed the "
     "Andean Water Accord in Lima on Tuesday."),
    ("Peru and Chile – after years of talks in which Bolivia and Ecuador took part as observers – signed the "
     "Andean Water Accord in Lima on Tuesday."),
    ("Peru and Chile (after years of talks in which Bolivia and Ecuador took part as observers) signed the "
     "Andean Water Accord in Lima on Tuesday."),
])
def test_an_aside_leaves_the_subject_with_its_verb(extractor, body):
    got = signed(run(extractor, body))
    assert {("Andean Water Accord", "Peru", "asserted"), ("Andean Water Accord", "Chile", "asserted")} <= got, got
    assert ("Andean Water Accord", "Bolivia", "asserted") not in got


def test_an_aside_keeps_its_own_modality(extractor):
    doc = run(extractor, ("Bolivia, despite warnings from Brazil that the move would isolate it within the bloc, "
                          "joined the Andean Bank on Monday."))
    assert ("Bolivia", "Andean Bank", "asserted") in {(f["member"], f["organization"], f["modality"])
                                                       for f in facts(doc, "member")}


def test_an_aside_describing_a_word_stays_on_it(extractor):
    """A relative clause cut out of the sentence still says who arrived where."""
    doc = run(extractor, ("Chilean President Marta Vidal – who arrived in Lima on Monday for talks on water – "
                          "signed the Andean Water Accord with Peru on Tuesday."))
    assert ("Marta Vidal", "Lima") in {(f["visitor"], f["destination"]) for f in facts(doc, "visit")}
    assert ("Andean Water Accord", "Marta Vidal", "asserted") in signed(doc)


def test_the_asides_a_sentence_holds(extractor):
    doc = run(extractor, ("Peru, which holds the presidency, signed the accord (a text of ten pages) with Chile "
                          "– its old rival – on Tuesday, officials said."))
    toks = tokens(doc)
    lo, hi = sentence_bounds(doc, 1)
    asides = [" ".join(t.text for t in toks[a:b]) for a, b in aside_spans(toks, lo, hi)]
    assert asides == [", which holds the presidency ,", "( a text of ten pages )", "– its old rival –"]


# -- gapping: a second clause that leaves out the verb it shares ----------------------------------------
def test_a_gapped_clause_ratifies_too(extractor):
    doc = run(extractor, "Samoa ratified the Pacific Fisheries Treaty in 2017 and Fiji in 2018.")
    got = {(f["agreement"], f["state"]) for f in facts(doc, "ratification")}
    assert {("Pacific Fisheries Treaty", "Samoa"), ("Pacific Fisheries Treaty", "Fiji")} <= got, got


def test_a_gapped_clause_joins_too(extractor):
    doc = run(extractor, "Chile joined the Andean Bank in 1990 and Peru in 1995.")
    got = {(f["member"], f["organization"]) for f in facts(doc, "member")}
    assert {("Chile", "Andean Bank"), ("Peru", "Andean Bank")} <= got, got


def test_a_gapped_clause_keeps_its_own_place(extractor):
    doc = run(extractor, "Chile will sign the Andean Water Accord in Lima on Monday and Peru in Quito on Tuesday.")
    got = {(f.get("signatory"), f.get("place"), f["modality"]) for f in facts(doc, "signing")}
    assert {("Chile", "Lima", "planned"), ("Peru", "Quito", "planned")} <= got, got
    assert ("Chile", "Quito", "planned") not in got


def test_a_gapped_object_is_the_verbs_object(extractor):
    doc = run(extractor, "Chile ratified the Andean Water Accord in 2017 and the Lima Protocol in 2019.")
    got = {(f["agreement"], f["state"]) for f in facts(doc, "ratification")}
    assert {("Andean Water Accord", "Chile"), ("Lima Protocol", "Chile")} <= got, got


def test_a_coordinated_object_is_no_gapped_clause(extractor):
    """"with Peru and Bolivia in Lima": no preposition of the first clause comes back."""
    doc = run(extractor, "Chile signed the Andean Water Accord with Peru and Bolivia in Lima.")
    assert all(t.dep != "gap" for t in tokens(doc))


# -- a headline's "X to V Y" tells what is ahead -------------------------------------------------------
@pytest.mark.parametrize("headline, cq, row", [
    ("Chile to sign water accord with Peru", "signing", ("water accord", "Chile")),
    ("Uzbekistan to join Andean Bank", "member", ("Uzbekistan", "Andean Bank")),
])
def test_a_headline_infinitive_is_planned(extractor, headline, cq, row):
    doc = run(extractor, "Officials said the text was ready.", headline=headline)
    got = {(f.get("agreement", f.get("member")), f.get("signatory", f.get("organization")), f["modality"])
           for f in facts(doc, cq)}
    assert (*row, "planned") in got, got
    assert (*row, "asserted") not in got, got


# -- a day without its year takes the year written later in its own clause ------------------------------
@pytest.mark.parametrize("body, day", [
    ("The Pacific Fisheries Treaty, signed in Apia on Oct. 30-31 at a meeting held in 2018, binds Fiji and Samoa.",
     "2018-10-30"),
    ("Fiji signed the Pacific Fisheries Treaty on March 3 during the regional conference of 2019.", "2019-03-03"),
])
def test_a_year_later_in_the_clause_dates_the_day(extractor, body, day):
    got = {str(f.get("date")) for f in facts(run(extractor, body, published="2026-05-06"), "signing")}
    assert got == {day}, got


@pytest.mark.parametrize("body", [
    "Chile and Peru signed the Andean Water Accord on Oct. 30, four years after talks began in 2018.",
    "President Ana Rojas visited Quito on March 3 for a conference on water, her first trip since the 2019 election.",
])
def test_a_year_of_another_event_leaves_the_day_alone(extractor, body):
    doc = run(extractor, body, published="2026-05-06")
    got = {str(f.get("date", f.get("start"))) for f in facts(doc, "signing") + facts(doc, "visit")}
    assert got and not any(d.startswith(("2018", "2019")) for d in got), got


# -- a possessive deep in a fronted phrase refers ahead, to the clause's subject --------------------------
@pytest.mark.parametrize("body, modality", [
    (("On the final day of his three-day visit to Quito, Peruvian President Jorge Salas met Ecuadorian President "
      "Luis Soto."), "asserted"),
    ("Ahead of his trip to Quito next week, Peruvian President Jorge Salas said the accord was ready.", "planned"),
])
def test_a_fronted_possessive_is_the_subjects(extractor, body, modality):
    got = {(f["visitor"], f["destination"], f["modality"]) for f in facts(run(extractor, body), "visit")}
    assert ("Jorge Salas", "Quito", modality) in got, got


# -- a day's year follows its own clause's tense, not the nearest tense-like word ---------------------
def test_a_plain_past_verb_dates_its_days_in_the_past(extractor):
    doc = run(extractor, "Xi Lang paid state visits to Peru, Chile and Mexico from May 31 to June 6.",
              published="2013-06-10")
    got = {(f["destination"], str(f.get("start")), str(f.get("end")), f["modality"]) for f in facts(doc, "visit")}
    assert {(d, "2013-05-31", "2013-06-06", "asserted") for d in ("Peru", "Chile", "Mexico")} <= got, got



# -- "the ones who did it include A, B and C": the listed are the doers -----------------------------------
def test_a_relative_clause_on_a_listed_description(extractor):
    doc = run(extractor, "The countries that have ratified the Andean Water Accord include Chile, Peru and Bolivia.")
    got = {f["state"] for f in facts(doc, "ratification")}
    assert {"Chile", "Peru", "Bolivia"} <= got, got


def test_a_participle_on_a_listed_description(extractor):
    doc = run(extractor, ("The leaders attending the Andean summit in Lima include Chilean President Marta Vidal and "
                          "Bolivian President Eva Ruiz."))
    got = {(f["visitor"], f["destination"]) for f in facts(doc, "visit")}
    assert {("Marta Vidal", "Lima"), ("Eva Ruiz", "Lima")} <= got, got


def test_a_copula_lists_the_signers(extractor):
    doc = run(extractor, ("The ministers who signed the Andean Water Accord in Lima on Monday were Chilean Foreign "
                          "Minister Marta Vidal and Ecuadorian Foreign Minister Luis Soto."))
    got = {f.get("signatory") for f in facts(doc, "signing")}
    assert {"Marta Vidal", "Luis Soto", "Chile", "Ecuador"} <= got, got


# -- an elided verb phrase: another subject does (or does not) the same -----------------------------------
@pytest.mark.parametrize("body, cq, row", [
    ("Bolivia joined the Andean Bank in 2019, as did Ecuador a year later.", "member",
     ("Ecuador", "Andean Bank", "asserted")),
    ("Ecuador became a member of the Andean Bank in 2019, followed by Bolivia in 2021.", "member",
     ("Bolivia", "Andean Bank", "asserted")),
    ("Chile is a member of the Andean Bank, but Peru is not.", "member", ("Peru", "Andean Bank", "negated")),
    ("Chile has ratified the Andean Water Accord, but Peru has not.", "ratification",
     ("Andean Water Accord", "Peru", "negated")),
    ("Chile ratified the Andean Water Accord in March, while Peru is expected to do so later this year.",
     "ratification", ("Andean Water Accord", "Peru", "planned")),
    ("Chile signed the Andean Water Accord on Monday, and so did Peru.", "signing",
     ("Andean Water Accord", "Peru", "asserted")),
    ("Chile and Peru signed the Andean Water Accord on Monday, with Bolivia expected to follow next year.", "signing",
     ("Andean Water Accord", "Bolivia", "planned")),
])
def test_an_elided_verb_phrase_is_read_for_its_subject(extractor, body, cq, row):
    first, second = {"member": ("member", "organization"), "ratification": ("agreement", "state"),
                     "signing": ("agreement", "signatory")}[cq]
    got = {(f.get(first), f.get(second), f["modality"]) for f in facts(run(extractor, body), cq)}
    assert row in got, got


def test_an_elided_clause_keeps_its_own_date(extractor):
    doc = run(extractor, "Chile signed the Andean Water Accord on Monday after Peru did so on Friday.",
              published="2026-05-06")
    got = {(f.get("signatory"), str(f.get("date"))) for f in facts(doc, "signing")}
    assert {("Chile", "2026-05-04"), ("Peru", "2026-05-01")} <= got, got


def test_a_clause_of_its_own_is_no_elided_verb_phrase(extractor):
    doc = run(extractor, "Chile signed the Andean Water Accord on Monday, but Peru was not there.")
    assert "Peru" not in {f.get("signatory") for f in facts(doc, "signing")}
