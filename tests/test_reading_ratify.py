"""How news tells who ratified an agreement and what an agreement lets a state do, read on
sentences written for the test: chambers and lawmakers voting, heads of state signing the law,
instruments deposited, the agreement a sentence names only by reference; access and permits."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

_SIGNED = "Chile and Bolivia signed a water accord in La Paz in 2023. "
_RIIGIKOGU = "Estonia and Latvia signed a border accord in Riga in 2023. Estonia's Riigikogu began debating it on Friday. "
_SENATE = _SIGNED + "Chile's Senate ratified the accord on Monday. "


def ratified(doc) -> set[tuple]:
    return {(f["agreement"], f["state"], f.get("body"), f["modality"]) for f in facts(doc, "ratification")}


# -- a head of state who ratifies is the state's ratifying body (FORMAT.md) ---------------------------------
@pytest.mark.parametrize("body", [
    _SIGNED + "Chile's Senate endorsed the accord in May, and President Tomas Varela signed the law ratifying it on "
              "Monday.",
    _SIGNED + "The accord was ratified by Chilean President Tomas Varela on Monday.",
    _SIGNED + "Chilean President Tomas Varela ratified the accord by decree on Monday.",
])
def test_a_head_of_state_ratifying_is_the_body(extractor, body):
    got = ratified(run(extractor, body))
    assert ("water accord", "Chile", "Tomas Varela", "asserted") in got, got


# -- lawmakers, legislators, deputies: the legislature the passage speaks of ---------------------------------
@pytest.mark.parametrize("second", [
    "Lawmakers voted 120-3 to ratify the accord on Monday.",
    "The accord was approved by legislators on Monday.",
    "On Monday, deputies passed the bill ratifying the deal with Latvia.",
])
def test_lawmakers_are_the_legislature_in_view(extractor, second):
    got = ratified(run(extractor, _RIIGIKOGU + second))
    assert ("border accord", "Estonia", "Riigikogu", "asserted") in got, got


# -- the agreement in view: an objectless vote, a noun that says who ratifies, an instrument --------------
@pytest.mark.parametrize("second, expected", [
    ("Chile's Senate voted 60-30 in favour on Monday.", ("Chile", "Senate", "asserted")),
    ("Ratification by Chile's Senate is expected next month.", ("Chile", "Senate", "planned")),
    ("Final approval by the Bolivian Senate came on Monday.", ("Bolivia", "Bolivian Senate", "asserted")),
    ("Bolivia deposited its instrument of ratification on Monday.", ("Bolivia", None, "asserted")),
])
def test_a_ratification_that_names_no_agreement_is_of_the_one_in_view(extractor, second, expected):
    body = _SIGNED + "The accord gives Bolivia a free zone in the port of Arica. " + second
    got = {(s, b, mod) for a, s, b, mod in ratified(run(extractor, body)) if a == "water accord"}
    assert expected in got, got


@pytest.mark.parametrize("second", [
    "After the vote, President Tomas Varela said the accord was historic.",
    "President Tomas Varela called the vote historic.",
    "No deputy voted against the accord.",
    "Chilean warships pass through the strait every week.",
])
def test_a_vote_someone_speaks_of_is_not_theirs(extractor, second):
    # guards the agreement-in-view reading above: a noun or verb with no agreement of its own is
    # read only where its own phrase says who ratifies
    got = ratified(run(extractor, _SENATE + second))
    assert got == {("water accord", "Chile", "Senate", "asserted")}, got


# -- the law sent to the head of state: their signature ratifies ---------------------------------------------
@pytest.mark.parametrize("second, modality", [
    ("The ratification bill now goes to President Tomas Varela for signature.", "planned"),
    ("President Tomas Varela is expected to sign the law within days.", "planned"),
    ("The bill was sent to President Tomas Varela, who signed it on Friday.", "asserted"),
    ("The law now goes to President Tomas Varela. He is expected to sign it swiftly.", "planned"),
])
def test_the_law_signed_by_the_head_of_state_is_their_ratification(extractor, second, modality):
    doc = run(extractor, _SENATE + second)
    assert ("water accord", "Chile", "Tomas Varela", modality) in ratified(doc), ratified(doc)
    assert not [f for f in facts(doc, "signing") if f.get("signatory") == "Tomas Varela"], facts(doc, "signing")


def test_heads_of_state_signing_the_laws_each_ratify_for_their_own_state(extractor):
    body = _SIGNED + ("Both parliaments ratified the accord on Monday. The ratification laws now go to Chilean President "
                      "Tomas Varela and Bolivian President Luis Arce for signature.")
    got = ratified(run(extractor, body))
    assert {("water accord", "Chile", "Tomas Varela", "planned"),
            ("water accord", "Bolivia", "Luis Arce", "planned")} <= got, got


# -- what an agreement is put to is no part of its description ------------------------------------------------
@pytest.mark.parametrize("second", [
    "The government will resubmit the treaty for approval in the autumn.",
    "Officials returned the treaty for review in May.",
    "Congress took up the treaty for debate on Monday.",
])
def test_what_an_agreement_is_put_to_is_not_its_name(extractor, second):
    doc = run(extractor, "Chile and Peru signed a fisheries treaty on Friday. " + second)
    labels = {e.label for e in doc.entities.values() if e.type == "Agreement"}
    assert labels == {"fisheries treaty"}, labels


# -- a vote's tally between the verb and its phrase -------------------------------------------------------------
@pytest.mark.parametrize("second, modality", [
    ("Chile's Senate voted 60-30 in favour of the accord on Monday.", "asserted"),
    ("Chile's Senate voted unanimously for the accord on Monday.", "asserted"),
    ("Chile's Senate voted 12 to 30 against the accord on Monday.", "negated"),
])
def test_a_tally_does_not_hide_what_the_vote_was_for(extractor, second, modality):
    got = ratified(run(extractor, _SIGNED + second))
    assert ("water accord", "Chile", "Senate", modality) in got, got


# -- access: what an agreement lets a state do ------------------------------------------------------------
_PACT = "Australia and the Philippines signed a defence pact in Canberra in 2024. "


def accesses(doc) -> set[tuple]:
    return {(f["user"], f["host"], f["facility"]) for f in facts(doc, "access")}


@pytest.mark.parametrize("second", [
    "The pact provides for reciprocal access to naval bases.",
    "Under the pact, the two navies gain mutual access to naval bases.",
    "It grants reciprocal use of naval bases for port calls.",
])
def test_reciprocal_access_is_each_partys_use_of_the_others(extractor, second):
    got = accesses(run(extractor, _PACT + second))
    assert {("Australia", "Philippines", "naval base"), ("Philippines", "Australia", "naval base")} <= got, got


@pytest.mark.parametrize("second, kind", [
    ("Under the pact, Australia granted overflight rights to Philippine aircraft.", "airspace"),
    ("Australia will give access to its naval bases to Philippine warships.", "naval base"),
    ("The pact gives the Philippine air force access to Australian airfields.", "airfield"),
])
def test_who_is_given_access_uses_the_givers_facilities(extractor, second, kind):
    got = accesses(run(extractor, _PACT + second))
    assert ("Philippines", "Australia", kind) in got and ("Australia", "Philippines", kind) not in got, got


@pytest.mark.parametrize("second", [
    "The pact lets Philippine naval vessels make port calls in Darwin.",
])
def test_port_calls_are_access_to_the_hosts_ports(extractor, second):
    got = accesses(run(extractor, _PACT + second))
    assert ("Philippines", "Australia", "port") in got, got


# -- a legislature the sentence does not name: the article's state ------------------------------------------
_DATELINE = "SANTIAGO, March 8 (Wire) - Chile and Bolivia signed a water accord in La Paz in 2023. "


@pytest.mark.parametrize("second", [
    "The accord was ratified by both houses of parliament on Monday.",
    "Senators voted 30-2 in favour of the accord on Monday.",
    "On Monday, MPs approved the accord by a wide margin.",
])
def test_an_unnamed_legislature_ratifies_for_the_articles_state(extractor, second):
    got = {(a, s, mod) for a, s, _, mod in ratified(run(extractor, _DATELINE + second))}
    assert ("water accord", "Chile", "asserted") in got, got


def test_a_head_of_states_signature_is_a_step_of_its_own(extractor):
    body = _DATELINE + ("President Tomas Varela signed the ratification law on Friday. The accord had been ratified "
                        "by both houses of parliament on February 12.")
    got = {(f["state"], f.get("body"), f.get("date")) for f in facts(run(extractor, body), "ratification")}
    assert ("Chile", None, dt.date(2024, 2, 12)) in got, got  # the chambers' vote is not the president's signature
    assert [b for s, b, _ in got if s == "Chile" and b == "Tomas Varela"], got


# -- permits: ships visiting are port calls ---------------------------------------------------------------------
@pytest.mark.parametrize("second", [
    "The pact allows visits by Indian warships to Japanese ports.",
    "Under the pact, Japanese navy ships will visit Indian ports more often.",
    "It will facilitate visits of Indian naval vessels.",
])
def test_ships_visiting_under_an_agreement_are_port_calls(extractor, second):
    doc = run(extractor, "India and Japan signed a logistics pact in 2024. " + second)
    assert {(f["agreement"], f["activity"]) for f in facts(doc, "permits")} >= {("logistics pact", "port call")}


# -- "a status of forces agreement": a term whose first noun is before "of" ------------------------------------
@pytest.mark.parametrize("body", [
    "Chile's Senate approved a status of forces agreement with Peru on Monday.",
    "A status of visiting forces agreement with Peru was ratified by Chile's Senate on Monday.",
    "Ratification of the status of forces agreement by Chile's Senate came on Monday, after Peru signed it in May.",
])
def test_an_agreement_term_with_of_is_one_name(extractor, body):
    doc = run(extractor, body)
    got = {(a, s, b) for a, s, b, _ in ratified(doc)}
    assert any(a.startswith("status of") and s == "Chile" and b == "Senate" for a, s, b in got), got


def test_the_text_of_an_agreement_is_not_part_of_its_name(extractor):
    doc = run(extractor, "Chile and Peru signed a defence agreement in May. Chile's Senate approved the text of "
                         "the defence agreement on Monday.")
    assert {e.label for e in doc.entities.values() if e.type == "Agreement"} == {"defence agreement"}


# -- a relative clause the parser hangs on the last name of "between A and B" ----------------------------------
@pytest.mark.parametrize("body", [
    "The water accord between Chile and Peru, which Chile's Senate endorsed on Monday, takes effect in May.",
    "A water accord between Peru and Chile, which was ratified by Chile's Senate on Monday, takes effect in May.",
    "The defence pact with Peru and Bolivia, which Chile's Senate backed on Monday, takes effect in May.",
])
def test_a_relative_clause_after_the_parties_is_about_the_agreement(extractor, body):
    got = {(s, b, mod) for _, s, b, mod in ratified(run(extractor, body))}
    assert ("Chile", "Senate", "asserted") in got, got


# -- "the Senate" of the article's state, not its best-known namesake ------------------------------------------
_US_ACCORD = "Chile and the United States signed a water accord in 2023. "


@pytest.mark.parametrize("second", [
    "Chile's Chamber of Deputies approved the accord on Tuesday. The Senate had endorsed it last week.",
    "Chile's Chamber of Deputies ratified the accord on Monday, a week after the Senate had backed it.",
    "The House of Representatives endorsed the accord on Friday. Chile's Senate had approved it in May.",
])
def test_a_chamber_that_names_no_state_is_the_other_chambers_state(extractor, second):
    got = {(s, b) for _, s, b, _ in ratified(run(extractor, _US_ACCORD + second))}
    assert got and all(s == "Chile" for s, _ in got), got


@pytest.mark.parametrize("second, state", [
    ("The House of Representatives in Santiago ratified the accord on Monday.", "Chile"),
    ("On Monday the accord was approved by the National Assembly in Lima.", "Peru"),
    ("The Senate in Santiago, which voted 30-2, backed the accord on Monday.", "Chile"),
])
def test_a_chamber_sits_in_its_states_city(extractor, second, state):
    got = {(s, b) for _, s, b, _ in ratified(run(extractor, "Chile and Peru signed a water accord in 2023. " + second))}
    assert any(s == state for s, _ in got) and not any(s != state for s, _ in got), got


# -- "the law ratifying it goes to X, who is expected to sign it" ----------------------------------------------
@pytest.mark.parametrize("second, modality", [
    (("Chile's Senate endorsed the accord last week, and the law ratifying it now goes to President Tomas Varela, "
     "who is expected to sign it this month."), "planned"),
    ("The law ratifying the accord now goes to President Tomas Varela, who will sign it on Friday.", "planned"),
    (("Chile's Senate approved the accord, and the law ratifying it went to President Tomas Varela, who signed it on "
     "Friday."), "asserted"),
])
def test_the_head_of_state_signs_the_law_that_ratifies_it(extractor, second, modality):
    doc = run(extractor, _SIGNED + second)
    assert ("water accord", "Chile", "Tomas Varela", modality) in ratified(doc), ratified(doc)
    assert not [f for f in facts(doc, "signing") if f.get("signatory") == "Tomas Varela"], facts(doc, "signing")


# -- a decree or law that ratifies: whoever issues or passes it ratifies -----------------------------------------
_MEMO = "Oman and India signed a defence memorandum in 2024. "


@pytest.mark.parametrize("second, body", [
    ("Sultan Haitham bin Tarik on Saturday issued a royal decree ratifying the defence memorandum.", "Haitham bin Tarik"),
    ("A decree ratifying the defence memorandum was issued on Saturday by Omani President Tomas Varela.", "Tomas Varela"),
    ("On Saturday Omani President Tomas Varela published a decree approving the defence memorandum.", "Tomas Varela"),
])
def test_whoever_issues_a_ratifying_decree_ratifies(extractor, second, body):
    got = {(s, b, f.get("date")) for f in facts(run(extractor, _MEMO + second), "ratification")
           for s, b in [(f["state"], f.get("body"))]}
    assert any(s == "Oman" and b and b.startswith(body) and d == dt.date(2024, 3, 9) for s, b, d in got), got


def test_a_decree_is_the_states_only_step_its_headline_speaks_of(extractor):
    doc = run(extractor, _MEMO + "Sultan Haitham bin Tarik on Saturday issued a royal decree ratifying the defence "
                                 "memorandum.", headline="Oman ratifies defence memorandum")
    got = [(f["state"], f.get("body")) for f in facts(doc, "ratification") if f["state"] == "Oman"]
    assert got and all(b and b.startswith("Haitham") for _, b in got), got


# -- what an agreement allows, as its entry into force is told -------------------------------------------------
_PERU_PACT = "Chile and Peru signed a defence pact in 2024. "


def accesses_with(doc) -> set[tuple]:
    return {(f["user"], f["host"], f["facility"], f["modality"]) for f in facts(doc, "access")}


@pytest.mark.parametrize("second, modality", [
    ("Chile's Senate ratified the pact in May. Once in force, the pact will let Chilean warships use Peruvian ports.",
     "planned"),
    (("Chile's Senate ratified the pact in May, but it will enter into force only when Peru ratifies it. It will let "
     "Chilean warships use Peruvian ports."), "planned"),
    ("The pact, which took effect in May, will let Chilean warships use Peruvian ports.", "asserted"),
    ("The pact came into force last year. Under it, Chilean warships will be allowed to use Peruvian ports.", "asserted"),
])
def test_entry_into_force_decides_what_an_agreement_allows(extractor, second, modality):
    got = accesses_with(run(extractor, _PERU_PACT + second))
    assert ("Chile", "Peru", "port", modality) in got, got


@pytest.mark.parametrize("second, kind", [
    ("The pact lets the armed forces of each country use each other's military facilities.", "military base"),
    ("Under the pact, Chilean troops may use Peruvian military facilities for training.", "military base"),
    ("The pact gives Chile access to Peru's logistics facilities.", "logistics facility"),
])
def test_military_facilities_are_bases(extractor, second, kind):
    got = {(u, h, k) for u, h, k, _ in accesses_with(run(extractor, _PERU_PACT + second))}
    assert ("Chile", "Peru", kind) in got, got


# -- a service a ship or aircraft gets at a facility is its use of the facility ---------------------------------
@pytest.mark.parametrize("second, kind", [
    ("Under the pact, Chilean aircraft and ships will be allowed to refuel and resupply at Peruvian airfields.",
     "airfield"),
    ("Under the pact, Chilean warships may be refuelled and repaired at Peruvian naval bases.", "naval base"),
    ("Chilean aircraft are serviced at Peruvian air bases under the pact.", "air base"),
    ("Chilean warships will dock at Peruvian ports under the pact.", "port"),
])
def test_a_service_at_a_facility_is_access(extractor, second, kind):
    got = {(u, h, k) for u, h, k, _ in accesses_with(run(extractor, _PERU_PACT + second))}
    assert ("Chile", "Peru", kind) in got, got


# -- a pact named by its partner alone: the other side is the state that ratifies or signs it (a guard) ------
@pytest.mark.parametrize("body", [
    ("Cyprus's parliament ratified a forces agreement with France on Monday. The agreement with France would let "
    "French warships use the naval base at Mari."),
    ("Cypriot lawmakers ratified a forces agreement with France on Monday. Under it, French warships may use the "
    "naval base at Mari."),
    "Cyprus signed a forces agreement with France on Monday. It lets French warships use the naval base at Mari.",
])
def test_the_other_side_of_a_pact_named_by_its_partner(extractor, body):
    got = {(u, h, k) for u, h, k, _ in accesses_with(run(extractor, body))}
    assert ("France", "Cyprus", "naval base") in got, got


# -- moving troops and equipment: a predicate and its argument, coordinated or not ---------------------------------
@pytest.mark.parametrize("second, activities", [
    ("Once in force, the pact will let Peruvian forces rotate up to 5,000 personnel through Chile.",
     {"personnel movement"}),
    ("The pact allows Peru to move troops and equipment through Chile towards Bolivia.",
     {"personnel movement", "equipment movement"}),
    ("Under the pact, the rotation of Peruvian soldiers through Chilean bases will double.", {"personnel movement"}),
])
def test_moving_troops_and_equipment_is_permitted_movement(extractor, second, activities):
    doc = run(extractor, _PERU_PACT + second)
    assert activities <= {f["activity"] for f in facts(doc, "permits")}, facts(doc, "permits")


# -- "once it is in force": the agreement a pronoun stands for ------------------------------------------------------
@pytest.mark.parametrize("third", [
    "Once it is in force, Chilean ships will also be allowed to refuel and resupply at Peruvian ports.",
    "When it takes effect, Chilean warships will be able to refuel and resupply at Peruvian ports.",
    "Under it, Chilean ships will refuel and resupply at Peruvian ports once Peru ratifies it.",
])
def test_an_agreement_told_by_a_pronoun_covers_the_services(extractor, third):
    doc = run(extractor, _PERU_PACT + "The agreement still has to be ratified by Peru, where the government is "
                                      "expected to put it before parliament. " + third)
    assert ("Chile", "Peru", "port", "planned") in accesses_with(doc), accesses_with(doc)
    assert {("defence pact", "refuelling"), ("defence pact", "resupply")} <= {
        (f["agreement"], f["activity"]) for f in facts(doc, "permits")}, facts(doc, "permits")


# -- a head of state no office ties to a state: the state whose legislature ratified it ----------------------------
_US_PACT = "Chile and the United States signed a defence pact in 2023. The United States hopes it will deter rivals. "


@pytest.mark.parametrize("second", [
    "Chile's Senate approved the pact on Monday. It was ratified by President Tomas Varela on Wednesday.",
    "Chile's Senate approved the pact on Monday, and President Tomas Varela ratified it on Wednesday.",
    "President Tomas Varela ratified the pact on Wednesday, two days after Chile's Senate had approved it.",
])
def test_a_president_ratifies_for_the_state_whose_legislature_did(extractor, second):
    got = {(s, b) for _, s, b, _ in ratified(run(extractor, _US_PACT + second))}
    assert ("Chile", "Tomas Varela") in got and not [s for s, b in got if b == "Tomas Varela" and s != "Chile"], got


# -- some members voting against is not the chamber's rejection --------------------------------------------------
@pytest.mark.parametrize("third", [
    "Four deputies from the opposition also voted against.",
    "Several senators voted against the accord.",
    "Deputies from the nationalist party voted against it.",
])
def test_a_minority_voting_against_is_no_rejection(extractor, third):
    got = ratified(run(extractor, _SENATE + third))
    assert not [g for g in got if g[3] == "negated"], got


# -- facilities picked by a number, opened for use by another state -------------------------------------------------
@pytest.mark.parametrize("second, kind", [
    ("Under the pact, Chile will open 15 of its military bases for potential use by the forces of the United States.",
     "military base"),
    ("Under the pact, Chile opened some of its ports to American warships.", "port"),
    ("The pact lets US forces use two of Chile's air bases.", "air base"),
])
def test_facilities_picked_by_a_number(extractor, second, kind):
    got = {(u, h, k) for u, h, k, _ in accesses_with(run(extractor, "Chile and the United States signed a defence "
                                                                    "pact in 2023. " + second))}
    assert ("United States", "Chile", kind) in got and ("Chile", "United States", kind) not in got, got


# -- "in A and B, the protocol requires ratification": where the requirement holds is whose ratification ------------
@pytest.mark.parametrize("second", [
    "In Brazil and Paraguay, the protocol requires ratification by the legislature.",
    "In Brazil and Paraguay, the protocol still awaits ratification.",
    "In Brazil and in Paraguay the new protocol still needs ratification.",
])
def test_where_a_ratification_is_required_is_whose(extractor, second):
    doc = run(extractor, "Argentina, Brazil and Paraguay signed a new accession protocol for Bolivia in 2015. " + second)
    got = {(s, mod) for _, s, _, mod in ratified(doc)}
    assert {("Brazil", "planned"), ("Paraguay", "planned")} <= got, got


# -- the agreement as the subject that gets through a body -------------------------------------------------------
@pytest.mark.parametrize("second, body", [
    ("The accord won the backing of Chile's Senate on Monday.", "Senate"),
    ("The accord sailed through Chile's Senate on Monday.", "Senate"),
    ("The accord cleared Chile's lower house on Monday.", "Chile's lower house"),
    ("The accord passed Chile's Senate by 30 votes to 2 on Monday.", "Senate"),
])
def test_an_agreement_that_gets_through_a_body_is_ratified_by_it(extractor, second, body):
    got = ratified(run(extractor, _SIGNED + second))
    assert ("water accord", "Chile", body, "asserted") in got, got


def test_an_agreement_that_wins_praise_is_not_ratified(extractor):
    assert not ratified(run(extractor, _SIGNED + "The accord won praise from Chile's Senate on Monday."))


# -- a host of forces, access given with no giver named --------------------------------------------------------------
@pytest.mark.parametrize("second, kind", [
    ("Chile will host Bolivian troops at its bases under the pact.", "military base"),
    ("Under the pact, Chile will host Bolivian warships in its ports.", "port"),
    ("Access to Chilean naval bases is granted to Bolivian ships under the pact.", "naval base"),
])
def test_forces_hosted_and_access_granted_are_the_users(extractor, second, kind):
    got = {(u, h, k) for u, h, k, _ in accesses_with(run(extractor, "Chile and Bolivia signed a defence pact in La "
                                                                    "Paz in 2023. " + second))}
    assert ("Bolivia", "Chile", kind) in got and ("Chile", "Bolivia", kind) not in got, got


# -- round 7: refusals, heads of state assenting, votes ahead, a body's own state, movement by its doers --------
@pytest.mark.parametrize("second, body", [
    ("Members of Chile's Chamber of Deputies on Tuesday threw out a motion seeking approval of the water accord.",
     "Chamber of Deputies"),
    ("The water accord was defeated in the Chilean Senate on Tuesday by 40 votes to 52.", "Chilean Senate"),
    ("The Chilean Senate scuppered the water accord on Tuesday after a stormy debate.", "Chilean Senate"),
])
def test_a_refused_approval_is_a_negated_ratification_of_the_state_that_refused(extractor, second, body):
    got = ratified(run(extractor, _SIGNED + second))
    assert ("water accord", "Chile", body, "negated") in got, got
    # the approval a refused motion sought is no ratification ahead, and the chamber is Chile's, not a namesake's
    assert not {g for g in got if g[3] == "planned" or g[1] == "Bolivia"}, got


@pytest.mark.parametrize("second, body", [
    ("President Tomas Varela of Chile assented to the bill ratifying the water accord on Friday.", "Tomas Varela"),
    ("The Chilean Senate concurred in the water accord on Monday.", "Chilean Senate"),
    ("The water accord was waved through by the Chilean Senate on Monday.", "Chilean Senate"),
])
def test_assent_and_concurrence_ratify(extractor, second, body):
    got = ratified(run(extractor, _SIGNED + second))
    assert ("water accord", "Chile", body, "asserted") in got, got


@pytest.mark.parametrize("second, expected", [
    ("Chile's Senate is expected to vote on the water accord in January.", ("Chile", "Senate")),
    ("The Bolivian Senate will take up the water accord next month.", ("Bolivia", "Bolivian Senate")),
    ("The water accord was originally scheduled to be put to a vote on Friday in Chile's Senate.", ("Chile", "Senate")),
])
def test_a_vote_ahead_is_a_planned_ratification(extractor, second, expected):
    got = ratified(run(extractor, _SIGNED + second))
    assert ("water accord", *expected, "planned") in got, got


def test_a_vote_told_as_past_says_nothing_of_its_outcome(extractor):
    got = ratified(run(extractor, _SIGNED + "The Chilean Senate debated the water accord on Monday."))
    assert not got, got


def test_a_bare_chamber_is_of_the_state_its_namesake_names(extractor):
    # Germany is named more often than Ghana: only "Ghana's parliament" says whose "Parliament" it is
    body = ("Ghana's parliament began debating a defence pact with Germany on Monday. The pact, which Germany "
            "proposed and German officials drafted, would let German aircraft use a Ghanaian airfield. "
            "On Tuesday, Parliament approved the pact, German diplomats said.")
    got = ratified(run(extractor, body))
    assert {(s, mod) for _, s, _, mod in got} == {("Ghana", "asserted")}, got


@pytest.mark.parametrize("second, activity", [
    ("The accord lets Chilean troops enter Bolivia without visas.", "personnel movement"),
    ("Under the accord, troops of both countries are permitted to cross each other's territory.", "personnel movement"),
    ("The accord allows Bolivian units to bring in their own equipment.", "equipment movement"),
])
def test_what_the_agreement_lets_troops_do_is_movement(extractor, second, activity):
    doc = run(extractor, _SIGNED + second)
    assert ("water accord", activity) in {(f["agreement"], f["activity"]) for f in facts(doc, "permits")}, \
        facts(doc, "permits")


def test_a_chamber_the_text_gives_a_state_keeps_it_when_told_again_bare(extractor):
    body = ("Chile and Bolivia signed a water accord in La Paz in 2023. The Chilean Senate received the water accord "
            "in January. The Senate voted 30-2 in March to concur in the accord, and Bolivia's Chamber of Deputies "
            "passed it in April.")
    got = ratified(run(extractor, body, published="2024-05-08"))
    assert ("water accord", "Chile", "Chilean Senate", "asserted") in got, got
    assert not {g for g in got if g[2] == "Chilean Senate" and g[1] != "Chile"}, got


def test_a_vote_ahead_with_no_chamber_named_is_the_chamber_in_view(extractor):
    body = (_SIGNED + "Chile's Senate will not vote this week on the water accord, its speaker said. The vote had been "
            "scheduled for Friday; the accord will now be taken up in February.")
    got = ratified(run(extractor, body))
    assert ("water accord", "Chile", "Senate", "planned") in got, got


@pytest.mark.parametrize("second, mod", [
    ("President Tomas Varela is expected to sign the instrument of ratification next week.", "planned"),
    ("President Tomas Varela signed the instrument of ratification on Friday.", "asserted"),
    ("The instrument of ratification was signed by President Tomas Varela on Friday.", "asserted"),
])
def test_signing_the_instrument_of_ratification_is_the_head_of_states_step(extractor, second, mod):
    got = ratified(run(extractor, _SIGNED + "Chile's Senate approved the water accord in January. " + second))
    assert ("water accord", "Chile", "Tomas Varela", mod) in got, got


def accessed(doc) -> set[tuple]:
    return {(f["user"], f["host"], f["facility"], f["modality"]) for f in facts(doc, "access")}


_CHILE_PACT = "Chile and Bolivia signed a defence pact in La Paz in 2023. "


@pytest.mark.parametrize("second, expected", [
    ("Chile has two naval bases in Bolivia.", ("Chile", "Bolivia", "naval base", "asserted")),
    ("Under the pact, Chilean troops would have no permanent base in Bolivia.",
     ("Chile", "Bolivia", "military base", "negated")),
    # FORMAT.md: what a pact not said to be in force allows is planned
    ("Under the pact, Chilean warships may use a Bolivian sea base.", ("Chile", "Bolivia", "naval base", "planned")),
])
def test_holding_a_facility_abroad_is_access_and_none_is_denied(extractor, second, expected):
    got = accessed(run(extractor, _CHILE_PACT + second))
    assert expected in got, got


def test_a_states_own_bases_are_no_access(extractor):
    got = accessed(run(extractor, _CHILE_PACT + "Bolivia has three air bases and a naval base on Lake Titicaca."))
    assert not got, got


# -- lawmakers voting with no state named: the state the article has ratifying it ----------------------
@pytest.mark.parametrize("body, state, other", [
    (("PARIS (Wire) - Norwegian MPs on Tuesday approved a defence accord with France. A total of 120 lawmakers voted in favour of "
     "the accord, which France and Norway signed in Paris in May, while 20 voted against it."), "Norway", "France"),
    (("LIMA, June 18 (Wire) - Chile ratified its fisheries treaty with Peru on Monday. Senators voted 30 to 5 for the treaty, which Peru "
     "and Chile signed in Lima last year."), "Chile", "Peru"),
    (("The Estonian parliament approved the border treaty with Latvia on Wednesday. Latvia welcomed the vote. "
     "Deputies backed the treaty, agreed with Latvia and signed in Riga, by 70 votes to 12, and Latvia's "
     "foreign minister thanked them."), "Estonia", "Latvia"),
])
def test_lawmakers_voting_are_the_ratifying_state_s(extractor, body, state, other):
    found = {f["state"] for f in facts(run(extractor, body, published="2024-06-20"), "ratification")}
    assert state in found and other not in found, found
