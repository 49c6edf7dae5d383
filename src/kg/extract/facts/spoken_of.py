"""States and organisations a summit's sentence names only as what it speaks of, not as ones
taking part: the modifier of a noun that does not stand for them ("the Ukraine conflict",
"imports from X"), the doer of what a thing undergoes ("sanctions imposed by X"), an agreement's
parties ("a peace deal between A and B" not signed there), a list of members; and the objects that make a verb of
staying away another matter ("would withdraw from the treaty")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.context import Context, Found, head_token

if TYPE_CHECKING:
    from kg.extract.syntax import Tree


def qualifies_a_thing(ctx: Context, f: Found) -> bool:
    """"the Ukraine conflict", "Chinese investment", "Iran's nuclear programme": a state named as
    the modifier of a noun that does not stand for it (``representative`` in frames.yaml: "the
    Russian delegation", "Brazil's president" do) says what is talked about, not who takes part."""
    from kg.extract.frames import load_frames

    r = ctx.resolver
    if acts_on_a_thing(ctx, f):
        return True
    k = next((i for i, g in r.at_token.items() if g is f and r.at_token.get(r.toks[i].head) is not f), None)
    while k is not None and r.toks[k].dep == "conj" and r.toks[k].head < k:
        k = r.toks[k].head  # "tensions between A and B": B by A
    if k is not None and r.toks[k].dep == "pobj" and r.toks[r.toks[k].head].lower in _OF_A_THING:
        k = r.toks[k].head  # "imports from China", "tariffs on Mexico": the noun the phrase is on
    if k is None or r.toks[k].dep not in {"compound", "amod", "poss", "nmod", "prep"} or r.toks[k].head == k:
        return False
    h = r.toks[k].head
    noun = r.toks[h]
    if noun.pos not in {"NOUN", "PROPN"} or h in r.at_token:
        return False  # "the BRICS summit", "US President X": a name or a title
    return noun.lemma not in load_frames().representative and noun.lower not in load_frames().representative \
        and noun.lemma not in _GATHERED_PEOPLE | _MEETINGS


def _list_head(ctx: Context, f: Found) -> int | None:
    """The first name of the list the found name stands in (itself when in none)."""
    t = head_token(ctx, f)
    if t is None:
        return None
    toks, k = ctx.resolver.toks, t.i
    while toks[k].dep == "conj" and toks[k].head < k:
        k = toks[k].head
    return k


#: Nouns whose list of names says who belongs, not who comes: "its members: A, B and C".
_BELONGING = frozenset({"member", "founder", "signatory"})


def listed_as_members(ctx: Context, f: Found) -> bool:
    """"The bloc has nine members: A, B and C, the latest, which was admitted at the previous summit",
    "Its members are A, B and C": a list of who belongs to a body says nothing of who attends."""
    r = ctx.resolver
    k = _list_head(ctx, f)
    if k is None:
        return False
    h = r.toks[k].head
    if r.toks[k].dep == "appos":  # (not "its members, A and B, attended": the members as the doers)
        return r.toks[h].lemma in _BELONGING and r.toks[h].dep not in {"nsubj", "nsubjpass"}
    return r.toks[k].dep == "attr" and r.toks[h].lemma == "be" and any(
        r.toks[c].lemma in _BELONGING for c in r.tree.kids(h, "nsubj"))


#: Verbs whose object lists what a body is made of: "its members include A and B", "the bloc groups
#: A and B"; and the participles whose "of" phrase does: "made up of A and B".
_COMPRISING = frozenset({"include", "comprise", "group", "encompass"})
_MADE_OF = frozenset({"make", "compose", "consist"})


def named_as_members(ctx: Context, f: Found, heads: list[int]) -> bool:
    """A list told only as who belongs to a body, not who attends: the object of a verb of comprising
    whose subject is members or a body ("whose members include A, B and C", "the bloc groups A and
    B"), the "of" phrase of "made up of", a list beside members ("joined founding members A and B",
    "A, B and C, the bloc's founding members") and those who join as members ("when A joined founding
    members B and C"), and a subject so described whose verb does not take the summit (``heads``). A
    list a relative clause says attends is left to it ("..., which all sent leaders to the summit")."""
    r = ctx.resolver
    k = _list_head(ctx, f)
    if k is None:
        return False
    if any(r.tree.kids(j, "relcl") for j in r.tree.conjuncts(k)):
        return False
    h = r.toks[k].head
    if any(r.toks[a].lemma in _BELONGING for a in r.tree.kids(k, "appos")):
        # "joins A, B and C, the bloc's founding members", "A, a founding member, welcomed the move"
        # (not "A and B, its founding members, opened the summit": what they do is at it)
        return r.toks[k].dep not in {"nsubj", "nsubjpass"} or not any(_takes(r.tree, h, j) for j in heads)
    if h == k:
        return False
    if r.toks[k].dep in {"dobj", "appos"} and r.toks[h].lemma in _COMPRISING:
        return any(r.toks[c].lemma in _BELONGING or c in r.at_token and r.at_token[c].entity.type == "InternationalOrganization"
                   or r.toks[c].pos in {"NOUN", "PROPN"} and r.toks[h].lemma == "group"
                   for c in [*r.tree.kids(h, "nsubj"), *([h] if r.toks[k].dep == "appos" else [])])
    if r.toks[k].dep == "pobj" and r.toks[h].lower == "of" and r.toks[r.toks[h].head].lemma in _MADE_OF:
        return True  # "the Lakes Council, made up of A, B and C"
    if r.toks[k].dep in {"nsubj", "npadvmod", "dobj", "appos"} and r.toks[h].lemma == "join":
        return any(r.toks[c].lemma in _BELONGING for c in r.tree.kids(h, "dobj"))  # "A joined founding members B and C"
    return False


def members_listed(ctx: Context, k: int) -> bool:
    """Is the members noun at ``k`` only what a list of names says ("its members include A and B",
    "the bloc's members are A and B", "A and B, its founding members", "A joined founding members B
    and C"): who belongs, not that the members take part?"""
    r = ctx.resolver
    t = r.toks[k]
    h = t.head
    if t.dep == "appos":
        return True
    if h == k:
        return False
    if t.dep == "nsubj" and (r.toks[h].lemma in _COMPRISING or r.toks[h].lemma == "be" and r.tree.kids(h, "attr")):
        return True
    return t.dep == "dobj" and r.toks[h].lemma == "join"


#: Relations that open a clause of its own: what is below one is not the verb's own object.
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "acl"})


