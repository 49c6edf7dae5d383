"""Round 20b: people and their offices (kg.extract.name_chunks.after_a_title_of, titles.TitleReader,
title_words.TitleWords.joins, facts.represented.companion_state, facts.owners._group_owner).
On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple[str, str, str]]:
    return {(f["person"], f["office"], f["of"]) for f in facts(doc, "office")}


@pytest.mark.parametrize("body, holding", [
    ("The Speaker of the Chamber of Deputies, Maria Tembe, said the vote was historic.",
     ("Maria Tembe", "Speaker", "Chamber of Deputies")),
    ("Maria Tembe, Speaker of the Chamber of Deputies, opened the session on Tuesday.",
     ("Maria Tembe", "Speaker", "Chamber of Deputies")),
    ("Guyana's lawmakers approved the pact. The President of the National Assembly, Leon Ferris, read the result.",
     ("Leon Ferris", "President", "National Assembly")),
])
def test_a_title_of_a_body_is_no_part_of_the_bodys_name(extractor, body, holding):
    doc = run(extractor, body, published="2025-03-14")
    assert holding in offices(doc), offices(doc)
    assert not any(label.startswith(("Speaker of", "President of")) for label in labels(doc, "Legislature"))


@pytest.mark.parametrize("body, holding", [
    ("Bahrain's Minister Responsible for Energy Affairs, Khalid Nasser, attended the talks.",
     ("Khalid Nasser", "Minister Responsible for Energy Affairs", "Bahrain")),
    ("Oman's Minister Responsible for Defence Affairs Salim Harthy received the admiral.",
     ("Salim Harthy", "Minister Responsible for Defence Affairs", "Oman")),
    ("France's Minister Delegate for Foreign Trade, Claire Morin, signed the memorandum.",
     ("Claire Morin", "Minister Delegate for Foreign Trade", "France")),
])
def test_a_word_after_the_office_noun_stays_in_the_title(extractor, body, holding):
    doc = run(extractor, body, published="2025-03-14")
    assert holding in offices(doc), offices(doc)
    assert not labels(doc, "Person") & {"Responsible", "Delegate"}


@pytest.mark.parametrize("body, holding", [
    ("Turkey's Treasury and Finance Minister Kemal Aydin travelled to Baku.",
     ("Kemal Aydin", "Treasury and Finance Minister", "Turkey")),
    ("Malaysia's trade and industry minister, Azlan Hashim, said the deal was close.",
     ("Azlan Hashim", "Trade and Industry Minister", "Malaysia")),
    ("Romania's Foreign and European Affairs Minister Ioana Popescu signed the memorandum.",
     ("Ioana Popescu", "Foreign and European Affairs Minister", "Romania")),
])
def test_portfolios_joined_before_one_office_noun(extractor, body, holding):
    assert holding in offices(run(extractor, body, published="2025-03-14"))


@pytest.mark.parametrize("body, holding", [
    ("They talked about security and Defence Minister Luis Paz of Chile agreed to meet again.",
     ("Luis Paz", "Defence Minister", "Chile")),
    ("Vietnamese Deputy Prime Minister and Foreign Minister Tran Van Minh flew to Manila.",
     ("Tran Van Minh", "Foreign Minister", "Vietnam")),
])
def test_guard_no_portfolio_joined_across_a_clause_or_two_offices(extractor, body, holding):
    assert holding in offices(run(extractor, body, published="2025-03-14"))


@pytest.mark.parametrize("body, holding", [
    (("Leaders meet in Quito on Friday. Panama's president, Rafael Soto, is recovering from surgery and will send "
     "Foreign Minister Lucia Vega in his place."), ("Lucia Vega", "Foreign Minister", "Panama")),
    (("Leaders meet in Quito on Friday. President Rafael Soto of Panama will not attend and has sent Foreign "
     "Minister Lucia Vega instead."), ("Lucia Vega", "Foreign Minister", "Panama")),
    (("Peru will host the forest summit in Iquitos on Tuesday. Panama's president, Rafael Soto, will not come, as "
     "his country is holding an election; Foreign Minister Lucia Vega will lead its delegation instead."),
     ("Lucia Vega", "Foreign Minister", "Panama")),
    (("Peru will host the forest summit in Iquitos on Tuesday, with eight leaders expected. Panama's president is "
     "ill; Foreign Minister Lucia Vega will head its delegation."), ("Lucia Vega", "Foreign Minister", "Panama")),
])
def test_a_stand_in_serves_the_state_that_sends_them(extractor, body, holding):
    found = offices(run(extractor, body, published="2025-03-14"))
    assert holding in found and ("Lucia Vega", "Foreign Minister", "Ecuador") not in found, found


def test_guard_a_letter_sent_to_a_minister_says_nothing_of_their_state(extractor):
    found = offices(run(extractor, "The summit opens in Lima on Monday. Argentine President Luis Paz sent a letter "
                        "to Foreign Minister Ana Ruiz.", published="2025-03-14"))
    assert not any(p == "Ana Ruiz" and s == "Argentina" for p, _, s in found), found
