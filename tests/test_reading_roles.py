"""Offices and memberships read the way a general reader would: sentences written for these tests
in several constructions (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.extract.pipeline import Extractor
from kg.link.gazetteer import load_gazetteer

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(gazetteer=load_gazetteer())


def offices(doc) -> set[tuple]:
    return {(r["person"], r["office"], r["of"]) for r in facts(doc, "office")}


def members(doc) -> set[tuple]:
    return {(r["member"], r["organization"], r["modality"]) for r in facts(doc, "member")}


# -- a portfolio may list several portfolios, with commas and "and" -----------------------------------
@pytest.mark.parametrize("body, person, office, state", [
    ("Britain's Secretary of State for Energy, Science and Technology, Tom Reyes, visited Oslo on Monday.",
     "Tom Reyes", "Secretary of State for Energy, Science and Technology", "United Kingdom"),
    ("Peru's Minister of Labour, Trade and Tourism Rosa Vidal resigned on Friday.",
     "Rosa Vidal", "Minister of Labour, Trade and Tourism", "Peru"),
    ("The talks were led by Ali Hassan, Oman's Minister of Investment and Trade.",
     "Ali Hassan", "Minister of Investment and Trade", "Oman"),
    ("She met Tom Hale, Canada's Minister of Immigration, Citizenship, Northern Services, and Multicultural Affairs.",
     "Tom Hale", "Minister of Immigration, Citizenship, Northern Services, and Multicultural Affairs", "Canada"),
])
def test_a_portfolio_lists_several_portfolios(extractor, body, person, office, state):
    assert (person, office, state) in offices(run(extractor, body))


# -- suspending or freezing a member's participation: no longer a member -------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Moldova has frozen its participation in the Commonwealth of Independent States.",
     {("Moldova", "Commonwealth of Independent States", "negated")}),
    ("The African Union has frozen the participation of three member states, Mali, Guinea and Niger.",
     {(s, "African Union", "negated") for s in ("Mali", "Guinea", "Niger")}),
    ("Gabon, Mali and Niger, all members of the African Union, were suspended by the bloc in 2023.",
     {(s, "African Union", "negated") for s in ("Gabon", "Mali", "Niger")}),
    ("Moldova's participation in the Commonwealth of Independent States was suspended last year.",
     {("Moldova", "Commonwealth of Independent States", "negated")}),
])
def test_a_suspended_participation_is_no_membership(extractor, body, expected):
    assert members(run(extractor, body)) == expected


# -- "a fellow member", "another member": the other state is a member too -----------------------------
@pytest.mark.parametrize("body, expected", [
    ("Chile shares a long border with Peru, a fellow member of the Pacific Alliance.",
     {("Peru", "Pacific Alliance", "asserted"), ("Chile", "Pacific Alliance", "asserted")}),
    ("Bolivia's government said Paraguay, another Mercosur member, backed the plan.",
     {("Paraguay", "Mercosur", "asserted"), ("Bolivia", "Mercosur", "asserted")}),
    ("Chile hosted the talks on Monday. Peru, a fellow member of the Pacific Alliance, sent its trade minister.",
     {("Peru", "Pacific Alliance", "asserted"), ("Chile", "Pacific Alliance", "asserted")}),
])
def test_a_fellow_member_makes_the_other_state_a_member(extractor, body, expected):
    assert members(run(extractor, body)) == expected


def test_a_fellow_member_among_several_states_names_no_other(extractor):
    doc = run(extractor, "Chile, Peru and Bolivia met on Monday. Ecuador, another Pacific Alliance member, stayed away.")
    assert members(doc) == {("Ecuador", "Pacific Alliance", "asserted")}


# -- "the country's foreign minister": the state or organisation the description refers back to -------
@pytest.mark.parametrize("body, person, office, owner", [
    (("Kenya's president, Samuel Otieno, met the envoy on Monday. Amina Duale, the country's foreign minister, "
     "is due to visit London in May."), "Amina Duale", "Foreign Minister", "Kenya"),
    (("Saudi Arabia signed the accord with Oman last week. The kingdom's energy minister, Faisal Nasser, said in "
     "Muscat that it was historic."), "Faisal Nasser", "Energy Minister", "Saudi Arabia"),
    (("ECOWAS leaders said ECOWAS would send troops. The African Union met in Addis Ababa on Monday, and the "
     "bloc's chairperson, Moussa Diallo, backed them."), "Moussa Diallo", "Chairperson", "African Union"),
])
def test_a_description_owns_the_title(extractor, body, person, office, owner):
    assert (person, office, owner) in offices(run(extractor, body))


# -- no owner named: not the state of the officials the person meets, but the one they speak for -------
@pytest.mark.parametrize("body, person, office, owner", [
    (("Chancellor Klaus Berger hosted Poland's prime minister and the French president on Monday. "
     "Berger said Germany would not send more tanks."), "Klaus Berger", "Chancellor", "Germany"),
    (("Prime Minister Rosa Marin met the Peruvian foreign minister in Lima on Monday. "
     "Marin told reporters that Chile wanted a deal."), "Rosa Marin", "Prime Minister", "Chile"),
    (("Finance Minister Anna Vogel received the Polish and Czech finance ministers in Vienna. "
     "She said Austria could not pay for the plan."), "Anna Vogel", "Finance Minister", "Austria"),
])
def test_a_title_without_owner_is_of_the_state_its_holder_speaks_for(extractor, body, person, office, owner):
    found = {(p, o, s) for p, o, s in offices(run(extractor, body)) if p == person}
    assert found == {(person, office, owner)}


# -- "the bloc's members A and B": named members are members, whatever they do ----------------------
@pytest.mark.parametrize("body, org", [
    ("NATO ministers met in Brussels. The alliance's members Poland and Romania asked for more troops.",
     "North Atlantic Treaty Organisation"),
    ("The Pacific Alliance invited its members Peru and Chile to talks on tariffs.", "Pacific Alliance"),
    ("Mercosur's members Peru and Chile want a trade deal, officials said.", "Mercosur"),
])
def test_members_named_beside_their_organisation(extractor, body, org):
    states = {"Poland", "Romania"} if "NATO" in body else {"Peru", "Chile"}
    assert members(run(extractor, body)) == {(s, org, "asserted") for s in states}


# -- applying for membership: a membership ahead ---------------------------------------------------
@pytest.mark.parametrize("body, state, org", [
    ("Ukraine applied for EU membership in 2022.", "Ukraine", "European Union"),
    ("Peru applied for membership in the Andean Forum in May.", "Peru", "Andean Forum"),
    ("Chile, which applied for accession to the Pacific Alliance last year, hopes for an answer soon.", "Chile",
     "Pacific Alliance"),
])
def test_applying_for_membership_is_a_planned_membership(extractor, body, state, org):
    assert members(run(extractor, body)) == {(state, org, "planned")}


# -- "the Gulf bloc", "the West African bloc": the organisation whose name holds the region ------------
@pytest.mark.parametrize("body, expected", [
    ("The Gulf Cooperation Council met in Riyadh. The six-nation Gulf bloc includes Bahrain and Kuwait.",
     {(s, "Cooperation Council for the Arab States of the Gulf", "asserted") for s in ("Bahrain", "Kuwait")}),
    ("The West African bloc suspended Niger on Friday. The Economic Community of West African States met in Abuja.",
     {("Niger", "Economic Community of West African States", "negated")}),
    ("ASEAN leaders met in Jakarta. The Southeast Asian bloc admitted Laos in 1997.",
     {("Laos", "Association of Southeast Asian Nations", "asserted")}),
])
def test_a_bloc_described_by_its_region_is_the_organisation_named(extractor, body, expected):
    doc = run(extractor, body)
    assert members(doc) == expected
    assert len([e for e in doc.entities.values() if e.type == "InternationalOrganization"]) == 1


def test_a_name_with_its_own_head_noun_is_its_own_organisation(extractor):
    doc = run(extractor, "The Andean Community met in Lima. The Andean Forum admitted Chile in May.")
    assert members(doc) == {("Chile", "Andean Forum", "asserted")}


# -- "member states, including A and B", "members such as A": examples of the members ---------------
@pytest.mark.parametrize("body, org, states", [
    ("Member states of the African Union, including Kenya and Nigeria, voted for the resolution.", "African Union",
     {"Kenya", "Nigeria"}),
    ("Several NATO members, such as Hungary and Slovakia, opposed the plan.", "North Atlantic Treaty Organisation",
     {"Hungary", "Slovakia"}),
    ("African Union member states like Ghana and Senegal backed the text on Tuesday.", "African Union",
     {"Ghana", "Senegal"}),
])
def test_members_given_as_examples(extractor, body, org, states):
    assert members(run(extractor, body)) == {(s, org, "asserted") for s in states}


def test_leaders_met_are_no_members(extractor):
    doc = run(extractor, "Macron met the leaders of Germany, Italy and the European Union in Rome on Monday.")
    assert members(doc) == set()


# -- a sentence opening with "Its president X": the state or organisation the sentence before is about --
@pytest.mark.parametrize("body, person, office, owner", [
    (("Turkmenistan has refused to join the bloc, unlike Kazakhstan and Uzbekistan. Its president Serdar Amanov "
     "prefers bilateral deals with Russia."), "Serdar Amanov", "President", "Turkmenistan"),
    (("Mongolia signed the accord with Russia and China on Monday. Its prime minister, Batbold Enkh, called it "
     "balanced."), "Batbold Enkh", "Prime Minister", "Mongolia"),
    (("ECOWAS leaders said ECOWAS would act. The African Union met Kenya and Ghana in Accra on Monday. Its "
     "chairperson, Moussa Diallo, urged calm."),
     "Moussa Diallo", "Chairperson", "African Union"),
])
def test_its_opening_a_sentence_is_the_subject_before(extractor, body, person, office, owner):
    found = {(p, o, s) for p, o, s in offices(run(extractor, body)) if p == person}
    assert found == {(person, office, owner)}


# -- "A's foreign minister, X, and the trade minister, Y": Y's office is of A too -----------------------
@pytest.mark.parametrize("body, person, office, owner", [
    ("Chile's foreign minister, Ana Prado, and the trade minister, Luis Vidal, arrived in Lima.",
     "Luis Vidal", "Trade Minister", "Chile"),
    (("Saudi Arabia's minister of foreign affairs, Faisal Nasser, and the Minister of Investment and Trade, Khalid "
     "Harbi, spent three days in Tashkent."), "Khalid Harbi", "Minister of Investment and Trade", "Saudi Arabia"),
    ("Japanese Foreign Minister Kenji Arakawa, and Defence Minister Yuko Tanabe, met their counterparts in Manila.",
     "Yuko Tanabe", "Defence Minister", "Japan"),
])
def test_coordinated_titles_set_off_by_commas_share_the_state(extractor, body, person, office, owner):
    found = {(p, o, s) for p, o, s in offices(run(extractor, body)) if p == person}
    assert found == {(person, office, owner)}


# -- suspended, whatever the construction: a membership ended ----------------------------------------
@pytest.mark.parametrize("body, state, org", [
    ("Mercosur leaders met in Montevideo. Venezuela, suspended since 2016, was absent.", "Venezuela", "Mercosur"),
    ("Mercosur leaders met in Montevideo. Venezuela, whose membership was suspended in 2016, was absent.",
     "Venezuela", "Mercosur"),
    ("Gabon remains suspended from the African Union, a spokesman said.", "Gabon", "African Union"),
    ("Venezuela's suspension from Mercosur remains in force.", "Venezuela", "Mercosur"),
])
def test_a_suspended_state_is_no_member(extractor, body, state, org):
    assert members(run(extractor, body)) == {(state, org, "negated")}


@pytest.mark.parametrize("body", [
    "ECOWAS leaders met in Abuja. Niger suspended its cooperation with France on Monday.",
    "ECOWAS leaders met in Abuja. Peru left the talks early.",
])
def test_a_state_suspending_or_leaving_something_else_leaves_no_organisation(extractor, body):
    assert members(run(extractor, body)) == set()


# -- "her Peruvian counterpart": the office of whom the pronoun means, the state the phrase names --------
@pytest.mark.parametrize("body, person, office, owner", [
    ("Foreign Minister Ana Prado of Chile arrived in Lima on Monday. She met her Peruvian counterpart, Luis Vidal.",
     "Luis Vidal", "Foreign Minister", "Peru"),
    ("Portugal's Defence Minister Rui Mota arrived in Madrid. Mota also met Elena Ruiz, his Spanish counterpart.",
     "Elena Ruiz", "Defence Minister", "Spain"),
    ("Trade Minister Ali Reza of Oman landed in Delhi. With his Indian counterpart Vikram Rao, he will open the fair.",
     "Vikram Rao", "Trade Minister", "India"),
])
def test_a_counterpart_named_with_a_pronoun_holds_its_owner_office(extractor, body, person, office, owner):
    assert (person, office, owner) in offices(run(extractor, body))


# -- partners, observers and associates are not members ----------------------------------------------
@pytest.mark.parametrize("body", [
    "Vietnam became a BRICS partner country in 2025.",
    "Chile is an associate member of Mercosur, officials said.",
    "Serbia, an observer state of the Eurasian Economic Union, sent a delegation to the talks.",
])
def test_another_standing_is_no_membership(extractor, body):
    assert members(run(extractor, body)) == set()


@pytest.mark.parametrize("body", [
    "Guyana and Suriname signed protocols for their accession to the Andean Forum as associate members.",
    "The Pacific Alliance admitted Ecuador as an observer in 2013.",
    "Iceland joined the Nordic Defence Alliance as a partner last year.",
])
def test_joining_as_another_standing_is_no_membership(extractor, body):
    assert members(run(extractor, body)) == set()


# -- "X froze its participation": in the organisation the passage speaks of, unless it says in what ---
@pytest.mark.parametrize("body, expected", [
    ("The Nordic Defence Alliance met in Oslo. Latvia suspended its participation last year after a dispute.",
     {("Latvia", "Nordic Defence Alliance", "negated")}),
    (("The Commonwealth of Independent States met in Minsk. Moldova has frozen its participation, its foreign "
     "ministry said."), {("Moldova", "Commonwealth of Independent States", "negated")}),
    ("The Nordic Defence Alliance met in Oslo. Latvia suspended its participation in the joint exercises.", set()),
])
def test_a_participation_frozen_without_its_organisation(extractor, body, expected):
    assert members(run(extractor, body)) == expected


# -- a counted plural that stands for fewer states than it counts names none of them -------------------
@pytest.mark.parametrize("body", [
    "Ecuador's president spoke first. The three countries that left the Andean Forum in 2019 stayed away.",
    "Peru hosted the meeting on Monday. The twelve countries that joined the Andean Forum in 2020 sent envoys.",
    "Ecuador signed the accord. Of the four states that joined the Andean Forum in 2020, three were poor.",
])
def test_a_counted_plural_names_no_single_state_a_member(extractor, body):
    assert members(run(extractor, body)) == set()


def test_a_pair_counted_right_is_read(extractor):
    doc = run(extractor, "Chile and Peru signed the deal. The two countries joined the Pacific Alliance in 2011.")
    assert members(doc) == {("Chile", "Pacific Alliance", "asserted"), ("Peru", "Pacific Alliance", "asserted")}


# -- a time the parser took for the object: "X joined the following year" joins the organisation in view --
@pytest.mark.parametrize("body, state, org", [
    ("The Andean Forum was formed by Peru and Chile, and Bolivia joined the following year.", "Bolivia",
     "Andean Forum"),
    ("Slovakia joined the following month, officials said, after NATO approved it.", "Slovakia",
     "North Atlantic Treaty Organisation"),
    ("NATO leaders met in Vilnius. Sweden, which joined the following spring, sent observers.", "Sweden",
     "North Atlantic Treaty Organisation"),
])
def test_a_time_phrase_is_no_object_of_joining(extractor, body, state, org):
    assert (state, org, "asserted") in members(run(extractor, body))


# -- a will owned by the noun's agent: "a request by X to join" -------------------------------------
@pytest.mark.parametrize("body, state, org", [
    ("The East African Community is weighing a request by Ethiopia to join the bloc.", "Ethiopia",
     "East African Community"),
    ("An application from Bolivia to join Mercosur is on the agenda.", "Bolivia", "Mercosur"),
    ("Diplomats discussed a bid by Armenia to join the European Union.", "Armenia", "European Union"),
])
def test_a_request_by_a_state_to_join_is_its_planned_membership(extractor, body, state, org):
    assert members(run(extractor, body)) == {(state, org, "planned")}


# -- a noun said of states stands for them in its own clause ----------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Flags flew in Romania and Bulgaria, as the two nations became the latest countries to join the European Union.",
     {("Romania", "European Union", "asserted"), ("Bulgaria", "European Union", "asserted")}),
    ("Finland and Sweden are the newest countries to join NATO.",
     {("Finland", "North Atlantic Treaty Organisation", "asserted"), ("Sweden", "North Atlantic Treaty Organisation", "asserted")}),
    ("Ireland and Denmark were the first states that joined the European Union after its founding.",
     {("Ireland", "European Union", "asserted"), ("Denmark", "European Union", "asserted")}),
])
def test_a_predicate_noun_stands_for_its_subject(extractor, body, expected):
    assert members(run(extractor, body)) == expected


# -- "belongs to", "belongs with X to", and an organisation denied beside another ------------------
@pytest.mark.parametrize("body, expected", [
    ("Belarus, which belongs with Russia to the Collective Security Treaty Organization, protested.",
     {(s, "Collective Security Treaty Organization", "asserted") for s in ("Belarus", "Russia")}),
    # a guard: the plain "belong to" read before
    ("Both Chile and Peru belong to the Pacific Alliance.", {(s, "Pacific Alliance", "asserted") for s in ("Chile", "Peru")}),
    ("Norway belongs to NATO but not to the European Union.",
     {("Norway", "North Atlantic Treaty Organisation", "asserted"), ("Norway", "European Union", "negated")}),
    ("Norway is a member of NATO but not of the European Union.",
     {("Norway", "North Atlantic Treaty Organisation", "asserted"), ("Norway", "European Union", "negated")}),
])
def test_belonging_and_a_denied_organisation(extractor, body, expected):
    assert members(run(extractor, body)) == expected


# -- a body of an organisation ("the Council of Ministers of Y") admits or seats members of Y -------
@pytest.mark.parametrize("body, state", [
    ("The Pacific Alliance met in Lima. The Council of Ministers of the Pacific Alliance admitted Ecuador on Monday.",
     "Ecuador"),
    ("Pacific Alliance leaders met in May. Ecuador was admitted by the Council of Ministers of the Pacific Alliance.",
     "Ecuador"),
    (("The Pacific Alliance met in Lima. The Council of Heads of State of the Pacific Alliance approved the accession "
     "of Ecuador, which becomes its fifth member."), "Ecuador"),
])
def test_a_body_of_an_organisation_stands_for_it(extractor, body, state):
    assert members(run(extractor, body)) == {(state, "Pacific Alliance", "asserted")}


# -- "X, a NATO member, applied for membership": not of what X already belongs to ------------------
@pytest.mark.parametrize("body, expected", [
    ("BRICS met in June. Turkey, a NATO member, has applied for full membership.",
     {("Turkey", "North Atlantic Treaty Organisation", "asserted"), ("Turkey", "BRICS", "planned")}),
    ("The African Union met in June. Morocco, an Arab League member, rejoined in 2017.",
     {("Morocco", "Arab League", "asserted"), ("Morocco", "African Union", "asserted")}),
    ("Mercosur leaders met in May. Bolivia, an Andean Community member, is seeking accession.",
     {("Bolivia", "Andean Community", "asserted"), ("Bolivia", "Mercosur", "planned")}),
])
def test_a_member_noun_beside_the_state_is_not_the_organisation_in_view(extractor, body, expected):
    assert members(run(extractor, body)) == expected


# -- an accession dated to a year gone by is done; "a candidate for membership" is ahead ------------
@pytest.mark.parametrize("body, expected", [
    ("Sweden's accession to NATO in 2023 ended two centuries of neutrality.",
     {("Sweden", "North Atlantic Treaty Organisation", "asserted")}),
    ("Finland's entry into NATO in 2023 doubled the alliance's border with Russia.",
     {("Finland", "North Atlantic Treaty Organisation", "asserted")}),
    # a guard: an accession ahead stays planned
    ("Sweden's accession to NATO is expected next year.", {("Sweden", "North Atlantic Treaty Organisation", "planned")}),
    ("Serbia is a candidate for membership of the European Union.", {("Serbia", "European Union", "planned")}),
    ("Moldova, a candidate for EU membership, held talks in Brussels.", {("Moldova", "European Union", "planned")}),
])
def test_an_accession_dated_past_and_a_candidate(extractor, body, expected):
    assert members(run(extractor, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("Greece has been a member of NATO since 1952 and of the European Union since 1981.",
     {("Greece", "North Atlantic Treaty Organisation", "asserted"), ("Greece", "European Union", "asserted")}),
    # a guard: "of B" the parser joins to "of A" itself
    ("Portugal became a member of NATO in 1949 and of the European Union in 1986.",
     {("Portugal", "North Atlantic Treaty Organisation", "asserted"), ("Portugal", "European Union", "asserted")}),
])
def test_a_second_organisation_joined_to_another_phrase(extractor, body, expected):
    assert members(run(extractor, body)) == expected


# -- "X, whose president, Y,": the relative's antecedent owns the title ----------------------------
@pytest.mark.parametrize("body, person, office, owner", [
    ("Saudi Arabia was invited, but Argentina, whose president, Javier Solano, called the group a club, said no.",
     "Javier Solano", "President", "Argentina"),
    ("Brazil hosted the talks, and Argentina, whose president, Javier Solano, arrived late, signed nothing.",
     "Javier Solano", "President", "Argentina"),
    ("In Lima, Chile and Peru met Bolivia, whose foreign minister, Rosa Vidal, spoke first.",
     "Rosa Vidal", "Foreign Minister", "Bolivia"),
])
def test_whose_title_is_the_antecedents(extractor, body, person, office, owner):
    found = {(p, o, s) for p, o, s in offices(run(extractor, body)) if p == person}
    assert found == {(person, office, owner)}


# -- the state whose delegation a person leads ----------------------------------------------------
@pytest.mark.parametrize("body, person, office, owner", [
    ("Peru's talks with Chile in Lima were attended by a Bolivian team led by Trade Minister Rosa Vidal.",
     "Rosa Vidal", "Trade Minister", "Bolivia"),
    ("Chile and Peru met in Lima, where the Bolivian delegation was headed by Trade Minister Rosa Vidal.",
     "Rosa Vidal", "Trade Minister", "Bolivia"),
    ("Defence Minister Tomas Berg, who heads the Swedish delegation, arrived in Oslo on Monday.",
     "Tomas Berg", "Defence Minister", "Sweden"),
    ("The talks in Hanoi were attended by a Philippine team led by Trade Secretary Jose Cruz.",
     "Jose Cruz", "Trade Secretary", "Philippines"),
])
def test_the_state_whose_delegation_a_person_leads(extractor, body, person, office, owner):
    found = {(p, o, s) for p, o, s in offices(run(extractor, body)) if p == person}
    assert found == {(person, office, owner)}


# -- appointed, named, elected, sworn in as: an office held now --------------------------------------
@pytest.mark.parametrize("body, person, office, owner", [
    (("Kenyan President Daniel Mwangi on Tuesday appointed Grace Wanjiru, a former envoy, as the country's foreign "
     "minister."), "Grace Wanjiru", "Foreign Minister", "Kenya"),
    ("Last week Rosa Vidal was appointed Peru's trade minister.", "Rosa Vidal", "Trade Minister", "Peru"),
    ("Tomas Berg was sworn in as Sweden's prime minister on Monday.", "Tomas Berg", "Prime Minister", "Sweden"),
    ("Kenyan President Daniel Mwangi on Monday named Otieno Odhiambo as finance minister.", "Otieno Odhiambo",
     "Finance Minister", "Kenya"),
])
def test_an_appointment_gives_the_office(extractor, body, person, office, owner):
    assert (person, office, owner) in offices(run(extractor, body))


def test_an_appointment_with_no_owner_and_no_appointer_is_no_guess(extractor):
    # a guard: the appointment verbs must not give a passage's state to a title that names none
    doc = run(extractor, "A day after Rui Lopes was sworn in as the first elected president, the government in "
                         "Dili signed a pact with Portugal.")
    assert not [r for r in offices(doc) if r[0] == "Rui Lopes"]


# -- "top diplomat": a foreign minister --------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Peru's top diplomat, Luis Soto, said the talks were useful.",
    "The talks were led by Luis Soto, Peru's top diplomat.",
    "Chile's president met the top diplomat of Peru, Luis Soto, on Monday.",
])
def test_a_top_diplomat_is_a_foreign_minister(extractor, body):
    assert ("Luis Soto", "Foreign Minister", "Peru") in offices(run(extractor, body))


# -- two coordinated titles, each with its own state: two people ------------------------------------
@pytest.mark.parametrize("body, person, office, owner", [
    ("Wrobel stood beside the Lithuanian minister and Latvia's deputy defence minister, Edgars Liepins.",
     "Edgars Liepins", "Deputy Defence Minister", "Latvia"),
    ("She met Chile's president and Peru's foreign minister, Luis Soto, in Lima.", "Luis Soto", "Foreign Minister",
     "Peru"),
    ("He talked with the Polish president and Hungary's prime minister, Gabor Kertesz, on Monday.",
     "Gabor Kertesz", "Prime Minister", "Hungary"),
])
def test_titles_of_two_states_name_two_people(extractor, body, person, office, owner):
    found = {(p, o, s) for p, o, s in offices(run(extractor, body)) if p == person}
    assert found == {(person, office, owner)}


# -- the organisation a summit's name holds is the one in view; "its members, among them A and B" ----
@pytest.mark.parametrize("body, org, states", [
    (("The summit of the Shanghai Cooperation Organisation was attended by the leaders of its member states, China, "
     "Russia and India."), "Shanghai Cooperation Organisation", {"China", "Russia", "India"}),
    ("The European Union's 27 members, among them Austria and Ireland, agreed on sanctions.", "European Union",
     {"Austria", "Ireland"}),
    ("NATO's 32 member states, among them Norway and Denmark, backed the plan.", "North Atlantic Treaty Organisation",
     {"Norway", "Denmark"}),
])
def test_members_named_after_their_noun(extractor, body, org, states):
    assert members(run(extractor, body)) == {(s, org, "asserted") for s in states}


# -- an organisation's officials "from" states; chairing; readmission ---------------------------------
@pytest.mark.parametrize("body, expected", [
    ("ASEAN foreign ministers from Vietnam, Thailand and Malaysia met in Jakarta.",
     {(s, "Association of Southeast Asian Nations", "asserted") for s in ("Vietnam", "Thailand", "Malaysia")}),
    ("EU envoys from Austria and Ireland will meet in Vienna on Monday.",
     {(s, "European Union", "asserted") for s in ("Austria", "Ireland")}),
    ("NATO diplomats from Norway and Iceland arrived in Riga on Sunday.",
     {(s, "North Atlantic Treaty Organisation", "asserted") for s in ("Norway", "Iceland")}),
    ("Laos chairs ASEAN this year.", {("Laos", "Association of Southeast Asian Nations", "asserted")}),
    ("The 11-member Association of Southeast Asian Nations, chaired this year by Laos, met in Vientiane.",
     {("Laos", "Association of Southeast Asian Nations", "asserted")}),
    ("Gambia, which withdrew in 2013, was readmitted to the Commonwealth five years later.",
     {("Gambia", "Commonwealth", "asserted")}),
    ("The Commonwealth readmitted Gambia in 2018.", {("Gambia", "Commonwealth", "asserted")}),
])
def test_officials_chairs_and_readmission(extractor, body, expected):
    assert members(run(extractor, body)) == expected


# -- an appointment told in the passive with no appointer: the passage's state ----------------------
@pytest.mark.parametrize("body, person, office, owner", [
    (("Chile's President Marta Rios reshuffled her cabinet on Monday. Former trade minister Luis Soto has been "
     "appointed as the new foreign minister."), "Luis Soto", "Foreign Minister", "Chile"),
    ("Peru's prime minister changed six ministers on Friday. Rosa Vidal was named finance minister.", "Rosa Vidal",
     "Finance Minister", "Peru"),
])
def test_a_passive_appointment_without_appointer(extractor, body, person, office, owner):
    assert (person, office, owner) in offices(run(extractor, body))


# -- "X, who served as ...", "X was ... when": an office held before, not recorded ------------------
@pytest.mark.parametrize("body, person", [
    ("Luis Soto, who served as Peru's foreign minister, praised the accord.", "Luis Soto"),
    ("Rosa Vidal was Chile's defence minister when the pact was signed in Lima.", "Rosa Vidal"),
    ("The plan was drafted by Tomas Berg, who was Sweden's prime minister for a decade.", "Tomas Berg"),
])
def test_an_office_told_in_the_past_is_a_former_one(extractor, body, person):
    assert not [r for r in offices(run(extractor, body)) if r[0] == person]


def test_an_office_taken_in_the_past_is_held(extractor):
    # a guard: "became" tells an office taken, held still
    doc = run(extractor, "Tomas Berg, who became Sweden's prime minister in 2022, praised the accord.")
    assert ("Tomas Berg", "Prime Minister", "Sweden") in offices(doc)


# -- "Chief Cabinet Secretary": one title, not "Chief" and another -----------------------------------
@pytest.mark.parametrize("body", [
    "Finance Minister Ken Sato, Chief Cabinet Secretary Taro Ito and Trade Minister Aiko Mori of Japan met on Monday.",
    "Japan's prime minister met Finance Minister Ken Sato, Chief Cabinet Secretary Taro Ito, and the press in Tokyo.",
])
def test_an_office_noun_inside_a_longer_title_is_no_title_of_its_own(extractor, body):
    found = offices(run(extractor, body))
    assert ("Taro Ito", "Chief Cabinet Secretary", "Japan") in found
    assert {o for p, o, _ in found if p == "Ken Sato"} == {"Finance Minister"}


# -- "A and B, the largest economies in the union": states said to be in an organisation ---------------
@pytest.mark.parametrize("body, expected", [
    ("France and Germany, the two largest economies in the European Union, signed a treaty.",
     {(s, "European Union", "asserted") for s in ("France", "Germany")}),
    ("Chile is the smallest country in the Pacific Alliance.", {("Chile", "Pacific Alliance", "asserted")}),
    ("Peru, one of the poorer nations within Mercosur, objected.", {("Peru", "Mercosur", "asserted")}),
])
def test_states_said_to_be_in_an_organisation(extractor, body, expected):
    assert members(run(extractor, body)) == expected


# -- "X became a member of Y, joining A and B": the states joined are members of Y --------------------
@pytest.mark.parametrize("body, expected", [
    ("Last spring Bolivia was made a full member of Mercosur, joining Uruguay, Paraguay, Brazil and Argentina.",
     {(s, "Mercosur", "asserted") for s in ("Bolivia", "Argentina", "Brazil", "Paraguay", "Uruguay")}),
    ("Ecuador was admitted to the Pacific Alliance on Monday, joining Chile, Peru and Mexico.",
     {(s, "Pacific Alliance", "asserted") for s in ("Ecuador", "Chile", "Peru", "Mexico")}),
    ("Sweden joined NATO in March, joining Finland as the alliance's newest members.",
     {(s, "North Atlantic Treaty Organisation", "asserted") for s in ("Sweden", "Finland")}),
    # a guard: joining a state in an act makes it no member
    ("Bolivia, a member of Mercosur, backed the plan, joining Chile in calling for talks.",
     {("Bolivia", "Mercosur", "asserted")}),
])
def test_the_states_a_new_member_joins(extractor, body, expected):
    assert members(run(extractor, body)) == expected


# -- "X's bid for membership", "entered the union", "part of", a negation on another verb ------------
@pytest.mark.parametrize("body, expected", [
    ("Georgia's bid for NATO membership has stalled.", {("Georgia", "North Atlantic Treaty Organisation", "planned")}),
    ("Moldova's application for membership of the European Union was welcomed.", {("Moldova", "European Union", "planned")}),
    ("Bulgaria entered the European Union in 2007.", {("Bulgaria", "European Union", "asserted")}),
    ("Turkey, which is part of NATO, blocked the move.", {("Turkey", "North Atlantic Treaty Organisation", "asserted")}),
    ("Serbia is not part of the European Union.", {("Serbia", "European Union", "negated")}),
    ("Hungary's EU membership has not stopped it from courting China.", {("Hungary", "European Union", "asserted")}),
    ("Poland and Romania, NATO's eastern flank states, asked for more troops.",
     {(s, "North Atlantic Treaty Organisation", "asserted") for s in ("Poland", "Romania")}),
])
def test_bids_entries_parts_and_negations_elsewhere(extractor, body, expected):
    assert members(run(extractor, body)) == expected


# -- "X is in NATO", "which is not in the union"; not "X's president was in the Y capital" ----------
@pytest.mark.parametrize("body, expected", [
    ("Poland has been in NATO since 1999.", {("Poland", "North Atlantic Treaty Organisation", "asserted")}),
    ("Norway, which is not in the European Union, was invited.", {("Norway", "European Union", "negated")}),
    ("Norway and Iceland remain outside the European Union but inside NATO.",
     {(s, "North Atlantic Treaty Organisation", "asserted") for s in ("Norway", "Iceland")}),
    # a guard: a person somewhere is no state in an organisation
    ("Chile's president was in the Pacific Alliance capital on Monday.", set()),
])
def test_a_state_in_an_organisation(extractor, body, expected):
    assert members(run(extractor, body)) == expected


# -- a clause of its own is not governed by the verb it hangs on; "whose country" --------------------
@pytest.mark.parametrize("body, expected", [
    ("ASEAN met in Hanoi. Myanmar was barred from the talks, although the country remains a member.",
     {("Myanmar", "Association of Southeast Asian Nations", "asserted")}),
    ("NATO met in Oslo. Turkey was asked to leave the room, though it is a member.",
     {("Turkey", "North Atlantic Treaty Organisation", "asserted")}),
    ("Chile's foreign minister, Ana Ruiz, whose country is also a member of the Pacific Alliance, spoke first.",
     {("Chile", "Pacific Alliance", "asserted")}),
    ("The talks were led by Peru's president, Luis Soto, whose country joined the Andean Forum in 2019.",
     {("Peru", "Andean Forum", "asserted")}),
])
def test_a_clause_of_its_own_and_whose_country(extractor, body, expected):
    assert members(run(extractor, body)) == expected
