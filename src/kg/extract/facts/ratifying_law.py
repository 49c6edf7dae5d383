"""Whether a signature is the head of state's step of ratifying: what is signed is the law or bill
ratifying an agreement ("signed the ratification law", "signed the treaty into law", "the bill went to
the president, who signed it"), not the agreement itself.
"""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match

#: Verbs that put something before a body or a head of state for a decision still to come.
SUBMITTING = frozenset({"submit", "send", "present", "table", "forward", "refer", "introduce", "transmit", "resubmit",
                        "go", "head", "pass", "return"})

#: Verbs whose subject waits for what their object names: "the accord awaits ratification".
_AWAITING = frozenset({"await", "need", "require", "face", "undergo", "lack"})


def awaited(toks, i: int, g: int) -> bool:
    """Is the act the noun at ``i`` names still ahead, by the verb ``g`` governing it: awaited
    ("awaits ratification") or what something is sent for ("sent it to X for ratification"; not
    "returned home after a visit")?"""
    if toks[g].lemma in _AWAITING:
        return True
    p = toks[i].head
    return toks[g].lemma in SUBMITTING and toks[p].lower == "for" and toks[p].head == g


#: What a head of state signs to ratify: "the ratification law", "the bill", "the decree".
_RATIFYING_INSTRUMENTS = frozenset({"law", "bill", "legislation", "decree"})


def _continues_instrument(ctx: Context, k: int) -> bool:
    """Does a pronoun continue a law or bill that a clause of this sentence or the one before
    was about, with no agreement named since ("the bill went to X, who signed it")?"""
    toks = ctx.resolver.toks
    s = toks[k].sent
    for t in reversed(toks[:k]):
        if t.sent < s - 1:
            break
        found = ctx.resolver.found_at(t.i)
        if found is not None and found.entity.type == "Agreement" and not _inside_instrument(ctx, t.i):
            return False  # "the law ratifying it": the agreement inside the law's own phrase does not count
        # a clause's law, or one the parser coordinated with the clause before ("..., and the law
        # ratifying it goes to X")
        if (t.dep in {"nsubj", "nsubjpass", "dobj"} or t.dep == "conj" and t.pos == "NOUN") \
                and t.lemma in _RATIFYING_INSTRUMENTS:
            return True
    return False


def _inside_instrument(ctx: Context, k: int) -> bool:
    """Is token ``k`` inside the phrase of a law or bill ("the law ratifying it")?"""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    h = tree.head(k)
    for _ in range(4):
        if h is None:
            return False
        if toks[h].lemma in _RATIFYING_INSTRUMENTS and toks[h].pos == "NOUN":
            return True
        h = tree.head(h)
    return False


def _signed_by_states(m: Match) -> bool:
    """A head of state signs a law alone; states, or several signers, sign an agreement: "a decree
    ratifying the pact, a month after the two governments signed it"."""
    signers = m.roles.get("signatory", []) + m.roles.get("partner", [])
    return len(signers) > 1 or any(e.type in {"State", "InternationalOrganization"} for e in signers)


def signs_into_law(ctx: Context, m: Match) -> bool:
    """Is what is signed the law ratifying the agreement ("signed the ratification law", "sign the
    bill ratifying the pact", "signed the treaty into law"), not the agreement itself?"""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    # "signed the law ratifying it", parsed as a clause whose subject is the law
    clausal = [n for c in tree.kids(m.trigger.i, "ccomp") for n in tree.kids(c, "nsubj") if toks[c].lemma == "ratify"]
    for k in [*m.args.object, *clausal]:
        if toks[k].lemma in _RATIFYING_INSTRUMENTS or toks[k].lemma == "ratification":
            return True
        if toks[k].lower in {"it", "them"} and not _signed_by_states(m) and _continues_instrument(ctx, k):
            return True  # "the bill went to X, who signed it"
        g = m.args.governor
        if m.args.nominal and g is not None and toks[g].lemma in SUBMITTING and toks[k].lower in {"it", "them"}:
            return True  # after the chambers, "it goes to the president for signature": the signature that ratifies
        if any(toks[c].lemma in {"ratification", "approval"} for c in tree.kids(k, "compound", "amod")):
            return True  # "the ratification law", "the approval act"
        if toks[k].lemma == "instrument" and any(toks[o].lemma == "ratification" for p in tree.kids(k, "prep")
                                                 if toks[p].lower == "of" for o in tree.kids(p, "pobj")):
            return True  # "will sign the instrument of ratification"
    return any(toks[p].lower == "into" and any(toks[o].lemma == "law" for o in tree.kids(p, "pobj"))
               for p in tree.kids(m.trigger.i, "prep")) or _completes_ratifying(ctx, m)


#: Verbs that end a process: a signature that "completes the ratification" is its last step.
_ENDING = frozenset({"complete", "finalise", "finalize", "conclude", "seal", "end", "formalise", "formalize"})


def _completes_ratifying(ctx: Context, m: Match) -> bool:
    """Is the signature told as ending the ratification, by a clause hung on the signing verb
    ("signed the pact, completing its ratification", "signed it, thereby ratifying it", "signed
    it to complete the ratification process")?"""
    return bool(_completing(ctx, m))


def _completing(ctx: Context, m: Match) -> list[int]:
    """The clause verbs hung on a person's signing that tell it ended the ratification, each with
    the ratification noun it ended."""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    if m.args.nominal or _signed_by_states(m):
        return []
    found = []
    for c in tree.kids(m.trigger.i, "advcl", "xcomp", "conj"):
        if toks[c].lemma == "ratify" and toks[c].pos == "VERB" and toks[c].tag in {"VBG", "VB"}:
            found.append(c)  # "thereby ratifying it", "to ratify it"
        elif toks[c].lemma in _ENDING:
            for o in tree.kids(c, "dobj"):
                nouns = [o, *tree.kids(o, "compound", "amod"),
                         *(x for p in tree.kids(o, "prep") if toks[p].lower == "of" for x in tree.kids(p, "pobj"))]
                found += [x for x in nouns if toks[x].lemma == "ratification"]
    return found


def completed_by_signature(ctx: Context, matches: list[Match]) -> set[int]:
    """Tokens of ratifying told as a signature's end ("signed it, completing its ratification"):
    the signature's own ratification fact tells them, with the signer's state."""
    return {i for m in matches if m.frame.name == "sign" for i in _completing(ctx, m)}
