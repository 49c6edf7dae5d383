"""Ratification and signing read on sentences written for the test (round 10): coordinated bodies of
two states each ratify for their own state, a step awaited and then told as done is done, a cabinet's
approval is no ratification, and a signing set at the scene the sentence before told is there and then."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def ratified(doc) -> set[tuple]:
    return {(f["agreement"], f["state"], f.get("body"), f["modality"]) for f in facts(doc, "ratification")}


def signed(doc) -> set[tuple]:
    return {(f["agreement"], f.get("signatory"), str(f.get("date")), f.get("place"), f["modality"])
            for f in facts(doc, "signing")}


# -- coordinated bodies of two states: each its own state's ----------------------------------------------
@pytest.mark.parametrize("body, modality", [
    ("The Tarn Water Accord awaits ratification by the Turkish parliament and Hungary's National Assembly.",
     "planned"),
    ("The Tarn Water Accord still awaits approval by the Turkish parliament and by Hungary's National Assembly.",
     "planned"),
    ("The Tarn Water Accord still lacks ratification by the Turkish parliament and Hungary's National Assembly.",
     "planned"),
    ("The Tarn Water Accord was approved on Tuesday by the Turkish parliament and Hungary's National Assembly.",
     "asserted"),
])
def test_coordinated_bodies_ratify_for_their_own_states(extractor, body, modality):
    got = {(s, b, m) for _, s, b, m in ratified(run(extractor, body, published="2024-05-08"))}
    assert ("Turkey", "Turkish parliament", modality) in got, got
    assert ("Hungary", "National Assembly", modality) in got, got
    assert not {(s, b) for s, b, _ in got} - {("Turkey", "Turkish parliament"), ("Hungary", "National Assembly")}, got


# -- a step awaited and then told as done ---------------------------------------------------------------
@pytest.mark.parametrize("body", [
    ("President Ilse Varga submitted the Tarn Water Accord to the Senate for ratification in March. The Senate "
    "ratified the accord on Tuesday."),
    ("The Senate ratified the Tarn Water Accord on Tuesday. President Ilse Varga had submitted the accord to the "
    "Senate for ratification in March."),
    ("The Tarn Water Accord, which awaited ratification by the Senate for a year, was ratified by the Senate on "
    "Tuesday."),
])
def test_a_step_awaited_then_told_as_done_is_done(extractor, body):
    got = ratified(run(extractor, "Chile signed the Tarn Water Accord in 2023. " + body, published="2024-05-08"))
    assert ("Tarn Water Accord", "Chile", "Senate", "asserted") in got, got
    assert not {r for r in got if r[3] == "planned"}, got


# -- a cabinet's or government's approval is no ratification --------------------------------------------
@pytest.mark.parametrize("body", [
    "Mozambique's cabinet endorsed the Zambezi Power Pact on Tuesday.",
    "The Zambezi Power Pact was approved by the Kenyan government on Tuesday.",
    "Malawi's cabinet could not meet in time to approve the Zambezi Power Pact.",
])
def test_a_cabinets_approval_is_no_ratification(extractor, body):
    assert not ratified(run(extractor, body, published="2024-05-08"))


@pytest.mark.parametrize("body, state", [
    ("The government of Kenya ratified the Zambezi Power Pact on Tuesday.", "Kenya"),
    ("Kenya's parliament approved the Zambezi Power Pact on Tuesday.", "Kenya"),
])
def test_ratifying_and_a_parliaments_approval_still_are(extractor, body, state):
    assert state in {s for _, s, _, _ in ratified(run(extractor, body, published="2024-05-08"))}


# -- a signing set at the scene the sentence before told -------------------------------------------------
@pytest.mark.parametrize("body, place", [
    (("Foreign Minister Ana Lindqvist of Sweden met Finnish Foreign Minister Mikko Rautio in Turku on Tuesday. "
     "Following the meeting, the two ministers signed the Bothnia Energy Pact."), "Turku"),
    (("Prime Minister Ana Lindqvist of Sweden travelled to Turku on Tuesday. There she and Finnish Prime "
     "Minister Mikko Rautio signed the Bothnia Energy Pact."), "Turku"),
    (("Swedish and Finnish officials held talks in Turku on Tuesday. After the talks, Sweden and Finland signed the "
     "Bothnia Energy Pact."), "Turku"),
])
def test_a_signing_at_the_scene_told_before_is_there_and_then(extractor, body, place):
    got = signed(run(extractor, body, published="2024-05-08"))
    assert ("Bothnia Energy Pact", "Finland", "2024-05-07", place, "asserted") in got, got


def test_a_scene_with_no_pointer_back_lends_nothing(extractor):
    # the signing names no scene: the sentence before is another event
    got = signed(run(extractor, "Ana Lindqvist toured Turku on Tuesday. Sweden and Finland signed the Bothnia Energy "
                                "Pact in 2019.", published="2024-05-08"))
    assert not {p for _, _, _, p, _ in got} - {None}, got


# -- a clause of time told in the past: what happened, whatever verb the parser hung it on ---------------
def _tree(words: list[tuple[str, str, str, str, str, int]]):
    from kg.extract.nlp import Token
    from kg.extract.syntax import Tree

    return Tree([Token(i, 0, 0, w, lemma, pos, tag, dep, head, "", "", 0, " ", w.lower(), w[:1].isupper())
                 for i, (w, lemma, pos, tag, dep, head) in enumerate(words)])


@pytest.mark.parametrize("mark, aux, tag, modality", [
    ("after", "was", "VBN", "asserted"),  # "..., a day after it was signed": done
    ("when", "was", "VBN", "asserted"),
    ("after", "is", "VBN", "planned"),  # "will allow X once/after it is signed": as far ahead as its verb
])
def test_a_past_clause_of_time_hung_on_a_plan_is_done(mark, aux, tag, modality):
    from kg.extract.clause_modality import parse_modality

    # "The pact will allow troops in, a day after it was signed": the parser made "signed" a complement of "allow"
    tree = _tree([("pact", "pact", "NOUN", "NN", "nsubj", 2), ("will", "will", "AUX", "MD", "aux", 2),
                  ("allow", "allow", "VERB", "VB", "ROOT", 2), ("troops", "troop", "NOUN", "NNS", "dobj", 2),
                  (mark, mark, "SCONJ", "IN", "mark", 7), ("it", "it", "PRON", "PRP", "nsubjpass", 7),
                  (aux, "be", "AUX", "VBD" if aux == "was" else "VBZ", "auxpass", 7),
                  ("signed", "sign", "VERB", tag, "ccomp", 2)])
    assert parse_modality(tree, 7) == modality


# -- agents of a passive signing the parser hung elsewhere ------------------------------------------------
@pytest.mark.parametrize("body, signers", [
    (("The Danube Shipping Convention was signed on Monday by Romania's prime minister, Victor Ionescu, and "
     "Bulgaria's prime minister, Stefan Petkov."), {"Stefan Petkov", "Bulgaria"}),
    (("The Tarn Accord was signed in 1994 by Ana Roca, then Chile's president, by the Peruvian president of the day, "
     "Luis Prado, by Jan Hus for Austria and by Tom Bell for the United Kingdom."),
     {"Jan Hus", "Austria", "Tom Bell", "United Kingdom"}),
    (("The Tarn Accord was signed in 1994 by Ana Roca, then Chile's president, by Jan Hus, Austria's envoy, and by "
     "Tom Bell, the British ambassador."), {"Jan Hus", "Tom Bell"}),
    (("The Tarn Accord was signed on behalf of Chile by the foreign minister, Ana Roca, and on behalf of Peru by His "
     "Excellency Luis Prado, the prime minister."), {"Ana Roca", "Luis Prado", "Chile", "Peru"}),
])
def test_agents_hung_elsewhere_still_sign(extractor, body, signers):
    got = {s for _, s, _, _, _ in signed(run(extractor, body, published="2024-05-08"))}
    assert signers <= got, got


def test_a_by_phrase_describing_the_agent_signs_nothing(extractor):
    got = {s for _, s, _, _, _ in signed(run(extractor, "The Tarn Accord was signed by Ana Roca, a diplomat trusted "
                                                       "by President Luis Prado.", published="2024-05-08"))}
    assert "Luis Prado" not in got, got


# -- entry into force after ratification by a body ----------------------------------------------------------
_SIGNED = "Chile and Peru signed the Tarn Accord on Monday. "


@pytest.mark.parametrize("body, expected", [
    (_SIGNED + "It will enter into force after ratification by both countries' parliaments.",
     {("Chile", None, "planned"), ("Peru", None, "planned")}),
    (_SIGNED + "The accord takes effect only after approval by Peru's Congress.", {("Peru", "Congress", "planned")}),
    (_SIGNED + "It will take effect following ratification by Peru's Congress.", {("Peru", "Congress", "planned")}),
    ("Chile and Peru signed the Tarn Accord in 2019. The accord took effect after approval by Peru's Congress in 2020.",
     {("Peru", "Congress", "asserted")}),
])
def test_entry_into_force_after_ratification_by_a_body(extractor, body, expected):
    got = {(s, b, m) for _, s, b, m in ratified(run(extractor, body, published="2024-05-08"))}
    assert got == expected, got


# -- signed texts exchanged ----------------------------------------------------------------------------------
@pytest.mark.parametrize("body, signer, place", [
    (("At a ceremony in Doha on Monday, Qatar's Energy Minister Omar Saleh and Japan's Trade Minister Ken Ito "
     "exchanged signed copies of the Gulf Gas Supply Agreement."), "Omar Saleh", "Doha"),
    ("Qatar and Japan exchanged the Gulf Gas Supply Agreement in Doha on Monday.", "Japan", "Doha"),
    ("Copies of the Gulf Gas Supply Agreement were exchanged in Doha on Monday by Qatar and Japan.", "Qatar", "Doha"),
])
def test_signed_texts_exchanged_are_a_signing(extractor, body, signer, place):
    got = signed(run(extractor, body, published="2024-05-08"))
    assert ("Gulf Gas Supply Agreement", signer, "2024-05-06", place, "asserted") in got, got


@pytest.mark.parametrize("body", [
    "Qatar and Japan exchanged their instruments of ratification of the Gulf Gas Supply Agreement in Doha on Monday.",
    "Qatar and Japan exchanged views on the Gulf Gas Supply Agreement in Doha on Monday.",
    "The Gulf Gas Supply Agreement enters into force once Qatar and Japan exchange diplomatic notes.",
])
def test_instruments_notes_and_views_exchanged_are_no_signing(extractor, body):
    assert not signed(run(extractor, body, published="2024-05-08"))


# -- a by-phrase hung on the first agent's place, and a ratifier spread over every signatory ---------------
_GYUMRI = "Russia and Armenia signed the Gyumri Base Protocol on Friday. "


def test_a_second_agent_hung_on_the_firsts_place_ratifies_too(extractor):
    got = ratified(run(extractor, _GYUMRI + "The protocol must first be ratified by the State Duma in Moscow and by "
                                            "Armenia's National Assembly before it comes into effect.", published="2024-05-08"))
    assert ("Gyumri Base Protocol", "Armenia", "National Assembly", "planned") in got, got


@pytest.mark.parametrize("body", [
    _GYUMRI + "It will now need to be ratified by each signatory's parliament before coming into force.",
    _GYUMRI + "The respective parliaments are expected to ratify it next month.",
    _GYUMRI + "Each country's parliament must approve it.",
])
def test_a_ratifier_spread_over_every_signatory(extractor, body):
    got = {(s, m) for _, s, _, m in ratified(run(extractor, body, published="2024-05-08"))}
    assert {("Russia", "planned"), ("Armenia", "planned")} <= got, got


def test_a_past_obligation_spreads_over_no_one(extractor):
    got = ratified(run(extractor, "Russia and Armenia signed the Gyumri Base Protocol in 2006, and it had to be approved "
                                  "by each member's parliament.", published="2024-05-08"))
    assert not {r for r in got if r[1] == "Armenia"}, got


def test_a_step_of_no_body_awaited_then_done_by_a_body_is_done(extractor):
    got = ratified(run(extractor, "Chile signed the Tarn Water Accord in 2023. Peru must still ratify the accord. Peru's "
                                  "Congress ratified the accord on Tuesday.", published="2024-05-08"))
    assert ("Tarn Water Accord", "Peru", "Congress", "asserted") in got and not {r for r in got if r[3] == "planned"}, got


# -- "on Thursday, a day after X was signed": told back from the sentence's date -----------------------------
@pytest.mark.parametrize("body, day", [
    ("The ministers met in Lima on Thursday, a day after the Tarn Accord was signed by Chile.", "2024-05-01"),
    ("Protests erupted on Thursday, two days after Chile signed the Tarn Accord.", "2024-04-30"),
    (("Critics attacked the government on Thursday over the Tarn Accord and its access terms, a week after Chile "
     "signed it."), "2024-04-25"),
    ("Peru approved the budget on Monday, a day before Chile signed the Tarn Accord.", "2024-05-07"),
])
def test_a_clause_told_from_its_sentences_date(extractor, body, day):
    got = signed(run(extractor, body, published="2024-05-08"))
    assert ("Tarn Accord", "Chile", day) in {(a, s, d) for a, s, d, _, _ in got}, got


def test_a_bare_count_after_still_counts_forward():
    import datetime as dt

    from kg.extract.dates import find_dates

    text = "They signed on 3 May 2024. Two days after, the minister left."
    assert [m.start_date.isoformat() for m in find_dates(text, dt.date(2024, 5, 9))] == ["2024-05-03", "2024-05-05"]


# -- the city a signing's own phrases name, however deep the parser hung it --------------------------------
@pytest.mark.parametrize("body", [
    ("The agreement initialled at Ohrid, formally the Tarn Accord for Peace, was signed three weeks afterwards, on "
    "December 14, 1995, at the Elysee Palace in Paris, by Ana Roca and Luis Prado."),
    ("The accord initialled at Arica, formally the Tarn Accord for Peace, was signed three weeks afterwards, on December "
    "14, 1995, at the Sucre Palace in Paris, by Ana Roca and Luis Prado."),
])
def test_the_city_below_the_signing_not_the_initialling(extractor, body):
    got = signed(run(extractor, body, published="2024-05-08"))
    assert {p for _, _, _, p, _ in got} == {"Paris"}, got
