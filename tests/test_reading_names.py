"""Names as a general reader meets them in news it has never seen: groupings named by what they
are of, bodies whose name opens with their owner, sites and the place they are in, regions,
summits named as meetings, and what is nobody's name. Every text is invented for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

from kg.model import Document

pytestmark = pytest.mark.model


def named(doc: Document) -> dict[str, str]:
    """Every entity's label -> its type."""
    return {e.label: e.type for e in doc.entities.values()}


def entity(doc: Document, label: str):
    return next(e for e in doc.entities.values() if e.label == label)


# --- groupings named by what they are of --------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("The Community of Andean and Caribbean Republics (CACR) met in Lima on Monday. CACR members agreed.",
     "Community of Andean and Caribbean Republics"),
    ("Ministers of the League of Coastal States gathered on Friday.", "League of Coastal States"),
    ("Delegates said the Alliance of Desert States would admit Chad, which applied last year.",
     "Alliance of Desert States"),
    ("A new Union of Lowland Nations was founded by the three governments.", "Union of Lowland Nations"),
])
def test_a_grouping_named_by_what_it_is_of(extractor, body, name):
    doc = run(extractor, body)
    assert named(doc).get(name) == "InternationalOrganization"


def test_a_grouping_defined_by_its_acronym_is_one_entity(extractor):
    doc = run(extractor, "The Community of Andean and Caribbean Republics (CACR) met in Lima. "
                         "The CACR-EU summit followed. CACR states later signed a charter.")
    org = entity(doc, "Community of Andean and Caribbean Republics")
    assert "CACR" in org.aliases
    assert sum(e.type == "InternationalOrganization" for e in doc.entities.values()) <= 2  # the EU too


# --- a body's name opened by its owner ------------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("The Egyptian Ministry of Foreign Affairs said the talks would resume.", "Egyptian Ministry of Foreign Affairs"),
    ("A statement from the Kenyan Ministry of Defence denied the report.", "Kenyan Ministry of Defence"),
    ("Officials at the Brazilian Department of Trade were not consulted.", "Brazilian Department of Trade"),
])
def test_a_ministry_named_after_its_owner(extractor, body, name):
    doc = run(extractor, body)
    assert named(doc).get(name) == "Organization"


# --- sites end where the place they are in begins --------------------------------------------------

@pytest.mark.parametrize("body, site, kind, place", [
    ("Marines trained at Camp Halvorsen in Norrland last week.", "Camp Halvorsen", "MilitaryBase", "Norrland"),
    ("Jets flew from Fort Meridian near Ostrava on Tuesday.", "Fort Meridian", "MilitaryBase", "Ostrava"),
    ("The squadron is based at Varkaus Air Base in Karelia, officials said.", "Varkaus Air Base", "MilitaryBase", "Karelia"),
])
def test_a_site_name_stops_before_its_place(extractor, body, site, kind, place):
    doc = run(extractor, body)
    names = named(doc)
    assert names.get(site) == kind
    assert not any(label.startswith(site + " ") for label in names)


@pytest.mark.parametrize("body, name", [
    ("Fighters landed at Nicobar Air Force Station before dawn.", "Nicobar Air Force Station"),
    ("The Sigonella Naval Air Facility will host the drones.", "Sigonella Naval Air Facility"),
])
def test_a_base_named_by_its_station_or_facility(extractor, body, name):
    assert named(run(extractor, body)).get(name) == "MilitaryBase"


# --- summits named as meetings ---------------------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("The Commonwealth Heads of Government Meeting opened in Apia on Monday.", "Commonwealth Heads of Government Meeting"),
    ("Fiji will host the Pacific Islands Forum Leaders' Meeting next year.", "Pacific Islands Forum Leaders' Meeting"),
    ("Delegations arrived for the Francophonie Heads of State Meeting, held every two years.",
     "Francophonie Heads of State Meeting"),
])
def test_a_summit_named_as_a_meeting_of_leaders(extractor, body, name):
    assert named(run(extractor, body)).get(name) == "Summit"


# --- regions -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, region", [
    ("Trade with Latin America doubled, the minister said.", "Latin America"),
    ("Jihadist groups have spread across the Sahel since 2012.", "Sahel"),
    ("Warships were sent to the Gulf on Thursday.", "Gulf"),
    ("Navies patrol the Indo-Pacific more often than before.", "Indo-Pacific"),
    ("The envoy toured the Horn of Africa in May.", "Horn of Africa"),
])
def test_a_region_is_a_place(extractor, body, region):
    doc = run(extractor, body)
    assert named(doc).get(region) == "Place"
    assert "United States" not in named(doc)  # "Latin America" holds no "America"


def test_a_region_word_modifying_a_noun_is_no_place(extractor):
    doc = run(extractor, "Pacific nations asked for more aid. The Gulf states were briefed on Thursday.")
    assert "Pacific" not in named(doc) and "Gulf" not in named(doc)


def test_a_region_word_in_lower_case_is_no_name(extractor):
    doc = run(extractor, "The gulf between the two sides widened, the envoy said.")
    assert "gulf" not in {label.lower() for label in named(doc)}


# --- what is nobody's name ---------------------------------------------------------------------------

@pytest.mark.parametrize("body, not_a_name", [
    ("Prime Minister Anna Lind and Prime Minister Jon Berg joined the President.", "President"),
    ("The senate elected its president pro tempore, Senator Maria Ocampo, on Monday.", "pro tempore"),
    ("Diplomats said the Quartet would meet again in March.", "Quartet"),
])
def test_no_entity_from_a_title_a_latin_phrase_or_a_nickname(extractor, body, not_a_name):
    doc = run(extractor, body)
    assert not_a_name not in named(doc)


def test_a_surname_used_as_a_modifier_is_still_a_person(extractor):
    doc = run(extractor, "President Tomas Ruud arrived on Monday. The Ruud administration said little.")
    assert named(doc).get("Tomas Ruud") == "Person"


# --- bodies named "of" their state -----------------------------------------------------------------

