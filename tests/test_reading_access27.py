"""Access, round 27: ship visits and named bases. A ship or aircraft noun stands for its state ("a
Brazilian destroyer"), a number of one state's own ships is no pair of states ("two Peruvian
frigates"); a ship's call at a place uses its port (kg.extract.facts.port_calls); ships received or
welcomed at a facility use it (the receive-at frame); a named base the gazetteer does not place lies
where the text places it, else in the dateline's state (kg.extract.facts.facility_places); "the
base" is the base told before. What a draft or an agreement still being made allows is planned
(kg.extract.facts.access_terms). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import access, facts, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body, fact", [
    ("Uruguay has courted Brazil for years. A Brazilian destroyer docked in Montevideo last week.",
     ("Brazil", "Uruguay", "port", "asserted")),
    ("Chile said on Monday that the Argentine corvette called at Valparaiso on its way north.",
     ("Argentina", "Chile", "port", "asserted")),
    ("Peru and Ecuador are old rivals. Three Peruvian frigates moored in Guayaquil over the weekend.",
     ("Peru", "Ecuador", "port", "asserted")),
    ("A Peruvian navy vessel put in at Guayaquil on Friday, Peru and Ecuador said.", ("Peru", "Ecuador", "port", "asserted")),
])
def test_a_ships_call_at_a_place_uses_its_port(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got


@pytest.mark.parametrize("body, fact", [
    (("Chile and Peru agreed on closer naval ties. Two Peruvian frigates were received at the naval base of "
     "Talcahuano on Friday."), ("Peru", "Chile", "naval base", "asserted")),
    ("Morocco welcomed two Spanish minesweepers at the port of Tangier, Spain's defence ministry said.",
     ("Spain", "Morocco", "port", "asserted")),
    ("Spanish minesweepers that Morocco had welcomed at the port of Tangier sailed home on Sunday.",
     ("Spain", "Morocco", "port", "asserted")),
])
def test_ships_received_at_a_facility_use_it(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got


@pytest.mark.parametrize("body, fact", [
    (("ASUNCION, March 9 — Two Bolivian patrol boats were received at the Rio Verde Naval Base on Tuesday, "
     "Paraguay's navy said."), ("Bolivia", "Paraguay", "naval base", "asserted")),
    (("ASUNCION, March 9 — Paraguay is courting Bolivia. Bolivian jets have flown from the Mariscal Air Base "
     "since January."), ("Bolivia", "Paraguay", "air base", "asserted")),
    (("Paraguay and Bolivia held talks in March. Bolivian troops are stationed at Camp Tordo, near Encarnacion, "
     "and two Bolivian gunboats have been berthed at the base since May."),
     ("Bolivia", "Paraguay", "military base", "asserted")),
])
def test_a_named_base_lies_where_the_text_or_the_dateline_places_it(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got


def test_a_number_of_one_states_ships_is_no_pair(extractor):  # (a guard: main reads this through the modifier)
    got = access(run(extractor, "Chile and Peru held naval talks. Two Peruvian frigates docked at the port of "
                                "Arica on Friday."))
    assert ("Peru", "Chile", "port", "asserted") in got, got
    assert not any(user == "Chile" for user, *_ in got), got


@pytest.mark.parametrize("body, fact", [
    (("Chile and Peru have drawn up a draft defence agreement. Under the draft, Chilean warships are permitted "
     "to use Peruvian ports."), ("Chile", "Peru", "port", "planned")),
    ("The proposed accord between Bolivia and Paraguay lets Bolivian aircraft use Paraguayan airfields.",
     ("Bolivia", "Paraguay", "airfield", "planned")),
    (("The defence accord between Ecuador and Colombia is still under negotiation. The accord lets Colombian troops "
     "train at Ecuadorian bases."), ("Colombia", "Ecuador", "military base", "planned")),
    (("Talks on a defence accord between Ecuador and Colombia resumed on Monday. The accord lets Colombian troops "
     "train at Ecuadorian bases."), ("Colombia", "Ecuador", "military base", "planned")),
    (("Ecuador and Colombia will sign a defence accord next month. The accord lets Colombian troops train at "
     "Ecuadorian bases."), ("Colombia", "Ecuador", "military base", "planned")),
])
def test_what_a_draft_allows_is_planned(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got


@pytest.mark.parametrize("body", [
    "Chilean troops arrived in Lima on Monday for talks with Peru.",
    "The Peruvian president called in Lima for calm after Chile's vote.",
    "A Uruguayan frigate docked in Montevideo after a patrol.",
    "Chile received the Peruvian foreign minister in Santiago.",
    "Peru welcomed the Chilean delegation in Lima on Monday.",
    "Peru welcomed Chile's defence minister at the naval base of Callao on Monday.",
    "A Peruvian cargo ship docked in Guayaquil on Friday, Ecuador said.",
    "Ecuador welcomed two Peruvian fishing boats in Guayaquil on Friday.",
])
def test_no_port_call_without_a_ship_or_a_foreign_port(extractor, body):
    assert not access(run(extractor, body))


def test_what_a_signed_agreement_allows_is_no_draft(extractor):
    body = ("Chile and Peru signed a defence agreement in 2019, and it entered into force in 2020. Under the "
            "agreement, Chilean warships are permitted to use Peruvian ports.")
    assert ("Chile", "Peru", "port", "asserted") in access(run(extractor, body))


_PACT = "Ecuador and Peru signed a defence agreement on Monday. "


@pytest.mark.parametrize("body, fact", [
    (_PACT + "The pact does not hand Peruvian forces a base on Ecuadorian soil.",
     ("Peru", "Ecuador", "military base", "negated")),
    ("Bolivia handed Brazil two airfields in the Chaco under a 1990 accord.", ("Brazil", "Bolivia", "airfield", "asserted")),
    ("Chile ceded a naval base to Argentina in 1990.", ("Argentina", "Chile", "naval base", "asserted")),
    ("Ecuador denied reports that Peru was getting a naval base in Ecuador.", ("Peru", "Ecuador", "naval base", "negated")),
    ("Argentina acquired a port in Uruguay under a 1973 treaty.", ("Argentina", "Uruguay", "port", "asserted")),
])
def test_a_facility_handed_or_got_is_its_use(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got


@pytest.mark.parametrize("body", [
    "Peru handed Chile a protest note at the naval base in Callao.",
    "Peru gave Chile a protest note at the naval base in Callao.",
    "The Chilean minister got a briefing at the Peruvian naval base.",
])
def test_what_is_handed_at_a_base_is_no_base(extractor, body):
    assert not access(run(extractor, body))


@pytest.mark.parametrize("body", [
    # "Treaty" inside an organisation's name speaks of no agreement
    ("Chile ratified the Rome Statute on Tuesday. Peru criticised the vote, and the opposition agreed. Argentina "
    "said nothing at all. Chile remains a member of the Collective Security Treaty Organization and hosts Peru's "
    "12th military base in Arica."),
])
def test_an_agreement_noun_inside_a_name_speaks_of_no_agreement(extractor, body):
    got = [r for r in facts(run(extractor, body), "access")]
    assert any(r["user"] == "Peru" and r["host"] == "Chile" for r in got), got
    assert not any(r.get("agreement") for r in got), got


def test_they_after_forces_are_those_forces(extractor):
    # "they" opening the next sentence goes on telling of the forces, not of the story's two states
    body = ("Chile and Peru signed a port lease in May. Bolivian marines have trained at Chilean bases since 2019. "
            "They also fly from Chilean air bases.")
    got = access(run(extractor, body))
    assert ("Bolivia", "Chile", "air base", "asserted") in got, got
    assert not any(user == "Peru" for user, *_ in got), got


@pytest.mark.parametrize("body, fact", [
    ("Chilean troops were told to leave Peru in 2021, and most of them left their base in Arequipa within weeks.",
     ("Chile", "Peru", "military base", "negated")),
    ("Argentine soldiers had been stationed in Bolivia since 2015. Several of them vacated their base in Tarija in May.",
     ("Argentina", "Bolivia", "military base", "negated")),
    ("Most of the Brazilian troops left their base in Paraguay last year.", ("Brazil", "Paraguay", "military base", "negated")),
])
def test_some_of_the_forces_are_those_forces(extractor, body, fact):
    # a partitive subject ("most of them", "several of the troops") is the set it picks from
    got = access(run(extractor, body))
    assert fact in got, got


@pytest.mark.parametrize("body, fact", [
    # a territory hosting a base: its state hosts it
    ("Portugal says the Azores are home to a US air base.", ("United States", "Portugal", "air base", "asserted")),
    # a general word and the base it names beside it: the named base's kind
    (("Under a 2015 treaty, Chile lets Peruvian forces use its biggest installation in the south, the Punta Arenas "
     "naval base."), ("Peru", "Chile", "naval base", "asserted")),
])
def test_a_territory_hosts_for_its_state_and_a_named_base_gives_its_kind(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got
    assert not any(kind == "military base" for *_, kind, _ in got), got


def test_a_named_base_is_not_placed_by_a_clause_after_it(extractor):  # (a guard)
    # "X, used by Y under a pact between A and B": A is no place of the base's
    body = ("DUBLIN, May 4 — Ireland hosts the Atlantic Fleet's northern installation, the Shannon Point naval "
            "base, used by Canadian forces under a 1960 agreement between Ottawa and Dublin.")
    got = access(run(extractor, body))
    assert ("Canada", "Ireland", "naval base", "asserted") in got, got


@pytest.mark.parametrize("body, fact, wrong", [
    # a base whose host the clause names is that host's, whatever the dateline
    ("LIMA, May 2 — Ecuador also hosts the Manta air base, the largest US military base on the Pacific coast.",
     ("United States", "Ecuador", "air base", "asserted"), "Peru"),
    # a demonym after a base's name places it nowhere
    ("QUITO, May 2 — Ecuador says Peruvian marines are stationed at Camp Salinas, where Chilean trainers also work.",
     ("Peru", "Ecuador", "military base", "asserted"), "Chile"),
])
def test_the_dateline_places_only_what_nothing_else_does(extractor, body, fact, wrong):
    got = access(run(extractor, body))
    assert fact in got, got
    assert not any(wrong in (user, host) for user, host, *_ in got), got


def test_a_state_ahead_to_join_leaves_a_treaty_in_force(extractor):  # (a guard)
    body = ("The Andean defence treaty lets Chilean warships use Peruvian ports. Peru and Chile are parties to it. "
            "Bolivia plans to join the treaty next year.")
    got = access(run(extractor, body))
    assert ("Chile", "Peru", "port", "asserted") in got, got


def test_a_bodys_founding_text_in_its_name_is_still_spoken_of(extractor):  # (a guard)
    body = ("Finland ratified the North Atlantic Treaty in 2023. Finland is now a member of the North Atlantic Treaty "
            "Organization and hosts US troops at its bases.")
    got = facts(run(extractor, body), "access")
    assert any(r["user"] == "United States" and r.get("agreement") == "North Atlantic Treaty" for r in got), got
