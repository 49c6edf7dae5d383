"""More names a reader may give an unnamed agreement, beside the label its description gives: the
phrase without a place it ends with, which says where it was signed or applies, not which one
it is ("a memorandum of understanding on water management [in Lima]", "the protocol on the
status of the troops [on Peruvian territory]"), and without a comparative before the head, which
sets it against another, not apart ("an [earlier] agreement on energy between A and B", "a
[narrower] memorandum on border patrols"). They are names only (aliases): no word is added, so
nothing that matches descriptions by their words reads them differently."""
from __future__ import annotations

from kg.extract.description_fullest import spelled_out
from kg.extract.description_text import render, type_at
from kg.extract.nlp import Token
from kg.extract.tree import Tree
from kg.model import Document

#: What a place phrase's object may be: a named site, or a land noun with its owner ("Kyrgyz territory").
_SITES = frozenset({"Place", "State", "Facility"})
_LAND = frozenset({"territory", "soil"})
_WHERE = frozenset({"in", "at", "on"})
#: Comparatives: "an earlier pact", "a narrower memorandum", "a broader accord".
_COMPARATIVE = frozenset({"JJR", "RBR"})


def other_names(doc: Document, tree: Tree, t: Token, core: list[int], plain: list[int],
                described: list[int], binding: set[int]) -> set[str]:
    """The description's words without a trailing place phrase and without a comparative
    premodifier, each alone and both together, with and without the phrase naming its parties."""
    toks = tree.toks
    where = _trailing_place(doc, tree, described)
    compared = {i for c in tree.children[t.i] if c < t.i and toks[c].tag in _COMPARATIVE
                and toks[c].dep in {"amod", "advmod"} for i in tree.subtree(c)}
    if not where and not compared:
        return set()
    out = set()
    for words in (core, plain):
        kept = [i for i in words if i not in compared]
        if len(kept) < 1:
            continue
        out |= {render(toks, kept + [i for i in described if i not in where]),
                render(toks, kept + [i for i in described if i not in where and i not in binding])}
    if compared and len(core) > len(compared):
        # its fullest forms without the comparative too ("... between A and B")
        out |= spelled_out(doc, tree, t, [i for i in core if i not in compared])
    return {n for n in out if len(n.split()) > 1}


def _trailing_place(doc: Document, tree: Tree, described: list[int]) -> set[int]:
    """The tokens of an "in"/"at"/"on" phrase ending the description whose object is a named
    place or a land noun: "... on fisheries [in Tarsk]", "... troops [on Peruvian territory]"."""
    if not described:
        return set()
    toks = tree.toks
    last = max(described)
    inside = set(described)
    for p in described:
        if toks[p].dep != "prep" or toks[p].lower not in _WHERE:
            continue
        span = tree.subtree(p)
        if max(span) != last or not set(span) <= inside:
            continue
        objects = tree.kids(p, "pobj")
        if any(type_at(doc, toks[o]) in _SITES and toks[o].pos == "PROPN" or toks[o].lemma in _LAND for o in objects):
            if toks[p].lower == "on" and not any(toks[o].lemma in _LAND for o in objects):
                continue  # "on Lima" is no place phrase; "on Peruvian territory" is
            return set(span)
    return set()