@pytest.mark.parametrize("body, name, kind", [
    ("The Armed Forces of the Philippines (AFP) welcomed the vote, and the AFP chief said drills would grow.",
     "Armed Forces of the Philippines", "ArmedForces"),
    ("The Navy of the Republic of Korea sent two destroyers.", "Navy of the Republic of Korea", "ArmedForces"),
    ("The Parliament of Malaysia will sit in March.", "Parliament of Malaysia", "Legislature"),
])
def test_a_body_named_of_its_state_keeps_the_state_in_its_name(extractor, body, name, kind):
    doc = run(extractor, body)
    assert named(doc).get(name) == kind
    if "(AFP)" in body:
        assert "AFP" in entity(doc, name).aliases
        assert all("AFP" not in e.aliases for e in doc.entities.values() if e.type == "State")


def test_a_shared_legislature_name_of_a_named_state_is_that_states(extractor):
    doc = run(extractor, "The National Assembly of Cambodia approved the budget on Friday.")
    bodies = [e for e in doc.entities.values() if e.type == "Legislature"]
    assert len(bodies) == 1 and bodies[0].qid is not None
    from kg.link.gazetteer import load_gazetteer

    assert load_gazetteer().get(bodies[0].qid).country == "Q424"  # Cambodia


# --- short forms and references to a named state -------------------------------------------------

def test_a_headline_short_form_joins_the_body_named_below(extractor):
    doc = run(extractor, "The Ruritanian Senate voted 19-0 on Monday. Senate leaders said the vote was final.",
              headline="Senate ratifies pact")
    assert [e.label for e in doc.entities.values() if e.type == "Legislature"] == ["Ruritanian Senate"]


@pytest.mark.parametrize("body, state, word", [
    ("Oman said on Sunday it would mediate. The Sultanate has done so before.", "Oman", "Sultanate"),
    ("Saudi Arabia hosted the talks. Officials said the Kingdom's ports would stay open.", "Saudi Arabia", "Kingdom"),
    ("Qatar and Bahrain sent envoys. The Kingdom's delegation arrived first.", "Bahrain", "Kingdom"),
])
def test_the_form_of_a_state_refers_to_the_state_named(extractor, body, state, word):
    doc = run(extractor, body)
    assert word in entity(doc, state).aliases
    assert word not in named(doc)


def test_a_title_alone_is_no_place(extractor):
    doc = run(extractor, "Oman's Sultan Haitham bin Tarik is expected later on Monday.")
    assert "Sultan" not in named(doc)


@pytest.mark.parametrize("body, place", [
    ("Guards held drills near Abu Musa island on Sunday.", "Abu Musa"),
    ("Fighting spread to Qala Nau province overnight.", "Qala Nau"),
])
def test_a_name_a_place_noun_follows_is_a_place(extractor, body, place):
    assert named(run(extractor, body)).get(place) == "Place"


def test_a_strait_and_an_island_are_two_names(extractor):
    doc = run(extractor, "Guards held drills between the Strait of Tiran and Sanafir island.")
    assert named(doc).get("Strait of Tiran") == "Place"
    assert not any(" and " in label for label in named(doc))


def test_a_state_that_no_longer_exists_is_a_state(extractor):
    doc = run(extractor, "The Soviet Union's collapse in 1991 left the border unsettled. The USSR had claimed it.")
    union = entity(doc, "Soviet Union")
    assert union.type == "State" and union.qid == "Q15180" and "USSR" in union.aliases


# --- names as pages print them ----------------------------------------------------------------------

def test_a_name_written_without_its_accents_is_the_item(extractor):
    """Wikidata labels "Tô Lâm"; wire copy writes "To Lam" (no statistical tagger takes "To" for a name)."""
    doc = run(extractor, "Vietnamese President To Lam met Prime Minister Pham Minh Chinh in Hanoi on Tuesday.")
    assert {e.qid for e in doc.entities.values() if e.type == "Person"} == {"Q10831196", "Q10806940"}


def test_a_name_a_hard_wrap_broke_over_two_lines_is_one_name(extractor):
    body = ("The foreign ministers of the region met the secretary-general of the Association of\n"
            "Southeast Asian Nations in Jakarta on Tuesday, and Prime Minister Pham Minh\n"
            "Chinh spoke later.\nAdvertisement\nA second paragraph follows.")
    doc = run(extractor, body)
    asean = entity(doc, "Association of Southeast Asian Nations")
    assert asean.qid == "Q7768"
    assert all("\n" not in a for e in doc.entities.values() for a in (e.label, *e.aliases))
    assert "Q10806940" in {e.qid for e in doc.entities.values()}


def test_a_short_line_without_a_full_stop_stays_its_own(extractor):
    doc = run(extractor, "Talks in Jakarta\nThe ministers of the region met in Jakarta on Tuesday for talks.")
    assert [s.text for s in doc.sentences][1:3] == ["Talks in Jakarta",
                                                   "The ministers of the region met in Jakarta on Tuesday for talks."]


@pytest.mark.parametrize("body, place", [
    ("Coast guard vessels fired water cannon near Halvar Shoal on Monday.", "Halvar Shoal"),
    ("Troops landed on Varn Island at dawn.", "Varn Island"),
    ("Fishing boats were turned away from Mirel Reef.", "Mirel Reef"),
    ("Herders fled towards Lake Oruma after the raid.", "Lake Oruma"),
    ("Trade through the Zarin Corridor doubled last year.", "Zarin Corridor"),
])
def test_a_feature_named_by_its_head_is_a_place(extractor, body, place):
    doc = run(extractor, body)
    assert named(doc).get(place) == "Place"
    assert sum(label == place for label in named(doc)) == 1


# --- ports, sites, units --------------------------------------------------------------------------

def test_a_port_named_by_its_place_is_one_facility(extractor):
    doc = run(extractor, "Warships may use the port of Qarun under the deal. Qarun port lies on the Arabian Sea. "
                         "Officials said Qarun would grow.")
    port = entity(doc, "port of Qarun")
    assert port.type == "Facility" and "Qarun port" in port.aliases


def test_a_known_citys_port_is_the_city(extractor):
    doc = run(extractor, "The leader will travel on to the Pacific port of Vladivostok next week.")
    assert named(doc).get("Vladivostok") == "Place" and "port of Vladivostok" not in named(doc)


