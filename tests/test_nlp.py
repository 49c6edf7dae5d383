"""The linguistic layer's speed-ups give spaCy's own annotations: indexed attribute ruler, numpy
matrix products, NER only where the gazetteer left proper nouns unexplained."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import nlp
from kg.extract.mentions import find_mentions
from kg.extract.pipeline import Extractor
from kg.extract.ruler import IndexedAttributeRuler, indexed
from kg.link.gazetteer import load_gazetteer
from kg.model import Article, Document

pytestmark = [pytest.mark.model]  # spaCy's own annotations beside kg's

TEXTS = [
    "The foreign minister said on Tuesday that Oslo won't sign the accord, and they ain't gonna wait.",
    "Let's see: Canberra's envoy, Ms. Harriet Vole, arrived in Lima at 9 a.m. aboard HMAS Dunmore.",
    "Parliament's upper house approved the bill 120-3; critics called it 'a gift' to the navy.",
    "Sen. Ortiz asked whether the U.S. Navy would keep the base, but officials gotta decide first.",
    "  Two spaces lead here,\tand a tab sits inside; the Kingdom of Tonga abstained.",
]


@pytest.fixture(scope="module")
def model():
    return nlp.load_model()


def annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, t.lemma_, str(t.morph), t.dep_, t.head.i) for t in doc]


def test_indexed_ruler_and_memo_lemmatizer_give_spacy_s_annotations(model):
    ruler = model.get_pipe("attribute_ruler")
    fast = indexed(ruler)
    assert isinstance(fast, IndexedAttributeRuler)
    _, lemmatizer = nlp._annotators(model)  # remembers lemmas: the second round reads its memo
    for text in TEXTS * 2:  # the second round is answered from the cache
        reference = model(text, disable=["ner"])
        ours = lemmatizer(fast(model(text, disable=["attribute_ruler", "lemmatizer", "ner"])))
        assert annotations(ours) == annotations(reference), text


def test_multi_token_rules_apply(model):
    fast = indexed(model.get_pipe("attribute_ruler"))
    doc = fast(model("We ain't leaving.", disable=["attribute_ruler", "lemmatizer", "ner"]))
    assert doc[1].lemma_ == "be"  # the two-token rule "ai" + "n't"


def test_ruler_with_operators_is_kept():
    class Ruler:  # a ruler whose rules use matcher operators the index does not read
        def __init__(self) -> None:
            self.patterns = [{"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"POS": "DET"}, "index": 0}]
            self.attrs = [{}]

    ruler = Ruler()
    assert indexed(ruler) is ruler


def test_numpy_products_match_blis(model):
    """The model runs with numpy's BLAS; the tags, parse and entities are those blis gives."""
    from thinc.api import NumpyOps

    text = " ".join(TEXTS)
    ours = model(text)
    blis = NumpyOps(use_blis=True)
    saved = []
    for _, component in model.pipeline:
        if getattr(component, "model", None) is not None:
            for node in component.model.walk():
                saved.append((node, node.ops))
                node.ops = blis
    try:
        reference = model(text)
    finally:
        for node, ops in saved:
            node.ops = ops
    assert annotations(ours) == annotations(reference)
    assert [(e.text, e.label_) for e in ours.ents] == [(e.text, e.label_) for e in reference.ents]


def test_parse_keeps_offsets_and_heads(model):
    text = "Headline Words\n\nFiji and Samoa signed a pact.  It was late."
    doc = nlp.parse(Document(Article(id="t", text=text)))
    toks = nlp.tokens(doc)
    assert [doc.text[t.start:t.end] for t in toks] == [t.text for t in toks]
    signed = next(t for t in toks if t.text == "signed")
    assert toks[signed.head].text == "signed" and signed.dep == "ROOT"
    assert toks[next(t.i for t in toks if t.text == "Fiji")].head == signed.i
    assert [s.text.strip() for s in doc.sentences] == ["Headline Words", "Fiji and Samoa signed a pact.", "It was late."]
    assert all(t.ent_iob == "" for t in toks)  # NER has not run yet


