"""Dates and places of events read on sentences written for the test (round 12): an event the
story tells as done with no time of its own happened on the day the story is at."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

THURSDAY = "2024-03-14"


def signing_dates(doc, word: str) -> set:
    return {str(f.get("date")) for f in facts(doc, "signing") if word in f["agreement"]}


# -- the day the story is at --------------------------------------------------------------------------
@pytest.mark.parametrize("body, word, day", [
    # active, the day in the sentence before
    (("Georgian President Nino Berishvili arrived in Baku on Tuesday for talks with Azerbaijani officials. "
     "The two countries signed an agreement on rail freight."), "rail", "2024-03-12"),
    # passive, "also"
    (("Finnish Prime Minister Aino Laakso held talks with her Estonian counterpart in Tallinn on Monday. "
     "A memorandum on cyber defence was also signed."), "cyber", "2024-03-11"),
    # a nominal signing
    (("The foreign ministers of Chile and Bolivia met in La Paz on Wednesday. The signing of a water "
     "sharing agreement took place at the foreign ministry."), "water", "2024-03-13"),
    # "yesterday", two sentences back
    (("Kenyan and Ugandan officials gathered in Kampala yesterday for the first round of talks in a decade. "
     "They discussed fuel prices. The two governments then signed a pipeline agreement."), "pipeline",
     "2024-03-13"),
    # a month in a phrase looking back does not move the story
    (("The presidents of Peru and Ecuador met in Quito on Tuesday, a meeting delayed by the floods that struck "
     "the coast in January. The two countries signed a border trade agreement."), "border", "2024-03-12"),
])
def test_an_undated_signing_is_on_the_day_the_story_is_at(extractor, body, word, day):
    doc = run(extractor, body, published=THURSDAY)
    assert signing_dates(doc, word) == {day}, facts(doc, "signing")


@pytest.mark.parametrize("body, word", [
    # the story looks back: a year told last
    (("The foreign ministers of Chile and Bolivia met in La Paz on Wednesday. In 2015 the two countries "
     "drafted a water sharing agreement. It was signed by their presidents."), "water"),
    # still to come
    (("Georgian President Nino Berishvili arrived in Baku on Tuesday. The two countries are expected to sign "
     "an agreement on rail freight."), "rail"),
    # the last day told is ahead
    (("The foreign ministers of Chile and Bolivia will meet in La Paz on Saturday. The two countries signed a "
     "water sharing agreement."), "water"),
])
def test_no_day_when_the_story_looks_back_or_ahead(extractor, body, word):
    doc = run(extractor, body, published=THURSDAY)
    assert signing_dates(doc, word) == {"None"}, facts(doc, "signing")


def test_a_headline_signing_is_on_the_day_its_lede_tells(extractor):
    doc = run(extractor, "The foreign ministers of Ghana and Togo met in Lome on Wednesday to end a decade of talks.",
              published=THURSDAY, headline="Ghana, Togo sign border accord")
    assert signing_dates(doc, "border") == {"2024-03-13"}, facts(doc, "signing")


# -- a signing during the trip told before: the trip's place and day ----------------------------------
@pytest.mark.parametrize("body, word, expected", [
    (("Moroccan Prime Minister Yusuf Adnani visited Madrid on Wednesday. During the visit, Spain and Morocco "
     "signed a water management agreement."), "water", ("2024-03-13", "Madrid")),
    (("Vietnamese President Lan Hoang flew to Jakarta on Monday. During her trip, Indonesia and Vietnam "
     "signed a rice export agreement."), "rice", ("2024-03-11", "Jakarta")),
    (("Zambian President Mwila Banda arrived in Nairobi on Tuesday. At the end of the visit, Kenya and Zambia "
     "signed a railway agreement."), "railway", ("2024-03-12", "Nairobi")),
])
def test_a_signing_during_the_trip_told_before_is_where_it_went(extractor, body, word, expected):
    doc = run(extractor, body, published=THURSDAY)
    got = {(str(f.get("date")), f.get("place")) for f in facts(doc, "signing") if word in f["agreement"]}
    assert got == {expected}, facts(doc, "signing")


# -- "the summit in X, which opened on Saturday": the clause the parser hangs on X is the summit's -------
def summit_days(doc) -> set:
    return {(str(f.get("start")), str(f.get("end"))) for f in facts(doc, "summit")}


@pytest.mark.parametrize("body, published, expected", [
    ("The G20 summit in New Delhi, which opened on Saturday, ended on Sunday with a joint declaration.",
     "2023-09-12", ("2023-09-09", "2023-09-10")),
    (("The summit of Caribbean leaders, which opened in Georgetown on Sunday, closes on Tuesday with a joint "
     "declaration."), "2024-03-11", ("2024-03-10", "2024-03-12")),
])
def test_a_clause_on_the_summit_s_complement_tells_its_days(extractor, body, published, expected):
    doc = run(extractor, body, published=published)
    assert summit_days(doc) == {expected}, facts(doc, "summit")


def test_a_clause_doing_something_to_the_city_is_not_the_summit_s(extractor):
    doc = run(extractor, "Leaders met on Friday for the summit in Lima, which closed its airport to private jets "
              "on Thursday.")
    assert summit_days(doc) == {("2024-03-08", "None")}, facts(doc, "summit")
