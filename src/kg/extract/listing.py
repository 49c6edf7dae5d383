"""Arguments the parse leaves implicit: names listed with an argument, or set beside it, but
hung inside its phrase; the members a plural is told to hold ("including", "among them", "included");
and "the former" / "the latter"."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.nlp import Token
from kg.extract.ranked_members import members_one_by_one, ranked_members
from kg.extract.tree import Tree
from kg.model import Entity

if TYPE_CHECKING:
    from kg.extract.context import Context, Found


def phrase_heads(tree: Tree, at_token: dict[int, Found], i: int, wanted: frozenset[str]) -> list[int]:
    """The heads a phrase headed by ``i`` lists: its conjuncts, modifiers coordinated inside it
    ("Indian and Russian armed forces"), names listed with it and, for people, names joined
    inside it ("X of A and Y of B")."""
    heads = tree.conjuncts(i)
    for j, etype in _named_modifiers(tree, at_token, heads):
        if etype in wanted | {"ArmedForces"} and j not in heads:
            heads.append(j)
    return _listed_heads(tree, at_token, i, heads, "Person" in wanted)


def _named_modifiers(tree: Tree, at_token: dict[int, Found], heads: list[int]) -> list[tuple[int, str]]:
    """The names, with their types, among the modifiers coordinated inside the phrase ("Indian and
    Russian armed forces")."""
    out = []
    for k in heads:
        for c in tree.kids(k, "amod", "compound"):
            group = tree.conjuncts(c)
            for j in group if len(group) > 1 else ():
                if j in at_token:
                    out.append((j, at_token[j].entity.type))
    return out


def _listed_heads(tree: Tree, at_token: dict[int, Found], i: int, heads: list[int], people: bool) -> list[int]:
    """The heads, with the names listed with them and, for people, joined inside them."""
    heads += listed_with(tree, at_token, heads)
    heads += [j for h in list(heads) for j in joined_inside(tree, at_token, h) if people and j not in heads]
    heads += [j for j in included(tree, i) if j not in heads] if i not in at_token else []
    return heads


def heads_once(tree: Tree, at_token: dict[int, Found], i: int, wanted: frozenset[str]) -> list[int]:
    """:func:`phrase_heads`, once per phrase and state of the names found: every frame's roles ask
    again, of many sets of types. The answer depends on the types only through the named modifiers
    they keep and whether people are wanted, so it is kept by those."""
    memo = tree.memo.setdefault("phrase heads", {})
    base = (i, len(at_token))
    named = memo.get(base)
    if named is None:
        conj = tree.conjuncts(i)
        named = memo[base] = (conj, _named_modifiers(tree, at_token, conj))
    conj, modifiers = named
    kept = tuple(j for j, etype in modifiers if etype in wanted or etype == "ArmedForces")
    key = (i, kept, "Person" in wanted, len(at_token))
    if key not in memo:
        heads = list(conj)
        for j in kept:
            if j not in heads:
                heads.append(j)
        memo[key] = _listed_heads(tree, at_token, i, heads, "Person" in wanted)
    return memo[key]


def included(tree: Tree, i: int) -> list[int]:
    """"a handful of agreements, including A and B", "several states, such as A": the members a
    phrase naming no one lists as its own (read once per phrase: the parse alone tells them, and
    every frame's roles ask again)."""
    memo = tree.memo.setdefault("included", {})
    known = memo.get(i)
    if known is None:
        known = memo[i] = _included(tree, i)
    return list(known)


def _included(tree: Tree, i: int) -> list[int]:
    out: list[int] = []
    for k in [i, *(o for p in tree.kids(i, "prep") if tree.toks[p].lower == "of" for o in tree.kids(p, "pobj"))]:
        for p in tree.kids(k, "prep"):
            if any(k < c < p for c in tree.kids(k, "conj")):
                continue  # "EU countries and nonmembers such as A": the examples of the nearer noun
            if tree.toks[p].lower == "including" or tree.toks[p].lower == "as" and any(
                    tree.toks[c].lower == "such" for c in tree.kids(p, "amod", "advmod")):  # "such as"
                out += [c for o in tree.kids(p, "pobj") for c in tree.conjuncts(o)]
        if tree.toks[k].tag in {"NNS", "NNPS"}:
            out += [c for c in _members_told(tree, k) if c not in out]
        # "two accords: one on X, the other on Y" (the parser may tag "memoranda" singular)
        out += [c for c in members_one_by_one(tree, k) if c not in out]
    return out


def _members_told(tree: Tree, k: int) -> list[int]:
    """The members a plural phrase's own clause lists: its appositions ("four documents were signed:
    A, B and C"), what it is said to include ("the documents signed included A and B"), and whoever
    is said to be among it ("A was among seven documents signed")."""
    out: list[int] = []
    todo = list(tree.kids(k, "appos"))
    while todo:  # the parser chains a list's items as appositions of one another
        a = todo.pop(0)
        for c in tree.conjuncts(a):
            if c not in out:
                out.append(c)
                todo += tree.kids(c, "appos")
    out += [c for c in _among_them(tree, k) + _among_them_next(tree, k) if c not in out]
    out += [c for c in ranked_members(tree, k) if c not in out]  # "two accords. The first, X; the second, Y"
    h = tree.head(k)
    if h is None:
        return out
    if tree.toks[k].dep == "nsubj" and tree.toks[h].lemma == "include" and not tree.kids(h, "neg"):
        # (a list's later item the gapping repair took for a remnant of "include" is one more object)
        out += [c for o in tree.kids(h, "dobj") + [g for g in tree.kids(h, "gap") if tree.toks[g].pos == "NOUN"]
                for c in tree.conjuncts(o)]
    g = tree.head(h)
    if tree.toks[k].dep == "pobj" and tree.toks[h].lower == "among" and g is not None and tree.toks[g].lemma == "be" \
            and not tree.kids(g, "neg"):
        out += [c for s in tree.kids(g, "nsubj") for c in tree.conjuncts(s)]
    return out


def listed_with(tree: Tree, at_token: dict[int, Found], heads: list[int]) -> list[int]:
    """Names listed with a head that the parser hung inside its phrase rather than as its
    conjuncts ("Tiani, Mali's Col. Goïta and Burkina Faso's Capt. Traoré signed"): the names
    of the head's type in its phrase, when an "and" in it joins them — not possessors, nor
    names inside a prepositional phrase or clause of it ("the president of X and Y")."""
    out: list[int] = []
    for k in heads:
        f = at_token.get(k)
        if f is None:
            continue
        inner = [i for i in tree.subtree(k) if i != k]
        if not any(tree.toks[i].dep == "cc" and tree.toks[i].lower in {"and", "or"} for i in inner):
            continue
        for i in inner:
            g = at_token.get(i)
            if g is not None and g.entity.type == f.entity.type and g.entity is not f.entity \
                    and i not in heads and i not in out and _listed_path(tree, i, k):
                out.append(i)
    return out

def _listed_path(tree: Tree, i: int, k: int) -> bool:
    """Does token i hang on k through list relations only (no possessor, preposition or clause)?"""
    j: int | None = i
    while j is not None and j != k:
        if tree.toks[j].dep in {"poss", "prep", "pobj", "relcl", "acl", "advcl", "ccomp"}:
            return False
        h = tree.head(j)
        if tree.toks[j].dep in {"compound", "amod", "nmod"} and h is not None and tree.toks[h].pos == "NOUN":
            return False  # "A and B, both U.S. partners": a common noun's modifier is not listed
        j = h
    return j == k


def former_or_latter(ctx: Context, t: Token, types: frozenset[str], latter: bool) -> list[Entity]:
    """"the latter" / "the former": the second or first of the last two entities of a wanted
    type named before it (in its sentence, else the one before)."""
    s = t.sent
    for i in (s, s - 1):
        if i < 0:
            break
        seen: list[Entity] = []
        for f in ctx.found(i, *types):
            if (i < s or f.end <= t.start) and f.mention.kind != "pronoun" and f.entity not in seen:
                seen.append(f.entity)
        if len(seen) >= 2:
            return [seen[-1] if latter else seen[-2]]
    return []


def apposition_in_phrase(tree: Tree, at_token: dict[int, Found], k: int, wanted: frozenset[str]) -> list[int]:
    """An apposition the parser hung on a noun of the head's own prepositional phrase: in "the
    foreign minister of Chile, Ana Ruiz," the name is the minister's, not Chile's (a name of a
    type the noun it hangs on cannot be)."""
    out: list[int] = []
    todo = [(k, 0)]
    while todo:
        h, depth = todo.pop()
        for p in tree.kids(h, "prep"):
            for o in tree.kids(p, "pobj"):
                here = at_token.get(o)
                out += [a for a in tree.kids(o, "appos") if (f := at_token.get(a)) is not None and f.entity.type in wanted
                        and (here is None or here.entity.type != f.entity.type)]
                if depth < 1:
                    todo.append((o, depth + 1))  # "the Minister for Foreign Affairs of Chile, X"
    return out


def apposition_after_object(tree: Tree, at_token: dict[int, Found], k: int, wanted: frozenset[str]) -> list[int]:
    """Names the parser set beside the noun a prepositional phrase hangs on, right after the
    phrase's object: in "the signing by the two ministers, X and Y, took place" they are the
    ministers (an event has no names in apposition, nor people as its conjuncts)."""
    p = tree.head(k)
    h = tree.head(p) if p is not None and tree.toks[k].dep == "pobj" else None
    if h is None or h in at_token or tree.toks[h].pos not in {"NOUN", "VERB"}:
        return []
    end = max(tree.subtree(k))
    return [a for a in tree.kids(h, "appos", "conj") if a > end and (f := at_token.get(a)) is not None
            and f.entity.type in wanted and all(tree.toks[j].dep == "punct" for j in range(end + 1, min(tree.subtree(a))))]


def names_beside_title(tree: Tree, at_token: dict[int, Found], k: int) -> list[int]:
    """The people's names set beside a title: "India's Defence Minister X and his German
    counterpart Y", where the parser made each name an apposition of its title."""
    out: list[int] = []

    def person(i: int) -> bool:
        return (f := at_token.get(i)) is not None and f.entity.type == "Person"

    # "the foreign minister of A, X, and B's foreign minister, Y": the parser may join the names to
    # the owner A rather than set them beside the title
    owners = [o for p in tree.kids(k, "prep") if tree.toks[p].lower == "of" for o in tree.kids(p, "pobj")
              if (f := at_token.get(o)) is not None and f.entity.type != "Person"]
    # "Prime Minister of Malaysia X": the parser may make the owner and the name one phrase, the
    # object of "of", whose head is the name
    out += [o for p in tree.kids(k, "prep") if tree.toks[p].lower == "of" for o in tree.kids(p, "pobj")
            if person(o) and any((f := at_token.get(c)) is not None and f.entity.type != "Person"
                                 for c in _compounds(tree, o))]
    for a in tree.kids(k, "appos") + [j for o in owners for j in tree.conjuncts(o)[1:2] if person(j)]:
        for c in tree.conjuncts(a):
            if person(c):
                out += [c, *joined_inside(tree, at_token, c)]
            elif c not in at_token:
                out += [b for b in tree.kids(c, "appos") if person(b)]
    return out


def _compounds(tree: Tree, i: int) -> list[int]:
    """The words compounded into the name headed by ``i``, at any depth."""
    out, todo = [], tree.kids(i, "compound")
    while todo:
        c = todo.pop()
        out.append(c)
        todo += tree.kids(c, "compound")
    return out


def joined_inside(tree: Tree, at_token: dict[int, Found], k: int) -> list[int]:
    """"X of A and Y of B signed": the parser joined the second person's name Y to A, inside the
    first person's "of" phrase; a person is no conjunct of a state."""
    f = at_token.get(k)
    if f is None or f.entity.type != "Person":
        return []
    return [j for p in tree.kids(k, "prep") if tree.toks[p].lower == "of" for o in tree.kids(p, "pobj")
            if (g := at_token.get(o)) is not None and g.entity.type != "Person"
            for j in tree.conjuncts(o)[1:] if (h := at_token.get(j)) is not None and h.entity.type == "Person"]


def name_after_title(tree: Tree, at_token: dict[int, Found], k: int) -> list[int]:
    """"signed by the Cabinet Secretary for Foreign Affairs, Dr. Jane Doe, and ...": the name set
    off by commas right after the title's phrase, wherever the parser hung it, is the title's holder."""
    toks = tree.toks
    end = max(tree.subtree(k))
    j = end + 1
    if j + 1 >= len(toks) or toks[j].text != "," or toks[j + 1].sent != toks[k].sent:
        return []
    n = j + 1
    while n < len(toks) - 1 and toks[n].lower in _HONORIFICS and n not in at_token:
        n += 1  # "Dr. Jane Doe" where the name known is "Jane Doe"
    f = at_token.get(n)
    if f is None or f.entity.type != "Person":
        return []
    after = n
    while after < len(toks) and at_token.get(after) is f:
        after += 1
    # the name closes the apposition: a comma, "and", or the sentence's end follows it
    if after < len(toks) and toks[after].sent == toks[k].sent and toks[after].text not in {",", "and", ".", ";"}:
        return []
    return [n]


_HONORIFICS = frozenset({"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "sir", "dame"})


def _among_them(tree: Tree, k: int) -> list[int]:
    """"the 12 states, among them A, B and C", "documents were signed by the ministers, among them
    X": the names after "among them" when "them" is the plural ``k`` — the nearest plural before it,
    or the subject or object of the verb the phrase hangs on."""
    toks = tree.toks
    out: list[int] = []
    for p in range(k + 1, min(len(toks), k + 40)):
        if toks[p].sent != toks[k].sent:
            break
        if toks[p].lower != "among" or p + 1 >= len(toks) or toks[p + 1].lower != "them" or toks[p + 1].head != p:
            continue
        nearest = next((j for j in range(p - 1, k - 1, -1) if toks[j].tag in {"NNS", "NNPS"}), None)
        end = max(j for j in tree.subtree(k) if j < p)  # "30 states that are parties to X, among them": k's phrase ends there
        g = tree.head(p)
        verb_arg = g is not None and toks[g].pos in {"VERB", "AUX"} and toks[k].head == g \
            and toks[k].dep in {"nsubj", "nsubjpass", "dobj"}
        if nearest != k and not verb_arg and not all(toks[j].pos == "PUNCT" for j in range(end + 1, p)):
            continue
        # the parser hangs the names on "among" itself, or hangs "among" on the first of them
        heads = [o for o in tree.kids(p, "pobj") if o > p + 1] + ([g] if g is not None and g > p + 1 else [])
        out += [c for o in heads for c in tree.conjuncts(o) if c not in out]
    return out


def _among_them_next(tree: Tree, k: int) -> list[int]:
    """"Ten documents were signed. Among them was X": the names the next sentence, opening with
    "Among them" and a form of "be", places among a plural of the sentence before."""
    toks = tree.toks
    j = k
    while j < len(toks) and j - k < 200 and toks[j].sent == toks[k].sent:
        j += 1
    if j + 3 >= len(toks) or toks[j].sent != toks[k].sent + 1 or toks[j].lower != "among" \
            or toks[j + 1].lower != "them" or toks[j + 1].head != j:
        return []
    be = toks[j].head
    if toks[be].lemma != "be" or tree.kids(be, "neg"):
        return []
    return [c for o in tree.kids(be, "attr", "nsubj") if o != j + 1 for c in tree.conjuncts(o)]