def test_a_jetty_on_an_island_is_two_names(extractor):
    doc = run(extractor, "Ships berthed at St. Ives Jetty on Tarvo Island last month.")
    assert named(doc).get("St. Ives Jetty") == "Facility" and named(doc).get("Tarvo Island") == "Place"


def test_a_region_is_named_with_its_noun(extractor):
    doc = run(extractor, "The train reached a launch site in the Varga region on Tuesday.")
    assert named(doc).get("Varga region") == "Place"


def test_a_datelines_capitals_give_way_to_the_bodys_spelling(extractor):
    doc = run(extractor, "TARVO COSMODROME, Ruritania - Leaders met on Monday. They toured the Tarvo Cosmodrome later.")
    assert named(doc).get("Tarvo Cosmodrome") == "Facility"


def test_a_name_after_a_title_with_its_owner_is_a_person(extractor):
    doc = run(extractor, "The secretary-general of the Gulf Council, Jasim Albarak, told reporters the bloc would act.")
    assert named(doc).get("Jasim Albarak") == "Person"


def test_a_known_place_keeps_its_name_before_its_unit_noun(extractor):
    doc = run(extractor, "Factories in Guangdong province and shipping in the Indo-Pacific region grew.")
    assert entity(doc, "Guangdong").qid == "Q15175"
    assert named(doc).get("Indo-Pacific") == "Place"


def test_a_states_people_name_the_state(extractor):
    doc = run(extractor, "Thousands of Ukrainians and Papua New Guineans have moved abroad, officials said.")
    assert {e.qid for e in doc.entities.values() if e.type == "State"} == {"Q212", "Q691"}


# --- names with particles ---------------------------------------------------------------------------

@pytest.mark.parametrize("body, person, later", [
    ("Commission President Ilse von der Brandt met ministers in Rome. Von der Brandt said talks were useful.",
     "Ilse von der Brandt", "Von der Brandt"),
    ("The foreign minister, Rui van der Berg, visited Lisbon. Van der Berg met officials there.",
     "Rui van der Berg", "Van der Berg"),
    ("Foreign Minister Faisal bin Tamir met envoys in Doha. Bin Tamir praised the talks.",
     "Faisal bin Tamir", "Bin Tamir"),
    ("Former President Henri de Montclair signed the treaty in Paris. De Montclair later visited Bonn.",
     "Henri de Montclair", "De Montclair"),
    ("Envoys met Prime Minister João Pereira dos Santos. Dos Santos said ties were strong.",
     "João Pereira dos Santos", "Dos Santos"),  # "Santos", a city too, tagged as no proper noun
])
def test_a_name_with_particles_is_one_person(extractor, body, person, later):
    doc = run(extractor, body)
    people = [e for e in doc.entities.values() if e.type == "Person"]
    assert [e.label for e in people] == [person]
    assert later in people[0].aliases
    assert not any(later.split()[-1] in e.label for e in doc.entities.values() if e.type != "Person")


@pytest.mark.parametrize("name, later", [("Greta von der Mark", "Von der Mark"),
                                         ("Marta von der Linde", "Von der Linde")])
def test_a_tagged_name_is_not_cut_at_its_particles(extractor, name, later):
    doc = run(extractor, f"On Monday, {name} met officials in Rome. {later} said the talks were good.")
    assert named(doc) == {name: "Person", "Rome": "Place"}


# --- hyphenated names and a family name given first --------------------------------------------------

def test_a_hyphenated_given_name_before_a_title_is_a_person(extractor):
    doc = run(extractor, "Xu Weimin met Pak Sung-ho, the Korean trade minister, in Busan on Monday.")
    assert named(doc).get("Pak Sung-ho") == "Person"


@pytest.mark.parametrize("body, person, later", [
    ("Kwame Mensah-Boateng, Ghana's foreign minister, arrived in Lome. Mensah-Boateng met officials.",
     "Kwame Mensah-Boateng", "Mensah-Boateng"),
    ("Vice Premier Xu Weimin met envoys in Hanoi on Monday. Xu said the two sides agreed.",
     "Xu Weimin", "Xu"),
])
def test_a_later_part_of_a_name_is_the_person(extractor, body, person, later):
    doc = run(extractor, body)
    people = [e for e in doc.entities.values() if e.type == "Person"]
    assert [e.label for e in people] == [person]
    assert later in people[0].aliases


# --- a state's acronym spelt with dots ----------------------------------------------------------

@pytest.mark.parametrize("body, person", [
    ("U.K. Secretary of State for Defence Jane Roe signed the accord on Monday.", "Jane Roe"),
    ("The accord was signed by Tom Vale, the U.K. trade minister, in Oslo.", "Tom Vale"),
    ("Officials said the U.A.E. foreign minister, Omar Saleh, and his Norwegian counterpart met.", "Omar Saleh"),
])
def test_a_dotted_state_acronym_owns_a_title(extractor, body, person):
    doc = run(extractor, body)
    offices = {(f["person"], f["of"]) for f in facts(doc, "office")}
    assert any(p == person and of in {"United Kingdom", "United Arab Emirates"} for p, of in offices), offices
    assert "U.K." not in named(doc) and "U.A.E." not in named(doc)


# --- bodies of different states that share a name ------------------------------------------------

@pytest.mark.parametrize("body, first, second", [
    ("Chile's Senate approved the pact on Monday, and the Bolivian Senate will vote on it in March.",
     "Chile's Senate", "Bolivian Senate"),
    ("The Senate of Peru ratified the accord, while Ecuador's Senate has not yet debated it.",
     "Senate of Peru", "Ecuador's Senate"),
    ("The Argentine Navy and Uruguay's Navy will patrol the estuary together under the plan.",
     "Argentine Navy", "Uruguay's Navy"),
])
def test_bodies_of_two_states_with_one_name_are_two(extractor, body, first, second):
    doc = run(extractor, body)
    holders = {name: [e.key for e in doc.entities.values() if name in (e.label, *e.aliases)] for name in (first, second)}
    assert all(len(keys) == 1 for keys in holders.values()), holders
    assert holders[first] != holders[second]


def test_a_body_named_again_without_its_state_is_the_one_named_of_it(extractor):
    doc = run(extractor, "The Senate of Peru ratified the accord on Monday. The Senate will meet again in May.")
    assert [e.label for e in doc.entities.values() if e.type == "Legislature"] == ["Senate of Peru"]


