"""States a holder's own verb acts on: another's, never the holder's own ("X accused Chile")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.context import Found

if TYPE_CHECKING:
    from kg.extract.facts.owners import Holding, Names

#: verbs whose object may be the subject's own state: one leads, represents or steers one's own
_OWN = frozenset({"lead", "represent", "govern", "rule", "serve", "head", "run", "take", "bring", "steer", "guide",
                  "keep", "leave", "join", "defend", "protect", "commit", "pledge", "make", "see", "want"})
#: the links a verb may hang from on its way up to the holder's own verb ("issued a statement describing A")
_UP = frozenset({"acl", "advcl", "xcomp", "dobj", "conj", "pobj", "prep"})


def acted_on(names: Names, f: Found, h: Holding) -> bool:
    """Is the state (or a city standing for it) the direct object of a verb the holder is the
    subject of, at most five links below it ("X accused Lima of meddling", "X urged Peru to
    act", "X issued a statement describing Chile as an ally")? One does that to another state;
    not a verb one does to one's own ("X led Chile into the bloc", "X represents Peru")."""
    toks = names.toks
    own = {j for j in names.tokens_of(h.person) if toks[j].dep in {"nsubj", "nsubjpass"}}
    for k in names.tokens_of(f):
        if toks[k].dep != "dobj":
            continue
        v = toks[toks[k].head]
        if v.lemma in _OWN:
            return False
        for _ in range(5):
            if any(toks[j].head == v.i for j in own):
                return True
            if v.dep not in _UP or v.head == v.i:
                break
            v = toks[v.head]
    return False


#: verbs of making a deal or holding talks with the other side ("signed a deal with", "held talks with")
_DEALING = frozenset({"sign", "reach", "conclude", "negotiate", "strike", "seal", "ink", "finalise", "finalize",
                      "hold", "have", "open", "resume", "agree"})


def dealt_with(names: Names, f: Found, h: Holding) -> bool:
    """Is the state itself the object of a "with" the holder's own verb or its object takes ("X
    signed the deal with Chile", "X held talks with Peru"; not "with Chilean units", nor "X praised
    the accord with Peru", which says nothing of sides)?"""
    toks = names.toks
    for k in names.tokens_of(f):
        if toks[k].dep != "pobj" or toks[toks[k].head].lower != "with":
            continue
        v = toks[toks[toks[k].head].head]
        if v.dep == "dobj" and v.head != v.i:
            v = toks[v.head]  # "the deal with Chile", object of "signed" (not "praised the accord with Peru")
            if v.lemma not in _DEALING:
                continue
        if any(toks[j].head == v.i and toks[j].dep == "nsubj" for j in names.tokens_of(h.person)):
            return True
    return False
