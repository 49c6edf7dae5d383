"""Round 19b, names and offices: whom "represent" says an office holder stands for is the state
of the office ("X will represent the country", "the country will be represented by X", "X
represented him") (kg.extract.facts.represented). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

_OPENING = "Leaders gathered in Lima, Peru, for the summit on Monday. "


def offices(doc) -> set[tuple[str, str, str]]:
    return {(f["person"], f["office"], f["of"]) for f in facts(doc, "office")}


@pytest.mark.parametrize("body, expected", [
    ("Chile's president, Jorge Soto, has pulled out, and Foreign Minister Ana Ruiz will represent the country.",
     ("Ana Ruiz", "Foreign Minister", "Chile")),
    (("Chile's president, Jorge Soto, will not attend. The presidential palace said the country will be represented by "
     "Foreign Minister Ana Ruiz."), ("Ana Ruiz", "Foreign Minister", "Chile")),
    ("President Jorge Soto of Chile stayed home, and Defence Minister Ana Ruiz represented him.",
     ("Ana Ruiz", "Defence Minister", "Chile")),
    ("Chile sent no leader; Foreign Minister Ana Ruiz represented her country at the talks.",
     ("Ana Ruiz", "Foreign Minister", "Chile")),
])
def test_whom_a_holder_represents_owns_the_office(extractor, body, expected):
    assert expected in offices(run(extractor, _OPENING + body, published="2025-03-14"))


@pytest.mark.parametrize("body", [
    # two states the description could be: none is taken
    "Chile and Bolivia sent no leaders. Foreign Minister Ana Ruiz will represent the country.",
    # someone else represents it
    "Chile sent no leader. Foreign Minister Ana Ruiz met the lawyer who will represent the country.",
])
def test_no_state_where_represent_does_not_say_one(extractor, body):
    got = {s for p, _, s in offices(run(extractor, _OPENING + body, published="2025-03-14")) if p == "Ana Ruiz"}
    assert not got & {"Chile", "Bolivia"}, got