# --- a state's label, and people's labels, without what only addresses them --------------------------

def test_a_hyphenated_state_name_is_the_states_label(extractor):
    doc = run(extractor, "Timor-Leste joined the bloc in October, and officials in Dili welcomed the decision.")
    assert entity(doc, "Timor-Leste").type == "State"
    assert "Timor" not in named(doc)


@pytest.mark.parametrize("body, person", [
    ("Kuwait sent its foreign minister, Shaikh Nawaf Al-Hamad, to the talks.", "Nawaf Al-Hamad"),
    ("Qatar was represented by the minister of state, Sheikha Maryam Al-Sada.", "Maryam Al-Sada"),
    ("Malaysia's prime minister, Datuk Seri Rahim Osman, met the defence minister of Senegal.", "Rahim Osman"),
    ("Indonesia's defence minister, Tan Sri Harun Basri, inspected the ships.", "Harun Basri"),
])
def test_a_form_of_address_is_no_part_of_the_name(extractor, body, person):
    doc = run(extractor, body)
    assert named(doc).get(person) == "Person", named(doc)


def test_a_linked_person_is_labelled_without_a_form_of_address(extractor):
    # the gazetteer's label for this minister opens with "Sheikh"; news names him with or without it
    doc = run(extractor, "Qatar sent its prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, to the talks. "
                         "Mohammed bin Abdulrahman then flew on to Cairo.")
    people = [e for e in doc.entities.values() if e.type == "Person"]
    assert [e.label for e in people] == ["Mohammed bin Abdulrahman Al Thani"]
    assert people[0].qid


# --- a surname after a title ---------------------------------------------------------------------

@pytest.mark.parametrize("body, person, office, state", [
    ("Kenya and Britain signed the pact, and President Ruto thanked London for its support.",
     "William Ruto", "President", "Kenya"),
    ("France and Germany agreed on the plan. Chancellor Merz said the talks had gone well.",
     "Friedrich Merz", "Chancellor", "Germany"),
    ("The budget was approved after Prime Minister Modi, who returned on Monday, addressed the house.",
     "Narendra Modi", "Prime Minister", "India"),
])
def test_a_surname_after_a_title_is_the_person_the_title_holds(extractor, body, person, office, state):
    doc = run(extractor, body)
    assert named(doc).get(person) == "Person", named(doc)
    assert {"person": person, "office": office, "of": state, "modality": "asserted"} in facts(doc, "office")


@pytest.mark.parametrize("body, not_a_person", [
    ("The delegation stayed at the President Hotel in the capital.", "Hotel"),
    ("General Motors will build the plant, officials said.", "Motors"),
])
def test_a_word_after_a_title_that_names_no_one(extractor, body, not_a_person):
    doc = run(extractor, body)
    assert not any(e.type == "Person" and not_a_person in e.label for e in doc.entities.values())


# --- a name its acronym spells out ----------------------------------------------------------------

@pytest.mark.parametrize("body, name, acronym", [
    ("Officials of the Abu Dhabi Fund for Development (ADFD) pledged support. ADFD staff visited the port.",
     "Abu Dhabi Fund for Development", "ADFD"),
    ("The Kuwait Fund for Arab Economic Development (KFAED) will lend the money, KFAED said.",
     "Kuwait Fund for Arab Economic Development", "KFAED"),
    ("The Departmental Committee on Defence, Intelligence and Foreign Relations (DCDIFR) backed the bill.",
     "Departmental Committee on Defence, Intelligence and Foreign Relations", "DCDIFR"),
])
def test_a_name_runs_as_far_as_its_acronym_spells(extractor, body, name, acronym):
    doc = run(extractor, body)
    assert acronym in entity(doc, name).aliases


def test_a_dateline_agency_in_parentheses_is_no_name_of_the_city(extractor):
    doc = run(extractor, "NAIROBI (AFP) - Kenya's parliament met on Tuesday. Talks in Nairobi went on.")
    assert "AFP" not in entity(doc, "Nairobi").aliases


# --- unnamed agreements as readers name them ------------------------------------------------------

@pytest.mark.parametrize("body, first, second", [
    ("The two governments signed a memorandum of understanding on investment promotion and an air services agreement.",
     "memorandum of understanding on investment promotion", "air services agreement"),
    ("Chile and Peru signed an accord on fisheries and a treaty on extradition on Monday.",
     "accord on fisheries", "treaty on extradition"),
])
def test_two_documents_joined_by_and_are_two_agreements(extractor, body, first, second):
    doc = run(extractor, body)
    assert {first, second} <= labels(doc, "Agreement"), labels(doc, "Agreement")


def test_one_document_about_two_things_stays_one(extractor):
    doc = run(extractor, "They signed an agreement on trade and investment.")
    assert labels(doc, "Agreement") == {"agreement on trade and investment"}


@pytest.mark.parametrize("body, plain", [
    ("The navies will hold joint exercises under a separate memorandum of understanding.", "memorandum of understanding"),
    ("Chile and Peru signed a landmark fisheries accord on Monday.", "fisheries accord"),
    ("Kenya's defence cooperation agreement with Britain was ratified on Monday.", "defence cooperation agreement"),
])
def test_an_agreement_goes_by_its_description_without_pointing_words(extractor, body, plain):
    doc = run(extractor, body)
    agreement = next(e for e in doc.entities.values() if e.type == "Agreement")
    assert plain in agreement.aliases | {agreement.label}
    assert not any(a.startswith(("'s", "\u2019s")) for a in agreement.aliases)


# --- a body named by its chamber word, and names with a list inside --------------------------------

@pytest.mark.parametrize("body, legislature", [
    ("The National Assembly approved the bill on Wednesday. The minister told the House that troops would train.",
     "National Assembly"),
    ("The Sejm passed the law in May, after the Chamber had rejected an earlier draft.", "Sejm"),
])
def test_the_house_is_the_one_legislature_named(extractor, body, legislature):
    doc = run(extractor, body)
    assert [e.label for e in doc.entities.values() if e.type in {"Legislature", "Facility"}] == [legislature]


