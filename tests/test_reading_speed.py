"""The reader's speed-ups read exactly what the plain code reads: the title scan finds the matches
of the whole title pattern, the lemmatizer's index answers as the model's lists do."""
from __future__ import annotations

import random
import re

import pytest

from kg.extract.lexicon import load_lexicon
from kg.extract.opener_scan import OpenerScan

FILLERS = ["of", "the", "for", "to", "and", "Chile", "Ana Sobral", "X", "in", "h.e.", "p.m.", "Brig. Gen.",
           "Lt.", "Dr.", "commanders", "ex", "co", "attaché", "ATTACHÉ", "administer", "Primer", "vice-"]
JOINERS = [" ", " ", " ", "-", ", ", "", "(", ".", "/", "  ", "\n", "'s "]


def _texts(words: list[str], n: int, seed: int) -> list[str]:
    """Runs of title words, ranks and other words in every case, joined every way."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        text = ""
        for w in (rnd.choice(words) for _ in range(rnd.randint(1, 12))):
            w = w.upper() if rnd.random() < .2 else w.capitalize() if rnd.random() < .3 else w
            text += w + rnd.choice(JOINERS)
        out.append(text)
    return out


def test_title_scan_finds_what_the_whole_pattern_finds():
    lexicon = load_lexicon()
    ranks = [w.replace("\\", "") for w in lexicon.ranks.pattern.split("(?:", 1)[1].rsplit(")(?!", 1)[0].split("|")]
    words = sorted(lexicon.titles.openers() | lexicon.titles.portfolios | lexicon.titles.after) + ranks + FILLERS
    texts = _texts(words, 4000, seed=7) + [
        "Foreign Minister Ana Sobral met the Commander-in-Chief and H.E. the ambassador to Chile, X.",
        "His Royal Highness, Field Marshal Sir X, and Vice-President Y; the commanderinchief spoke.",
    ]
    found = 0
    for text in texts:
        whole = [m.span() for m in lexicon._any_title.finditer(text)]
        assert lexicon.title_spans(text) == whole, text
        found += len(whole)
    assert found > 3000  # the texts hold titles to find


def test_scan_without_word_openers_reads_everywhere():
    pattern = re.compile(r"(?<![\w-])(?:\$\d+|usd)", re.IGNORECASE)
    scan = OpenerScan(pattern, ["$", "usd"])
    assert scan.starts is None
    assert [m.group(0) for m in scan.finditer("paid $5 and 7 USD")] == ["$5", "USD"]


def test_scan_never_starts_inside_a_word():
    scan = OpenerScan(re.compile(r"(?<![\w-])minister(?![\w-])", re.IGNORECASE), ["minister"])
    assert [m.span() for m in scan.finditer("administer the minister, exminister, ex-minister")] == [(15, 23)]


def test_scan_word_starts_find_what_the_keys_find():
    """The word-start filter against the key alternation: non-ASCII keys and letters that match
    an ASCII letter under IGNORECASE (the Kelvin sign, long s) included."""
    words = ["tánaiste", "Tánaiste", "TÁNAISTE", "king", "\u212aing", "ſenator", "senator", "kin", "s", "tan"]
    pattern = re.compile(r"(?<![\w-])(?:tánaiste|king|ſenator)(?![\w-])", re.IGNORECASE)
    scan = OpenerScan(pattern, ["tánaiste", "king", "ſenator"])
    assert scan._words is None  # a key's "ſ" matches "s": the alternation decides
    plain = OpenerScan(re.compile(r"(?<![\w-])(?:tánaiste|king|minister)(?![\w-])", re.IGNORECASE),
                       ["tánaiste", "king", "minister"])
    # keys grouped by first letter (kg.extract.alternation): the Kelvin sign in a text is a "k" there too
    assert plain._words is None and plain.starts is not None
    cased = OpenerScan(re.compile(r"(?<![\w-])(?:tánaiste|king|minister)(?![\w-])"), ["tánaiste", "king", "minister"])
    assert cased._words is not None  # a case-sensitive pattern: every word start, kept by its first letters
    for text in _texts(words + FILLERS + ["minister", "MINISTER"], 2000, seed=11):
        for sc in (scan, plain, cased):
            assert [m.span() for m in sc.finditer(text)] == [m.span() for m in sc.pattern.finditer(text)], text


@pytest.mark.model
def test_lemma_index_sets_answer_as_the_lists():
    from kg.extract import nlp

    model = nlp.load_model()
    nlp._annotators(model)  # the memo lemmatizer turns the index into sets
    index = model.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(isinstance(words, frozenset) for words in index.values())
    doc = model("The ministers were meeting; talks ended and the treaties lay signed.")
    assert [t.lemma_ for t in doc if t.is_alpha] == [
        "the", "minister", "be", "meet", "talk", "end", "and", "the", "treaty", "lie", "sign"]
