"""Whether a summit was called off: "the summit has been called off", "Iceland scrapped the
meeting", "the summit, which was cancelled on Monday", "the cancellation of the summit", "the
summit will not go ahead". The words that call an event off, and those it happens by, are data
(``calling_off``, ``taking_place`` in ``data/lexicon.yaml``). And what a verb on a summit says of
it: a guest who "will not attend" leaves the summit ahead, not denied. A summit told only as hoped
for or not yet set ("hoped X would take part in a second summit", "has not been scheduled") is none
held or planned (FORMAT.md's planned: scheduled, expected or intended); one leaders "are gathering"
for is going on now."""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator

from kg.extract.clause_modality import parse_modality
from kg.extract.context import Context
from kg.extract.tree import Tree
from kg.model import Fact

#: Verbs whose denial denies the summit itself ("will not hold the summit"), not one guest's part in it.
_STAGING = frozenset({"hold", "host", "convene", "stage", "organise", "organize", "open"})
#: Auxiliaries that put a verb ahead ("will not attend", "won't travel to").
_AHEAD = frozenset({"will", "shall", "'ll", "wo", "’ll"})


def verb_through(tree: Tree, p: int) -> int | None:
    """The verb a summit hangs on through the preposition at ``p``: "(travel) to", "(meet) for",
    "(arrive) at", "(participate / take part) in"; None for any other ("build on the summit")."""
    toks = tree.toks
    g = toks[p].head
    if toks[p].lower not in {"for", "at", "to", "in"} or g == p:
        return None
    if toks[p].lower == "in" and toks[g].lemma == "part" and toks[g].head != g:
        g = toks[g].head  # "take part in the summit"
    elif toks[p].lower == "in" and toks[g].lemma != "participate" and not (
            toks[g].lemma == "take" and any(toks[c].lemma == "part" for c in tree.kids(g, "dobj"))):
        return None
    return g if toks[g].pos == "VERB" else None


def governed_modality(tree: Tree, verb: int, summit: int) -> str | None:
    """The modality a verb gives the summit (token ``summit``) it acts on: its own, except that a
    guest's denial ahead ("X will not attend the summit", "won't travel to the summit") leaves the
    summit planned ("the summit will not go ahead" denies it)."""
    mod = parse_modality(tree, verb)
    if mod == "negated" and tree.toks[summit].dep in {"dobj", "pobj"} and tree.toks[verb].lemma not in _STAGING and any(
            tree.toks[c].lower in _AHEAD for c in tree.kids(verb, "aux")):
        return "planned"
    return mod


def _phrase(ctx: Context, v: int) -> str:
    """A verb's lemma with its particle ("call off") or the state it puts a thing in ("put on
    hold"), or a noun's lemma."""
    r = ctx.resolver
    prt = [r.toks[c].lower for c in r.tree.kids(v, "prt")]
    held = [f"{r.toks[p].lower} {r.toks[o].lower}" for p in r.tree.kids(v, "prep") if r.toks[p].lower == "on"
            for o in r.tree.kids(p, "pobj") if r.toks[o].lower in {"hold", "ice"}]
    return " ".join([r.toks[v].lemma.lower(), *prt, *held[:1]])


#: Nouns a summit hangs on by "for"/"of" that stand for it when called off: "plans for a summit
#: were shelved", "the idea of a summit was dropped".
_STAND_INS = frozenset({"plan", "idea", "proposal", "prospect", "preparation"})


def _stand_in(ctx: Context, k: int) -> int:
    """The noun that stands for the summit at ``k`` ("plans [for the summit]"), else ``k``."""
    r = ctx.resolver
    p = r.toks[k].head
    if r.toks[k].dep == "pobj" and r.toks[p].lower in {"for", "of"} and r.toks[r.toks[p].head].lemma.lower() in _STAND_INS:
        return r.toks[p].head
    return k


def _happens(ctx: Context, v: int) -> bool:
    """Does the verb say an event happens: "take place", "go ahead", "happen"?"""
    r = ctx.resolver
    lemma = r.toks[v].lemma.lower()
    return lemma in ctx.lexicon.taking_place or any(
        f"{lemma} {r.toks[c].lower}" in ctx.lexicon.taking_place for c in r.tree.kids(v, "prt", "advmod", "dobj"))


def _done(ctx: Context, v: int) -> bool:
    """Is the calling off itself told as done: not denied ("was not cancelled") nor only feared
    or threatened ("could be scrapped", "threatened to cancel")?"""
    return parse_modality(ctx.resolver.tree, v) in {None, "asserted"}


