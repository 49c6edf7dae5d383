"""Names and offices read the way a general reader would (round 10), in sentences written for
these tests in several constructions (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple]:
    return {(r["person"], r["office"], r["of"]) for r in facts(doc, "office")}


# -- a courtesy style before a name and the letters after it are no words of the name --------------
@pytest.mark.parametrize("body, person", [
    ("The Prime Minister, the Hon Jane Dalby MP, welcomed the visitor at Parliament House in Canberra.",
     "Jane Dalby"),
    ("The Honourable Grace Otieno told reporters that Kenya would not sign.", "Grace Otieno"),
])
def test_a_courtesy_style_and_a_seat_are_no_words_of_the_name(extractor, body, person):
    assert person in labels(run(extractor, body), "Person")


@pytest.mark.parametrize("body, expected", [
    ("Britain's foreign secretary, the Rt Hon Emily Carter MP, arrived in Nairobi on Monday.",
     ("Emily Carter", "Foreign Secretary", "United Kingdom")),
    (("Australia and Indonesia will sign a defence pact. On Monday the Deputy Prime Minister and Minister for "
     "Defence, the Hon Daniel Whitford MP, met the Indonesian minister in Canberra."),
     ("Daniel Whitford", "Minister for Defence", "Australia")),
])
def test_a_styled_name_holds_the_title_before_it(extractor, body, expected):
    assert expected in offices(run(extractor, body))


# -- whoever acts for a state, as the phrase after the name says, holds that state's office ---------
@pytest.mark.parametrize("body, expected", [
    (("The treaty was signed in Oslo by the foreign minister, Kari Lunde, on behalf of the Norwegian government, "
      "and by the trade minister, Ahmed Saleh, on behalf of Egypt."),
     {("Kari Lunde", "Foreign Minister", "Norway"), ("Ahmed Saleh", "Trade Minister", "Egypt")}),
    (("Denmark's parliament approved the pact. It was signed in Washington by the defence minister, Lars Nyquist, "
      "on behalf of the Danish Government, and by the secretary of state on behalf of the United States."),
     {("Lars Nyquist", "Defence Minister", "Denmark")}),
    ("The accord was initialled in Brussels by the trade minister, Ana Ruiz, on behalf of the Government of Spain.",
     {("Ana Ruiz", "Trade Minister", "Spain")}),
])
def test_whoever_acts_on_behalf_of_a_state_holds_its_office(extractor, body, expected):
    assert offices(run(extractor, body)) >= expected


@pytest.mark.parametrize("body, expected", [
    ("Chile and Peru will hold talks in Lima next week, led on the Chilean side by Foreign Minister Rosa Vidal.",
     {("Rosa Vidal", "Foreign Minister", "Chile")}),
    (("The agreement was signed on the Kenyan side by Cabinet Secretary Peter Otieno and on the Ugandan side by "
      "Minister Ruth Nakato in Kampala."),
     {("Peter Otieno", "Cabinet Secretary", "Kenya"), ("Ruth Nakato", "Minister", "Uganda")}),
])
def test_whoever_leads_or_signs_on_a_states_side_holds_its_office(extractor, body, expected):
    assert offices(run(extractor, body)) >= expected


# -- a report names the officials of the state it is filed from without their state -----------------
@pytest.mark.parametrize("body, expected", [
    (("LONDON - Britain and Chile signed a security pact on Wednesday, a pact that Prime Minister Tom Hale "
     "described as historic."), ("Tom Hale", "Prime Minister", "United Kingdom")),
    (("NAIROBI \u2014 Kenya and Uganda agreed to build a pipeline, and Energy Minister Ruth Kamau said work would "
     "start in June."), ("Ruth Kamau", "Energy Minister", "Kenya")),
    (("ACCRA, March 3 (Reuters) - Ghana and Togo signed a border accord on Monday that President Kofi Mensah "
     "called a model for the region."), ("Kofi Mensah", "President", "Ghana")),
])
def test_states_that_tie_leave_the_datelines_official_its_own(extractor, body, expected):
    assert expected in offices(run(extractor, body, headline="A deal is signed"))


# -- a state's title and a body's, coordinated before one name, are that person's --------------------
@pytest.mark.parametrize("body, expected", [
    ("Vietnamese President and Communist Party chief Tran Van Minh met the visiting Japanese leader in Hanoi.",
     {("Tran Van Minh", "President", "Vietnam"), ("Tran Van Minh", "Chief", "Communist Party")}),
    ("Chinese President and Communist Party General Secretary Li Wenhai arrived in Hanoi on Sunday.",
     {("Li Wenhai", "President", "China"), ("Li Wenhai", "General Secretary", "Communist Party")}),
])
def test_a_states_title_and_a_bodys_name_one_person(extractor, body, expected):
    doc = run(extractor, body)
    assert offices(doc) >= expected
    assert not {e for e in labels(doc, "Organization") if "President" in e}
    # two states' titles still name two people, and a body keeps its name
    got = offices(run(extractor, "The Chilean minister and Peru's trade minister, Ana Ruiz, met in Lima."))
    assert ("Ana Ruiz", "Trade Minister", "Peru") in got and not {o for o in got if o[2] == "Chile"}
    doc = run(extractor, "The Office of the President and Cabinet said the visit was postponed.")
    assert "Office of the President and Cabinet" in labels(doc, "Organization")


# -- a place's name written with accents the gazetteer's spelling lacks is that place ----------------
@pytest.mark.parametrize("body, qid", [
    ("Colombia and Peru signed a river pact in Bogotá on Friday.", "Q2841"),
    ("Cameroon's president received the Chadian delegation in Yaoundé on Monday.", "Q3808"),
])
def test_an_accented_spelling_names_the_place(extractor, body, qid):
    assert qid in {e.qid for e in run(extractor, body).entities.values() if e.type == "Place"}


# -- the place a person flies into is another state's -----------------------------------------------
def test_the_capital_flown_into_is_not_the_travellers_state(extractor):
    got = offices(run(extractor, "Venezuela joined the bloc. Brazil hosted the summit. President Raul Medina, who "
                                 "flew into the Brazilian capital early on Tuesday with a delegation of ministers, "
                                 "was greeted at the palace."))
    assert ("Raul Medina", "President", "Brazil") not in got


# -- the same title of the same person told again is the same office --------------------------------
def test_a_title_told_again_keeps_its_state(extractor):
    got = offices(run(extractor, "Kenya and Uganda are neighbours. President Daniel Mwangi spoke in Nairobi on Monday. "
                                 "Later, President Mwangi told a rally in Uganda that the pipeline would be built."))
    assert ("Daniel Mwangi", "President", "Kenya") in got
    assert ("Daniel Mwangi", "President", "Uganda") not in got


# -- a titled item of a list of signers is the name after the title ---------------------------------
def test_a_title_between_a_surname_and_a_name_in_a_list_is_the_names(extractor):
    got = offices(run(extractor, "President Elchin Guliyev of Azerbaijan arrived on Monday. The statement was signed "
                                 "by Guliyev, the Armenian prime minister, Aram Sargsyan, and President Ivan Sokolov."))
    assert ("Aram Sargsyan", "Prime Minister", "Armenia") in got
    assert ("Elchin Guliyev", "Prime Minister", "Armenia") not in got


# -- a name after "by" or "with" and before a lower-case title is a person's ------------------------
@pytest.mark.parametrize("body, expected", [
    ("The pact was signed by Ana Ruiz, the Chilean foreign minister, and Rosa Vidal.",
     ("Ana Ruiz", "Foreign Minister", "Chile")),
    ("Kenya's president held talks with Ana Ruiz, Chile's foreign minister, on Monday.",
     ("Ana Ruiz", "Foreign Minister", "Chile")),
])
def test_an_agent_before_a_lower_case_title_is_a_person(extractor, body, expected):
    assert expected in offices(run(extractor, body))


# -- regions news names: "Central America" is no America, "the Korean peninsula" a place ------------
@pytest.mark.parametrize("body, region", [
    ("The deal will boost trade across Central America, officials said.", "Central America"),
    ("Troops patrolled the Korean peninsula on Monday.", "Korean peninsula"),
    ("Warships from both navies will exercise in South-East Asia next year.", "South-East Asia"),
])
def test_a_region_is_a_place(extractor, body, region):
    doc = run(extractor, body)
    assert region in labels(doc, "Place")
    assert "United States" not in labels(doc, "State")


# -- a name after a title and the body of its "of" phrase, with no comma between ---------------------
@pytest.mark.parametrize("body, expected", [
    ("Speaker of the National Assembly Grace Wanjiru led Kenya's delegation to Geneva.",
     ("Grace Wanjiru", "Speaker", "National Assembly")),
    ("Secretary of the Security Council Ivan Petrov met the envoy.", ("Ivan Petrov", "Secretary", "Security Council")),
])
def test_a_name_after_a_titles_body_is_the_holders(extractor, body, expected):
    assert expected in offices(run(extractor, body))


# -- "X Y, who ...": the tagger's surname alone runs back over the given name -----------------------
def test_a_name_before_who_keeps_its_given_name(extractor):
    doc = run(extractor, "Olumide Bakare, who runs Nigeria's foreign ministry, said the border would reopen.")
    assert "Olumide Bakare" in labels(doc, "Person")
    assert ("Olumide Bakare", "Foreign Minister", "Nigeria") in offices(doc)


# -- "represented by its chairperson, Comoros President X": two titles, one name, two owners ---------
def test_an_organisations_officer_named_with_a_states_title(extractor):
    doc = run(extractor, "The summit invited the African Union, represented by its chairperson, Comoros President "
                         "Ali Mohamed, to take a seat.")
    assert "Ali Mohamed" in labels(doc, "Person")
    assert offices(doc) >= {("Ali Mohamed", "Chairperson", "African Union"), ("Ali Mohamed", "President", "Comoros")}


# -- "military" before a noun is an adjective, no armed service ---------------------------------------
@pytest.mark.parametrize("body", [
    "There would be no French military bases left in Senegal soon, the president said.",
    "Under the decree, Russian military personnel may rotate through the country.",
])
def test_military_before_a_noun_names_no_service(extractor, body):
    assert not labels(run(extractor, body), "ArmedForces")
    # the military as a noun still names the state's forces
    assert "Russian Military" in labels(run(extractor, "The Russian military said on Monday that drills would begin."),
                                        "ArmedForces")


# -- a line of sharing buttons is page furniture, whatever its separators ----------------------------
@pytest.mark.parametrize("line", [
    "Share | Tweet | Email | WhatsApp | Print",
    "SHARE THIS: Facebook  X  WhatsApp  Telegram  LinkedIn  Copy link",
])
def test_sharing_buttons_name_nothing(extractor, line):
    doc = run(extractor, "Kenya and Uganda signed a pipeline pact on Monday.\n" + line + "\nThe pipeline will open in 2027.")
    assert not {e.label for e in doc.entities.values()} & {"WhatsApp", "Print", "SHARE", "Telegram", "LinkedIn"}


# -- a portfolio named by a region of several words ("for Middle East affairs") -----------------------
@pytest.mark.parametrize("body, expected", [
    ("China's special envoy for Middle East affairs, Zhang Wenli, arrived in Amman on Tuesday.",
     ("Zhang Wenli", "Special Envoy for Middle East Affairs", "China")),
    ("The Indian envoy for Latin America affairs, Ravi Das, met the president.",
     ("Ravi Das", "Envoy for Latin America Affairs", "India")),
])
def test_a_portfolio_of_a_many_word_region(extractor, body, expected):
    assert expected in offices(run(extractor, body))


# -- two coordinated titles, then two names: each title is its own name's ---------------------------
@pytest.mark.parametrize("body, expected, wrong", [
    ("Greece's prime minister and foreign minister, Yannis Kostas and Eleni Marou, flew to Nicosia.",
     {("Yannis Kostas", "Prime Minister", "Greece"), ("Eleni Marou", "Foreign Minister", "Greece")},
     ("Yannis Kostas", "Foreign Minister", "Greece")),
    ("Chile's defence minister and army chief, Rosa Vidal and Jorge Salas, arrived in Lima.",
     {("Rosa Vidal", "Defence Minister", "Chile"), ("Jorge Salas", "Army Chief", "Chile")},
     ("Rosa Vidal", "Army Chief", "Chile")),
])
def test_coordinated_titles_before_two_names_are_respective(extractor, body, expected, wrong):
    got = offices(run(extractor, body))
    assert got >= expected
    assert wrong not in got


# -- "in an interview with X, Senegal's president, Y, said": the title is the subject's --------------
@pytest.mark.parametrize("body, expected, wrong", [
    ("That day, in an interview with Radio Kivu, Senegal's president, Moussa Diop, said there would be no bases.",
     ("Moussa Diop", "President", "Senegal"), ("Radio Kivu", "President", "Senegal")),
    ("After talks with Rosa Vidal, Chile's foreign minister, Jorge Salas, said the deal was close.",
     ("Jorge Salas", "Foreign Minister", "Chile"), ("Rosa Vidal", "Foreign Minister", "Chile")),
])
def test_a_title_between_a_fronted_phrase_and_the_subject_is_the_subjects(extractor, body, expected, wrong):
    got = offices(run(extractor, body))
    assert expected in got
    assert wrong not in got
