"""Round 13b (signer): an error line names a system entity by kg's own label, not its shortest alias.

A state kg calls "Ruritanistan" whose demonym "Ruritan" is an alias, or a leader "Anna Brandt" also
called "Brandt", was shown as "Ruritan" / "Brandt" in `--errors`; that reads like a labelling miss
when the fact failed on another field (its date or place). Scoring is unchanged: every alias still matches.
"""
from __future__ import annotations

import pytest

from kg.evaluate import entities_from_rows, format_errors, score_article

E = "http://e/"
GOLD = {
    "published": "2024-01-02",
    "entities": [
        {"id": "ru", "type": "State", "label": "Ruritanistan", "aliases": [], "wikidata": "Q1"},
        {"id": "anna", "type": "Person", "label": "Anna Brandt", "aliases": [], "wikidata": None},
        {"id": "pact", "type": "Agreement", "label": "Treaty of Zenda", "aliases": [], "wikidata": None},
    ],
    "facts": [
        {"cq": "signing", "agreement": "pact", "signatory": "ru", "place": "p"},
        {"cq": "signing", "agreement": "pact", "signatory": "anna", "place": "p"},
    ],
}
ROWS = [
    {"entity": E + "ru", "label": "Ruritanistan", "type": "State", "wikidata": "http://www.wikidata.org/entity/Q1"},
    {"entity": E + "anna", "label": "Anna Brandt", "type": "Person"},
    {"entity": E + "pact", "label": "Treaty of Zenda", "type": "Agreement"},
    {"entity": E + "ghost", "label": "Oskar Lind", "type": "Person"},
]
ALTS = [(E + "ru", "Ruritan"), (E + "anna", "Brandt"), (E + "ghost", "Lind")]


@pytest.mark.parametrize(("signatory", "shown"), [
    (E + "ru", "signatory=Ruritanistan"),      # a demonym alias is not what the line shows
    (E + "anna", "signatory=Anna Brandt"),  # nor a surname alias
    (E + "ghost", "signatory=Oskar Lind"),  # an entity the key lacks: its own label too
])
def test_spurious_fact_shows_the_entity_label(signatory, shown):
    ents = entities_from_rows(ROWS, ALTS)
    rows = {"signing": [{"agreement": E + "pact", "signatory": signatory, "modality": "asserted"}]}
    text = format_errors(score_article(GOLD, ents, rows).errors)
    spurious = [line for line in text.splitlines() if "spurious signing" in line]
    assert spurious and shown in spurious[0]