def called_off(ctx: Context, heads: list[int], words: frozenset[str] | None = None) -> bool:
    """Do the summit's nouns stand as what a verb or noun of calling off (``words``, by default the
    lexicon's ``calling_off``) acts on: the object of an active verb, the subject of a passive one
    (also through "which"), or "of" after a noun?"""
    r = ctx.resolver
    words = ctx.lexicon.calling_off if words is None else words
    for k in [*heads, *(j for j in sorted({_stand_in(ctx, i) for i in heads}) if j not in heads)]:
        t = r.toks[k]
        h = t.head
        if h == k:
            continue
        if t.dep in {"dobj", "nsubjpass"} and _phrase(ctx, h) in words and _done(ctx, h):
            return True
        if t.dep == "nsubj" and _happens(ctx, h) and parse_modality(r.tree, h) == "negated":
            return True  # "the summit will not go ahead", "did not take place"
        if t.dep == "pobj" and r.toks[h].lower == "of" and r.toks[h].head != h \
                and r.toks[r.toks[h].head].lemma.lower() in words:
            return True
        # "the summit, which has been called off", also on the last word of its name
        named = [j for j in r.tree.subtree(k) if k in r.at_token and r.at_token.get(j) is r.at_token[k]] or [k]
        for v in [v for j in named for v in r.tree.kids(j, "relcl")]:
            if _phrase(ctx, v) in words and _done(ctx, v) and any(
                    r.toks[c].lower in {"which", "that"} for c in r.tree.kids(v, "nsubjpass")):
                return True
    return False

def status_called_off(ctx: Context, heads: list[int], start: dt.date | None, ahead: bool) -> str | None:
    """"negated" for a summit called off; one only put off ("postponed", ``postponing`` in the
    lexicon) is still to be held, "planned", where its own words tell it ahead (``ahead``: "the
    summit, which Iran is to host, has been postponed"), held after all where its days are gone by
    ("had been postponed twice" before it met: None), and else denied as told (FORMAT.md: a
    postponed event does not take place as told)."""
    postponing = ctx.lexicon.postponing
    if called_off(ctx, heads, ctx.lexicon.calling_off - postponing):
        return "negated"
    if not called_off(ctx, heads, postponing):
        return None
    published = ctx.doc.article.published
    if start is not None and published is not None and start < published:
        return None
    return "planned" if ahead else "negated"


#: Verbs whose clause holds only a wish: "hoped India would join a summit", "urged a summit".
_HOPING = frozenset({"hope", "wish", "want", "need", "dream"})
_HOPED = frozenset({"hoped", "hopes", "hoping"})  # (the tagger's lemma of "hoped" may be "hop")
#: Verbs that fix an event's time: "has not been scheduled", "no date has been set for it".
_SETTING = frozenset({"schedule", "set", "fix", "announce", "agree"})
#: Dependencies through which a wish's or a setting's clause reaches the summit noun.
_THROUGH = frozenset({"dobj", "pobj", "prep", "xcomp", "ccomp", "advcl", "conj", "nsubjpass", "attr"})


def not_hoped(ctx: Context, facts: Iterable[Fact]) -> Iterator[Fact]:
    """The summit facts but those of a summit told only as hoped for or not set."""
    r = ctx.resolver
    for fact in facts:
        key = fact.fields.get("summit")
        heads = sorted(k for k, f in r.at_token.items() if f.entity.key == key
                       and (r.toks[k].head == k or r.at_token.get(r.toks[k].head) is not f))
        if not hoped_only(ctx, heads):
            yield fact


def hoped_only(ctx: Context, heads: list[int]) -> bool:
    """Is every one of the summit's nouns (``heads``) told only as hoped for or not set? (A sentence
    that gives a day or a place sets one: "hopes to meet X at a summit in Lima next month".)"""
    tree = ctx.resolver.tree
    def told_when_or_where(k: int) -> bool:
        s = tree.toks[k].sent
        return any(ctx.dates_in(s, g) for g in ("day", "month", "week", "year")) or bool(ctx.found(s, "Place"))
    return bool(heads) and all(_hoped(tree, k) and not told_when_or_where(k) or _unset(tree, k) for k in heads)