def _takes(tree: Tree, v: int, k: int) -> bool:
    """Does the verb ``v`` take the noun ``k`` in its own clause ("opened the summit", "met at the
    summit"), not in a clause hung below it?"""
    for a in [k, *tree.ancestors(k)]:
        if a == v:
            return True
        if tree.toks[a].dep in _CLAUSES:
            return False
    return False


#: Appositives that single out one of a list: "A, B and C, the newest, which joined ...".
_SINGLING = frozenset({"newest", "latest", "last", "youngest", "oldest", "first"})


def singled_out(tree: Tree, v: int) -> bool:
    """Is the relative clause the verb is in said of one of a list an appositive singles out ("A, B
    and C, the newest, which joined at the summit") rather than of the whole list?"""
    toks = tree.toks
    g = next((a for a in [v, *tree.ancestors(v, 4)] if toks[a].dep == "relcl"), None)
    return g is not None and any(toks[a].tag == "JJS" or toks[a].lower in _SINGLING for a in tree.kids(toks[g].head, "appos"))


def acts_on_a_thing(ctx: Context, f: Found) -> bool:
    """"Sanctions imposed by X", "tariffs set by Y": the doer of what a thing undergoes; "a peace
    deal between A and B", "an accord between C and D": an agreement's parties. Both name what is
    spoken of, not who takes part."""
    r = ctx.resolver
    t = head_token(ctx, f)
    k = t.i if t is not None else None
    while k is not None and r.toks[k].dep == "conj" and r.toks[k].head < k:
        k = r.toks[k].head  # "between A and B": B by A
    if k is None or r.toks[k].dep != "pobj":
        return False
    p = r.toks[k].head
    v = r.toks[p].head
    if r.toks[p].lower == "by":
        return r.toks[v].dep == "acl" and r.toks[v].tag == "VBN" and r.toks[v].head != v \
            and r.toks[r.toks[v].head].lemma not in _MEETINGS
    if r.toks[p].lower != "between" or v not in r.at_token or r.at_token[v].entity.type != "Agreement":
        return False
    # (not one signed there: "witnessed the signing of a declaration between A and B", "A and B signed an accord")
    g = r.toks[v].head
    if r.toks[v].dep == "pobj" and r.toks[g].lower == "of":
        g = r.toks[g].head
    return r.toks[g].lemma not in _SIGNING


#: Words of signing: an agreement signed in the sentence binds those there.
_SIGNING = frozenset({"sign", "signing", "ink", "conclude", "conclusion", "seal"})
#: Nouns of meeting: "talks between A and B", "a meeting with C" tell who meets.
_MEETINGS = frozenset({"summit", "meeting", "talk", "talks", "visit", "trip", "gathering", "conference", "dialogue",
                       "negotiation", "consultation", "discussion", "session", "encounter"})
#: Prepositions whose phrase on a noun tells what the thing comes from or bears on, not who takes part.
_OF_A_THING = frozenset({"from", "on", "against", "over", "about", "into", "between"})
#: People who come to a summit for a state: "delegates from X", "guests from Y".
_GATHERED_PEOPLE = frozenset({"delegate", "guest", "participant", "observer", "attendee", "dignitary", "visitor"})


def of_something_else(ctx: Context, k: int) -> bool:
    """"Would withdraw from the treaty", "shunned questions": a verb of staying away whose object is
    no gathering keeps no one from the summit."""
    from kg.extract.facts.summit_sentences import GATHERINGS

    r = ctx.resolver
    objects = r.tree.kids(k, "dobj") + [o for p in r.tree.kids(k, "prep") for o in r.tree.kids(p, "pobj")]
    return bool(objects) and not any(r.toks[o].lemma in GATHERINGS | _MEETINGS or o in r.at_token
                                     and r.at_token[o].entity.type == "Summit" for o in objects)