@pytest.mark.parametrize("text, word", [
    (("On a long and quiet Sunday afternoon in the capital, the visiting envoy Matilda Quorne spoke "
     "briefly with reporters before the motorcade left for the airport and the long flight home."), "Quorne"),
    (("After three days of talks that ran late into the night, Foreign Secretary Dominic Harwell of "
     "Britain told the press that a deal with Chile was close."), "Harwell"),
])
def test_recognise_reads_a_window_as_ner_reads_the_sentence(model, text, word):
    whole = model(text)
    doc = nlp.parse(Document(Article(id="t", text=text)))
    k = next(t.i for t in nlp.tokens(doc) if t.text == word)
    nlp.recognise(doc, [k])
    toks = nlp.tokens(doc)
    window = set(range(k - nlp.NER_CONTEXT, k + nlp.NER_CONTEXT + 1))
    assert doc.annotations["recognised"] == window
    assert all(t.ent_iob == "" for t in toks if t.i not in window)  # the rest was not read
    assert toks[k].ent_type == whole[k].ent_type_ != ""
    near = range(k - 4, k + 5)  # NER's convolutions see four words either side
    assert [(toks[i].ent_type, toks[i].ent_iob or "O") for i in near] == \
        [(whole[i].ent_type_, whole[i].ent_iob_) for i in near]


def test_ner_only_where_proper_nouns_are_unexplained():
    extractor = Extractor(gazetteer=load_gazetteer())
    article = Article(id="t", published=dt.date(2024, 3, 10), text=(
        "Talks\nPrime Minister of Peru met officials in Lima on Monday. "
        "Later, Ambassador Orla Pemberton-Quist briefed the press in a short statement. "
        "A spokesman said Tobias Wrenfield would travel with the delegation."))
    doc = Document(article)
    for name, component in extractor.components:
        doc = component(doc)
        if name == "mentions":
            break
    toks = nlp.tokens(doc)
    read = doc.annotations["recognised"]
    first = [t.i for t in toks if t.sent == 1]
    assert not read & set(first)  # "Prime Minister", "Peru", "Lima", "Monday": all explained
    assert next(t.i for t in toks if t.text == "Orla") not in read  # a name after a title
    assert next(t.i for t in toks if t.text == "Tobias") in read  # a name NER must find
    people = {m.text for m in doc.mentions if m.type == "Person"}
    assert {"Orla Pemberton-Quist", "Tobias Wrenfield"} <= people


def test_find_mentions_without_spacy_parse_skips_ner():
    """A document tokenised elsewhere (no spaCy sentences) is read without NER."""
    extractor = Extractor(gazetteer=load_gazetteer())
    doc = nlp.parse(Document(Article(id="t", text="Chile and Peru met.")))
    del doc.annotations["spacy_sentences"]
    find_mentions(doc, extractor.lexicon, extractor.index)
    assert {m.text for m in doc.mentions} >= {"Chile", "Peru"}


def test_a_batch_reads_each_article_as_it_reads_it_alone():
    """``Extractor.many`` runs NER once for the whole batch: each article's tokens, mentions and
    facts are those it gets read on its own."""
    extractor = Extractor(gazetteer=load_gazetteer())
    texts = ["Envoy Orla Pemberton-Quist of Tuvalu met Tobias Wrenfield in Apia on Monday.",
             "The Kestrel Accord was signed by Marguerite Oyelaran and Dov Halvorsen in Suva.",
             "Parliament ratified it, said Ingrid Mbeki-Sorensen, who leads the Coral Caucus."]
    articles = [Article(id=f"a{k}", text=t, published=dt.date(2025, 3, 3)) for k, t in enumerate(texts)]
    together = list(extractor.many(articles))
    alone = [extractor(a) for a in articles]
    assert len(together) == 3
    for a, b in zip(together, alone, strict=True):
        assert a.annotations["tokens"] == b.annotations["tokens"]
        assert [(m.start, m.end, m.type) for m in a.mentions] == [(m.start, m.end, m.type) for m in b.mentions]
        assert a.facts == b.facts
    assert any(m.type == "Person" and m.text == "Orla Pemberton-Quist" for m in together[0].mentions)
