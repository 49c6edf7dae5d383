"""Signings and parties, round 34, on sentences written for the test: an uncounted plural of an
office ("the presidents signed") names every holder the passage names, one per state, and their
states (kg.extract.reference_people.uncounted_holders); a person's title ends a document's title
run on into it (kg.extract.title_extent.title_opens_person); "twenty years ago today" counts back
in words past ten (kg.extract.relative_dates); a signing recalled by an anniversary takes neither
the anniversary's day nor its place (``lexicon.yaml`` ``remembrances``,
kg.extract.facts.signing_checks.recalled); an agreement noun capitalised only by opening its
sentence ("Accords on X were signed") heads a description (kg.extract.descriptions)."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def signings(doc) -> set[tuple]:
    return {(r["agreement"], r.get("signatory"), r.get("date"), r.get("place")) for r in facts(doc, "signing")}


@pytest.mark.parametrize("body, agreement, signers", [
    # active subject; passive agent; a subject with a clause set off by commas
    (("Estonian President Lida Harrow met Latvian President Odo Brant in Tartu on Monday. "
      "The presidents signed a water accord."), "water accord", {"Lida Harrow", "Odo Brant", "Estonia", "Latvia"}),
    (("Estonian Defence Minister Lida Harrow received Latvian Defence Minister Odo Brant in Tartu. "
      "A border pact was signed by the ministers after talks."), "border pact", {"Lida Harrow", "Odo Brant", "Estonia", "Latvia"}),
    (("Estonian Foreign Minister Lida Harrow met Latvian Foreign Minister Odo Brant on Monday. "
      "The foreign ministers, who had talked for hours, signed a border protocol."), "border protocol",
     {"Lida Harrow", "Odo Brant", "Estonia", "Latvia"}),
])
def test_uncounted_plural_of_an_office_names_the_holders(extractor, body, agreement, signers):
    got = {s for a, s, _, _ in signings(run(extractor, body)) if a == agreement}
    assert signers <= got, got


@pytest.mark.parametrize("body", [
    # two ministers of one state; former holders; one president only
    ("Estonian Foreign Minister Lida Harrow and Estonian Defence Minister Odo Brant visited Tartu. "
     "The ministers signed a fisheries protocol."),
    "Estonian President Lida Harrow met Latvian President Odo Brant in Tartu. The former presidents signed a water accord in 1999.",
    "Estonian President Lida Harrow visited Tartu. The presidents signed a water accord.",
])
def test_no_holders_for_one_state_former_ones_or_a_lone_one(extractor, body):
    got = {s for _, s, _, _ in signings(run(extractor, body))}
    assert not got & {"Lida Harrow", "Odo Brant"}, got


@pytest.mark.parametrize("body, label", [
    # a headline-like run, a fronted phrase with no comma, a clause with no comma
    ("Estonian-Latvian Treaty on Good Neighbourliness Prime Minister Lida Harrow spoke today in Tartu.",
     "Estonian-Latvian Treaty on Good Neighbourliness"),
    ("At the signing of the Convention on Fisheries Foreign Minister Lida Harrow praised Latvia.", "Convention on Fisheries"),
    ("After Estonia signed the Agreement on Border Demarcation Defence Minister Odo Brant resigned.",
     "Agreement on Border Demarcation"),
])
def test_a_title_before_a_name_ends_a_documents_title(extractor, body, label):
    assert label in labels(run(extractor, body), "Agreement")


@pytest.mark.parametrize("body, label", [
    ("Estonia and Latvia signed the Agreement on Defence Cooperation in Tartu.", "Agreement on Defence Cooperation"),
    ("Estonia and Latvia signed the Treaty on Good Neighbourliness in Tartu.", "Treaty on Good Neighbourliness"),
])
def test_a_title_with_no_person_after_it_runs_on(extractor, body, label):
    assert label in labels(run(extractor, body), "Agreement")


@pytest.mark.parametrize("body, day", [
    (("With the signing of the Estonian-Latvian Treaty on Friendship twenty years ago today, the two nations "
      "opened a new chapter."), dt.date(1991, 6, 17)),
    ("Estonia and Latvia signed the border treaty fifteen years ago today in Tartu.", dt.date(1996, 6, 17)),
    ("The Tartu accord, which Estonia and Latvia signed twenty-five years ago to the day, still holds.", dt.date(1986, 6, 17)),
])
def test_years_ago_today_in_words(extractor, body, day):
    got = {d for _, _, d, _ in signings(run(extractor, body, published="2011-06-17"))}
    assert got == {day}, got


def test_years_ago_without_today_gives_no_day(extractor):
    got = {d for _, _, d, _ in signings(run(extractor, "Estonia and Latvia signed the border treaty twenty years ago.",
                                             published="2011-06-17"))}
    assert got == {None}, got


@pytest.mark.parametrize("body", [
    # a fronted anniversary, an object anniversary, a possessor signing
    ("On the twentieth anniversary of the signing of their Treaty on Friendship with Latvia, Estonian Prime Minister "
     "Lida Harrow spoke today in Tartu."),
    "Estonia marked in Tartu on Friday the tenth anniversary of the border treaty's signing with Latvia.",
    "Estonia marked the jubilee of the border treaty's signing in Tartu on Friday.",
])
def test_a_recalled_signing_takes_no_day_or_place_of_its_anniversary(extractor, body):
    got = signings(run(extractor, body, published="2011-06-17"))
    assert got and all(d is None and p is None for _, _, d, p in got), got


def test_a_signing_on_an_anniversary_keeps_its_day(extractor):
    got = signings(run(extractor, "Estonia and Latvia signed the border treaty in Tartu on Friday, the anniversary of "
                                  "their independence.", published="2011-06-17"))
    assert got and all(d == dt.date(2011, 6, 17) and p == "Tartu" for _, _, d, p in got), got


@pytest.mark.parametrize("body, agreement", [
    ("Agreements on security and energy were signed on Friday by Estonia and Latvia in Tartu.", "Agreements on security and energy"),
    ("Accords on water and fisheries were signed by Estonia and Latvia.", "Accords on water and fisheries"),
    ("Pacts on trade and energy were sealed by Estonia and Latvia.", "Pacts on trade and energy"),
])
def test_an_agreement_noun_opening_its_sentence_heads_a_description(extractor, body, agreement):
    got = {s for a, s, _, _ in signings(run(extractor, body)) if a == agreement}
    assert {"Estonia", "Latvia"} <= got, got


@pytest.mark.parametrize("body", [
    "Defence pacts rarely survive a change of government in Tartu.",
    "Trade deals signed by Estonia in the 1990s remain in force.",
])
def test_agreements_in_general_opening_a_sentence_are_none(extractor, body):
    assert not labels(run(extractor, body), "Agreement")


@pytest.mark.parametrize("body", [
    # topic after the head, then before it; before, then after; a place's treaty both ways
    "Estonia and Latvia signed the Treaty on Open Waters in Tartu in 1994. The Open Waters Treaty still binds both.",
    "The Baltic Fisheries Convention was signed in Tartu in 1994. Latvia later left the Convention on Baltic Fisheries.",
    "Estonia signed the Treaty of Tartu with Latvia. The Tartu Treaty ended the war.",
])
def test_a_title_in_its_other_order_is_the_same_agreement(extractor, body):
    got = labels(run(extractor, body), "Agreement")
    assert len(got) == 1, got


@pytest.mark.parametrize("body", [
    "Estonia and Latvia signed the Treaty on Open Waters in Tartu. The Open Skies Treaty binds neither.",
    "Estonia signed the Treaty of Tartu with Latvia. The Riga Treaty came later.",
])
def test_titles_with_other_topics_stay_apart(extractor, body):
    got = labels(run(extractor, body), "Agreement")
    assert len(got) == 2, got