@pytest.mark.parametrize("body, name", [
    ("The chairman of the Departmental Committee on Defence, Intelligence and Foreign Relations, Nelson Koech, spoke.",
     "Departmental Committee on Defence, Intelligence and Foreign Relations"),
    ("A report by the Select Committee for Trade, Industry and Investment was tabled on Monday.",
     "Select Committee for Trade, Industry and Investment"),
])
def test_a_name_with_a_list_after_on_or_for_is_whole(extractor, body, name):
    doc = run(extractor, body)
    assert name in named(doc), named(doc)


# --- what a tagger's span runs into ----------------------------------------------------------------

@pytest.mark.parametrize("body, not_a_name", [
    ("In the evening he was to visit PDM Chairperson and former Prime Minister Amina Rauf at her Karachi residence.",
     "PDM Chairperson"),
    ("The two sides signed four MoUs and a cultural exchange programme in Dhaka.", "MoUs"),
])
def test_a_title_or_a_document_noun_is_no_name(extractor, body, not_a_name):
    doc = run(extractor, body)
    assert not_a_name not in named(doc), named(doc)



@pytest.mark.parametrize("body, person, office", [
    ("Kenya's Defence Cabinet Secretary Soipan Tuya told the House that the troops would stay.",
     "Soipan Tuya", "Defence Cabinet Secretary"),
    ("Kenya's Mining Cabinet Secretary Hassan Joho visited the site on Monday.", "Hassan Joho", "Mining Cabinet Secretary"),
])
def test_a_title_holding_an_organisation_noun_is_no_organisation(extractor, body, person, office):
    doc = run(extractor, body)
    assert "Organization" not in named(doc).values(), named(doc)
    assert {"person": person, "office": office, "of": "Kenya", "modality": "asserted"} in facts(doc, "office")


def test_a_council_before_its_chairman_is_still_named(extractor):
    doc = run(extractor, "The Defence Council Chairman Ali Reza spoke on Monday.")
    assert named(doc).get("Defence Council") == "Organization"


# --- one unnamed agreement described twice, side by side -------------------------------------------

@pytest.mark.parametrize("body, label, also", [
    (("Parliament approved the Chile–Peru fisheries agreement, the ten-year pact under which trawlers may land "
     "catches in either country."), "Chile–Peru fisheries agreement", "ten-year pact"),
    ("Parliament approved the fisheries agreement with Peru, a ten-year pact signed in May.",
     "fisheries agreement with Peru", "ten-year pact"),
    (("Lawmakers approved the ratification of the Ghana–Togo border agreement, the five-year pact under which "
     "patrols cross the frontier."), "Ghana–Togo border agreement", "five-year pact"),
    (("The pact was signed by the two ministers. The Senate ratified the water treaty, a deal that critics "
     "call rushed, on Tuesday."), "water treaty", "deal"),
])
def test_a_description_in_apposition_is_the_same_agreement(extractor, body, label, also):
    doc = run(extractor, body)
    agreements = [e for e in doc.entities.values() if e.type == "Agreement"]
    assert [e.label for e in agreements] == [label], [(e.label, e.aliases) for e in agreements]


def test_a_list_of_agreements_stays_a_list(extractor):
    doc = run(extractor, "They signed a trade deal, a defence pact and a visa accord on Monday.")
    assert labels(doc, "Agreement") == {"trade deal", "defence pact", "visa accord"}


@pytest.mark.parametrize("body, place", [
    ("British soldiers train each year in Laikipia, despite complaints from Laikipia residents.", "Laikipia"),
    ("The port will be built at Kribi, and Kribi fishermen have protested for weeks.", "Kribi"),
])
def test_a_place_named_again_as_a_modifier_stays_the_place(extractor, body, place):
    doc = run(extractor, body)
    assert [e.type for e in doc.entities.values() if e.label == place] == ["Place"], named(doc)


# --- people told by the company their names keep ---------------------------------------------------

@pytest.mark.parametrize("body, person", [
    ("Olaf Scholz and Emmanuel Macron signed the declaration in Paris.", "Olaf Scholz"),
    ("Emmanuel Macron, Tomasz Wrenkowski and Olaf Scholz signed the declaration in Paris.", "Olaf Scholz"),
    ("Tomasz Wrenkowski, who leads the delegation, arrived in Warsaw on Monday.", "Tomasz Wrenkowski"),
])
def test_a_name_listed_with_people_or_followed_by_who_is_a_person(extractor, body, person):
    assert named(run(extractor, body)).get(person) == "Person", named(run(extractor, body))


def test_a_body_listed_with_people_stays_a_body(extractor):
    doc = run(extractor, "The Deutsche Bank and Emmanuel Macron were named in the report.")
    assert named(doc).get("Deutsche Bank") == "Organization"


# --- one title and name, then "and" or a preposition: another name begins ----------------------------

@pytest.mark.parametrize("body, people", [
    ("Chilean Defence Minister Maya Ferrada and Army chief General Javier Ortuzar attended the ceremony.",
     {"Maya Ferrada", "Javier Ortuzar"}),
    ("President Ana Ruiz and Navy commander Admiral Luis Pardo inspected the fleet in Callao.", {"Ana Ruiz", "Luis Pardo"}),
    ("The purchase will be managed by Vice Admiral Jan-Willem van der Molen of the Royal Netherlands Navy.",
     {"Jan-Willem van der Molen"}),
    ("Minister Tomas Ribeiro welcomed President Kofi Mensah to the State House in Accra.", {"Tomas Ribeiro", "Kofi Mensah"}),
])
def test_a_titled_name_ends_where_another_name_begins(extractor, body, people):
    doc = run(extractor, body)
    assert labels(doc, "Person") == people, named(doc)
    assert not any(" and " in label or " of " in label and t != "ArmedForces" for label, t in named(doc).items()
                   if t in {"ArmedForces", "Organization", "Facility"} and any(p in label for p in people))


# --- a body before "Minister" is the portfolio -------------------------------------------------------

