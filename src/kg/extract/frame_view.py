"""What a frame's implicit roles take from the passage (``implicit`` in ``data/frames.yaml``).

A verb with no object ("Bolivia will not sign"), a definite document noun or "it" that no agreement
resolves ("the president must sign the law"), and a noun whose own phrase says who acts ("ratification
by the Senate", "its instrument of ratification") speak of the entity the passage has in view; a bare
noun ("a signing ceremony") or a verb about something else named ("the declaration, adopted on
Monday") does not.
"""
from __future__ import annotations

from collections.abc import Container

from kg.extract.clause_dates import date_tokens
from kg.extract.complements import sets_apart
from kg.extract.frames import FrameLexicon, Match, Role
from kg.extract.reference_pronouns import object_continued
from kg.extract.syntax import Tree
from kg.model import Entity


def fill_implicit(ctx, resolver, lexicon: FrameLexicon, match: Match, not_agreements: Container[int]) -> None:
    """Fill each implicit role the sentence leaves empty with the entity in view, marking it so."""
    tree: Tree = resolver.tree
    toks = tree.toks
    args, frame, k, s = match.args, match.frame, match.trigger.i, match.sentence
    for name in frame.implicit:
        if match.roles.get(name) or not _bare_or_pointing(tree, _without_purpose(tree, match, name), args.object,
                                                            lexicon.transparent, not_agreements):
            continue
        if any(toks[i].lower == "it" and object_continued(tree, i) is not None for i in match.tokens.get(name, [])):
            continue  # "A passed the budget bill and B passed it": "it" is the bill, not the agreement in view
        if any(toks[c].lower in {"no", "none"} for i in args.subject for c in [i, *tree.kids(i, "det")]):
            continue  # "no deputy voted against": nobody did
        if args.nominal and not _done_by_someone(tree, k, match, name, lexicon.transparent):
            continue
        role = frame.role(name)
        # an agreement in view is the one the passage is about, "the pact" read as a reference; but
        # not when the noun's own phrase names another the parser hung elsewhere ("the approval by
        # X's parliament of a similar agreement": the similar one)
        wants_agreement = role is not None and role.types == {"Agreement"}
        ref = (args.nominal and _set_apart_in_phrase(resolver, k)) or resolver.agreements.in_view(k) if wants_agreement else None
        match.roles[name] = [ref] if ref is not None else _in_view(ctx, s, toks[k].start, role)
        match.implicit.add(name)


def _without_purpose(tree: Tree, match: Match, name: str) -> list[int]:
    """The role's tokens but the object of a "for" hung on a verb of ratifying ("had ratified in time
    for the January start", "approved it for the second time"): a purpose or a time, no document (a
    vote "for" something votes on it)."""
    role_toks = match.tokens.get(name, [])
    t = match.trigger
    if match.frame.fact != "ratification" or match.args.nominal or t.lemma == "vote":
        return role_toks
    return [i for i in role_toks if not (tree.toks[i].dep == "pobj" and (p := tree.head(i)) is not None
                                         and tree.toks[p].lower == "for" and tree.head(p) == t.i)]


def _bare_or_pointing(tree: Tree, role_toks: list[int], obj: list[int], transparent: frozenset[str],
                      named: Container[int]) -> bool:
    """No phrase for the role, or only a definite one of a word read through ("sign the law" of
    an agreement approved before): the role's entity is the one in view."""
    # a date or an adjective in the role's phrases ("final approval on Monday") names no agreement
    # (nor does a name of something else: "Chile's Senate"); an unknown name may be one
    if any(i in named for i in obj):
        return False  # "the declaration, adopted on Monday": the verb is about what it names
    role_toks = [i for i in role_toks if i not in named and tree.toks[i].pos in {"NOUN", "PRON", "PROPN"}]
    if not role_toks and not obj:
        return True
    def pointing(i: int) -> bool:
        t = tree.toks[i]
        if t.lower in {"it", "them"} or t.tag == "PRP$":
            return True  # (a possessive left unresolved, "both completed their procedures", names no other)
        # "the instrument of ratification": a word read through, of another such word
        of_pointing = all(tree.toks[p].lower == "of" and all(pointing(o) for o in tree.kids(p, "pobj"))
                          for p in tree.kids(i, "prep"))
        return t.lemma in transparent and of_pointing and not tree.kids(i, "acl", "relcl") \
            and not any(tree.toks[c].lower in {"a", "an", "another"} for c in tree.kids(i, "det")) \
            and all(tree.toks[c].lemma in transparent for c in tree.kids(i, "compound", "amod"))

    return all(pointing(i) for i in [*role_toks, *obj])


