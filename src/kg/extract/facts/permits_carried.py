"""What an agreement covers, told in a sentence after the one that names it.

Three ways English carries an agreement's provisions on past its own sentence: a clause of what
may or will be done right after a sentence opened by "Under the pact," ("Under the pact, A's ships
may refuel in B. Their crews will also train together."); a pronoun listing the parts of what the
sentence before said the agreement sets up ("The pact sets up joint activities. These include
drills."); and the items of a list set out after a line ending in a colon whose subject is the
agreement ("The pact covers: - joint training; - ...").
"""
from __future__ import annotations

from collections.abc import Callable

from kg.extract.context import Context
from kg.model import Entity

#: pronouns that stand for what the sentence before listed ("These include", "They cover")
_LISTING_PRONOUNS = frozenset({"these", "they", "those", "this"})
#: how an item of a set-out list opens
_BULLETS = frozenset({"-", "•", "*", "–", "—"})


def carried_agreement(ctx: Context, root: int,
                      fronted: Callable[[Context, int], Entity | None]) -> Entity | None:
    """The agreement of the sentence before that the sentence at ``root`` goes on telling, or None;
    ``fronted`` reads a sentence-opening "Under the pact," from a root."""
    r = ctx.resolver
    s = r.toks[root].sent
    if s == 0 or ctx.agreements(s):
        return None  # a sentence naming an agreement of its own speaks of that one
    bulleted = _bulleted_list(ctx, s)
    if bulleted is not None:
        return bulleted
    before = _root_of(ctx, s - 1)
    if before is None:
        return None
    words = ctx.lexicon.permission
    if r.toks[root].lemma in words.get("listing", ()) and any(
            r.toks[c].lower in _LISTING_PRONOUNS for c in r.tree.kids(root, "nsubj")):
        return _subject_agreement(ctx, before)  # "These include joint drills"
    if any(r.toks[a].lower in words.get("carried", ()) for a in r.tree.kids(root, "aux")):
        return fronted(ctx, before)  # "Under the pact, ... . The two navies will also hold drills."
    return None


def _root_of(ctx: Context, s: int) -> int | None:
    from kg.extract.nlp import sentence_bounds

    r = ctx.resolver
    lo, hi = sentence_bounds(ctx.doc, s)
    return next((k for k in range(lo, hi) if r.tree.head(k) is None), None)


def _subject_agreement(ctx: Context, root: int) -> Entity | None:
    """The agreement a sentence's main clause has as subject ("The pact sets up ...")."""
    r = ctx.resolver
    return next((e for c in r.tree.kids(root, "nsubj") for e in r.entities(c, ("Agreement",))), None)


def _bulleted_list(ctx: Context, s: int) -> Entity | None:
    """The agreement whose line, ending in a colon, opens the list the sentence is an item of."""
    from kg.extract.nlp import sentence_bounds

    r = ctx.resolver
    i = s
    while i >= 0 and r.toks[sentence_bounds(ctx.doc, i)[0]].text in _BULLETS:
        i -= 1
    if i == s or i < 0:
        return None
    hi = sentence_bounds(ctx.doc, i)[1]
    if r.toks[hi - 1].text != ":":
        return None
    root = _root_of(ctx, i)
    return _subject_agreement(ctx, root) if root is not None else None
