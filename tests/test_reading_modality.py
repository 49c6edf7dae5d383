"""Modality for every fact kind, access and what agreements permit, read the way a general reader
would: sentences written for these tests in several constructions (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import activities, facts, run

pytestmark = pytest.mark.model

SIGNED = "Chile, Peru and Bolivia signed a defence pact on Monday. "



def access(doc) -> set[tuple]:
    return {(r["user"], r["host"], r["facility"]) for r in facts(doc, "access")}


# -- "the others' bases": each of several states uses every other's ---------------------------------------
@pytest.mark.parametrize("body, kind", [
    (SIGNED + "The navies of each of the three countries may use the ports of the others.", "port"),
    (SIGNED + "Each of the three states may use the other two's air bases for repairs.", "air base"),
    (SIGNED + "Their air forces will be able to operate from the airfields of the other two.", "airfield"),
])
def test_each_of_several_states_uses_the_others_facilities(extractor, body, kind):
    states = ("Chile", "Peru", "Bolivia")
    assert access(run(extractor, body)) == {(a, b, kind) for a in states for b in states if a != b}


# -- more verbs of using a facility ---------------------------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Chile and Peru signed a defence pact. It allows Peruvian aircraft to fly through Chilean airspace.",
     {("Peru", "Chile", "airspace")}),
    (("Chile and Peru signed a defence pact. Peruvian warships may dock at Chilean ports and Peruvian aircraft "
     "may land at Chilean airfields."), {("Peru", "Chile", "port"), ("Peru", "Chile", "airfield")}),
    ("Chile and Peru signed a defence pact. Under it, Peruvian units will stage from Chilean air bases.",
     {("Peru", "Chile", "air base")}),
])
def test_verbs_of_using_a_facility(extractor, body, expected):
    assert access(run(extractor, body)) == expected


# -- a phrase opening the sentence, "Under the pact,", covers every clause after it ----------------------
@pytest.mark.parametrize("body, expected", [
    (("Chile and Peru signed a defence pact in 2014. Under the pact, Chilean troops posted in Peru will train with "
     "the Peruvian army and the two armies will hold joint exercises."), {"training", "joint exercise"}),
    (("Chile and Peru signed a defence pact in 2014. But under the pact, the navies will replenish at each other's "
     "ports, and the armies will hold drills twice a year."), {"resupply", "joint exercise"}),
    (("Chile and Peru signed a defence pact in 2014. Through the pact, officers of the two navies will share "
     "information, while their marines exercise together."), {"intelligence sharing", "joint exercise"}),
])
def test_a_fronted_under_phrase_covers_every_clause(extractor, body, expected):
    assert activities(run(extractor, body)) == expected


# -- activities told in other words ---------------------------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Chile and Peru signed a defence pact. It provides for the exchange of information between the two navies.",
     {"intelligence sharing"}),
    (("Chile and Peru signed a defence pact. Under the pact, an attack on either country will be treated as an "
     "attack on both."), {"mutual defence"}),
    ("Chile and Peru signed a defence pact. The pact covers joint manoeuvres and the servicing of aircraft.",
     {"joint exercise", "maintenance"}),
    ("Chile and Peru signed a defence pact. The accord lets Chilean officers train with Peruvian units.",
     {"training"}),
])
def test_activities_in_other_words(extractor, body, expected):
    assert activities(run(extractor, body)) == expected


@pytest.mark.parametrize("body", [
    "Chile and Peru signed a trade pact. A high-speed train on the new line will carry goods to Lima.",
    "Chile and Peru signed a defence pact. It does not allow Peruvian troops to train in Chile.",
    "Chile and Peru signed a defence pact. Officials said their forces already train with Bolivian units.",
])
def test_no_activity_the_agreement_does_not_cover(extractor, body):
    assert activities(run(extractor, body)) == set()


# -- modality from the verbs governing a clause, for every kind ----------------------------------------
def visits(doc) -> set[tuple]:
    return {(r["visitor"], r["destination"], r["modality"]) for r in facts(doc, "visit")}


PERSON = "Ana Torres, the president of Chile, "


@pytest.mark.parametrize("body, modality", [
    (PERSON + "hopes to visit Lima in June.", "planned"),  # the tagger reads "hopes" as "hop"
    (PERSON + "hopes to sign a trade accord in Lima next month.", "planned"),
    (PERSON + "is expected in Lima in July for talks.", "planned"),
    ("Jorge Ramos, Peru's defence minister, is expected in Santiago on Friday.", "planned"),
    (PERSON + "was supposed to visit Lima on Friday, but stayed at home.", "negated"),
    (PERSON + "is supposed to travel to Lima on Friday.", "planned"),
    ("The ruling cleared the way for " + PERSON + "to travel to Lima.", "planned"),
    ("The vote paved the way for the Chilean president, Ana Torres, to fly to Lima.", "planned"),
])
def test_the_verbs_governing_a_trip_give_its_modality(extractor, body, modality):
    person = "Jorge Ramos" if "Ramos" in body else "Ana Torres"
    place = "Santiago" if "Santiago" in body else "Lima"
    assert visits(run(extractor, body)) == {(person, place, modality)}


@pytest.mark.parametrize("body", [
    "The vote paved the way for Chilean troops to be sent to the air base in Peru.",
    "The deal opens the way for Chilean warships to use Peruvian ports.",
    "The vote cleared the way for Peru to let Chilean troops use its bases.",
])
def test_what_a_step_clears_the_way_for_is_planned(extractor, body):
    rows = facts(run(extractor, body), "access")
    assert rows and {r["modality"] for r in rows} == {"planned"}, rows


@pytest.mark.parametrize("body", [
    "Chile and Peru postponed their summit in Lima because of the floods.",
    "The summit in Lima has been postponed until next year.",
    "The postponement of the summit in Lima surprised diplomats.",
    "The leaders put off the summit in Lima.",
])
def test_a_postponed_summit_is_negated(extractor, body):
    rows = facts(run(extractor, body), "summit")
    assert [r["modality"] for r in rows] == ["negated"], rows


# -- a headline compresses its tenses: the story's modality wins, except a headline's denial -----------
@pytest.mark.parametrize("headline, body, cq", [
    ("Peru opens its ports to Chilean warships",
     "Chile and Peru signed a harbour pact on Monday that would allow Chilean warships to use Peruvian ports.", "access"),
    ("Chilean warships can use Peruvian ports under new pact",
     ("Chile and Peru signed a harbour pact on Monday. Once it is ratified, the pact will let Chilean warships use "
     "Peruvian ports."), "access"),
    ("Chile signs Andes Border Pact with Peru",
     "Chile is expected to sign the Andes Border Pact with Peru on Friday, officials said.", "signing"),
])
def test_a_headline_fact_the_story_tells_again_takes_the_storys_modality(extractor, headline, body, cq):
    rows = facts(run(extractor, body, headline=headline), cq)
    assert rows and {r["modality"] for r in rows} == {"planned"}, rows


def test_a_headline_denial_stands_beside_the_story(extractor):
    doc = run(extractor, "Chile was expected to sign the Andes Border Pact with Peru on Friday, but its cabinet "
              "met on Monday to review the text.", headline="Chile refuses to sign Andes Border Pact")
    assert "negated" in {r["modality"] for r in facts(doc, "signing")}


@pytest.mark.parametrize("body", [
    "Preparations are under way for the Andes summit in Lima.",
    "Officials in Lima are preparing for the Andes summit.",
    "Peru is gearing up for the Andes summit in Lima.",
    "The Andes summit in Lima is expected to focus on trade.",
    "The Andes summit in Lima is set to open with a speech by Peru's president.",
])
def test_a_summit_got_ready_for_or_said_to_be_ahead_is_planned(extractor, body):
    rows = facts(run(extractor, body), "summit")
    assert [r["modality"] for r in rows] == ["planned"], rows


@pytest.mark.parametrize("body", [
    "The Andes summit in Lima failed to produce a deal on trade.",
    "The Andes summit in Lima agreed to create a regional fund.",
    "Officials said the Andes summit was held in Lima in 2019.",
])
def test_a_summit_that_took_place_is_asserted(extractor, body):
    rows = facts(run(extractor, body), "summit")
    assert [r["modality"] for r in rows] == ["asserted"], rows


# -- a plan verb rules what it governs, not the verb coordinated with it -------------------------------
@pytest.mark.parametrize("body, cq", [
    ("Ana Torres, the president of Chile, agreed to extend the truce and flew to Lima on Monday.", "visit"),
    ("Chile agreed to buy the jets, and on Monday its foreign minister signed the Andes Border Pact with Peru.",
     "signing"),
    ("Peru hoped to host the talks and signed the Andes Border Pact with Chile on Monday.", "signing"),
])
def test_a_verb_coordinated_with_a_plan_is_not_planned(extractor, body, cq):
    rows = facts(run(extractor, body), cq)
    assert rows and {r["modality"] for r in rows} == {"asserted"}, rows


# -- a phrase that puts a clause under an agreement, in its many words ---------------------------------
@pytest.mark.parametrize("body, expected", [
    ("As part of the pact, Chilean instructors will train Peruvian pilots.", {"training"}),
    ("According to the pact, the two navies will hold joint exercises every year.", {"joint exercise"}),
    ("In line with the pact, the two air forces will share intelligence.", {"intelligence sharing"}),
    ("The two navies will hold joint exercises under its terms.", {"joint exercise"}),
    ("The pact's provisions include intelligence sharing and joint training.", {"intelligence sharing", "training"}),
    ("The provisions of the pact cover logistical support and overflights.", {"resupply", "airspace use"}),
])
def test_a_clause_put_under_an_agreement(extractor, body, expected):
    doc = run(extractor, "Chile and Peru signed a defence pact on Monday. " + body)
    assert activities(doc) == expected


@pytest.mark.parametrize("body", [
    "As part of a separate programme, Chilean instructors train Peruvian pilots.",
    "In the meantime, the two navies will hold joint exercises every year.",
])
def test_a_phrase_naming_no_agreement_puts_nothing_under_one(extractor, body):
    doc = run(extractor, "Chile and Peru signed a trade pact on Monday. " + body)
    assert activities(doc) == set()


# -- access in more words: sites, rotations -----------------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("The agreement gives American forces access to nine Peruvian military sites.",
     {("United States", "Peru", "military base")}),
    ("The pact provides for the rotation of US troops through Peruvian bases.",
     {("United States", "Peru", "military base")}),
    ("Under the pact, American forces may use agreed military facilities in Peru.",
     {("United States", "Peru", "military base")}),
])
def test_access_in_more_words(extractor, body, expected):
    doc = run(extractor, "Peru and the United States signed a defence cooperation agreement on Monday. " + body)
    assert access(doc) == expected
