"""Names and offices read the way a general reader would (round 15), in sentences written for
these tests in several constructions (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple]:
    return {(r["person"], r["office"], r["of"]) for r in facts(doc, "office")}


# -- courtesy words between a title and a listed person's name ----------------------------------------
@pytest.mark.parametrize("body, expected", [
    # a religious style before the name the gazetteer lists
    ("The decree was signed in Tehran by President Hojatoleslam Ahmad Vahidi on Sunday.",
     ("Ahmad Vahidi", "President", "Iran")),
    # two courtesy words, a quote
    ("\"We will not bargain,\" said Defence Minister Ayatollah Seyyed Ali Akbar Salehi of Iran.",
     ("Ali Akbar Salehi", "Defence Minister", "Iran")),
    # an Indian honorific, passive
    ("The bridge was opened by President Smt Droupadi Murmu of India in the presence of envoys.",
     ("Droupadi Murmu", "President", "India")),
    # title before the name, set off by commas
    ("India's president, Smt Droupadi Murmu, will travel to Hanoi next week.",
     ("Droupadi Murmu", "President", "India")),
])
def test_courtesy_words_between_title_and_name(extractor, body, expected):
    assert expected in offices(run(extractor, body))
