"""What a signing verb may speak of that is no new signing: notes or instruments exchanged, the
ceremony just told, a signature taken back; and a plan for a signing told called off."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match
from kg.model import Entity, Fact

#: What states exchange to bring a signed agreement into force, not to sign it.
_NOTES = frozenset({"instrument", "note", "notification", "ratification"})


def exchanged_notes(ctx: Context, m: Match) -> bool:
    """"exchanged their instruments of ratification", "the exchange of notes": no signing."""
    toks = ctx.resolver.toks
    return m.frame.name == "exchange" and any(toks[k].lemma in _NOTES or toks[k].lower.rstrip("s") in _NOTES
                                              for k in m.args.object + m.args.prep("of"))


#: Nouns for the occasion of a signing: "signed at the same ceremony" is the one just told.
_CEREMONIES = frozenset({"ceremony", "event", "occasion", "signing"})


def at_that_ceremony(ctx: Context, m: Match) -> bool:
    tree = ctx.resolver.tree
    return any(tree.toks[p].lower in {"at", "during"} and any(
        tree.toks[o].lemma in _CEREMONIES and tree.kids(o, "det") and tree.toks[tree.kids(o, "det")[0]].lower in {"the", "that", "this"}
        for o in tree.kids(p, "pobj")) for p in tree.kids(m.trigger.i, "prep"))


#: Verbs that take back a signature: "withdrew its signature" tells no signing.
_UNDOING = frozenset({"withdraw", "revoke", "retract", "rescind", "remove", "annul", "cancel"})


def undone(ctx: Context, m: Match) -> bool:
    g = m.args.governor
    return m.args.nominal and g is not None and ctx.resolver.toks[g].lemma in _UNDOING


def called_off_plans(ctx: Context, facts: list[Fact]) -> None:
    """"A ceremony at which A and B were to sign X was called off on Tuesday. [Their leader] arrived that morning
    expecting to sign it": a signing planned for the day one told called off is that one, called off too; a plan
    for another day stays ahead ("refused to sign it in May but is expected to in June")."""
    from kg.extract.facts.signers import state_served

    def sides(f: Fact) -> set[str]:
        signer = ctx.doc.entities.get(str(f.fields.get("signatory", "")))
        state = state_served(ctx, signer) if signer is not None and signer.type == "Person" else None
        return {k for k in (signer.key if signer else None, state.key if state else None) if k}

    off = {(f.fields["agreement"], f.fields["date"], k) for f in facts if f.modality == "negated" and f.fields.get("date")
           for k in sides(f)}
    # (its parties are still ahead, not refusing: kg.extract.facts.treaties.parties)
    called_off = ctx.doc.annotations.setdefault("signings_called_off", set())
    for f in facts:
        if f.modality == "planned" and f.fields.get("date") and any(
                (f.fields["agreement"], f.fields["date"], k) in off for k in sides(f)):
            f.modality = "negated"
            called_off |= {(f.fields["agreement"], k) for k in sides(f)}


def a_word_alone(ctx: Context, m: Match) -> bool:
    """"16:02 - Signed." "Done.": a live report's one-word line heralds the signing its next lines
    tell; alone it names neither agreement nor signer."""
    words = [t for t in ctx.tokens(m.sentence) if t.pos not in {"PUNCT", "NUM", "SYM", "X"} and t.text not in {"-", "\u2013", "\u2014"}]
    return len(words) == 1 and words[0].i == m.trigger.i


def denied_conjunct(ctx: Context, m: Match, agreement_key: str) -> bool:
    """"signed the declaration but not the treaty", "signed X, not Y": an agreement joined to what was
    signed with its own "not" is one the signer did not sign."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    for t in ctx.tokens(m.sentence):
        f = ctx.resolver.found_at(t.i)
        if f is None or f.entity.key != agreement_key or t.dep not in {"conj", "appos"} \
                or ctx.resolver.found_at(t.head) is f:  # (the name's head word, not a word inside it)
            continue
        if any(toks[c].lower in {"not", "never"} for c in tree.kids(t.i, "neg", "advmod", "preconj")):
            return True
    return False


def denied_remnants(ctx: Context, m: Match) -> list[Entity]:
    """"signed X on Monday but not Y": the parser hangs the denied agreement on the verb, as a remnant
    of a second clause the verb's own words would repeat."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    return [e for c in tree.kids(m.trigger.i, "conj") if any(toks[n].lower in {"not", "never"} for n in tree.kids(c, "neg"))
            for e in ctx.resolver.entities(c, ("Agreement",)) if e.type == "Agreement"]



def signatory_standing(ctx: Context, m: Match) -> str | None:
    """What a signatory noun says of the signing: "negated" where the copula denies it ("X is not a
    signatory", "X is no signatory"), None where it speaks of a standing given up ("X is no longer a
    signatory", "a former signatory": a withdrawal, no signing), else ""."""
    if m.frame.name != "signatory-noun":
        return ""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    t = m.trigger
    cop = t.head if t.dep in {"attr", "nsubj"} and t.head != t.i and toks[t.head].lemma in {"be", "become", "remain"} else None
    words = [toks[c].lower for k in ([t.i] + ([cop] if cop is not None else [])) for c in tree.kids(k, "advmod", "amod", "neg", "det")]
    if "longer" in words or "former" in words or "anymore" in words:
        return None
    return "negated" if "no" in words or any(w in {"not", "never", "n't"} for w in words) else ""


def recalled(ctx: Context, m: Match) -> bool:
    """"on the tenth anniversary of the signing of X", "marked the jubilee of the accord's signature": the
    signing noun hangs on a remembrance, whose day and place the clause tells, not the signing's."""
    tree = ctx.resolver.tree
    k = m.trigger.i
    if not m.args.nominal or tree.toks[k].dep not in {"pobj", "poss"}:
        return False
    head = tree.toks[k].head if tree.toks[k].dep == "poss" else tree.toks[tree.toks[k].head].head
    return tree.toks[head].lemma in ctx.lexicon.remembrances and (tree.toks[k].dep == "poss" or tree.toks[tree.toks[k].head].lower == "of")
