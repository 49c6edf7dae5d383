"""The modality of a step toward ratification, where its clause says more than the trigger's own
words: a purpose ("so that its instrument of ratification can be deposited") and a present-tense
clause of time ("not until the upper house votes on it", "once the assembly backs it") tell a step
still ahead; a vote never held ("the Senate never voted on it") a ratification withheld, one not
yet held ("has not yet ratified it") one awaited.
Read by :mod:`kg.extract.facts.ratifications`."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.facts.treaties import trigger_modality
from kg.extract.frames import Match
from kg.extract.tree import Tree

#: Conjunctions of a clause of time whose present tense puts its event ahead: "after X approves it".
_TIME_MARKS = frozenset({"after", "once", "when", "until", "till", "before"})
#: What opens a clause of purpose with "that": "so that", "in order that".
_PURPOSE_OPENERS = frozenset({"so", "order"})
#: Words by which a vote not held is still awaited: "has not yet voted on it", "still has not".
_STILL = frozenset({"yet", "still"})
#: The word by which a ratification not done is still awaited: "has not yet ratified it".
_YET = frozenset({"yet"})


def step_modality(ctx: Context, m: Match) -> str:
    """The trigger's modality (:func:`trigger_modality`), made planned where the trigger sits in a
    clause of purpose or a present-tense clause of time, and planned for a vote not yet held."""
    mod = trigger_modality(ctx, m)
    tree = ctx.resolver.tree
    awaited = _STILL if m.frame.name == "vote-on" else _YET if m.frame.name == "ratify" else frozenset()
    if mod == "negated" and not m.negative and not m.args.nominal \
            and any(tree.toks[c].lower in awaited for c in tree.kids(m.trigger.i, "advmod")):
        # "the Senate has not yet voted on it", "the only member that has not yet approved it":
        # awaited, not refused ("has still not ratified it" four years on is withheld)
        return "planned"
    if mod == "asserted" and (_in_purpose(tree, m.trigger.i) or _present_time_clause(tree, m.trigger.i)):
        return "planned"
    g = m.args.governor if m.args.nominal else None
    if mod == "asserted" and g is not None and (tree.toks[g].lemma in ctx.lexicon.beginning
                                                or _present_time_clause(tree, g)):
        # a step on a noun: one begun is still under way ("started its ratification process"), one
        # in a present clause of time still ahead ("once both have completed their procedures")
        return "planned"
    return mod


def _in_purpose(tree: Tree, i: int) -> bool:
    """Is token ``i`` inside a clause of purpose ("so that the decree may take effect and the
    instrument be lodged", "in order that the assembly may vote on it")?"""
    toks = tree.toks
    k: int | None = i
    for _ in range(8):
        if k is None:
            return False
        if toks[k].dep == "advcl":
            marks = {toks[c].lower for c in tree.kids(k, "mark")}
            if "that" in marks and marks & _PURPOSE_OPENERS or any(
                    toks[c].lower == "that" and any(toks[o].lower in _PURPOSE_OPENERS for o in tree.kids(c, "advmod", "pobj"))
                    for c in tree.kids(k, "mark")):
                return True
        k = tree.head(k)
    return False


def _present_time_clause(tree: Tree, i: int) -> bool:
    """Is verb ``i`` a present-tense clause of time ("only after the Senate approves it, can ...",
    "once both chambers ratify it"): an event still to come, whatever the clause it is hung on says."""
    toks = tree.toks
    t = toks[i]
    if t.pos not in {"VERB", "AUX"}:
        return False  # (a mark makes a clause of it, whatever the parser hung it on)
    present = t.tag in {"VBZ", "VBP"} or t.tag == "VBN" and any(
        toks[c].lower in {"is", "are", "has", "have"} for c in tree.kids(i, "aux", "auxpass"))
    marks = {toks[c].lower for c in tree.kids(i, "mark")}
    # "as soon as": "soon" on the verb, or the verb on "soon"
    soon = "as" in marks and (any(toks[c].lower == "soon" for c in tree.kids(i, "advmod")) or toks[t.head].lower == "soon")
    return present and (bool(marks & _TIME_MARKS) or soon)
