"""Agreements a clause about another document names only as its backdrop.

"The new pact replaces the 1990 accord", "It goes further than Article 3 of the Y Convention",
"its main clause mirrors the X Protocol": the agreement after the verb is what the clause's own
document is set against. A later bare "the agreement" or "it" goes on about the clause's subject,
not about that backdrop, which the reader takes for a name given in passing (as one named in an
aside clause). :meth:`kg.extract.context.Context.aside` asks here.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Collection
from functools import cache
from typing import Any, TypeVar

from kg.extract.tree import Tree, document_tree
from kg.model import Document, Mention

F = TypeVar("F", bound=Any)
#: Nouns a clause may be about when it is about a document or a part of one.
DOCUMENT_HEADS = frozenset({"agreement", "pact", "treaty", "accord", "deal", "memorandum", "arrangement", "protocol",
                            "convention", "charter", "declaration", "clause", "article", "provision", "text", "document",
                            "version", "draft", "compact"})
#: Verbs whose subject and object may be one thing ("the accord is the X Treaty"): no backdrop.
_SAME_THING = frozenset({"be", "become", "remain", "call", "name", "dub", "know", "title", "rename", "constitute",
                         "represent", "mean", "include", "contain"})
_POINTERS = frozenset({"it", "this"})
#: Parts of a document named before it ("Article 3 of the Y Convention").
_PARTS = DOCUMENT_HEADS | {"chapter", "section", "part", "annex", "preamble", "paragraph"}


def _name_head(tree: Tree, k: int, end: int) -> int:
    """The head word of the name from token k to offset ``end`` ("Status of Forces Agreement"),
    and of a part of it named before it ("Article 3 of the Y Convention")."""
    toks = tree.toks
    for _ in range(12):
        t = toks[k]
        if t.head != k and (toks[k].start <= toks[t.head].start < end or t.dep in {"det", "compound", "amod"}):
            k = t.head
        elif t.dep == "pobj" and toks[t.head].lower == "of" and toks[toks[t.head].head].lemma.lower() in _PARTS:
            k = toks[t.head].head
        else:
            break
    return k


def _clause_verb(tree: Tree, k: int) -> int | None:
    """The verb the phrase at k is an object of, directly or through prepositions and the
    adverbs they hang on ("went further than X", "in line with X")."""
    toks = tree.toks
    for _ in range(4):
        t = toks[k]
        if t.dep == "dobj" or t.dep == "pobj" and toks[t.head].dep == "prep":
            h = t.head if t.dep == "dobj" else toks[t.head].head
        elif t.dep in {"advmod", "prep", "acomp", "npadvmod"} and t.head != k:
            h = t.head
        else:
            return None
        if toks[h].pos in {"VERB", "AUX"}:
            return h
        k = h
    return None


def foreground(doc: Document, found: list[F], aside: Callable[[Mention], bool]) -> list[F]:
    """The agreements found (each with its ``mention``) a reader may take a later "it" for: those
    named outside an aside, else those no clause only set another against, else all of them."""
    return [f for f in found if not aside(f.mention)] or [f for f in found if not backdrop(doc, f.mention)] or found


@cache
def _acts() -> frozenset[str]:
    from kg.extract.frames import load_frames

    return load_frames().verbs_of("signing", "ratification", "parties")


def backdrop(doc: Document, m: Mention) -> bool:
    """Is the agreement mention m the backdrop of a clause about another document (not one whose
    verb is an act of a state's: "Norway said it signed the X Treaty")?"""
    tree = document_tree(doc)
    cache = doc.annotations.setdefault("backdrop_agreements", {})
    if cache.get("count") != len(doc.mentions):  # (names found since are words of agreements too)
        cache.clear()
        cache["count"] = len(doc.mentions)
        starts = [t.start for t in tree.toks]
        cache["tokens"] = {k for n in doc.mentions if n.type == "Agreement" and n.kind != "pronoun"
                           for k in range(bisect.bisect_left(starts, n.start), bisect.bisect_left(starts, n.end))}
    key = (m.start, m.entity)
    if key not in cache:
        cache[key] = set_against_another(tree, m.start, m.end, cache["tokens"], _acts())
    return bool(cache[key])


def set_against_another(tree: Tree, start: int, end: int, agreement_tokens: Collection[int],
                        acts: Collection[str] = ()) -> bool:
    """Is the agreement named from offset ``start`` to ``end`` the object of a clause whose subject
    is another document: one named (``agreement_tokens``: the words of agreement names), a document noun or a
    part of one ("the pact", "the clause"), or a pointer to one ("it", "this")?"""
    toks = tree.toks
    k = bisect.bisect_left(toks, start, key=lambda t: t.start)
    if k >= len(toks) or toks[k].start != start:
        return False
    head = _name_head(tree, k, end)
    verb = _clause_verb(tree, head)
    if verb is None or toks[verb].lemma in _SAME_THING or toks[verb].lemma in acts:
        return False
    own = set(tree.subtree(head))
    subjects = tree.kids(verb, "nsubj", "nsubjpass")
    if not subjects and toks[verb].dep == "conj" and toks[verb].head != verb:
        subjects = tree.kids(toks[verb].head, "nsubj", "nsubjpass")  # "it amends X and replaces Y"
    return any(c not in own and (c in agreement_tokens or toks[c].lower in _POINTERS and toks[c].pos in {"PRON", "DET"}
                                 or toks[c].pos in {"NOUN", "PROPN"} and toks[c].lemma.lower() in DOCUMENT_HEADS)
               for c in subjects)
