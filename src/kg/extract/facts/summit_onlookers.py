"""States and organisations a summit's sentence names as onlookers, not as those taking part: one
that judges the summit from outside ("X condemned the summit", "a spokesman for X dismissed it"),
one the sentence speaks for ("For X, the summit is a chance"), a body one belongs to ("also a member
of X"), one the sentence hears from elsewhere ("In Y, X's leader said she hoped the talks could
..."), and one in a clause a semicolon sets apart from the summit's ("...; X has long pressed for
it"). Read by :mod:`kg.extract.facts.events` before a state in a summit's sentence is made a
participant there."""
from __future__ import annotations

from itertools import pairwise

from kg.extract.context import Context, Found
from kg.extract.facts.participants import head_at
from kg.extract.nlp import sentence_bounds
from kg.extract.summit_editions import rank_of
from kg.extract.syntax import CLAUSE_TAKING
from kg.model import Entity

#: Verbs of hoping and expecting, which also take a clause: "said she hoped the talks could ...".
_HOPING = frozenset({"hope", "expect", "want", "wish", "urge", "predict", "fear"})
#: Prepositions that set a state beside the one told, in time or kind: "following X", "unlike Y".
_APART = frozenset({"following", "unlike"})
#: Verbs of receiving what another held, whose "from" phrase names the one it passes from: "takes over
#: the chair from X" (not a verb of coming, "arrived from X", nor one of gathering, "drew leaders from X").
_RECEIVING = frozenset({"take", "receive", "inherit", "assume", "accept", "win", "wrest", "collect"})
#: Nouns of belonging whose "of" phrase names what one belongs to: "a member of X".
_BELONGING = frozenset({"member", "founder", "signatory", "observer", "ally", "partner", "party"})


def an_onlooker(ctx: Context, s: int, f: Found, heads: list[int], location: Entity | None) -> bool:
    """Is the state or organisation ``f``, in sentence ``s`` that tells the summit at ``heads``,
    named there only as an onlooker (see the module's docstring)?"""
    k = head_at(ctx, f)
    if k is None or not heads:
        return False
    return _judges(ctx, k, heads) or _spoken_for(ctx, k, heads) or _belonged_to(ctx, k) \
        or _heard_from_elsewhere(ctx, k, heads, location) or _set_apart(ctx, s, f, heads)


def _owner_chain(ctx: Context, k: int) -> list[int]:
    """The name at ``k`` and the nouns it is the owner of: "X's president", "a spokesman for X",
    "officials of X" (through a possessive, a compound, or an "of"/"for"/"from" phrase)."""
    r = ctx.resolver
    chain = [k]
    while r.toks[k].dep == "conj" and r.toks[k].head != k:
        k = r.toks[k].head  # "A and B condemned it": the first conjunct carries the relation
        chain.append(k)
    for _ in range(3):
        t = r.toks[k]
        if t.dep in {"poss", "compound"} and t.head != k:
            k = t.head
        elif t.dep == "pobj" and r.toks[t.head].lower in {"of", "for", "from"} and r.toks[r.toks[t.head].head].pos in {"NOUN", "PROPN"}:
            k = r.toks[t.head].head
        else:
            break
        chain.append(k)
    return chain


def _judges(ctx: Context, k: int, heads: list[int]) -> bool:
    """"X condemned the summit", "the summit was denounced by X", "a spokeswoman for X dismissed the
    summit": the subject (or agent) of a verb of judging (``judging_verbs`` in the lexicon) whose
    object is the summit judges it from outside."""
    r = ctx.resolver
    words = ctx.lexicon.judging_verbs
    chain = _owner_chain(ctx, k)
    top = chain[-1]
    t = r.toks[top]
    if t.dep in {"nsubj"}:
        v = t.head
        return r.toks[v].lemma in words and any(o in heads for o in r.tree.kids(v, "dobj"))
    if t.dep == "pobj" and r.toks[t.head].dep == "agent":
        v = r.toks[t.head].head
        return r.toks[v].lemma in words and any(o in heads for o in r.tree.kids(v, "nsubjpass"))
    return False


def _spoken_for(ctx: Context, k: int, heads: list[int]) -> bool:
    """"For X, the summit offers an opening to ...", "the seat kept for X": a state the "for" phrase of a
    clause or of some other noun names is whom the sentence speaks for, not one at the summit."""
    r = ctx.resolver
    t = r.toks[k]
    while t.dep == "conj" and t.head != t.i:
        t = r.toks[t.head]
    if t.dep != "pobj":
        return False
    if r.toks[t.head].lower in _APART:
        return True  # "following X, which joined in 2021", "unlike X": one it is set beside, in time or kind
    if r.toks[t.head].lower == "from" and r.toks[r.toks[t.head].head].pos == "VERB" \
            and r.toks[r.toks[t.head].head].lemma in _RECEIVING:
        return True  # "takes over the chair from X": whom something passes from (not "leaders from X", "flew in from X")
    if r.toks[t.head].lower != "for":
        return False
    on = r.toks[t.head].head
    if rank_of(r.toks[on].text) or r.toks[on].dep == "attr" and any(s in heads for s in r.tree.kids(r.toks[on].head, "nsubj")):
        return False  # "the first for X as a member", "the summit was a first for X": X's summit
    return on not in heads and r.toks[on].pos in {"VERB", "AUX", "ADJ", "NOUN"} and r.at_token.get(on) is None


def _belonged_to(ctx: Context, k: int) -> bool:
    """"Host X, also a member of Y": an organisation a noun of belonging's "of" phrase names is what
    one belongs to, not one at the summit."""
    r = ctx.resolver
    t = r.toks[k]
    if t.dep != "pobj" or r.toks[t.head].lower != "of":
        return False
    return r.toks[r.toks[t.head].head].lemma in _BELONGING


def _heard_from_elsewhere(ctx: Context, k: int, heads: list[int], location: Entity | None) -> bool:
    """"In Y, X's president said she hoped the talks could ease tempers": one who speaks of the summit
    in a clause their verb places in another place than the summit's is heard from afar."""
    if location is None:
        return False
    r = ctx.resolver
    top = _owner_chain(ctx, k)[-1]
    if r.toks[top].dep != "nsubj":
        return False
    v = r.toks[top].head
    if r.toks[v].lemma not in CLAUSE_TAKING | _HOPING or not any(h in r.tree.subtree(v) and h != v for h in heads):
        return False
    if any(h == v or r.toks[h].head == v and r.toks[h].dep in {"nsubj", "dobj", "prep"} for h in heads):
        return False  # the summit itself an argument of the verb: said of it, not from afar
    for p in r.tree.kids(v, "prep"):
        if r.toks[p].lower != "in":
            continue
        for o in r.tree.kids(p, "pobj"):
            g = r.at_token.get(o)
            if g is not None and g.entity.type in {"Place", "State"} and g.entity is not location:
                return True
    return False


def _set_apart(ctx: Context, s: int, f: Found, heads: list[int]) -> bool:
    """"At the summit in X, the leaders agreed ...; Y has long pressed for it": a state in a part of
    the sentence a semicolon sets off, with none of the summit's words, is said of no summit."""
    r = ctx.resolver
    lo, hi = sentence_bounds(ctx.doc, s)
    stops = [i for i in range(lo, hi) if r.toks[i].text == ";"]
    if not stops:
        return False
    bounds = [lo, *[i + 1 for i in stops], hi]
    k = next((i for i, g in r.at_token.items() if g is f), None)
    if k is None:
        return False
    part = next((a, b) for a, b in pairwise(bounds) if a <= k < b)
    return not any(part[0] <= h < part[1] for h in heads)
