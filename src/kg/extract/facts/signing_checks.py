"""What a signing verb may speak of that is no new signing: notes or instruments exchanged, the
ceremony just told, a signature taken back."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match

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
