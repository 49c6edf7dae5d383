"""Signers told as a list of people each with a title beside the name: "signed by A, Kenya's
defence secretary, and B, the U.S. Secretary of Defense", "by Mali's president, Colonel A, and Niger's
leader, General B", "with the foreign minister of X, A, and Y's foreign minister, B". The parser hangs
the later items anywhere (on a title, on the verb, on the subject); the list itself is one unbroken run
of nominal words after "by" or "with", which ends where a clause, another phrase or the sentence does.
Read by :mod:`kg.extract.facts.signers`."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match
from kg.model import Entity

#: Prepositions that open a list of signers on a signing verb or noun.
_OPENERS = frozenset({"by", "with", "alongside"})
#: Prepositions inside a title ("the Minister of Defence", "Ambassador to Ghana", "Secretary for
#: Defence") or repeating the opener ("by A and by B"): the list goes on through them.
_INSIDE = frozenset({"of", "for", "to", "by"})
#: Parts of speech of a list of titled names: names, title words, articles, possessives, commas, "and".
_NOMINAL = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART", "CCONJ"})


def listed_people(ctx: Context, m: Match) -> list[Entity]:
    """The people named in the run of titled names right after the signing's "by" or "with"."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    t = m.trigger.i
    words = ctx.tokens(m.trigger.sent)
    openers = [c for c in tree.kids(t, "agent", "prep") if toks[c].lower in _OPENERS]
    if not any(toks[c].lower == "by" for c in openers) and m.trigger.tag == "VBN":
        # "signed at the alliance's summit by A, ...": a passive's agent the parser hung on the noun before it
        openers = [w.i for w in words if w.i > t and w.lower == "by" and _hangs_on(tree, w.i, t)][:1] or openers
    if not openers:
        return []
    last = words[-1].i
    out: list[tuple[int, Entity]] = []
    for k in range(openers[0] + 1, last + 1):
        w = toks[k]
        if not (w.pos in _NOMINAL or w.text == "," or w.pos == "ADP" and w.lower in _INSIDE
                or w.tag == "VBN" and w.dep == "amod"):  # ("the newly elected president")
            # "signed by A, and B criticised it": the names a verb ending the run has as its subject are its own
            own = {i for v in (w.i, w.head) for c in tree.kids(v, "nsubj", "nsubjpass") for i in tree.subtree(c)} \
                if w.pos in {"VERB", "AUX"} and w.i != t else set()
            out = [(i, e) for i, e in out if i not in own]
            break
        f = ctx.resolver.found_at(k)
        if f is not None and f.entity.type == "Person" and all(e != f.entity for _, e in out):
            out.append((k, f.entity))
    return [e for _, e in out]


def _hangs_on(tree, k: int, t: int) -> bool:
    """Is token ``k`` a phrase of verb ``t``'s through prepositional phrases only ("at the summit by X")?"""
    while tree.toks[k].dep in {"prep", "pobj"} and tree.toks[k].head != k:
        k = tree.toks[k].head
    return k == t
