"""Whose office a title is, read on sentences written for the test (round 16)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple[str, str, str | None]]:
    return {(f["person"], f["office"], f.get("of")) for f in facts(doc, "office")}


# -- a plural title's list of styled names: each name keeps its place -----------------------------
@pytest.mark.parametrize("body, first, second", [
    ("The emirs of Kuwait and Qatar, Sheikh Nasser Al Fahad and Sheikh Hamad Al Saleh, met in Doha on Sunday.",
     ("Nasser Al Fahad", "Kuwait"), ("Hamad Al Saleh", "Qatar")),
    ("The health ministers of Kenya and Uganda, Dr. Wanjiru Kamau and Dr. Okello Opio, signed the plan in Kampala.",
     ("Wanjiru Kamau", "Kenya"), ("Okello Opio", "Uganda")),
    ("On Friday the foreign ministers of Peru and Chile, Dr. Luis Soto and Dr. Ana Rojas, opened a border post.",
     ("Luis Soto", "Peru"), ("Ana Rojas", "Chile")),
])
def test_styled_names_in_a_respective_list_take_the_states_in_order(extractor, body, first, second):
    got = offices(run(extractor, body))
    for person, state in (first, second):
        assert any(p == person and of == state for p, _, of in got), got
    assert not any(p == first[0] and of == second[1] or p == second[0] and of == first[1] for p, _, of in got), got


# -- a group's plural office noun before a title is not the person's office ----------------------
@pytest.mark.parametrize("body, person, office, state", [
    ("G7 Leaders Prime Minister Aiko Tanabe of Japan opened the session in Tokyo.",
     "Aiko Tanabe", "Prime Minister", "Japan"),
    ("Quad Leaders Prime Minister Ravi Menon of India spoke first at the meeting.",
     "Ravi Menon", "Prime Minister", "India"),
    ("The forum heard BRICS Ministers President Ed Vance of Brazil, who called for a new bank.",
     "Ed Vance", "President", "Brazil"),
])
def test_a_group_plural_before_a_title_is_not_the_office(extractor, body, person, office, state):
    got = offices(run(extractor, body))
    assert (person, office, state) in got, got


@pytest.mark.parametrize("body, person, office", [
    ("Foreign Affairs Minister Ana Roca of Spain arrived in Rabat.", "Ana Roca", "Foreign Affairs Minister"),
    ("Home Affairs Minister Luis Gil of Spain arrived in Rabat.", "Luis Gil", "Home Affairs Minister"),
])
def test_a_plural_word_that_is_no_office_stays_in_the_title(extractor, body, person, office):
    got = offices(run(extractor, body))
    assert any(p == person and o == office for p, o, _ in got), got
