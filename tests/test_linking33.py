"""Linking of the thirty-third round, on sentences and names written for these tests: classes of
items the gazetteer lacked (continents) and mechanisms that reach an item the gazetteer has by
the name news writes (a monarch by title and given name, a name in another transliteration, a
person by the first words of a longer listed name). Guards: look-alikes stay unlinked."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.link.gazetteer import load_gazetteer
from kg.link.linker import Linker
from kg.model import Article
from kg.pipeline import Pipeline


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker(load_gazetteer())


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def entities(pipeline: Pipeline, body: str) -> dict[str, str | None]:
    doc = pipeline.document(Article(id="t", text="A headline\n" + body, title="A headline",
                                    published=dt.date(2024, 3, 10)))
    return {e.label: e.qid for e in doc.entities.values()}


# -- continents ------------------------------------------------------------------------------------
def test_continents_are_linked(pipeline):
    ents = entities(pipeline, "The envoy toured Africa and South America before flying on to Europe and Asia.")
    assert ents.get("Africa") == "Q15" and ents.get("South America") == "Q18"
    assert ents.get("Europe") == "Q46" and ents.get("Asia") == "Q48"


def test_a_region_named_after_a_continent_is_not_the_continent(pipeline):
    ents = entities(pipeline, "Envoys from Central Asia and North Africa met delegates of South Africa in Tashkent.")
    assert ents.get("Central Asia") is None and ents.get("North Africa") is None
    assert ents.get("South Africa") == "Q258"
    assert "Q48" not in ents.values() and "Q15" not in ents.values()
