"""Offices read the way a general reader would (round 28), in sentences written for these tests in
several constructions (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple]:
    return {(r["person"], r["office"], r["of"]) for r in facts(doc, "office")}


# -- a legislator's chamber: a senator sits in the upper house, a speaker presides over the lower ----
@pytest.mark.parametrize("body, expected, wrong", [
    (("The Chilean Senate approved the fisheries pact with Peru on Monday, a week after the Chamber of Deputies had "
     "passed it. Speaker Mario Fuentes called the vote a relief."),
     ("Mario Fuentes", "Speaker", "Chamber of Deputies"), ("Mario Fuentes", "Speaker", "Chilean Senate")),
    (("The accord was passed by Chile's Chamber of Deputies in May and by the Senate in June, and it was welcomed by "
     "Senator Laura Pinto."),
     ("Laura Pinto", "Senator", "Senate"), ("Laura Pinto", "Senator", "Chamber of Deputies")),
    (("The Senate's vote on the treaty followed a long debate in the Chamber of Deputies of Chile, whose debate "
     "Speaker Mario Fuentes closed on Friday."),
     ("Mario Fuentes", "Speaker", "Chamber of Deputies of Chile"), ("Mario Fuentes", "Speaker", "Senate")),
    (("Senator Anne Tremblay, who sits on the foreign affairs committee, said Canada's House of Commons would vote on "
     "the Norway treaty soon."),
     ("Anne Tremblay", "Senator", "Senate of Canada"), ("Anne Tremblay", "Senator", "House of Commons of Canada")),
    (("Canada's House of Commons and its Senate both backed the trade deal, and Senator Anne Tremblay and Speaker "
     "Paul Girard praised it."),
     ("Anne Tremblay", "Senator", "Senate"), ("Anne Tremblay", "Senator", "House of Commons of Canada")),
    (("Russia's State Duma ratified the pact with Laos on Tuesday and the Federation Council will take it up next "
     "week, said Senator Oleg Petrov."),
     ("Oleg Petrov", "Senator", "Federation Council"), ("Oleg Petrov", "Senator", "State Duma")),
])
def test_a_legislator_sits_in_the_chamber_the_title_names(extractor, body, expected, wrong):
    got = offices(run(extractor, body))
    assert expected in got and wrong not in got


@pytest.mark.parametrize("body, expected", [
    (("The Indian parliament's Rajya Sabha passed the bill after the Lok Sabha, where Speaker Ravi Menon read out "
     "the tally."), ("Ravi Menon", "Speaker", "Lok Sabha")),
    ("Speaker Ravi Menon said the Lok Sabha would sit late.", ("Ravi Menon", "Speaker", "Lok Sabha")),
])
def test_a_legislator_of_the_one_chamber_named_keeps_it(extractor, body, expected):
    assert expected in offices(run(extractor, body))


# -- a report filed from a state's city names that state's officials without their state ----------
@pytest.mark.parametrize("body, expected, wrong", [
    (("COLOMBO, May 3 - Sri Lanka agreed on Friday to lease a harbour to a Chinese firm. Chinese banks, Chinese "
     "builders and Chinese engineers will run it, and China will gain a foothold. Finance Minister Ravi Perera said "
     "the lease eases the debt."),
     ("Ravi Perera", "Finance Minister", "Sri Lanka"), ("Ravi Perera", "Finance Minister", "China")),
    (("NAIROBI, June 2 - A rail loan from China was signed by Kenya on Monday. Chinese lenders will hold the debt, and "
     "Chinese firms will build the line through a Chinese-funded corridor. The deal was defended by Transport "
     "Minister Peter Otieno."),
     ("Peter Otieno", "Transport Minister", "Kenya"), ("Peter Otieno", "Transport Minister", "China")),
    (("HANOI - Vietnam bought two patrol boats from Japan on Tuesday. Japanese yards built them with Japanese loans, "
     "and Japanese crews trained the sailors. Deputy Prime Minister Tran Van Minh, who signed the contract, called "
     "it a gift."),
     ("Tran Van Minh", "Deputy Prime Minister", "Vietnam"), ("Tran Van Minh", "Deputy Prime Minister", "Japan")),
    (("LIMA - Peru's purchase of Chinese trains closed on Monday. Chinese drivers will train Chinese-made crews, and "
     "China will service them. Transport Minister Ana Salas's praise for the deal was warm."),
     ("Ana Salas", "Transport Minister", "Peru"), ("Ana Salas", "Transport Minister", "China")),
    (("ACCRA - Ghana signed a power deal with a Turkish company. Turkish ships will moor off the coast with Turkish "
     "turbines aboard. Energy Minister Kofi Mensah and Finance Minister Ama Owusu welcomed it."),
     ("Ama Owusu", "Finance Minister", "Ghana"), ("Ama Owusu", "Finance Minister", "Turkey")),
])
def test_a_datelined_report_names_its_own_officials_bare(extractor, body, expected, wrong):
    got = offices(run(extractor, body))
    assert expected in got and wrong not in got


@pytest.mark.parametrize("body, expected", [
    (("COLOMBO - Sri Lanka and Japan signed a loan deal. Japan will lend the money, Japan will build the port and "
     "Japan will run it. Prime Minister Kenta Ono arrived in Colombo on Friday for the signing."),
     ("Kenta Ono", "Prime Minister", "Japan")),
    (("ACCRA - Ghana signed a power deal with a Turkish company. Turkish ships will moor off the coast with Turkish "
     "turbines aboard. Turkish Energy Minister Ali Demir welcomed it."), ("Ali Demir", "Energy Minister", "Turkey")),
])
def test_a_visitor_or_a_named_foreigner_keeps_their_state(extractor, body, expected):
    assert expected in offices(run(extractor, body))


# -- an office's full title keeps its portfolios and its grade --------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Kenya's Ports and Shipping Minister Peter Otieno said the port would stay in Kenyan hands.",
     ("Peter Otieno", "Ports and Shipping Minister", "Kenya")),
    ("Ghana's minister of roads and highways, Kofi Mensah, opened the bridge.",
     ("Kofi Mensah", "Minister of Roads and Highways", "Ghana")),
    ("The contract was signed by Uganda's Minister of Agriculture and Food Production, Grace Akello.",
     ("Grace Akello", "Minister of Agriculture and Food Production", "Uganda")),
    ("Anil Rao, India's minister of textiles and trade, who visited Dhaka on Monday, praised the deal.",
     ("Anil Rao", "Minister of Textiles and Trade", "India")),
    ("The deal was praised by Anil Rao, the Indian Minister for Ports, Shipping and Waterways.",
     ("Anil Rao", "Minister for Ports, Shipping and Waterways", "India")),
])
def test_a_compound_title_keeps_its_words(extractor, body, expected):
    assert expected in offices(run(extractor, body))


def test_portfolios_listed_for_two_ministers_stay_apart(extractor):
    got = offices(run(extractor, "Brazil's finance minister, Jorge Lima, and its minister of mines and energy, "
                                 "Paulo Reis, met Chinese bankers."))
    assert {("Jorge Lima", "Finance Minister", "Brazil"), ("Paulo Reis", "Minister of Mines and Energy", "Brazil")} <= got


# -- an organisation officer's organisation: the one the sentence names, before the article's most named
@pytest.mark.parametrize("body, expected, wrong", [
    (("The Pacific Islands Forum met in Suva this week, and the Forum's leaders backed the fisheries pact. The African "
     "Union sent observers. African Union officials attended on behalf of Chairperson Moussa Diallo."),
     ("Moussa Diallo", "Chairperson", "African Union"), ("Moussa Diallo", "Chairperson", "Pacific Islands Forum")),
    (("The Pacific Islands Forum met in Suva this week, and the Forum's leaders backed the fisheries pact. The Forum's "
     "members will meet again in May. A statement was read on behalf of the United Nations by Secretary-General Ana "
     "Ferreira."),
     ("Ana Ferreira", "Secretary-General", "United Nations"), ("Ana Ferreira", "Secretary-General", "Pacific Islands Forum")),
    (("The Pacific Islands Forum met in Suva this week, and the Forum's leaders backed the fisheries pact. The Forum "
     "will meet again in May. Secretary-General Ana Ferreira, who has led the Commonwealth since 2022, sent a message "
     "of support."),
     ("Ana Ferreira", "Secretary-General", "Commonwealth"), ("Ana Ferreira", "Secretary-General", "Pacific Islands Forum")),
])
def test_an_officer_is_of_the_body_the_sentence_names(extractor, body, expected, wrong):
    got = offices(run(extractor, body))
    assert expected in got and wrong not in got


def test_an_officer_named_beside_no_body_is_the_articles(extractor):
    body = ("The Pacific Islands Forum met in Suva this week, and the Forum's leaders backed the fisheries pact. The "
            "Forum will meet again in May. Secretary-General Ana Ferreira opened the session.")
    assert ("Ana Ferreira", "Secretary-General", "Pacific Islands Forum") in offices(run(extractor, body))
