"""Agreements, round 21: the names a reader may give an unnamed agreement. A premodifier that tells
what befell the agreement or how it ranks, not which agreement it is — a participle ("the
long-delayed fisheries protocol", "an amended border pact") or a superlative ("its biggest arms
deal") — is left out of one more name for it; the fullest description stays its label
(kg.extract.description_phrases.describe). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import run

pytestmark = pytest.mark.model


def names(doc) -> dict[str, set[str]]:
    """Each agreement's label, with all its names (label and aliases), lower case."""
    return {e.label: {e.label.lower(), *(a.lower() for a in e.aliases)}
            for e in doc.entities.values() if e.type == "Agreement"}


@pytest.mark.parametrize("body, label, also", [
    ("Ministers from Chad and Niger discussed the long-delayed fisheries protocol in Niamey on Monday.",
     "long-delayed fisheries protocol", "fisheries protocol"),
    ("Bolivia and Paraguay signed an amended border pact in Asuncion on Friday.",
     "amended border pact", "border pact"),
    ("Kenya signed its biggest arms export deal with Ghana on Tuesday.",
     "biggest arms export deal", "arms export deal with Ghana"),
    ("Talks on the long-stalled agreement with Norway resumed in Reykjavik on Monday, Iceland said.",
     "long-stalled agreement with Norway", "agreement with Norway"),
])
def test_what_befell_an_agreement_is_left_out_of_one_of_its_names(extractor, body, label, also):
    got = names(run(extractor, body, published="2025-03-14"))
    assert any(label in k for k in got), got
    assert any(also.lower() in v for v in got.values()), got


@pytest.mark.parametrize("body, never", [
    # the head alone names no particular agreement
    ("Bolivia and Paraguay signed a revised agreement in Asuncion on Friday.", "agreement"),
    # nothing befell it: no shorter name is made
    ("Bolivia and Paraguay signed a defence cooperation agreement in Asuncion on Friday.", "cooperation agreement"),
])
def test_no_name_is_made_of_the_head_alone_or_without_a_telling_word(extractor, body, never):
    got = names(run(extractor, body, published="2025-03-14"))
    assert got, got
    assert not any(never in v for v in got.values()), got
