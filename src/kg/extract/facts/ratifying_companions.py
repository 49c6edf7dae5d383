"""States and chambers told alongside whoever ratifies: "A, along with B and C, had ratified it",
"Together with B, A ratified the pact", "A ratified it in May, alongside B"; and those ahead of it
in a rank ("A became the second state after B to ratify it"). What the clause says of
its subject it says of those who came along; an agreement told alongside ("ratified X together with
Y") is another reading's (:mod:`kg.extract.alongside`)."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match
from kg.extract.number_words import ORDINAL_WORDS
from kg.model import Entity

#: Words that make "with" a companion's: "together with", "along with".
_JOINTLY = frozenset({"together", "along"})
_TYPES = ("State", "Legislature")


def companions(ctx: Context, m: Match, ratifiers: list[Entity]) -> list[Entity]:
    """States and legislatures a "with"/"alongside" phrase on the ratifying verb or on its subject
    adds to ``ratifiers`` (only beside a state or a chamber that ratifies, and only for a verb)."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    if m.args.nominal or not any(e.type in _TYPES for e in ratifiers):
        return []
    out: list[Entity] = []
    for k in [m.trigger.i, *m.tokens.get("ratifier", [])]:
        for p in tree.kids(k, "prep"):
            for o in _companion_objects(tree, toks, p):
                out += [e for e in ctx.resolver.entities(o, _TYPES) if e not in ratifiers and e not in out]
    for o in _ranked_before(ctx, m):
        out += [e for e in ctx.resolver.entities(o, _TYPES) if e not in ratifiers and e not in out]
    return out


def _ranked_before(ctx: Context, m: Match) -> list[int]:
    """The objects of an "after" phrase where the trigger ranks who ratifies ("the second country
    after B to ratify it", "the third state, after B and C, to approve it", "the first nation to
    ratify it after B"): an infinitive on a noun an ordinal ranks, or beside it on the verb it is
    said by. (No rank, no order: "ratified it after B's election" is a time.)"""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    t = m.trigger
    head = tree.head(t.i)
    if head is None or not any(toks[c].lower == "to" for c in tree.kids(t.i, "aux")):
        return []
    # (the noun itself, or the one its verb says the subject is: "became the second state ... to")
    ranked = [head] if t.dep in {"relcl", "acl"} else \
        [head, *(k for k in tree.children[head] if toks[k].dep in {"attr", "ccomp", "dobj", "oprd"})] \
        if t.dep in {"advcl", "xcomp"} else []
    ranked += tree.kids(t.i, "nsubj")  # "makes X the fourth state following Y to ratify it"
    ranked = [k for k in ranked if toks[k].pos == "NOUN" and any(
        toks[c].lower in ORDINAL_WORDS for c in tree.kids(k, "amod"))]
    if not ranked:
        return []
    words = ctx.lexicon.ranked_after
    out: list[int] = []
    for k in {t.i, head, *ranked}:
        for p in tree.children[k]:
            if toks[p].lower in words and toks[p].dep in {"prep", "mark"}:
                for o in tree.kids(p, "pobj"):
                    out += [o, *tree.kids(o, "conj")]
    return out


def _companion_objects(tree, toks, p: int) -> list[int]:
    """The objects of a companion phrase: "alongside B", "together with B", "along with B"."""
    word = toks[p].lower
    if word == "alongside" or word == "with" and any(toks[a].lower in _JOINTLY for a in tree.kids(p, "advmod")):
        return tree.kids(p, "pobj")
    if word in _JOINTLY:  # "along with B": two prepositions
        return [o for w in tree.kids(p, "prep") if toks[w].lower == "with" for o in tree.kids(w, "pobj")]
    return []