def _done_by_someone(tree: Tree, k: int, match: Match, implicit: str, transparent: frozenset[str]) -> bool:
    """A noun trigger speaks of the entity in view when it says who acts ("ratification by the
    Senate", "Peru's signature") or is what a document is of ("its instrument of ratification");
    a bare noun ("a signing ceremony", "approval ratings") may speak of anything."""
    t = tree.toks[k]
    if t.dep in {"compound", "amod"}:
        return False
    # the noun's own phrase: "after the vote, X said" is not X's vote; a modifier ("the Turkish vote")
    # speaks of a vote reported before, whose agreement the passage may have left behind
    own = set(tree.subtree(k)) - {i for c in tree.kids(k, "amod", "compound") for i in tree.subtree(c)}
    # ("in force after ratification by A": the by-phrase the parser hung on the verb right after the noun)
    own |= {i for g in [tree.head(tree.head(k) or k)] if g is not None and t.dep == "pobj" for p in tree.kids(g, "prep", "agent")
            if tree.toks[p].lower == "by" and p == max(own) + 1 for i in tree.subtree(p)}
    if any(match.roles.get(r) and any(i in own for i in match.tokens.get(r, [])) for r in match.roles if r != implicit):
        return True
    if any(match.roles.get(r) and set(match.tokens.get(r, [])) & set(match.args.copula) for r in match.roles if r != implicit):
        return True  # "the signatories were A and B": whom the noun is said of acts
    if any(tree.toks[i].pos in {"NOUN", "PRON"} for i in match.tokens.get(implicit, [])) \
            and any(v for r, v in match.roles.items() if r != implicit):
        return True  # "the law goes to X for signature": a document of the one in view, and who acts
    h = tree.head(k)
    if t.dep in {"nsubj", "nsubjpass"} and h is not None and tree.toks[h].lemma in _HAPPENING \
            and any(tree.toks[c].lower in {"the", "this", "that"} for c in tree.kids(k, "det")):
        return True  # "the signing took place in X", "the signing was attended by Y": the one just told
    of = h if t.dep == "pobj" and h is not None and tree.toks[h].lower == "of" else None
    doc = tree.head(of) if of is not None else None
    # "deposited its instrument of ratification", not "will exchange instruments of ratification"
    # (done already) nor "the instrument of ratification has been delivered" (whose?)
    return doc is not None and tree.toks[doc].lemma in transparent and tree.toks[doc].tag not in {"NNS", "NNPS"} \
        and bool(tree.kids(doc, "poss"))


def _set_apart_in_phrase(resolver, k: int) -> Entity | None:
    """An agreement told as another than those before ("a similar agreement", "its own pact", "a
    separate deal") inside noun ``k``'s own phrase, outside its relative clauses."""
    tree: Tree = resolver.tree
    clauses = {i for c in tree.kids(k, "relcl", "acl") for i in tree.subtree(c)}
    phrase = list(tree.subtree(k))
    # "the approval by X on May 3 of a similar agreement": the "of" phrase the parser hung on the
    # verb or on the date after the noun
    h, dated, last = tree.head(k), date_tokens(resolver.ctx.doc, tree.toks), max(phrase)
    for p in tree.kids(h, "prep") if h is not None else []:
        if p < last:
            continue
        if tree.toks[p].lower == "of" and h is not None and tree.toks[h].pos == "VERB":
            phrase += tree.subtree(p)
        phrase += [i for o in tree.kids(p, "pobj") if o in dated for q in tree.kids(o, "prep")
                   if tree.toks[q].lower == "of" for i in tree.subtree(q)]
    for i in phrase:
        f = resolver.at_token.get(i)
        if i == k or i in clauses or f is None or f.entity.type != "Agreement":
            continue
        if sets_apart(tree, i):
            return f.entity
    return None


#: Verbs that tell an event happened where or how: "the signing took place in X".
_HAPPENING = frozenset({"take", "happen", "occur", "hold", "attend", "witness"})


def _in_view(ctx, s: int, start: int, role: Role | None) -> list[Entity]:
    """The entity of the role's types named last before ``start``, in this sentence or the two
    before: what an objectless verb speaks of ("Peru signed the accord. Bolivia will not sign")."""
    if role is None:
        return []
    for i in range(s, max(-1, s - 3), -1):
        found = [f for f in ctx.found(i, *role.types) if i < s or f.end <= start]
        if found:
            return [found[-1].entity]
    return []
