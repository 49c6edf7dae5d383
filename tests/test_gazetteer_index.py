"""The gazetteer's names found in sentences (spaCy's PhraseMatcher over surface keys), checked
against the definition: at each place from the left, the longest span of at most eight tokens
whose text is a surface up to case, spacing, dashes and apostrophes, passing the case rules."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.gazetteer_index import MAX_NAME_TOKENS, GazetteerIndex
from kg.extract.nlp import parse_all, tokens
from kg.ingest import read_article
from kg.link.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from kg.model import Article, Document

pytestmark = pytest.mark.model

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "corpus" / "dev"

SMALL = Gazetteer([
    GazetteerEntry("Q1", "State", "Guinea-Bissau"),
    GazetteerEntry("Q2", "State", "Guinea"),
    GazetteerEntry("Q3", "State", "Côte d'Ivoire"),
    GazetteerEntry("Q4", "State", "United States", aliases=("US",), demonyms=("American",)),
    GazetteerEntry("Q5", "InternationalOrganization", "North Atlantic Treaty Organization", aliases=("NATO",)),
    GazetteerEntry("Q6", "State", "People's Republic of China", aliases=("China",)),
    GazetteerEntry("Q7", "Place", "St. John's"),
])


def sentences(texts: list[str]) -> list[tuple[str, list]]:
    docs = parse_all([Document(Article(id=f"a{k}", text=t)) for k, t in enumerate(texts)])
    out = []
    for doc in docs:
        by: dict[int, list] = {}
        for t in tokens(doc):
            by.setdefault(t.sent, []).append(t)
        out += [(doc.text, stoks) for stoks in by.values()]
    return out


def by_definition(index: GazetteerIndex, text: str, stoks: list) -> list[tuple[int, int, str]]:
    """Every span tried, longest first at each place: what ``find`` must give, however fast."""
    out, i = [], 0
    while i < len(stoks):
        for j in range(min(len(stoks), i + MAX_NAME_TOKENS), i, -1):
            span = text[stoks[i].start:stoks[j - 1].end]
            if index.match(span):
                out.append((i, j, span))
                i = j
                break
        else:
            i += 1
    return out


def found(index: GazetteerIndex, text: str) -> list[tuple[str, str]]:
    return [(span, min(e.qid for _, e, _ in entries)) for sent_text, stoks in sentences([text])
            for _, _, span, entries in index.find(sent_text, stoks)]


def test_longest_name_first_and_dash_and_apostrophe_variants():
    index = GazetteerIndex(SMALL)
    assert found(index, "Guinea–Bissau and Guinea met the People’s Republic of China in Côte d’Ivoire.") == [
        ("Guinea–Bissau", "Q1"), ("Guinea", "Q2"), ("People’s Republic of China", "Q6"), ("Côte d’Ivoire", "Q3")]


def test_case_rules():
    index = GazetteerIndex(SMALL)
    # an acronym only as written ("us" is a pronoun), a name only capitalised
    assert found(index, "Let us see what the US and NATO say about china and Nato.") == [("US", "Q4"), ("NATO", "Q5")]


def test_spacing_is_no_part_of_a_name():
    index = GazetteerIndex(SMALL)
    assert found(index, "Troops left Côte  d'Ivoire for St. John's.") == [("Côte  d'Ivoire", "Q3"), ("St. John's", "Q7")]


def test_no_name_across_sentences_or_inside_a_word():
    index = GazetteerIndex(SMALL)
    assert found(index, "They flew to Guinea. Bissau was next. Americanisms and Guineaworms stayed.") == [("Guinea", "Q2")]


def test_a_demonyms_plural_names_the_state():
    index = GazetteerIndex(SMALL)
    assert ("Americans", "Q4") in found(index, "Americans and Guineans stayed.")


def test_matches_the_definition_on_invented_text():
    index = GazetteerIndex(load_gazetteer())
    texts = ["The United States and the People's Republic of China signed the pact in Côte d'Ivoire.",
             "NATO's secretary-general met Guinea-Bissau's president; the U.S.-China talks and EU–UK deal stalled.",
             "Officials from the Kingdom of Saudi Arabia, the UAE and South Korea flew to St. John's on Monday."]
    for text, stoks in sentences(texts):
        assert [f[:3] for f in index.find(text, stoks)] == by_definition(index, text, stoks)


@pytest.mark.slow
@pytest.mark.skipif(not DEV.is_dir(), reason=f"the dev corpus is not present at {DEV}")
def test_matches_the_definition_on_the_dev_corpus():
    index = GazetteerIndex(load_gazetteer())
    texts = [read_article(p).text for p in sorted(DEV.glob("*.txt"))]
    checked = 0
    for text, stoks in sentences(texts):
        found_spans = [f[:3] for f in index.find(text, stoks)]
        assert found_spans == by_definition(index, text, stoks)
        checked += len(found_spans)
    assert checked > 1000