@pytest.mark.parametrize("body, person, office", [
    ("Britain's Armed Forces Minister Luke Pollard visited the base on Tuesday.", "Luke Pollard", "Armed Forces Minister"),
    ("Australia's Defence Industry Minister Pat Conroy visited the shipyard.", "Pat Conroy", "Defence Industry Minister"),
    ("Britain's Navy Secretary Ellen Marsh visited the dockyard on Monday.", "Ellen Marsh", "Navy Secretary"),
])
def test_a_body_before_minister_is_the_portfolio(extractor, body, person, office):
    doc = run(extractor, body)
    offices = facts(doc, "office")
    assert any(f["person"] == person and f["office"] == office and f["of"] in {"United Kingdom", "Australia"}
               for f in offices), offices
    assert "ArmedForces" not in named(doc).values()


# --- groups that stand for several states ------------------------------------------------------------

BALTIC = ("Estonia", "Latvia", "Lithuania")


@pytest.mark.parametrize("body, cq, field", [
    ("The three Baltic states signed a defence agreement with Poland in Vilnius on Monday.", "signing", "signatory"),
    ("A defence agreement was signed on Monday by the Baltic countries and Poland.", "signing", "signatory"),
    ("Leaders of the Baltic nations met in Riga on Monday for the Baltic summit.", "summit", "participants"),
])
def test_a_group_of_states_is_its_states(extractor, body, cq, field):
    doc = run(extractor, body)
    found = set()
    for f in facts(doc, cq):
        value = f.get(field)
        found |= set(value) if isinstance(value, tuple) else {value}
    assert set(BALTIC) <= found, facts(doc, cq)
    assert "Baltic" not in named(doc)


def test_a_group_no_fact_keeps_adds_no_states(extractor):
    doc = run(extractor, "The Nordic countries have long argued about fishing quotas.")
    assert not {"Denmark", "Norway", "Sweden"} & set(named(doc))


# --- names as news writes them ------------------------------------------------------------------------

def test_a_place_opened_by_st_is_found_without_the_full_stop(extractor):
    doc = run(extractor, "Prime Minister Gaston Browne welcomed delegates to St John's on Monday.")
    assert entity(doc, "St. John's").type == "Place"
    assert "Person" not in {t for label, t in named(doc).items() if label.startswith("St")}


def test_a_word_opening_listed_bodies_names_takes_their_type(extractor):
    doc = run(extractor, "Prime Minister Ana Ruiz said the Commonwealth would meet in Apia next year.")
    assert named(doc).get("Commonwealth") == "InternationalOrganization"


# --- linking a fuller name, never changing its words ---------------------------------------------------

@pytest.mark.parametrize("name, qid", [
    ("Bola Ahmed Tinubu", "Q3510872"),            # a middle name the gazetteer leaves out
    ("Sitiveni Ligamamada Rabuka", "Q981549"),
    ("Mohammed bin Abdulrahman bin Jassim Al Thani", "Q23020336"),  # a longer patronymic chain
])
def test_a_fuller_name_links_to_the_listed_person(name, qid):
    from kg.link.gazetteer import load_gazetteer
    from kg.link.linker import Linker

    assert Linker(load_gazetteer()).link(name, "Person").qid == qid


def _linker():
    from kg.link.gazetteer import Gazetteer, GazetteerEntry
    from kg.link.linker import Linker

    return Linker(Gazetteer([
        GazetteerEntry("Q1", "State", "Valdoria", demonyms=("Valdorian",)),
        GazetteerEntry("Q2", "Person", "Bingo Alvarado", country="Q1"),
        GazetteerEntry("Q3", "Person", "Ana Sobral", country="Q1"),
    ]))


def test_a_junior_links_to_the_one_listed_person_of_his_surname_in_his_country():
    linker = _linker()
    assert linker.link("Pedro Alvarado Jr.", "Person", context="the Valdorian president").qid == "Q2"
    assert linker.link("Pedro Alvarado Jr.", "Person", context="talks in a city") is None  # no country named
    assert linker.link("Pedro Alvarado", "Person", context="Valdoria") is None  # no suffix: another Alvarado


def test_a_name_with_other_words_does_not_link():
    linker = _linker()
    assert linker.link("Ana Lucia Sobral", "Person").qid == "Q3"
    assert linker.link("Lucia Sobral", "Person") is None
    assert linker.link("Ana Sobral Pires", "Person") is None  # another surname


# --- a site named with its lower-case noun -------------------------------------------------------------

@pytest.mark.parametrize("body, site, kind", [
    ("The minister was greeted at Tarvu airport by her counterpart.", "Tarvu airport", "Facility"),
    ("French jets will use the Andrei Vasko air base near the coast under the agreement.", "Andrei Vasko air base", "MilitaryBase"),
    ("Talks on sharing the Melka river resumed on Monday.", "Melka river", "Place"),
    ("The treaty was signed at the Wadi Kessa border crossing in 1994.", "Wadi Kessa border crossing", "Facility"),
])
def test_a_site_is_named_with_its_noun(extractor, body, site, kind):
    doc = run(extractor, body)
    assert named(doc).get(site) == kind, named(doc)


# --- a person called by the name given first -------------------------------------------------------------

@pytest.mark.parametrize("body, person, short", [
    ("Defence Minister Sjafrie Sjamsoeddin met Dong Jun in Beijing. Sjafrie's trip followed a visit to Jakarta.",
     "Sjafrie Sjamsoeddin", "Sjafrie"),
    ("Minister Mohamed Khaled Nordin met his counterpart. Mohamed Khaled told reporters the talks went well.",
     "Mohamed Khaled Nordin", "Mohamed Khaled"),
    ("President Prabowo Subianto arrived in Canberra. Reporters asked Prabowo about the treaty.",
     "Prabowo Subianto", "Prabowo"),
])
def test_a_person_called_by_the_name_given_first_is_that_person(extractor, body, person, short):
    names = named(run(extractor, body))
    assert names.get(person) == "Person" and short not in names, names


def test_a_list_of_people_with_their_countries_in_brackets(extractor):
    doc = run(extractor, "Those at the table were Kofi Mensah (Ghana), Tomasz Wrenkowski (Poland) and Armando Sissoco Tavares "
                         "(Guinea-Bissau).")
    assert named(doc).get("Armando Sissoco Tavares") == "Person", named(doc)


