"""Ratification, access and permits, round 19, on sentences written for the test: a coordinated
clause whose subject the parser took into the phrase before ("at X and Y has not ratified it",
kg.extract.hung_clauses.swallowed_subject); a definite noun of what an agreement provides listing
its parts ("the support could include repairs", kg.extract.facts.permits); selling arms is
procuring them (lexicon.yaml activity_pairs); flying over a state or training in its airspace under
an agreement is the use of its airspace (kg.extract.facts.access). Read on pool articles: a
subjunctive "that" clause is ahead (kg.extract.clause_modality); a part of the text as subject, what
the agreement's parties "agreed to", and not what a clause falls short of (kg.extract.facts.permits);
a bare "followed" after a ratification (kg.extract.facts.follow_suit); "the base" takes the kind of
the base told before, "there" the state named just before it (kg.extract.facts.hosts_there), and
"elsewhere" is no state; the story's agreement may be a lede's definite description
(kg.extract.context); a byline closed by a place is the dateline (kg.layout)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _ratified(doc) -> set[tuple]:
    return {(f["agreement"], f["state"], f["modality"]) for f in facts(doc, "ratification")}


def _covered(doc) -> set[tuple]:
    return {(f["agreement"], f["activity"]) for f in facts(doc, "permits")}


# -- a coordinated clause's subject swallowed by the phrase before ---------------------------------------
@pytest.mark.parametrize("body, agreement, state, modality", [
    ("No Turkish warship has docked at Tartus and Syria has not ratified the Coastal Security Agreement.",
     "Coastal Security Agreement", "Syria", "negated"),
    ("The Pacific Fisheries Accord was signed with Chile and Bolivia will ratify it next year.",
     "Pacific Fisheries Accord", "Bolivia", "planned"),
])
def test_a_subject_the_phrase_before_swallowed(extractor, body, agreement, state, modality):
    doc = run(extractor, body, published="2025-03-14")
    assert (agreement, state, modality) in _ratified(doc), _ratified(doc)


def test_a_subject_shared_by_coordinated_verbs_stays_shared(extractor):
    doc = run(extractor, "Chile and Peru signed the Andean Water Treaty and ratified it in May.", published="2025-03-14")
    assert {("Andean Water Treaty", "Chile", "asserted"), ("Andean Water Treaty", "Peru", "asserted")} <= _ratified(doc)


# -- "the support could include X": what the agreement in view provides ---------------------------------
@pytest.mark.parametrize("body, agreement, activities", [
    (("Chile and Peru signed the Andean Logistics Accord on Monday. The cooperation will include joint exercises and "
     "port calls."), "Andean Logistics Accord", {"joint exercise", "port call"}),
    ("Under the Baltic Support Pact, Latvia will help Estonian units. The assistance covers medical support and training.",
     "Baltic Support Pact", {"medical support", "training"}),
    (("India and Oman signed the Muscat Logistics Agreement on Monday. Officials said the support could include fuel, "
     "spare parts and repair work."), "Muscat Logistics Agreement", {"repair", "resupply"}),
])
def test_what_an_agreement_provides_lists_its_activities(extractor, body, agreement, activities):
    doc = run(extractor, body, published="2025-03-14")
    assert {(agreement, a) for a in activities} <= _covered(doc), _covered(doc)


@pytest.mark.parametrize("body", [
    "The support could include fuel, spare parts and repair work, officials said.",
    "Kenya and Japan signed a trade deal on Monday. The cooperation between their navies includes joint exercises.",
    "Kenya and Japan signed a trade deal on Monday. Naval cooperation includes joint exercises.",
])
def test_support_tied_to_no_agreement_covers_nothing(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert not _covered(doc), _covered(doc)


# -- selling arms is procuring them ---------------------------------------------------------------
@pytest.mark.parametrize("body, agreement", [
    ("The Jakarta Naval Agreement paves the way for the sale of 12 frigates to Indonesia.", "Jakarta Naval Agreement"),
    ("Under the Delhi Defence Deal, France will sell 26 fighter jets to India.", "Delhi Defence Deal"),
    ("The Andes Security Accord covers sales of missiles and drones.", "Andes Security Accord"),
])
def test_a_sale_of_arms_under_an_agreement_is_procurement(extractor, body, agreement):
    doc = run(extractor, body, published="2025-03-14")
    assert (agreement, "arms procurement") in _covered(doc), _covered(doc)


def test_a_sale_under_no_agreement_covers_nothing(extractor):
    doc = run(extractor, "France sold 26 fighter jets to India last year.", published="2025-03-14")
    assert not _covered(doc), _covered(doc)


# -- flying over a state, or training in its airspace, under an agreement ------------------------------
def _access(doc) -> set[tuple]:
    return {(f["user"], f["host"], f["facility"]) for f in facts(doc, "access")}


@pytest.mark.parametrize("body, user, host", [
    ("Under the Caspian Air Deal, Turkish military aircraft may fly over Azerbaijan.", "Turkey", "Azerbaijan"),
    ("The Gulf Air Treaty allows Indian aircraft to overfly Oman.", "India", "Oman"),
    ("The Pacific Defence Treaty permits Singaporean fighter jets to train in Australian airspace.", "Singapore", "Australia"),
    ("Under the Nordic Training Pact, Danish pilots will exercise in Swedish airspace.", "Denmark", "Sweden"),
])
def test_flying_over_a_state_under_an_agreement_uses_its_airspace(extractor, body, user, host):
    doc = run(extractor, body, published="2025-03-14")
    assert (user, host, "airspace") in _access(doc), _access(doc)


@pytest.mark.parametrize("body", [
    "Turkish jets flew over Syria on Monday.",
    "Greece and Turkey signed the Aegean Accord in May. Turkish jets flew over Syria on Monday.",
    "Kenyan troops train in Nairobi every year.",
])
def test_a_flight_no_agreement_speaks_of_is_no_access(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert not _access(doc), _access(doc)


# -- a subjunctive "that" clause asks for what is not done ------------------------------------------------
_ATACAMA = "Chile and Peru signed the Atacama Water Treaty in 2023. "


@pytest.mark.parametrize("body", [
    "Kenya and Japan signed the Coral Sea Accord in May. The committee recommended that Kenya ratify the accord.",
    _ATACAMA + "Officials insisted that Chile ratify the treaty before June.",
])
def test_a_ratification_asked_for_in_a_subjunctive_is_ahead(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    got = {(s, m) for _, s, m in _ratified(doc)}
    assert got & {("Kenya", "planned"), ("Chile", "planned")} and not {m for _, m in got} & {"asserted"}, got


def test_an_access_asked_for_in_a_subjunctive_is_ahead(extractor):
    doc = run(extractor, _ATACAMA + "The report recommends that Peruvian warships be allowed to use Chilean ports under "
              "the treaty.", published="2025-03-14")
    got = {(f["user"], f["host"], f["facility"], f["modality"]) for f in facts(doc, "access")}
    assert got == {("Peru", "Chile", "port", "planned")}, got


def test_a_past_that_clause_stays_done(extractor):
    doc = run(extractor, _ATACAMA + "Officials said that the Chilean Senate approved the treaty.", published="2025-03-14")
    assert ("Atacama Water Treaty", "Chile", "asserted") in _ratified(doc), _ratified(doc)


# -- a part of the text, and what the parties agreed to -----------------------------------------------------
@pytest.mark.parametrize("body, agreement, activities", [
    (("Bahrain and the United States signed the Gulf Security Accord in May. A separate chapter covers technology "
     "transfer, and the pact is open to other states."), "Gulf Security Accord", {"technology transfer"}),
    ("Chile and Peru signed the Andean Defence Pact on Monday. One clause allows port calls by naval vessels.",
     "Andean Defence Pact", {"port call"}),
    ("Kenya and Japan signed the Indian Ocean Accord. Another provision provides for joint exercises.",
     "Indian Ocean Accord", {"joint exercise"}),
    (("Chile and Peru signed the Andean Defence Pact on Monday. The two sides also agreed to deepen cooperation, "
     "including through joint exercises and training."), "Andean Defence Pact", {"joint exercise", "training"}),
    (("Chile and Peru signed the Andean Defence Pact on Monday. Both countries agreed to share intelligence and hold "
     "joint drills."), "Andean Defence Pact", {"intelligence sharing", "joint exercise"}),
])
def test_a_part_of_the_text_or_what_its_parties_agreed_to_is_covered(extractor, body, agreement, activities):
    doc = run(extractor, body, published="2025-03-14")
    assert {(agreement, a) for a in activities} <= _covered(doc), _covered(doc)


@pytest.mark.parametrize("body", [
    "Kenya and Japan signed the Indian Ocean Accord. A chapter of the 1990 Nairobi Treaty covers joint exercises.",
    "Chile and Peru signed the Andean Defence Pact on Monday. Chile and Bolivia agreed to hold joint exercises next year.",
    "Kenya and Japan signed the Indian Ocean Accord. Critics say it stops short of a mutual defence commitment.",
    "Kenya and Japan signed the Indian Ocean Accord. The accord is a framework for trade rather than joint exercises.",
    "Kenya and Japan signed the Indian Ocean Accord. The accord covers trade instead of joint exercises.",
])
def test_what_another_text_or_other_states_or_a_denial_say_is_not_covered(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert not {a for a in _covered(doc) if a[1] in {"joint exercise", "mutual defence"}}, _covered(doc)


# -- "followed": the ratification told just before, of others ---------------------------------------------
def test_a_bare_followed_ratifies_as_the_one_before(extractor):
    doc = run(extractor, "Azerbaijan's Milli Majlis approved the Caspian Shelf Convention within months. Kazakhstan's "
              "Parliament and Russia's State Duma followed in 2019, as did the Mejlis of Turkmenistan.", published="2025-03-14")
    states = {s for a, s, m in _ratified(doc) if m == "asserted"}
    assert {"Azerbaijan", "Kazakhstan", "Russia", "Turkmenistan"} <= states, _ratified(doc)


@pytest.mark.parametrize("body, state", [
    ("Chile ratified the Atacama Water Treaty in March. Peru followed in May.", "Peru"),
    ("Chile's Senate ratified the Atacama Water Treaty in March. Peru followed in May.", "Peru"),
])
def test_a_state_that_followed(extractor, body, state):
    doc = run(extractor, body, published="2025-03-14")
    assert ("Atacama Water Treaty", state, "asserted") in _ratified(doc), _ratified(doc)


@pytest.mark.parametrize("body", [
    "Chile ratified the Atacama Water Treaty in March. Peru followed the debate closely.",
    "Chile ratified the Atacama Water Treaty in March. A dinner followed in the evening.",
])
def test_following_something_else_ratifies_nothing(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert {s for _, s, _ in _ratified(doc)} == {"Chile"}, _ratified(doc)


# -- "the base", "there", "elsewhere" ---------------------------------------------------------------------
@pytest.mark.parametrize("body, user, host, kind", [
    (("Papua New Guinea and the United States signed a defence agreement that opens the Lombrum naval base to "
     "American forces. Australia's navy also uses the base."), "Australia", "Papua New Guinea", "naval base"),
    (("Kenya and Britain signed a defence pact that opens the Laikipia air base to British forces. Ugandan pilots also "
     "train at the base."), "Uganda", "Kenya", "air base"),
    ("Italy runs a support base in Djibouti, and Japan opened its own base there in 2011.", "Japan", "Djibouti",
     "military base"),
    ("The United States keeps troops in Niger, and Germany maintains a small base there.", "Germany", "Niger",
     "military base"),
])
def test_the_base_and_there_are_the_ones_told_before(extractor, body, user, host, kind):
    doc = run(extractor, body, published="2025-03-14")
    assert (user, host, kind) in _access(doc), _access(doc)


# -- the story's agreement, and where the story is filed ------------------------------------------------
@pytest.mark.parametrize("body, agreement, activity", [
    (("Parliament on Friday approved the controversial defence pact between Ghana and Japan. The pact replaces a 1990 "
     "Visiting Forces Agreement. Under it, Japanese troops will train with Ghanaian units."), "defence pact", "training"),
    (("Lawmakers on Tuesday approved the new security agreement between Peru and Japan. It supersedes the 2001 Pacific "
     "Naval Accord. Under it, Japanese ships will make port calls in Peru."), "security agreement", "port call"),
    (("Parliament on Friday ratified the controversial defence cooperation agreement between Kenya and Japan. The "
     "agreement updates a 1998 Status of Forces Agreement, or SOFA. Under it, Japanese troops will take part in joint "
     "exercises."), "defence cooperation agreement", "joint exercise"),
])
def test_a_ledes_definite_description_is_the_story_s_agreement(extractor, body, agreement, activity):
    doc = run(extractor, body, published="2025-03-14")
    assert {a for a, act in _covered(doc) if act == activity} == {agreement}, _covered(doc)


def test_a_byline_closed_by_a_place_is_the_dateline(extractor):
    body = ("By our Diplomatic Correspondent, NAIROBI\n\nParliament on Friday ratified the defence agreement between "
            "Kenya and the United States. US officials welcomed the vote, and Washington said American troops would "
            "arrive next year. The United States praised the decision.")
    doc = run(extractor, body, published="2025-03-14", headline="Parliament approves defence deal")
    assert {s for _, s, _ in _ratified(doc)} == {"Kenya"}, _ratified(doc)


def test_a_status_of_forces_agreement_between_two_states_binds_them(extractor):
    doc = run(extractor, "The new pact updates a 1998 Status of Forces Agreement, or SOFA, between Ghana and Togo.",
              published="2025-03-14")
    got = {(f["agreement"], f["party"]) for f in facts(doc, "parties")}
    assert {("Status of Forces Agreement", "Ghana"), ("Status of Forces Agreement", "Togo")} <= got, got


# -- what an agreement allows, and whether it is in force -------------------------------------------------
_PORTS = "Chile and Peru signed the Atacama Water Treaty in May. Under the treaty, Peruvian warships will be "


@pytest.mark.parametrize("body", [
    _PORTS + "granted access to Chilean ports. The treaty enters into force thirty days after both parties have "
    "notified each other.",
    _PORTS + "allowed to use Chilean ports. The treaty comes into force when the two governments exchange notes.",
    _PORTS.replace("Under", "Peru's Congress has yet to approve it. Under") + "allowed to use Chilean ports, and "
    "Chile's ban on foreign trawlers remains in force.",
])
def test_a_rule_for_entry_into_force_or_another_things_force_leaves_the_access_ahead(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    got = {(f["user"], f["host"], f["facility"], f["modality"]) for f in facts(doc, "access")}
    assert got == {("Peru", "Chile", "port", "planned")}, got


def test_an_agreement_that_entered_into_force_allows_it_now(extractor):
    doc = run(extractor, "Chile and Peru signed the Atacama Water Treaty in May. The treaty entered into force in June. "
              "Under the treaty, Peruvian warships will be allowed to use Chilean ports.", published="2025-03-14")
    got = {(f["user"], f["host"], f["facility"], f["modality"]) for f in facts(doc, "access")}
    assert got == {("Peru", "Chile", "port", "asserted")}, got
