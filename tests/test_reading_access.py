"""Access to facilities, what agreements permit and memberships, read the way a general reader
would: sentences written for these tests in several constructions (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.extract.pipeline import Extractor
from kg.link.gazetteer import load_gazetteer

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(gazetteer=load_gazetteer())


def access(doc) -> set[tuple]:
    return {(r["user"], r["host"], r["facility"], r["modality"]) for r in facts(doc, "access")}


# -- what an agreement allows is planned until the article says it is in force -----------------------
@pytest.mark.parametrize("body", [
    ("Chile and Peru signed a defence pact on Monday that gives Chilean warships access to Peruvian ports. "
     "The pact still has to be ratified by Peru's Congress."),
    ("Under the Andes Harbour Pact, which Chile and Peru signed on Monday, Chilean warships may use ports in Peru. "
     "Peru's Congress is expected to ratify it next month."),
    ("Chile and Peru signed a harbour pact that lets Chilean warships dock at Peruvian ports. "
     "Peru's Congress has refused to ratify the pact."),
])
def test_access_under_an_agreement_awaiting_ratification_is_planned(extractor, body):
    assert access(run(extractor, body)) == {("Chile", "Peru", "port", "planned")}


@pytest.mark.parametrize("body, modality", [
    ("Chile and Peru signed a harbour pact that would allow Chilean warships to use Peruvian ports.", "planned"),
    (("Peru's Congress ratified the Andes Harbour Pact on Monday. The pact will allow Chilean warships "
     "to use Peruvian ports."), "asserted"),
    ("The Andes Harbour Pact, which Peru ratified last year, will let Chilean warships use ports in Peru.",
     "asserted"),
])
def test_what_an_agreement_will_allow_is_ahead_unless_it_was_ratified(extractor, body, modality):
    assert access(run(extractor, body)) == {("Chile", "Peru", "port", modality)}


# -- an agreement in view is the access's only when its parties fit -----------------------------------
@pytest.mark.parametrize("body", [
    "Chad ended its defence accord with France last year. Djibouti still hosts American and Japanese bases.",
    "Peru signed a trade pact with Bolivia on Monday. Separately, Chilean warships use ports in Ecuador.",
    "Bolivia and Peru signed the Andes Water Accord. In the same week, Ecuador let Chilean aircraft use its airfields.",
])
def test_an_agreement_of_other_states_is_not_the_one_an_access_is_under(extractor, body):
    doc = run(extractor, body)
    rows = facts(doc, "access")
    assert rows and all("agreement" not in r or r["agreement"] is None for r in rows), rows


# -- who allows the use hosts it ------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Ecuador will allow Chilean aircraft to use its airfields.",
    "Ecuador has agreed to let Chilean aircraft use its airfields.",
    "Ecuador permits Chilean aircraft to use airfields on its coast.",
])
def test_the_state_allowing_the_use_is_the_host(extractor, body):
    assert {(u, h) for u, h, _, _ in access(run(extractor, body))} == {("Chile", "Ecuador")}


# -- forces stationed, based or deployed: the forces are the user's --------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("About 2,000 Chilean troops are based in Peru.", {("Chile", "Peru", "military base", "asserted")}),
    ("Chile has stationed 2,000 soldiers in Peru since 2019.", {("Chile", "Peru", "military base", "asserted")}),
    ("Peru, where some 2,000 Chilean troops are stationed, protested.", {("Chile", "Peru", "military base", "asserted")}),
    ("Chilean jets will be deployed to the air base at Tacna in Peru next year.",
     {("Chile", "Peru", "air base", "planned")}),
])
def test_forces_stationed_in_a_state_use_its_bases(extractor, body, expected):
    assert access(run(extractor, body)) == expected


@pytest.mark.parametrize("body", [
    "Chilean troops were deployed to Peru on Monday.",  # sent to a country: no facility said
    "Chilean aircraft based on Easter Island flew over the Pacific.",  # the user's own territory
    "The Chilean navy keeps 2,000 sailors stationed in Chile.",
])
def test_forces_sent_to_a_country_or_kept_at_home_use_no_facility(extractor, body):
    assert access(run(extractor, body)) == set()


# -- port calls, refuelling and berthing are uses of the facility where they happen ---------------------
@pytest.mark.parametrize("body, expected", [
    ("Chilean warships make regular port calls in Callao in Peru.", ("Chile", "Peru", "port")),
    ("Chilean aircraft refuel at the air base at Tacna in Peru.", ("Chile", "Peru", "air base")),
    ("Peru said Chilean ships would berth at its naval base in Callao.", ("Chile", "Peru", "naval base")),
    ("Chilean forces operate from Camp Rivas in Peru.", ("Chile", "Peru", "military base")),
])
def test_calling_refuelling_and_operating_at_a_facility_is_using_it(extractor, body, expected):
    assert {(u, h, k) for u, h, k, _ in access(run(extractor, body))} == {expected}


# -- who opens or leases a facility to another hosts it --------------------------------------------------
@pytest.mark.parametrize("body", [
    "Peru opens its ports to Chilean warships.",
    "Peru has leased the naval base at Callao to Chile for 25 years.",
    "Peru will offer Chilean forces its airfields on the coast.",
])
def test_the_state_opening_a_facility_to_another_hosts_it(extractor, body):
    assert {(u, h) for u, h, _, _ in access(run(extractor, body))} == {("Chile", "Peru")}


def test_opening_ones_own_base_abroad_to_visitors_is_its_use(extractor):
    rows = access(run(extractor, "Chile opened its new air base in Peru to journalists on Monday."))
    assert {(u, h) for u, h, _, _ in rows} == {("Chile", "Peru")}


# -- a facility of one state in another's territory ------------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("The Chilean naval base in Peru will be expanded.", {("Chile", "Peru", "naval base", "planned")}),
    ("Chile's air base at Tacna in Peru, opened in 2019, employs 300 people.", {("Chile", "Peru", "air base", "asserted")}),
    ("Peru approved a Chilean logistics hub in Callao, the biggest of its kind.",
     {("Chile", "Peru", "logistics facility", "asserted")}),
])
def test_a_states_facility_in_another_state_is_its_access(extractor, body, expected):
    assert access(run(extractor, body)) == expected


@pytest.mark.parametrize("body", [
    "Peru's naval bases in the south are being modernised.",  # a state's own bases
    "The Peruvian air base at Tacna held an open day.",
    "Chile's embassy in Peru was closed.",  # no facility of forces
])
def test_a_states_own_facilities_or_no_facility_are_no_access_abroad(extractor, body):
    assert access(run(extractor, body)) == set()


def test_a_verb_speaking_of_the_facility_decides_its_modality(extractor):
    rows = access(run(extractor, "Chile closed its naval base in Peru last year."))
    assert rows == {("Chile", "Peru", "naval base", "negated")}


# -- memberships: candidacies, relatives, denials in an apposition ----------------------------------------
def members(doc) -> set[tuple]:
    return {(r["member"], r["organization"], r["modality"]) for r in facts(doc, "member")}


AU, EU = "African Union", "European Union"


@pytest.mark.parametrize("body, expected", [
    ("Albania's application to join the European Union is still pending.", ("Albania", EU, "planned")),
    ("Moldova was granted candidate status by the European Union in 2022.", ("Moldova", EU, "planned")),
    ("The European Union opened accession talks with Montenegro in 2012.", ("Montenegro", EU, "planned")),
    ("Leaders of the European Union met. Serbia's membership bid has stalled.", ("Serbia", EU, "planned")),
])
def test_a_candidacy_is_a_membership_ahead(extractor, body, expected):
    assert expected in members(run(extractor, body))


@pytest.mark.parametrize("body, expected", [
    ("The European Union, of which Estonia is a member, issued a statement.", ("Estonia", EU, "asserted")),
    ("The European Union met in Brussels. The bloc, of which Norway is not a member, issued a statement.",
     ("Norway", EU, "negated")),
    ("Ghana and Togo, neither of them members of the European Union, sent observers.", ("Togo", EU, "negated")),
    ("Ghana, which is not a member of the European Union, sent observers.", ("Ghana", EU, "negated")),
])
def test_a_membership_told_in_a_relative_or_denied_in_an_apposition(extractor, body, expected):
    assert expected in members(run(extractor, body))


@pytest.mark.parametrize("body, expected", [
    ("Chile's refusal to join the African Union surprised Peru.", ("Chile", AU, "negated")),
    ("Chile's bid to join the African Union was welcomed.", ("Chile", AU, "planned")),
    ("The plan to admit Chile to the African Union was announced.", ("Chile", AU, "planned")),
])
def test_a_noun_of_refusal_or_plan_governs_the_infinitive_it_takes(extractor, body, expected):
    assert expected in members(run(extractor, body))


def test_a_noun_of_plan_puts_a_facility_ahead(extractor):
    rows = access(run(extractor, "The plan to build a Chilean naval base in Peru was announced on Monday."))
    assert rows == {("Chile", "Peru", "naval base", "planned")}


# -- what an agreement permits: the bargain's terms, the entitlements it gives ---------------------------
def permitted(doc) -> set[tuple]:
    return {(r["agreement"], r["activity"]) for r in facts(doc, "permits")}


@pytest.mark.parametrize("second, expected", [
    ("In return, Peru will fund the training of Chilean officers.", ("Andes Harbour Pact", "training")),
    ("In exchange for access to its ports, Chile will share intelligence with Peru.",
     ("Andes Harbour Pact", "intelligence sharing")),
    ("Under the pact, Peruvian forces will be permitted to train in Chile.", ("Andes Harbour Pact", "training")),
])
def test_the_terms_of_a_bargain_are_what_the_agreement_covers(extractor, second, expected):
    doc = run(extractor, "Chile and Peru signed the Andes Harbour Pact on Monday. " + second)
    assert expected in permitted(doc)


def test_a_clause_of_no_bargain_is_no_term(extractor):
    doc = run(extractor, "Chile and Peru signed the Andes Harbour Pact on Monday. In 2019, Peru funded the "
                         "training of Chilean officers.")
    assert ("Andes Harbour Pact", "training") not in permitted(doc)


@pytest.mark.parametrize("body, expected", [
    ("The pact gives Chilean forces the right to use naval bases in Peru.", ("Chile", "Peru", "naval base", "asserted")),
    ("Under the pact, Chile has the right to use airfields in Peru.", ("Chile", "Peru", "airfield", "asserted")),
    ("The Chilean air force lost the right to use airfields in Peru.", ("Chile", "Peru", "airfield", "negated")),
    ("Chile was denied permission to use Peruvian ports.", ("Chile", "Peru", "port", "negated")),
])
def test_who_holds_the_right_to_use_a_facility_uses_it(extractor, body, expected):
    assert expected in access(run(extractor, "Chile and Peru are neighbours. " + body))


@pytest.mark.parametrize("second", [
    "Chilean warships will gain access to Peruvian ports for refuelling and repair.",
    "Chilean warships will use Peruvian ports for refuelling and repair.",
    "Peruvian ports will be open to Chilean warships for refuelling and repair.",
])
def test_what_access_under_an_agreement_is_for_the_agreement_covers(extractor, second):
    doc = run(extractor, "Chile and Peru signed the Andes Harbour Pact on Monday. " + second)
    assert {("Andes Harbour Pact", "refuelling"), ("Andes Harbour Pact", "repair")} <= permitted(doc), permitted(doc)


@pytest.mark.parametrize("body, expected", [
    ("Chile said on Monday that it would leave the African Union next year.", ("Chile", AU, "asserted")),
    ("Chile and Peru announced that they will quit the African Union.", ("Peru", AU, "asserted")),
    ("Chile has not left the African Union, officials said.", ("Chile", AU, "asserted")),
    ("Chile left the African Union in 2020.", ("Chile", AU, "negated")),
])
def test_a_state_about_to_leave_is_a_member_still(extractor, body, expected):
    assert expected in members(run(extractor, body))


@pytest.mark.parametrize("body, expected", [
    ("Chile, Peru and Bolivia signed a charter in La Paz, creating the Alliance of Andes States.",
     {("Chile", "Alliance of Andes States", "asserted"), ("Bolivia", "Alliance of Andes States", "asserted")}),
    ("The Andes Defence League was founded by Chile and Peru in 2023.",
     {("Chile", "Andes Defence League", "asserted"), ("Peru", "Andes Defence League", "asserted")}),
])
def test_states_founding_a_body_the_gazetteer_does_not_know_are_its_members(extractor, body, expected):
    assert expected <= members(run(extractor, body))


@pytest.mark.parametrize("body", [
    "Norway created a new sovereign wealth fund agency in 2019.",
    "The alliance began with 12 states and has since increased its membership to 30 countries.",
])
def test_no_membership_where_no_state_joins(extractor, body):
    assert members(run(extractor, "Chile joined the African Union in 2001. " + body)) == {("Chile", AU, "asserted")}


@pytest.mark.parametrize("body, expected", [
    ("Peru closed its ports to Chilean warships in 2020.", {("Chile", "Peru", "port", "negated")}),
    ("Peru and Ecuador closed their airspace to Chilean commercial flights.", set()),  # no forces
    ("Peru has shut its air bases to Chilean aircraft.", {("Chile", "Peru", "air base", "negated")}),
])
def test_closing_a_facility_to_anothers_forces_denies_their_use(extractor, body, expected):
    assert access(run(extractor, body)) == expected


def test_setting_up_a_body_named_after_an_organisation_founds_no_organisation(extractor):
    doc = run(extractor, "Chile and Peru met. They agreed to set up the African Union Training Mission for Mali, "
                         "a command of 700 personnel in Senegal.")
    assert not {r for r in members(doc) if r[0] in {"Mali", "Senegal", "Chile", "Peru"}}


@pytest.mark.parametrize("body, expected", [
    (("Chile and France signed a submarine agreement, which provides for the transfer of French submarine "
     "technology to Chilean shipyards."), "technology transfer"),
    (("Chile and Peru signed the Andes Harbour Pact. In exchange for the access rights, Peru will transfer "
     "drone technology to Chile."), "technology transfer"),
    ("Under the Andes Harbour Pact, Chile will buy 12 Peruvian patrol drones.", "arms procurement"),
    ("Under the Andes Harbour Pact, the two navies will share maritime intelligence.", "intelligence sharing"),
])
def test_an_activity_told_by_a_predicate_and_its_arguments_head(extractor, body, expected):
    assert expected in {a for _, a in permitted(run(extractor, body))}


def test_a_predicate_and_argument_under_no_agreement_are_no_permission(extractor):
    assert permitted(run(extractor, "Peru will buy 12 patrol drones from Chile next year.")) == set()