@pytest.mark.parametrize("body, person, office", [
    ("Kenya's Defence CS Amina Wekesa met the delegation on Monday.", "Amina Wekesa", "Defence Cabinet Secretary"),
    ("Kenya said Foreign Affairs CS Peter Odera would travel to Addis Ababa.", "Peter Odera", "Foreign Affairs Cabinet Secretary"),
])
def test_cs_before_a_name_is_a_cabinet_secretary(extractor, body, person, office):
    offices = facts(run(extractor, body), "office")
    assert any(f["person"] == person and f["office"] == office and f["of"] == "Kenya" for f in offices), offices


def test_a_power_station_is_a_facility(extractor):
    doc = run(extractor, "The chancellor visited the Kerio Geothermal Power Station in Naivasha.")
    assert named(doc).get("Kerio Geothermal Power Station") == "Facility", named(doc)


@pytest.mark.parametrize("body, body_name, kind", [
    (("He conveyed the greetings of Sheikh Hamad bin Saif, Crown Prince of Qarsa and Deputy Supreme Commander of the "
      "Qarsan Armed Forces, to the king."), "Qarsan Armed Forces", "ArmedForces"),
    (("The talks were led by Ana Ruiz, Member of the Executive Board of the Andean Development Council and Director "
      "of the Office of the Regional Trade Commission."), "Office of the Regional Trade Commission", "Organization"),
])
def test_a_chain_of_titles_is_no_body_but_names_one(extractor, body, body_name, kind):
    names = named(run(extractor, body))
    assert names.get(body_name) == kind, names
    assert not any(label.startswith(("Crown Prince", "Member of")) for label in names), names


# --- an unnamed agreement's label: its own description, not whom it binds ---------------------------

@pytest.mark.parametrize("body, label, fuller", [
    ("The two ministers signed a memorandum on fisheries between their coast guards on Monday.",
     "memorandum on fisheries", "memorandum on fisheries between their coast guards"),
    ("Chile and Peru agreed an accord on water sharing between the environment ministries of the two countries.",
     "accord on water sharing", "accord on water sharing between the environment ministries of the two countries"),
    ("The new deal builds on a 1999 convention between them on fishing rights, officials said.",
     "convention on fishing rights", "convention between them on fishing rights"),
    ("Under the submarine agreement between Chile and France, four boats were built.",
     "submarine agreement", "submarine agreement between Chile and France"),
])
def test_an_agreements_label_leaves_out_the_phrase_naming_its_parties(extractor, body, label, fuller):
    doc = run(extractor, body)
    [ent] = [e for e in doc.entities.values() if e.type == "Agreement"]
    assert ent.label == label
    assert fuller in ent.aliases


@pytest.mark.parametrize("body", [
    "Officials said a separate memorandum on tourism was signed later.",
    "The landmark memorandum on tourism was signed on Friday.",
    "Chile and Peru signed a new memorandum on tourism.",
])
def test_an_agreements_label_has_no_pointing_or_praising_word(extractor, body):
    doc = run(extractor, body)
    assert labels(doc, "Agreement") == {"memorandum on tourism"}


@pytest.mark.parametrize("body, name, whole", [
    ("The Reciprocal Logistics Agreement between Chile and Peru entered into force on Monday.",
     "Reciprocal Logistics Agreement", "Reciprocal Logistics Agreement between Chile and Peru"),
    ("The Coastal Logistics Agreement between Chile and Peru was ratified by both congresses.",
     "Coastal Logistics Agreement", "Coastal Logistics Agreement between Chile and Peru"),
    ("Bolivia praised the Andean Grid Agreement between Chile and Peru, which opens in 2027.",
     "Andean Grid Agreement", "Andean Grid Agreement between Chile and Peru"),
])
def test_a_name_closed_by_its_kind_noun_ends_before_its_parties(extractor, body, name, whole):
    # (the fuller form is an alias where the capitalised name ran on into it: the first case)
    doc = run(extractor, body)
    ent = next(e for e in doc.entities.values() if e.type == "Agreement")
    assert ent.label == name
    assert not any(w in label for label in labels(doc, "Agreement") for w in (" between ", " among "))
    assert "Peru" in labels(doc, "State")


def test_a_title_opening_with_its_kind_noun_keeps_its_parties(extractor):
    doc = run(extractor, "The Treaty on River Navigation between Bolivia and Paraguay was signed in 1995.")
    assert "Treaty on River Navigation between Bolivia and Paraguay" in labels(doc, "Agreement")


# --- documents named by other nouns -----------------------------------------------------------------

@pytest.mark.parametrize("body, label", [
    ("Defence ministers Ana Ruiz of Chile and Juan Soto of Peru signed a letter of intent on a joint fuel depot.",
     "letter of intent on a joint fuel depot"),
    ("A letter of intent on pilot training was initialled by the two air forces.", "letter of intent on pilot training"),
    ("The agency said a framework on hydrogen deliveries would be signed later in the day.",
     "framework on hydrogen deliveries"),
    ("Chile and Peru signed the hydrogen framework on Friday, a spokesman said.", "hydrogen framework"),
])
def test_a_letter_of_intent_or_a_framework_is_an_agreement(extractor, body, label):
    assert label in labels(run(extractor, body), "Agreement")


@pytest.mark.parametrize("body", [
    "Within the framework of the partnership, the two sides held talks on trade.",
    "The minister sent a letter to the president of the assembly on Monday.",
    "A new legal framework for investment was debated by the senate.",
])
def test_a_letter_or_a_framework_that_is_no_document(extractor, body):
    assert not labels(run(extractor, body), "Agreement")


# --- an MoU, and a designation in capitals --------------------------------------------------------

@pytest.mark.parametrize("body, label", [
    ("Chile and Peru signed an MoU on energy cooperation on Monday.", "MoU on energy cooperation"),
    ("An MOU on port security was signed by the two navies in March.", "MOU on port security"),
    ("The ministers said the MoU on fisheries they signed would be published.", "MoU on fisheries"),
])
def test_an_mou_is_an_agreement_not_an_organisation(extractor, body, label):
    doc = run(extractor, body)
    assert labels(doc, "Agreement") == {label}
    ent = next(e for e in doc.entities.values() if e.type == "Agreement")
    assert label.lower().replace("mou", "memorandum of understanding") in {a.lower() for a in ent.aliases}
    assert not labels(doc, "Organization")


