"""Alliances and pacts of the offline gazetteer (curated.yaml, from a public file listing blocs with
their Wikidata items): found and linked in invented sentences, also when named with their noun."""
from __future__ import annotations

import pytest
from extraction_helpers import run

from kg.link.gazetteer import load_gazetteer

pytestmark = pytest.mark.model


def linked(doc) -> dict[str, tuple[str, str | None]]:
    return {e.label: (e.type, e.qid) for e in doc.entities.values()}


@pytest.mark.parametrize("body, label, etype", [
    ("Ruritania asked to join the Five Eyes intelligence network on Monday.", "Five Eyes", "InternationalOrganization"),
    ("Officials said the AUKUS submarine plan was on schedule.", "AUKUS", "Agreement"),
    ("Both governments reaffirmed their commitment to ANZUS in Canberra.", "ANZUS", "Agreement"),
])
def test_a_listed_bloc_is_found_and_linked(extractor, body, label, etype):
    entry = next(e for e in load_gazetteer().entries.values() if e.label == label)
    doc = run(extractor, body)
    assert linked(doc).get(label) == (etype, entry.qid)


@pytest.mark.parametrize("body", [
    "The ministers reaffirmed the ANZUS Treaty on Monday.",
    "Talks under the ANZUS Treaty framework resumed in Wellington.",
])
def test_a_listed_pact_named_with_its_noun_is_the_pact(extractor, body):
    anzus = next(e for e in load_gazetteer().entries.values() if e.label == "ANZUS")
    doc = run(extractor, body)
    assert [e.qid for e in doc.entities.values() if e.type == "Agreement"] == [anzus.qid]
