"""Nouns that head an agreement's description only in some phrases: "a letter of intent on a
joint depot" is a document, "a letter to the editor" none; "a framework on gas deliveries" or "the
framework the two ministers signed" is an agreement, "within the framework of the talks" or "a
legal framework" none."""
from __future__ import annotations

import functools

from kg.extract.nlp import Token
from kg.extract.tree import Tree

#: Head noun -> the objects of its "of" phrase that make it a document ("letter of intent").
_OF_WHAT = {"letter": frozenset({"intent", "intention", "understanding", "agreement", "cooperation"})}
#: Heads that are an agreement when a complement says what about, or a verb signs them.
_ABOUT_WHAT = frozenset({"framework"})
_ABOUT = frozenset({"on", "covering", "concerning", "regarding", "governing"})

#: The heads read here (lemmas), added to the agreement nouns of :mod:`kg.extract.descriptions`.
CONDITIONAL_HEADS = frozenset(_OF_WHAT) | _ABOUT_WHAT


def heads_a_document(tree: Tree, t: Token) -> bool:
    """Does the phrase around this conditional head make it an agreement?"""
    toks = tree.toks
    if t.lemma in _OF_WHAT:
        return any(toks[o].lemma in _OF_WHAT[t.lemma] for p in tree.kids(t.i, "prep") if toks[p].lower == "of"
                   for o in tree.kids(p, "pobj"))
    if t.lemma in _ABOUT_WHAT:
        if any(toks[p].lower in _ABOUT for p in tree.kids(t.i, "prep", "acl")):
            return True
        # "signed the gas framework", "a framework ... would be signed": what a signing verb acts on
        return t.dep in {"dobj", "nsubjpass"} and toks[t.head].lemma in _signing_verbs()
    return True


@functools.cache
def _signing_verbs() -> frozenset[str]:
    from kg.extract.frames import load_frames

    return frozenset(load_frames().verbs_of("signing", "ratification"))
