"""Visits, round 16: one who speaks in a report from a summit under way is at it — "X told
reporters", "Y argued", "A and B both said" in a story datelined at the summit or headlined by it
while it is on (kg.extract.facts.summit_speakers); not words from a report filed elsewhere, sent
from afar, said long before or said at home. On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("headline, body, visitor", [
    ("Leaders meet in Astana",
     ("ASTANA, May 14 (Steppe Wire) - The SCO summit opened on Tuesday with talks on trade. Kyrgyz President Almaz "
      "Sadykov told reporters that the bloc had to open its markets."), "Almaz Sadykov"),
    ("Live from the SADC summit in Harare, day two",
     ("Follow our coverage of the second day. Zambian President Hakainde Mwale argued that the bloc needed a "
      "common fund for drought relief."), "Hakainde Mwale"),
    ("Leaders meet in Astana",
     ("ASTANA, May 14 (Steppe Wire) - The SCO summit opened on Tuesday with talks on trade. Tajik President Rustam "
      "Nazarov disagreed, but Kyrgyz President Almaz Sadykov and Mongolian President Bat Erdene both said the "
      "bloc had to open its markets."), "Bat Erdene"),
    ("Leaders meet in Astana",
     ("ASTANA, May 14 (Steppe Wire) - The SCO summit opened on Tuesday with talks on trade. \"We need open "
      "markets,\" Kyrgyz President Almaz Sadykov said."), "Almaz Sadykov"),
])
def test_a_speaker_in_a_report_from_a_summit_under_way_is_there(extractor, headline, body, visitor):
    doc = run(extractor, body, published="2024-05-14", headline=headline)
    assert any(v == visitor and m == "asserted" and d in {"Astana", "Harare"} for v, d, m in trips(doc)), trips(doc)


@pytest.mark.parametrize("body", [
    # a report filed from elsewhere: the words are said there
    ("BISHKEK, May 14 (Steppe Wire) - The SCO summit opened in Astana on Tuesday. Kyrgyz President Almaz Sadykov "
     "told reporters that the bloc had to open its markets."),
    # words sent from afar
    ("ASTANA, May 14 (Steppe Wire) - The SCO summit opened on Tuesday. Kyrgyz President Almaz Sadykov said in a "
     "statement that the bloc had to open its markets."),
    # a summit long gone by
    ("ASTANA, May 14 (Steppe Wire) - The SCO summit was held here in June 2019. Kyrgyz President Almaz Sadykov "
     "told reporters on Tuesday that the bloc had to open its markets."),
])
def test_words_said_elsewhere_or_another_time_are_no_trip(extractor, body):
    doc = run(extractor, body, published="2024-05-14", headline="Leaders meet in Astana")
    assert not any(v == "Almaz Sadykov" and d == "Astana" for v, d, _ in trips(doc)), trips(doc)


def test_the_host_speaking_at_home_is_no_visitor(extractor):
    body = ("ASTANA, May 14 (Steppe Wire) - The SCO summit opened on Tuesday. Kazakh President Nurlan Abenov told "
            "reporters that the bloc had to open its markets.")
    doc = run(extractor, body, published="2024-05-14", headline="Leaders meet in Astana")
    assert not any(v == "Nurlan Abenov" for v, _, _ in trips(doc)), trips(doc)
