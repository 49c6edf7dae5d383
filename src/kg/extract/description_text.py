"""The words of a description as a label: which modifiers classify an agreement ("defence",
"2012", "second"), the contiguous ones before its head, and the text they render
(:mod:`kg.extract.description_phrases`)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.description_words import GENERIC
from kg.extract.document_heads import joint_word
from kg.extract.frames import pair_word
from kg.extract.nlp import Token
from kg.extract.number_words import YEAR
from kg.extract.syntax import Tree
from kg.model import Document, Mention


def type_at(doc: Document, t: Token) -> str | None:
    return next((m.type for m in doc.mentions if m.start <= t.start < m.end), None)


def render(toks: Sequence[Token], idx: list[int]) -> str:
    idx = sorted(set(idx))
    # a comma between two words of the phrase is a list's ("on trade, energy and water"): kept
    idx = sorted(set(idx) | {i + 1 for n, i in enumerate(idx[:-1]) if idx[n + 1] == i + 2 and toks[i + 1].text == ","})
    out = ""
    for n, i in enumerate(idx):
        out += toks[i].text
        if n + 1 < len(idx):
            out += toks[i].ws if idx[n + 1] == i + 1 else " "
    return tidy(out)


ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})


def classifies(toks: Sequence[Token], tree: Tree, i: int) -> bool:
    """Does a modifier tell which agreement ("defence", "2012", "second"), rather than point at
    it or praise it ("the", "very bad", "strongest")?"""
    t = toks[i]
    if joint_word(tree, i):
        return True  # "the trilateral statement": a kind of text, as "the defence pact" is a kind of pact
    if t.lower in GENERIC or not (t.lower.isalpha() or t.lower.isdigit() or "-" in t.lower):
        return False
    if pair_word(toks, tree.children, i):
        return False  # "the two countries' pact": whose it is, told by a pair, not which
    if t.pos in {"NOUN", "PROPN", "NUM"} or t.lower in ORDINAL_WORDS or re.fullmatch(r"\d+(st|nd|rd|th)", t.lower):
        return True
    if t.pos == "ADJ" and t.tag == "JJ" and not tree.kids(i, "advmod"):
        h = t.head
        # an adjective classifies when a noun modifier follows it ("mutual security treaty")
        return any(toks[j].pos in {"NOUN", "PROPN"} and j != h and toks[j].head == h for j in range(i + 1, h))
    return False


def contiguous_left(span: list[int], head: int, toks: Sequence[Token] | None = None) -> list[int]:
    """The modifiers right before the head; never past a verb of signing or ratifying the parser
    took for a noun (a headline's "A and B sign trade pact": the description is "trade pact")."""
    out: list[int] = []
    k = head - 1
    verbs = event_verbs() if toks is not None else frozenset()
    for i in sorted(span, reverse=True):
        if i != k or toks is not None and (toks[i].lower in verbs or _sets_off(toks, i)):
            break
        out.insert(0, i)
        k -= 1
    return out


def _sets_off(toks: Sequence[Token], i: int) -> bool:
    """Does token i close a phrase before the head: a spaced dash ("observers - A and B - the
    summit"), a colon, a semicolon or a parenthesis? ("Greek-US pact": an unspaced one joins.)"""
    t = toks[i]
    if t.text in {":", ";", "(", ")"}:
        return True
    # ("the Baltic -- 2030 concept": a dash between a name and its year joins the title)
    return t.text in {"-", "--", "\u2013", "\u2014"} and 0 < i < len(toks) - 1 \
        and toks[i - 1].end < t.start and t.end < toks[i + 1].start \
        and not (toks[i - 1].is_cap and YEAR.fullmatch(toks[i + 1].text))


def event_verbs() -> frozenset[str]:
    """The bare and -s forms of the signing and ratifying verbs (``data/frames.yaml``)."""
    from kg.extract.frames import load_frames

    base = load_frames().verbs_of("signing", "ratification")
    return frozenset(base) | {v + "s" for v in base} | {v[:-1] + "ies" for v in base if v.endswith("y")}


def tidy(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:")
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)


def mentions_at(doc: Document, toks: Sequence[Token], idx: Sequence[int]) -> list[Mention]:
    """The named mentions (not descriptions) over these tokens."""
    spans = [(toks[i].start, toks[i].end) for i in idx]
    return [m for m in doc.mentions if m.kind != "description" and any(m.start <= a < m.end for a, _ in spans)]


def names_parties(toks: Sequence[Token], tree: Tree, c: int, sub: list[int], covered: set[int]) -> bool:
    """Is complement ``c`` a "with"/"between"/"among" phrase whose nouns are all names: whom the
    agreement binds ("with the United States", "between Chile and Peru")?"""
    if toks[c].lower not in {"with", "between", "among"}:
        return False
    nouns = [i for i in sub if toks[i].pos in {"NOUN", "PROPN", "ADJ", "NUM"}]
    return bool(nouns) and all(i in covered or pair_word(toks, tree.children, i) for i in nouns)  # "the two neighbours"
