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
    if any(tree.toks[c].lower == "longer" and any(tree.toks[n].lower == "no" for n in tree.kids(c))
           for h in heads for c in tree.kids(h, "advmod")):
        return "negated"  # "X is no longer a party to it": what holds no more
    return "asserted"


#: What an agreement still being made is said to be under ("under negotiation", "under discussion").
_UNDER_WAY = frozenset({"negotiation", "negotiations", "discussion", "discussions", "consideration", "review",
                        "preparation", "development", "study", "talks"})
#: Verbs of making an agreement that, told as going on ("is now being negotiated"), leave it unmade.
_BEING_MADE = frozenset({"negotiate", "draft", "discuss", "finalise", "finalize", "hammer", "prepare", "work",
                         "thrash", "iron", "study", "review"})


def in_the_making(ctx: Context) -> set[str]:
    """The agreements the article tells as not yet made: a draft or a proposed one ("a draft defence
    pact", "the proposed accord"), one "under negotiation" or "being negotiated" — their parties are
    planned until a signing or ratification says otherwise (FORMAT.md)."""
    out: set[str] = set()
    tree = ctx.resolver.tree
    toks = tree.toks
    for ent, t in _agreement_heads(ctx):
        if ent.key in out or t is None:
            continue
        mods = tree.kids(t.i, "amod", "compound")
        mods += [d for c in mods for d in tree.kids(c, "amod", "compound")]  # "a draft [defence] pact"
        if any(toks[c].lower in PROSPECTIVE or toks[c].lower == "draft" for c in mods):
            out.add(ent.key)  # "a draft defence pact", "the proposed accord"
            continue
        g = tree.head(t.i)
        if g is None or t.dep not in {"nsubj", "nsubjpass"}:
            continue
        if any(toks[o].lower in _UNDER_WAY for p in tree.kids(g, "prep") if toks[p].lower == "under"
               for o in tree.kids(p, "pobj")):
            out.add(ent.key)  # "the pact is still under negotiation", "remains under discussion"
        elif toks[g].lemma in _BEING_MADE and any(toks[c].lower == "being" for c in tree.kids(g, "auxpass", "aux")):
            out.add(ent.key)  # "the accord is now being negotiated", "is still being finalised"
    return out


#: Nouns of making an agreement still going on: "negotiations on a pact", "talks over an accord".
_TALKS = frozenset({"negotiation", "negotiations", "talks", "discussions", "consultations"})


def under_talks(ctx: Context) -> set[str]:
    """The agreements only talks are told on ("negotiations on a separate agreement are expected to
    conclude next year", "talks over a defence pact"): planned, unless the article says one was
    made or signed."""
    out: set[str] = set()
    tree = ctx.resolver.tree
    toks = tree.toks
    for ent, t in _agreement_heads(ctx):
        if ent.key in out:
            continue
        p = tree.head(t.i) if t is not None and t.dep == "pobj" else None
        n = tree.head(p) if p is not None and toks[p].lower in {"on", "over", "for", "about"} else None
        if n is not None and toks[n].lower in _TALKS:
            out.add(ent.key)
    return out


def _agreement_heads(ctx: Context):
    """Each agreement mention's entity and head token (None where the parse gives none)."""
    from kg.extract.context import Found, head_token

    for m in ctx.doc.mentions:
        ent = ctx.doc.entities.get(m.entity or "")
        if ent is not None and ent.type == "Agreement":
            yield ent, head_token(ctx, Found(m, ent))