@pytest.mark.parametrize("body, label", [
    ("Chile and Peru signed a Memorandum of Understanding on energy cooperation on Monday.",
     "Memorandum of Understanding on energy cooperation"),
    ("A Letter of Intent on pilot training was signed by the two air forces.", "Letter of Intent on pilot training"),
    ("The Framework Agreement on fisheries that the two states signed lapsed in 2020.",
     "Framework Agreement on fisheries"),
])
def test_a_capitalised_designation_is_read_as_a_description(extractor, body, label):
    assert labels(run(extractor, body), "Agreement") == {label}


# --- a summit's label: no date, a compound rank whole ---------------------------------------------

@pytest.mark.parametrize("body, label", [
    ("The three Baltic states want a firm commitment before the summit in Tartu in July.", "summit in Tartu"),
    ("A summit in Arequipa in early May will follow, the ministry said.", "summit in Arequipa"),
    ("Leaders agreed that the summit in Tartu in 2027 would open the new season.", "summit in Tartu"),
])
def test_a_summits_label_does_not_hold_its_date(extractor, body, label):
    assert label in labels(run(extractor, body), "Summit")


@pytest.mark.parametrize("body, label, rank", [
    ("Ministers discussed the forty-sixth summit of the Andean Community, which Peru will host.",
     "forty-sixth summit of the Andean Community", 46),
    ("Bolivia will host the twenty-first summit of the Andean Community in Sucre in May.",
     "twenty-first summit of the Andean Community", 21),
    ("Preparations for the thirty-third summit of the Andean Community began on Monday.",
     "thirty-third summit of the Andean Community", 33),
])
def test_a_summits_compound_rank_is_whole(extractor, body, label, rank):
    doc = run(extractor, body)
    assert label in labels(doc, "Summit")
    assert any(f.get("ordinal") == rank for f in facts(doc, "summit"))


def test_a_name_that_ran_on_into_its_parties_keeps_the_fuller_form_as_an_alias(extractor):
    doc = run(extractor, "The Reciprocal Logistics Agreement between Chile and Peru entered into force on Monday.")
    ent = next(e for e in doc.entities.values() if e.type == "Agreement")
    assert "Reciprocal Logistics Agreement between Chile and Peru" in ent.aliases


# --- armed forces named by their state's possessive ------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("General Omar Haddad, the head of Sudan's armed forces, met the envoy on Monday.", "Sudan's armed forces"),
    ("Peru's navy will send two frigates to the exercise, the ministry said.", "Peru's navy"),
    ("Drills by Chile's military and Peru's coast guard began on Friday.", "Peru's coast guard"),
])
def test_a_states_possessive_service_is_its_armed_forces(extractor, body, name):
    doc = run(extractor, body)
    assert named(doc).get(name) == "ArmedForces"
    state = name.split("'")[0]
    assert named(doc).get(state) == "State"  # the state keeps its own mention
    ent = entity(doc, name)
    assert not {a for a in ent.aliases if " " not in a and a.islower()}  # no bare "navy" alias


@pytest.mark.parametrize("body", [
    "Chile and Peru signed a maritime boundary agreement on Monday. The two countries' pact takes effect in May.",
    "Chile and Peru signed a maritime boundary agreement. Officials said both sides' accord would be published.",
    "Chile and Peru signed a maritime boundary agreement. The two nations' deal was welcomed by the UN.",
])
def test_a_pact_told_by_a_pairs_possessive_is_no_new_agreement(extractor, body):
    assert labels(run(extractor, body), "Agreement") == {"maritime boundary agreement"}


# --- an agreement told by what it is for ----------------------------------------------------------

@pytest.mark.parametrize("body, label", [
    ("Chile and Peru signed an agreement to build a railway across the desert.", "agreement to build a railway across the desert"),
    ("Officials said a deal to supply gas to Peru was reached on Monday.", "deal to supply gas to Peru"),
    ("The two states agreed to sign a pact to protect the reef.", "pact to protect the reef"),
    ("Chile signed the deal to buy jets from Sweden in 2019.", "deal to buy jets from Sweden"),
])
def test_an_agreement_told_by_what_it_is_for(extractor, body, label):
    assert labels(run(extractor, body), "Agreement") == {label}


def test_a_definite_agreement_to_do_something_after_a_name_is_that_agreement(extractor):
    doc = run(extractor, "Chile and Peru signed the Lima Accord. The agreement to boost trade takes effect in May.")
    assert labels(doc, "Agreement") == {"Lima Accord"}


@pytest.mark.parametrize("body, label, fuller", [
    ("A defence pact drafted by the two navies was signed on Monday.", "defence pact",
     "defence pact drafted by the two navies"),
    ("Chile welcomed the fisheries accord drawn up by the two ministries last year.", "fisheries accord",
     "fisheries accord drawn up by the two ministries"),
    ("Under a customs memorandum prepared in Lima, inspections will be shared.", "customs memorandum",
     "customs memorandum prepared in Lima"),
])
def test_an_agreements_label_has_no_trailing_participle(extractor, body, label, fuller):
    doc = run(extractor, body)
    ent = next(e for e in doc.entities.values() if e.type == "Agreement")
    assert ent.label == label
    assert any(a.startswith(fuller) for a in ent.aliases)


# --- a state's ministry named in lower case -------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("Chile's foreign ministry said the pact would be signed in May.", "Chile's foreign ministry"),
    ("A statement from the Peruvian defence ministry denied the report.", "Peruvian defence ministry"),
    ("Talks were hosted by Bolivia's foreign trade ministry on Friday.", "Bolivia's foreign trade ministry"),
])
def test_a_states_ministry_named_in_lower_case_is_an_organisation(extractor, body, name):
    doc = run(extractor, body)
    assert named(doc).get(name) == "Organization"
    assert named(doc).get(name.split("'")[0].replace("Peruvian defence ministry", "Peru")) == "State"


def test_a_ministry_without_a_portfolio_is_no_name(extractor):
    doc = run(extractor, "Chile's new ministry of mines opened on Monday.")
    assert not labels(doc, "Organization")
