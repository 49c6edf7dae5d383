"""Whether a party holds an agreement now, ahead or not at all: "X, which is not a party to it",
"will join the treaty", "applied to join it", "X is not a member of Y, nor a party to Z"."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match

#: Words before an agreement noun that make it one still to come.
PROSPECTIVE = frozenset({"proposed", "planned", "mooted", "prospective", "potential", "possible", "future",
                          "envisaged", "envisioned", "projected"})


def holding_modality(ctx: Context, m: Match) -> str:
    """Whether a party holds an agreement: a verb's modality ("would have a pact with B" is ahead);
    a noun says what is, unless negated ("X, which is not a party to it", "no signatory")."""
    if m.frame.name in {"bind", "act-under"}:  # what a party will do under it, it is bound to now
        return "asserted"
    if m.frame.name in {"hold-agreement", "join-agreement"}:  # "will join it": ahead; "will not": denied
        from kg.extract.facts.treaties import (
            trigger_modality,  # treaties reads this module
        )

        mod = trigger_modality(ctx, m)
        # "applied to join the treaty", "its bid for accession": a candidacy (lexicon ``membership``)
        wanting = ctx.lexicon.membership.get("candidacy", ()) if m.frame.name == "join-agreement" else ()
        above: list[str] = []
        k = m.trigger.i
        while len(above) < 3 and ctx.resolver.toks[k].head != k:
            k = ctx.resolver.toks[k].head
            above.append(ctx.resolver.toks[k].lemma)
        return "planned" if mod == "asserted" and any(w in wanting for w in above) else mod
    tree, t = ctx.resolver.tree, m.trigger
    if t.dep == "conj" and any(tree.toks[c].lower in {"nor", "neither"} for c in tree.kids(t.head, "cc", "preconj")):
        return "negated"  # "X is not a member of Y, nor a party to Z"
    while t.dep == "conj" and t.head != t.i and tree.toks[t.head].pos == "NOUN":
        t = tree.toks[t.head]  # "X is not a member of Y or a party to Z": the first predicate's negation
    heads = [t.i] + ([t.head] if t.dep in {"attr", "acomp"} else [])
    if any(tree.toks[c].lower in {"not", "no", "never", "n't"} for h in heads for c in tree.kids(h, "neg", "det")):
        return "negated"
    return "asserted"
