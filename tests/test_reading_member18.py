"""Membership read on sentences written for the test (round 18): a list that goes on past a counted
member noun with fewer items than it counts names none of its members; a leader who chairs an
organisation, or holds its chair or presidency, holds it for a state that is a member."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model

ASEAN = "Association of Southeast Asian Nations"
EU = "European Union"
ECOWAS = "Economic Community of West African States"


def members(doc: Document) -> set[tuple[str, str]]:
    """The memberships stated (a negated one is no statement: FORMAT.md)."""
    return {(f["member"], f["organization"]) for f in facts(doc, "member") if f["modality"] != "negated"}


@pytest.mark.parametrize("body, state, org", [
    ("Leaders of the ten ASEAN countries, China and South Korea met in Vientiane for the annual talks.",
     "China", ASEAN),
    ("The 27 EU member states, Norway and Switzerland backed the plan on fisheries.", "Norway", EU),
])
def test_a_list_shorter_than_its_count_continues_past_the_members(extractor, body, state, org):
    got = members(run(extractor, body))
    assert (state, org) not in got, got


@pytest.mark.parametrize("body, state, org", [
    # a guard: a list as long as its count renames the noun
    ("The two NATO members, Turkey and Greece, held talks in Brussels.", "Greece",
     "North Atlantic Treaty Organisation"),
])
def test_a_list_as_long_as_its_count_names_the_members(extractor, body, state, org):
    got = members(run(extractor, body))
    assert (state, org) in got, got


@pytest.mark.parametrize("body, state, org", [
    # a relative clause on the leader
    ("Malaysian Prime Minister Aziz Rahman, who chairs ASEAN this year, opened the meeting.", "Malaysia", ASEAN),
    # an apposition after the leader's own
    ("Kenya's president, Tom Oduya, the current chairman of the East African Community, spoke first.",
     "Kenya", "East African Community"),
    # "took over as chair of"
    ("Ghanaian President Kofi Mensah, who took over as chair of ECOWAS in July, called for calm.", "Ghana", ECOWAS),
    # a copula, the office's state after the name
    ("Prime Minister Lena Varga of Hungary is the current chair of the Visegrad Group.", "Hungary", "Visegrad Group"),
    # a body of the organisation named as its own
    (("The talks came on the eve of a summit in Abuja, where Nigeria's President Ade Bello, the current chairman "
      "of the ECOWAS Authority of Heads of State and Government, is likely to press for dialogue."), "Nigeria", ECOWAS),
    # a nominal: the state's word before the presidency
    ("The ceasefire was brokered with the mediation of the Czech presidency of the EU.", "Czechia", EU),
])
def test_a_leader_chairing_an_organisation_holds_it_for_a_member(extractor, body, state, org):
    got = members(run(extractor, body))
    assert (state, org) in got, got


def test_an_official_of_the_organisation_stands_for_no_state(extractor):
    """A guard: an office of the organisation's own stands for no state."""
    doc = run(extractor, "NATO Secretary General Piet Rood, a former Dutch minister, chairs the North Atlantic Council.")
    assert not any(s == "Netherlands" for s, _ in members(doc)), members(doc)


NATO = "North Atlantic Treaty Organisation"


@pytest.mark.parametrize("body, state, org", [
    # a second "of" phrase the parser hangs on the copula
    (("Hungary, which has clashed with Brussels over the rule of law, remains a member of the European Union "
      "and of NATO despite pressure from its neighbours."), "Hungary", NATO),
    # a gapped relative clause: "joined A in 2009 and B in 2013", the main clause after it
    ("Croatia, which joined NATO in April 2009 and the EU in July 2013, is alone among the three in either bloc.",
     "Croatia", EU),
])
def test_the_second_organisation_of_a_coordination_is_read(extractor, body, state, org):
    got = members(run(extractor, body))
    assert (state, org) in got, got



@pytest.mark.parametrize("body, doer, put_out, org", [
    ("Kenya and Uganda suspended Burundi from the East African Community last year.", "Kenya", "Burundi",
     "East African Community"),
    # passive, the doers in the agent
    ("Burundi was suspended from the East African Community by Kenya and Uganda.", "Uganda", "Burundi",
     "East African Community"),
    # the doers through their leaders, the verb under another
    ("The leaders of Ghana and Senegal voted to expel Guinea from ECOWAS.", "Senegal", "Guinea", ECOWAS),
])
def test_states_putting_another_out_are_members(extractor, body, doer, put_out, org):
    got = members(run(extractor, body))
    assert (doer, org) in got and (put_out, org) not in got, got


def test_leaving_is_still_the_subjects(extractor):
    """A guard: who leaves is the subject."""
    got = members(run(extractor, "Mali and Niger left ECOWAS in January, the bloc said."))
    assert ("Mali", ECOWAS) not in got, got
