"""Scoring, exactly as FORMAT.md's Scoring section says, on hand-made keys and system output."""
from __future__ import annotations

import pytest

from kg.evaluate import (
    SystemEntity,
    format_errors,
    office_words,
    score_article,
)

GOLD = {
    "published": "2024-01-02",
    "entities": [
        {"id": "ru", "type": "State", "label": "Ruritania", "aliases": ["Ruritanian"], "wikidata": "Q1"},
        {"id": "gr", "type": "State", "label": "Graustark", "aliases": [], "wikidata": "Q2"},
        {"id": "pact", "type": "Agreement", "label": "Treaty of Zenda", "aliases": ["ToZ"], "wikidata": None},
        {"id": "king", "type": "Person", "label": "Rudolf Elphberg", "aliases": ["Rudolf"], "wikidata": None},
        {"id": "summit", "type": "Summit", "label": "1st Zenda Summit", "aliases": [], "wikidata": None},
    ],
    "facts": [
        {"cq": "parties", "agreement": "pact", "party": "ru"},
        {"cq": "parties", "agreement": "pact", "party": "gr"},
        {"cq": "office", "person": "king", "office": "Defence Minister", "of": "ru"},
        {"cq": "member", "member": "gr", "organization": "ru", "modality": "negated"},
        {"cq": "summit", "summit": "summit", "ordinal": 1, "participants": ["ru", "gr"], "modality": "planned"},
    ],
}
E = "http://e/"


def system():
    return {
        E + "ru": SystemEntity(E + "ru", {"Ruritania"}, {"State"}, {"Q1"}),
        E + "gr": SystemEntity(E + "gr", {"Graustark"}, {"Place"}, set()),
        E + "pact": SystemEntity(E + "pact", {"The Treaty of Zenda"}, {"Agreement"}, set()),
        E + "king": SystemEntity(E + "king", {"Rudolf Elphberg"}, {"Person"}, set()),
        E + "summit": SystemEntity(E + "summit", {"1st Zenda Summit"}, {"Summit"}, set()),
        E + "extra": SystemEntity(E + "extra", {"Somewhere"}, {"Place"}, set()),
    }


def test_fact_scores_and_modality():
    rows = {
        "parties": [
            {"agreement": E + "pact", "party": E + "ru", "modality": "asserted"},
            {"agreement": E + "pact", "party": E + "gr", "modality": "planned"},  # wrong modality
        ],
        "office": [{"person": E + "king", "office": "Minister of Defence", "of": E + "ru"}],
        "member": [{"member": E + "gr", "organization": E + "ru"}],  # a negated fact stated: costs precision
        "summit": [
            {"summit": E + "summit", "ordinal": "1", "participant": E + "ru", "modality": "planned"},
            {"summit": E + "summit", "ordinal": "1", "participant": E + "extra", "modality": "planned"},
        ],
    }
    score = score_article(GOLD, system(), rows)
    k = score.kinds
    assert (k["parties"].found, k["parties"].gold, k["parties"].tp_pred, k["parties"].pred) == (1, 2, 1, 2)
    assert k["office"].recall == 1.0  # "Defence Minister" words all in "Minister of Defence"
    assert k["member"].gold == 0 and k["member"].pred == 1 and k["member"].precision == 0.0
    assert k["summit"].recall == 1.0 and k["summit"].precision == 1.0
    assert (k["summit participant"].found, k["summit participant"].tp_pred, k["summit participant"].pred) == (1, 1, 2)
    assert score.macro_f1 == pytest.approx((0.5 + 1 + 1 + 0.5) / 4)  # member has no gold facts


def test_entity_scores():
    score = score_article(GOLD, system(), {})
    assert score.entities.recall == 1.0
    assert score.entities.precision == pytest.approx(5 / 6)
    assert score.type_accuracy == pytest.approx(4 / 5)  # Graustark typed Place
    assert score.link_accuracy == pytest.approx(1 / 2)  # Graustark has no QID


def test_qid_decides_when_both_sides_have_one():
    sys = {E + "x": SystemEntity(E + "x", {"Ruritania"}, {"State"}, {"Q999"})}
    assert score_article(GOLD, sys, {}).entities.found == 0


@pytest.mark.parametrize("gold, system, same", [
    ("Secretary-General", "Secretary General", True),
    ("Defense Minister", "Minister of Defence", True),
    ("Minister, Defence", "defence minister", True),
    ("Foreign Minister", "Minister", False),
])
def test_office_words_fold_spelling_hyphens_and_commas(gold, system, same):
    assert all(w in office_words(system) for w in office_words(gold)) is same


def test_errors_name_what_was_missed_and_what_was_made_up():
    rows = {"parties": [{"agreement": E + "pact", "party": E + "extra", "modality": "asserted"}]}
    score = score_article(GOLD, system(), rows)
    missed = [f for what, kind, f in score.errors if what == "missed" and kind == "parties"]
    spurious = [f for what, kind, f in score.errors if what == "spurious" and kind == "parties"]
    assert {f["party"] for f in missed} == {"Ruritania", "Graustark"}
    assert spurious == [{"agreement": "The Treaty of Zenda", "modality": "asserted", "party": "Somewhere"}]
    assert "+ spurious parties: agreement=The Treaty of Zenda, party=Somewhere" in format_errors(score.errors)


def test_every_kind_has_a_query_selecting_its_registry_fields():
    """The scorer reads each query's rows by the fact-schema registry's field names."""
    import re

    from kg.evaluate import CQ_QUERIES, ENTITY_VALUED, MODAL_KINDS, SCORED_KINDS
    from kg.model import FACT_KINDS
    from kg.queries import load_query

    assert list(CQ_QUERIES) == list(FACT_KINDS)
    assert SCORED_KINDS == ("parties", "ratification", "signing", "summit", "summit participant", "visit",
                            "access", "office", "permits", "member")
    for cq, (qfile, fields) in CQ_QUERIES.items():
        select = re.search(r"SELECT(.*?)WHERE", load_query(qfile), re.DOTALL | re.IGNORECASE)
        assert select is not None, qfile
        wanted = set(fields) | ({"modality"} if cq in MODAL_KINDS else set())
        assert wanted <= set(re.findall(r"\?(\w+)", select.group(1))), qfile
    assert "participant" in ENTITY_VALUED and "participants" not in ENTITY_VALUED