def _hoped(tree: Tree, k: int) -> bool:
    """"hoped X would take part in a second summit", "we need a summit": an indefinite summit no
    subject of its clause, under a verb of wishing (a definite one, "hoped the summit would bring a
    deal", is one that is set)."""
    toks = tree.toks
    if not any(toks[c].lower in {"a", "an"} for c in tree.children[k]) or toks[k].dep in {"nsubj", "nsubjpass"}:
        return False
    j = k
    for g in tree.ancestors(k, 6):
        if toks[j].dep not in _THROUGH:
            return False
        if toks[g].pos in {"VERB", "AUX"} and (toks[g].lemma in _HOPING or toks[g].lower in _HOPED):
            return True
        j = g
    return False


def _unset(tree: Tree, k: int) -> bool:
    """"The next meeting has not been scheduled", "no date is yet fixed for another summit": a verb
    of setting denied, with the summit its subject or what a date is set for."""
    toks = tree.toks
    g = tree.head(k)
    if g is not None and toks[k].dep == "pobj" and toks[g].lower == "for":
        g = tree.head(g)
    while g is not None and toks[g].dep == "conj" and toks[g].pos not in {"VERB", "AUX"}:
        g = tree.head(g)  # "for more talks, let alone another summit"
    if g is None or toks[g].lemma not in _SETTING or toks[g].pos not in {"VERB", "AUX"} or tree.kids(g, "xcomp"):
        return False  # ("the summit is not set to open before May" sets it)
    no_date = any(toks[c].lower == "no" for s in tree.kids(g, "nsubjpass", "nsubj", "dobj") for c in tree.kids(s, "det"))
    return no_date or parse_modality(tree, g) == "negated"


#: Dependencies by which a summit hangs on what its clause tells of it: a place or time phrase
#: ("sent a delegation to the meeting", "on the eve of the summit, X announced") or the subject.
_ALONG = frozenset({"pobj", "prep", "nsubj"})


def told_as_past(tree: Tree, heads: list[int]) -> bool:
    """Does a summit noun hang, through a preposition or as subject, on a verb told in the past
    ("sent a delegation to the meeting in Apia", "agreed at a retreat in June", "the summit closed")?
    Such a clause tells the summit as held, whatever later day the sentence names for something else
    ("... where leaders chose her to take office in April"); not its object ("announced a summit
    for June": the announcing is past, the summit may be ahead)."""
    toks = tree.toks
    for k in heads:
        j, steps = k, 0
        while toks[j].dep in _ALONG and toks[j].head != j and toks[toks[j].head].pos not in {"VERB", "AUX"} and steps < 4:
            j, steps = toks[j].head, steps + 1
        v = toks[j].head
        if toks[j].dep not in _ALONG or toks[v].pos not in {"VERB", "AUX"}:
            continue
        past = toks[v].tag == "VBD" or toks[v].tag == "VBN" and (toks[v].dep == "acl" or any(
            toks[c].lower in {"had", "was", "were"} for c in tree.kids(v, "aux", "auxpass")))
        if past and parse_modality(tree, v) in {None, "asserted"}:
            return True
    return False


def going_on(ctx: Context, k: int) -> bool:
    """"Leaders are gathering in X for the summit, which will focus on Y": a verb in the present
    progressive that the summit hangs on tells it happening now; what a clause on it says it will
    do there puts it no further ahead."""
    r = ctx.resolver
    h = r.tree.head(k)
    v = r.toks[h].head if h is not None and r.toks[k].dep == "pobj" and r.toks[h].lower in {"for", "at", "in"} else h
    if v is None or r.toks[v].tag != "VBG" or r.toks[k].dep not in {"pobj", "nsubj"}:
        return False
    # who takes part in it ("are meeting for", "are converging on X for"), or it happens ("is taking place");
    # not a journey to it ("are arriving for the summit" may come before it opens)
    if not (_happens(ctx, v) if r.toks[k].dep == "nsubj" else r.toks[v].lemma in _taking_part()):
        return False
    aux = r.tree.kids(v, "aux")
    return any(r.toks[a].tag in {"VBP", "VBZ"} and r.toks[a].lemma == "be" for a in aux) and not any(
        r.toks[a].tag == "MD" for a in aux)


@functools.cache
def _taking_part() -> frozenset[str]:
    """The one-word verbs of the "attend" frame: "gather", "meet", "convene", "converge"."""
    from kg.extract.frames import load_frames

    return frozenset(w for f in load_frames().frames if f.name == "attend" for w in f.verbs if " " not in w)
