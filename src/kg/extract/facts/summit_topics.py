"""What a summit speaks about: a state named as the topic of its talks ("the crisis in A, B and C",
"questions related to D", "discussed E", "F was on the agenda") is not one taking part."""
from __future__ import annotations

from kg.extract.context import Context, Found
from kg.extract.facts.participants import head_at

#: Nouns of what is talked about: "the war in X", "tensions over Y", "relations with Z", "X's bid".
TOPIC_NOUNS = frozenset({
    "crisis", "situation", "conflict", "war", "question", "issue", "tension", "dispute", "invasion",
    "security", "development", "relation", "bid", "application", "fighting", "violence", "standoff",
    "problem", "occupation", "aggression", "unrest", "turmoil", "instability", "reconstruction", "future",
    "threat", "row", "feud", "stalemate", "escalation", "offensive", "clash", "hostility", "coup",
    "crime", "atrocity", "abuse",  # "charged with war crimes in X": where the deeds were, not the summit
})
#: Nouns of what a summit says or does to a state, read only with a phrase on it: "criticism of X",
#: "pledges to Y", "sanctions on Z" (not "Japan's support", where Japan is the one giving).
_AIMED = frozenset({"criticism", "condemnation", "pledge", "commitment", "support", "aid", "assistance",
                    "sanction", "pressure", "warning", "solidarity"})
#: Words that govern what they speak of: "related to X", "concerning Y", "regarding Z".
_ABOUT = frozenset({"concerning", "regarding", "about", "re", "respecting"})
_RELATED = frozenset({"related", "relating", "pertaining", "linked"})
#: Verbs whose object is what is talked about: "leaders discussed X", "will tackle Y".
_TALKED_OF = frozenset({"discuss", "debate", "tackle", "raise", "review", "consider"})
#: Verbs whose subject is what is talked about: "X dominated the summit", "Y topped the agenda".
_TOPPING = frozenset({"dominate", "overshadow", "top", "headline"})


def a_topic(ctx: Context, f: Found) -> bool:
    """Is this state named as what the summit talks about: inside a phrase whose head is a noun
    of topic, governed by "related to", "concerning", "regarding", the object of a verb of
    discussing, or the subject of one that is on or tops the agenda — any conjunct of a list there?"""
    r = ctx.resolver
    k = head_at(ctx, f)
    if k is None:
        return False
    while r.toks[k].dep == "conj" and r.toks[k].head != k:
        k = r.toks[k].head  # "the crises in A, B and C": the first conjunct carries the relation
    t = r.toks[k]
    if t.dep == "dobj" and (r.toks[t.head].lemma in _TALKED_OF or r.toks[t.head].lower in _ABOUT):
        return True  # "discussed X", "issues concerning Y" (the parser's verb "concerning")
    if t.dep in {"nsubj", "nsubjpass"} and _on_the_agenda(ctx, t.head):
        return True
    if t.dep in {"poss", "compound", "amod", "nmod"} and _a_topic_noun(ctx, t.head):
        return True  # "Ukraine's and Georgia's bids"
    for _ in range(2):  # "the situation in the east of X": up to two phrases on nouns
        if t.dep != "pobj" or r.toks[t.head].head == t.head:
            return False
        p = r.toks[t.head]
        if p.lower in _ABOUT or p.lower == "to" and r.toks[p.head].lower in _RELATED:
            return True
        if _a_topic_noun(ctx, p.head, _AIMED):
            return True
        t = r.toks[p.head]
        if t.pos not in {"NOUN", "PROPN"}:
            return False
    return False


def _a_topic_noun(ctx: Context, h: int, more: frozenset[str] = frozenset()) -> bool:
    """A common noun of topic, no name itself ("the Ukraine Recovery Conference" is a summit)."""
    r = ctx.resolver
    return r.toks[h].pos == "NOUN" and (r.toks[h].lemma in TOPIC_NOUNS or r.toks[h].lemma in more) and h not in r.at_token


def _on_the_agenda(ctx: Context, v: int) -> bool:
    """"X was on the agenda", "X topped the agenda", "X dominated the summit"."""
    r = ctx.resolver
    if r.toks[v].lemma in _TOPPING:
        return True
    if r.toks[v].lemma in _TALKED_OF and r.tree.is_passive(v):
        return True  # "X was discussed"
    for p in r.tree.kids(v, "prep"):
        if r.toks[p].lower in {"on", "atop", "at"} and any(r.toks[o].lemma == "agenda" for o in r.tree.kids(p, "pobj")):
            return True
    for a in r.tree.kids(v, "acomp", "advmod"):  # "high on the agenda"
        if _on_the_agenda(ctx, a):
            return True
    return False
