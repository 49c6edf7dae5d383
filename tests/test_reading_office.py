"""Offices read the way a general reader would: who holds which office of which state or body, in
sentences written for these tests in several constructions (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model



def offices(doc) -> set[tuple]:
    return {(r["person"], r["office"], r["of"]) for r in facts(doc, "office")}


# -- a plural title's list may give each name its own state ------------------------------------------
@pytest.mark.parametrize("body, expected", [
    (("The defence ministers of the three countries, Norway's Erik Dahl, Sweden's Ulla Berg and Finland's "
     "Kari Virtanen, signed the pact in Oslo on Thursday."),
     {("Erik Dahl", "Defence Minister", "Norway"), ("Ulla Berg", "Defence Minister", "Sweden"),
      ("Kari Virtanen", "Defence Minister", "Finland")}),
    ("The deal was signed in Santiago by the two foreign ministers, Maria Santos of Chile and Pedro Alvarez of Peru.",
     {("Maria Santos", "Foreign Minister", "Chile"), ("Pedro Alvarez", "Foreign Minister", "Peru")}),
    ("Talks in Lima were led by the trade ministers, Bolivia's Carla Mendoza and Luis Herrera of Ecuador.",
     {("Carla Mendoza", "Trade Minister", "Bolivia"), ("Luis Herrera", "Trade Minister", "Ecuador")}),
])
def test_a_plural_titles_list_gives_each_name_its_state(extractor, body, expected):
    assert offices(run(extractor, body)) >= expected


# -- "the defence ministers ...; the Latvian minister, X": the bare noun is the plural's office -------
@pytest.mark.parametrize("body, expected", [
    (("The defence ministers of the Baltic states met in Riga on Monday, with the Latvian minister, Edgars Liepa, "
     "as host."), {("Edgars Liepa", "Defence Minister", "Latvia")}),
    (("The foreign ministers of Chile and Peru held talks in Lima. The Chilean minister, Rosa Vidal, said the "
     "border would reopen."), {("Rosa Vidal", "Foreign Minister", "Chile")}),
    (("Energy ministers from six countries gathered in Baku, and the Turkish minister, Kemal Aydin, chaired "
     "the closing session."), {("Kemal Aydin", "Energy Minister", "Turkey")}),
])
def test_a_bare_office_noun_after_its_plural_is_that_office(extractor, body, expected):
    assert offices(run(extractor, body)) >= expected


def test_a_bare_office_noun_after_two_different_plurals_stays_bare(extractor):
    doc = run(extractor, "The foreign ministers and the trade ministers of Chile and Peru met in Lima. "
                         "The Chilean minister, Rosa Vidal, spoke first.")
    assert not {o for o in offices(doc) if o[0] == "Rosa Vidal" and o[1] in {"Foreign Minister", "Trade Minister"}}


# -- whoever signs "for" a state or acts "on behalf of" it serves it ----------------------------------
@pytest.mark.parametrize("body, expected", [
    (("The memorandum was signed in Lima for the Chilean side by Foreign Minister Ana Rojas and for Peru by "
     "Trade Minister Luis Paz."),
     {("Ana Rojas", "Foreign Minister", "Chile"), ("Luis Paz", "Trade Minister", "Peru")}),
    (("The accord was signed in Nairobi on behalf of Uganda by the Cabinet Secretary for Defence, Mary Wanjiru, "
     "and on behalf of Kenya by her counterpart, Minister of Defence John Okello."),
     {("Mary Wanjiru", "Cabinet Secretary for Defence", "Uganda"), ("John Okello", "Minister of Defence", "Kenya")}),
    ("Chile hosted the ceremony in Santiago, where Defence Minister Sara Molina signed for Bolivia.",
     {("Sara Molina", "Defence Minister", "Bolivia")}),
    (("Foreign Minister Sara Molina, who spoke on behalf of Bolivia at the meeting in Santiago, said Chile had been "
     "a generous host."),
     {("Sara Molina", "Foreign Minister", "Bolivia")}),
])
def test_a_signer_serves_the_state_signed_for(extractor, body, expected):
    assert offices(run(extractor, body)) >= expected


def test_a_counterpart_named_with_a_title_holds_that_title_only(extractor):
    doc = run(extractor, "The accord was signed on behalf of Uganda by the Cabinet Secretary for Defence, Mary "
                         "Wanjiru, and on behalf of Kenya by her counterpart, Minister of Defence John Okello.")
    assert {o[1] for o in offices(doc) if o[0] == "John Okello"} == {"Minister of Defence"}


# -- "head of government" is an office of its own, as "head of state" is --------------------------------
@pytest.mark.parametrize("body, expected", [
    ("The accord was signed in Rabat during a visit by the Tunisian head of government, Karim Benali.",
     {("Karim Benali", "Head of Government", "Tunisia")}),
    ("Spain's head of government, Lucia Marin, flew to Lisbon on Monday.",
     {("Lucia Marin", "Head of Government", "Spain")}),
    ("Lucia Marin, the Spanish head of state, opened the session in Madrid.",
     {("Lucia Marin", "Head of State", "Spain")}),
])
def test_head_of_government_is_an_office(extractor, body, expected):
    assert offices(run(extractor, body)) >= expected


# -- whoever goes along with a leader serves the leader's state ----------------------------------------
@pytest.mark.parametrize("body, expected", [
    (("Economy Minister Katrin Weber, who is travelling with German Chancellor Hans Vogel, told reporters in "
     "Riyadh that the talks with the Saudi side had been long."), {("Katrin Weber", "Economy Minister", "Germany")}),
    (("German Chancellor Hans Vogel, accompanied by Economy Minister Katrin Weber, arrived in Riyadh, the Saudi "
     "capital, on Monday."), {("Katrin Weber", "Economy Minister", "Germany")}),
    (("Trade Minister Katrin Weber, who accompanied German Chancellor Hans Vogel on the trip, met Saudi officials "
     "in Riyadh."), {("Katrin Weber", "Trade Minister", "Germany")}),
    (("Chile's president, Marta Reyes, was accompanied by Foreign Minister Luis Soto when she arrived in Lima, "
     "where Peru's leaders met her."), {("Luis Soto", "Foreign Minister", "Chile")}),
])
def test_a_companion_serves_the_leaders_state(extractor, body, expected):
    assert offices(run(extractor, body)) >= expected


# -- a place below a state owns the offices of its own government ---------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("The pipeline deal was signed in Mendoza in the presence of the governor of Mendoza, Alfredo Ruiz.",
     {("Alfredo Ruiz", "Governor", "Mendoza")}),
    ("Lviv's mayor, Ivan Petrenko, said the city was ready to host the talks.", {("Ivan Petrenko", "Mayor", "Lviv")}),
    ("Mayor Ivan Petrenko of Lviv welcomed the Polish delegation.", {("Ivan Petrenko", "Mayor", "Lviv")}),
    ("Jane Doyle, the Premier of Ontario, met trade officials in Toronto.", {("Jane Doyle", "Premier", "Ontario")}),
])
def test_a_place_owns_its_governors_office(extractor, body, expected):
    assert offices(run(extractor, body)) >= expected


def test_a_central_bank_governor_is_not_a_places(extractor):
    doc = run(extractor, "Mexico's central bank governor, Maria Lopez, spoke in Mexico City.")
    assert {o[2] for o in offices(doc) if o[0] == "Maria Lopez"} == {"Mexico"}


def test_a_places_office_keeps_the_graph_valid():
    """kg:officeOf takes a place below a state (its own government's office): the shapes allow it."""
    from kg.api.articles import build_text
    from kg.rdf.validate import validate

    ds = build_text("A headline\nLviv's mayor, Ivan Petrenko, said the city was ready to host the talks.",
                    published="2024-03-10")
    report = validate(ds)
    assert report.conforms, report.text


# -- a legislature's leaders: "the Minority Leader, X" is the chamber's office ---------------------------
@pytest.mark.parametrize("body, person, office", [
    ("The Minority Leader, Kwame Boateng, told the House that his caucus would walk out of Parliament.",
     "Kwame Boateng", "Minority Leader"),
    ("Majority Leader Kofi Asante said Parliament would vote on the pact on Friday.", "Kofi Asante", "Majority Leader"),
    ("Parliament's vote was delayed after Kofi Asante, the chief whip, asked for more time.", "Kofi Asante", "Chief Whip"),
])
def test_a_legislatures_leader_holds_the_chambers_office(extractor, body, person, office):
    assert (person, office, "Parliament") in offices(run(extractor, body))


# -- an official with no state named, in a passage on one state's legislature, is that state's ----------
@pytest.mark.parametrize("body, expected", [
    (("Slovakia's parliament put off its vote on the defence pact with the United States. Critics say the deal "
     "puts Slovakia under American command, a charge the defence minister, Peter Horak, rejected on Friday."),
     ("Peter Horak", "Defence Minister", "Slovakia")),
    (("Peru's Congress approved the accord with Chile on Monday. The vote came a week after Chile and Peru met in "
     "Santiago. President Rosa Quispe is expected to sign the law next week."), ("Rosa Quispe", "President", "Peru")),
    (("The Kenyan parliament debated the pact with Turkey for a second day. Turkey has pressed for a quick vote, "
     "and Kenya has asked for more time. Foreign Minister Amina Duale said on Thursday that the house would decide."),
     ("Amina Duale", "Foreign Minister", "Kenya")),
])
def test_an_official_is_of_the_state_whose_legislature_the_article_is_on(extractor, body, expected):
    assert expected in offices(run(extractor, body))


# -- "X and her Turkish counterpart": the counterpart's state is not X's --------------------------------
@pytest.mark.parametrize("body, expected", [
    (("Kenya's National Assembly rejected the pact with Turkey. It was signed in Ankara by the defence cabinet "
     "secretary, Mary Wanjiru, and her Turkish counterpart in January."),
     ("Mary Wanjiru", "Defence Cabinet Secretary", "Kenya")),
    ("Chile's Senate debated the accord. Foreign Minister Rosa Vidal met her Peruvian counterpart in Lima on Monday.",
     ("Rosa Vidal", "Foreign Minister", "Chile")),
    (("Ghana's Parliament will vote on the pact. Defence Minister Kofi Mensah and his German counterpart signed it "
     "in Berlin in May."), ("Kofi Mensah", "Defence Minister", "Ghana")),
])
def test_a_counterparts_state_is_anothers(extractor, body, expected):
    assert expected in offices(run(extractor, body))


# -- an apposition after a long name whose last words its mention left off --------------------------------
def test_an_apposition_after_a_long_name(extractor):
    doc = run(extractor, "Sheikh Khalid bin Saud bin Faisal Al Nuaimi, Prime Minister and Minister of Interior of the "
                         "State of Qatar, received the delegation.")
    assert any(p.startswith("Khalid bin Saud") and o == "Minister of Interior" and s == "Qatar"
               for p, o, s in offices(doc))


@pytest.mark.parametrize("body, cut, tail", [
    ("Talks were held with Salim bin Nasser Al Harthi, the Omani minister.", "Nasser", 2),  # "Al Harthi"
    ("Talks were held with Ana Maria de la Cruz, the Peruvian minister.", "Maria", 3),  # "de la Cruz"
    ("Talks were held with Ana Rojas, who met the Peruvian minister.", "Rojas", 0),  # nothing left off
    ("Talks were held with Ana Rojas in Lima, the Peruvian capital.", "Rojas", 0),  # a place, not a name
])
def test_the_words_of_a_name_its_mention_left_off(extractor, body, cut, tail):
    from kg.extract.facts.roles import _name_tail

    toks = run(extractor, body).annotations["tokens"]
    k = next(t.i for t in toks if t.text == cut) + 1
    comma = next(t.i for t in toks if t.text == "," and t.i >= k)
    assert _name_tail(toks, k, comma) == tail


# -- "A's president, X, B's president, Y": each title names the name after it -----------------------------
@pytest.mark.parametrize("body, expected", [
    (("The summit will bring together Brazil's president, Lucia Ferreira, Argentina's president, Martin Aguero, "
     "and Chile's president, Rosa Vidal."),
     {("Lucia Ferreira", "President", "Brazil"), ("Martin Aguero", "President", "Argentina"),
      ("Rosa Vidal", "President", "Chile")}),
    ("Present were Peru's foreign minister, Juan Soto, Chile's trade minister, Ana Rojas, and others.",
     {("Juan Soto", "Foreign Minister", "Peru"), ("Ana Rojas", "Trade Minister", "Chile")}),
    ("Kenya's president, Samuel Otieno, Uganda's defence minister, John Okello, and Tanzania's envoy met in Arusha.",
     {("Samuel Otieno", "President", "Kenya"), ("John Okello", "Defence Minister", "Uganda")}),
])
def test_titles_between_titled_names_name_the_next(extractor, body, expected):
    found = offices(run(extractor, body))
    assert found >= expected
    assert not {(p, o, s) for p, o, s in found if (p, s) not in {(e[0], e[2]) for e in expected}}


# -- a city standing for the other side ("the pact with Paris") places no one there ------------------------
@pytest.mark.parametrize("body, expected", [
    (("Cyprus lawmakers approved the accord with France. President Nikos Andreou welcomed the result, saying the "
     "pact with Paris anchored Cyprus in Europe."), ("Nikos Andreou", "President", "Cyprus")),
    (("Chile and Peru have argued over the border for years. Foreign Minister Rosa Vidal said talks with Lima would "
     "resume and that Chile wanted a deal."), ("Rosa Vidal", "Foreign Minister", "Chile")),
    (("Greece and Egypt signed the accord last week. Prime Minister Nikos Pappas said the deal with Cairo would help "
     "Greece."), ("Nikos Pappas", "Prime Minister", "Greece")),
])
def test_a_city_standing_for_the_other_side_places_no_one(extractor, body, expected):
    assert expected in offices(run(extractor, body))


# -- "A's ambassador to B said ..., Vice President X": B is where the envoy serves, not X's state ----------
@pytest.mark.parametrize("body, expected", [
    ("Vietnam's ambassador to Kenya said the trip returned one paid to Nairobi by Vice President Tran Thi Lan.",
     ("Tran Thi Lan", "Vice President", "Vietnam")),
    ("Chile's envoy to Peru said the visit to Lima by Foreign Minister Rosa Vidal was a success.",
     ("Rosa Vidal", "Foreign Minister", "Chile")),
    ("Ghana's ambassador to Germany said Defence Minister Kofi Mensah would sign the pact in Berlin.",
     ("Kofi Mensah", "Defence Minister", "Ghana")),
])
def test_where_an_unnamed_envoy_serves_is_not_the_holders_state(extractor, body, expected):
    assert expected in offices(run(extractor, body))
