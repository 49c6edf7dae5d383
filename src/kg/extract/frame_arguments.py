"""Arguments a frame's roles take beyond the parse's own: a recipient, a designated document, a
raised subject, an entitlement's holder, a copula's complement, and whether a noun is governed by
one of a frame's verbs (:mod:`kg.extract.frames`)."""
from __future__ import annotations

from kg.extract.lexicon import load_lexicon
from kg.extract.syntax import VERBAL, Args, Tree
from kg.extract.tree import is_partitive


def governed(tree: Tree, k: int, verbs: frozenset[str]) -> bool:
    """The noun at k is the object or passive subject of one of these verbs, or carries one as a
    participle ("the delegation he led", "a delegation headed by X")."""
    h = tree.head(k)
    if h is not None and tree.toks[k].dep in {"dobj", "nsubjpass"} and tree.toks[h].lemma in verbs:
        return True
    return any(tree.toks[c].lemma in verbs for c in tree.kids(k, "acl", "relcl"))


#: Verbs whose passive subject receives the noun they govern: "X was granted access", "X will be
#: permitted the use of Y's airspace", "X was allowed access to the port".
_GIVING = frozenset({"grant", "give", "offer", "award", "deny", "extend", "afford", "accord", "promise", "permit",
                     "allow"})


def add_recipient(tree: Tree, k: int, args: Args) -> None:
    """The one a noun is given to when its giving verb is passive ("X was granted candidate
    status", "X was given access to the ports"): the verb's surface subject."""
    h = tree.head(k)
    if h is not None and tree.toks[k].dep == "dobj" and tree.toks[h].lemma in _GIVING and tree.is_passive(h):
        args.dative += [c for c in tree.kids(h, "nsubjpass") if c not in args.dative]
    # "the pact allows X access to Y": the parser may make the noun a clause of its own whose subject
    # is whom it is given to
    if h is not None and h != k and tree.toks[k].dep == "ccomp" and tree.toks[k].tag in {"NN", "NNS"} \
            and tree.toks[h].lemma in _GIVING:
        args.dative += [c for c in tree.kids(k, "nsubj") if c not in args.dative]


def add_hung_on_verb(tree: Tree, k: int, args: Args, words: frozenset[str]) -> None:
    """"the accord provides access for X's ships to Y's ports": a phrase the parser hung on the
    verb, right after the verb's object, is the object noun's when the noun has no phrase of that
    word itself (words: the prepositions the noun's frame reads)."""
    h = tree.head(k)
    if h is None or h == k or tree.toks[k].dep != "dobj" or tree.toks[h].pos not in VERBAL:
        return
    after = max(tree.subtree(k)) + 1
    for p in tree.kids(h, "prep"):
        word = tree.toks[p].lower
        if p == after and word in words and not args.prep(word):
            for o in tree.prep_objects(p):
                args.add_prep(word, o)


#: The "of" objects that complete a document's designation ("memorandum of understanding").
_DESIGNATIONS = frozenset({"understanding", "intent", "intention"})


def add_designated(tree: Tree, k: int, args: Args) -> None:
    """"a memorandum of understanding between A and B": the phrases the parser hung on the
    designation's last word are the document's; so is the "between" phrase hung on a participle
    ("an accord brokered by Qatar between A and B", "talks held between A and B")."""
    toks = tree.toks
    holders = [o for p in tree.kids(k, "prep") if toks[p].lower == "of" for o in tree.kids(p, "pobj")
               if toks[o].lower in _DESIGNATIONS]
    # "a 1998 Status of Forces Agreement between A and B": the parser heads the name by its first word
    of = tree.head(k) if toks[k].pos == "PROPN" and toks[k].dep == "pobj" else None
    named = [g for g in [tree.head(of)] if g is not None and toks[g].pos == "PROPN"] if of is not None and toks[of].lower == "of" else []
    for h in holders + [c for c in tree.kids(k, "acl") if toks[c].tag == "VBN"] + named:
        for p in tree.kids(h, "prep"):
            if h in holders or toks[p].lower in {"between", "among", "amongst"}:
                for ob in tree.prep_objects(p):
                    args.add_prep(toks[p].lower, ob)


def add_in_state(tree: Tree, k: int, args: Args) -> None:
    """A bare noun after "in" says a state its holder is in, as an adjective would: "A and B were in
    attendance" (the copula's subject), "the leaders in attendance" (the noun it modifies), "among
    those in attendance were A and B" (whom that noun lists)."""
    from kg.extract.hung_clauses import listed
    from kg.extract.syntax import surface_subject

    p = tree.head(k)
    g = tree.head(p) if p is not None else None
    if g is None or args.subject or args.possessor or tree.kids(k, "det", "poss") or tree.toks[k].dep != "pobj" \
            or tree.toks[p].lower != "in" or tree.toks[p].dep != "prep":  # type: ignore[index]
        return
    if tree.toks[g].lemma == "be" and tree.toks[g].pos in VERBAL:
        args.subject += surface_subject(tree, g)
    elif tree.toks[g].pos in {"NOUN", "PROPN", "PRON"}:
        args.subject += listed(tree, g) or ([g] if tree.toks[g].lower != "those" else [])


def raised(tree: Tree, k: int) -> list[int]:
    """"the pact commits A and B to keep ...": the parser makes the verb's object the subject of
    the infinitive after it."""
    return [s for c in tree.kids(k, "ccomp", "xcomp") if any(tree.toks[a].lower == "to" for a in tree.kids(c, "aux"))
            for s in tree.kids(c, "nsubj")]


#: Nouns of entitlement: who holds one does what its infinitive says ("X has the right to use").
ENTITLEMENTS = frozenset({"right", "rights", "permission", "authority", "authorisation", "authorization", "licence",
                          "license", "freedom", "approval", "go-ahead", "clearance", "privilege", "privileges"})


def add_entitled(tree: Tree, k: int, args: Args) -> None:
    """"X has/gained/lost the right to use", "gave X permission to use", "X was granted the right
    to use": the infinitive's doer is who holds the entitlement, not the noun itself."""
    h = tree.head(k)
    if tree.toks[k].dep != "acl" or h is None or tree.toks[h].lemma not in ENTITLEMENTS:
        return
    v = tree.head(h)
    if v is None or v == h or tree.toks[h].dep not in {"dobj", "attr", "nsubjpass"}:
        return
    holders = tree.kids(v, "dative") or tree.kids(v, "nsubjpass" if tree.is_passive(v) else "nsubj")
    if holders:
        args.subject = holders


_COPULAS = frozenset({"be", "become", "remain", "stay", "join"})
#: Verbs whose "as" phrase says what their object is: "chose X as the venue".
_CHOOSING = frozenset({"choose", "select", "pick", "name", "designate", "confirm", "announce",
                       "count", "list", "include", "consider", "regard", "recognise", "recognize", "welcome"})
_INCLUDE = frozenset({"include", "comprise", "number", "be", "count"})


def add_copula(tree: Tree, k: int, args: Args) -> None:
    """What a nominal predicate is said of: "X is a member", "X, a member of Y", "its members
    include X"."""
    from kg.extract.syntax import surface_subject

    t = tree.toks[k]
    h = tree.head(k)
    if h is None:
        return
    head = tree.toks[h]
    if t.dep in {"compound", "pobj"} and (lst := _a_list_of(tree, k)) is not None:
        # "the guest list includes X", "the list of guests includes X" ("X is on the list of confirmed
        # guests" is kg.extract.facts.attendance's: one listed as coming)
        add_copula(tree, lst, args)
        for v in tree.kids(lst, "relcl") + tree.kids(k, "relcl"):  # "a list of guests that includes X"
            if tree.toks[v].lemma in _INCLUDE and tree.kids(v, "nsubj"):
                args.copula += tree.kids(v, "dobj")
        return
    if t.dep == "conj" and head.pos == "NOUN" and head.dep in {"attr", "oprd", "appos"}:
        add_copula(tree, h, args)  # "X, a member of Y and a party to Z", "X is not a member, nor a party"
        return
    if t.dep in {"attr", "oprd", "acomp"} and head.lemma in _COPULAS:
        args.copula += surface_subject(tree, h)
    elif t.dep == "appos":
        args.copula.append(h)
    elif t.dep == "pobj" and tree.toks[h].lower in {"among", "of"} and tree.head(h) is not None \
            and tree.toks[tree.head(h)].lemma in _COPULAS:  # type: ignore[index]
        g = tree.head(h)
        assert g is not None
        # "X is among the guests"; inverted, "Among the guests was X" (the parser makes X the attribute)
        args.copula += surface_subject(tree, g) or tree.kids(g, "attr")
    elif t.dep == "pobj" and tree.toks[h].lower == "of" and tree.head(h) is not None \
            and is_partitive(tree.toks[tree.head(h)]):  # type: ignore[index]
        # "X was the last of the alliance's members to ...", "X, one of its founding members"
        g = tree.head(h)
        assert g is not None
        add_copula(tree, g, args)  # the part is said of what the whole would be: "X is one", "X, one"
    elif t.dep in {"pobj"} and tree.toks[h].lower in {"as", "among"}:
        g = tree.head(h)  # "joined as a full member", "attended as members", "X, among the members"
        if g is not None and tree.toks[g].dep == "acl" and tree.toks[g].tag == "VBN":
            args.copula.append(tree.toks[g].head)  # "X, chosen as the venue": what is chosen
        elif g is not None and tree.toks[g].lemma in _CHOOSING and tree.kids(g, "dobj"):
            args.copula += tree.kids(g, "dobj")  # "they chose X as the venue"
        elif g is not None:
            args.copula += surface_subject(tree, g) if tree.toks[g].pos in VERBAL else [g]
    elif t.dep in {"nsubj"} and head.lemma in _INCLUDE:
        args.copula += tree.kids(h, "dobj", "attr")
    elif t.dep in {"compound", "amod"} and head.pos in {"PROPN", "NOUN"}:
        args.copula.append(h)  # "NATO member Turkey"
    if t.dep == "appos" or any(tree.toks[c].dep == "appos" for c in tree.children[k]):
        args.copula += [c for c in tree.kids(k, "appos")]
    if not args.copula or t.dep == "appos":
        args.copula += [n for n in stranded_apposition(tree, k) if n not in args.copula]


def _a_list_of(tree: Tree, k: int) -> int | None:
    """The list noun the noun at k is what it lists: "guest" in "the guest list", "attendees" in "the
    list of attendees" (a list says of what it holds what the listed noun would: lexicon `list_nouns`)."""
    t = tree.toks[k]
    h = tree.head(k)
    if h is None:
        return None
    if t.dep == "pobj" and tree.toks[h].lower == "of":
        h = tree.head(h)
    if h is None or tree.toks[h].pos != "NOUN" or tree.toks[h].lemma not in load_lexicon().list_nouns:
        return None
    return h if t.dep == "pobj" or h == k + 1 else None


#: Where the parser may hang a noun phrase it did not read as an apposition.
_STRANDED = frozenset({"dobj", "prep", "npadvmod", "dep"})


def stranded_apposition(tree: Tree, k: int) -> list[int]:
    """"For Bahrain, the smallest member of X, the ...", "his hosts in Brazil, Y's largest economy.":
    a noun phrase set off by commas (or a comma and the sentence's end) right after a name is said of
    that name, wherever the parser hung it: on the phrase the name closes ("the drills near Finland,
    NATO's newest member,"), or as a second subject of the verb ("the patrols near A, B's ally, angered")."""
    toks = tree.toks
    t = toks[k]
    span = [i for i in tree.subtree(k) if toks[i].pos != "PUNCT"]  # (the closing comma may hang on the phrase)
    first, last = min(span), max(span)
    if first < 2 or toks[first - 1].text != "," or toks[first - 2].pos != "PROPN" or toks[first - 2].sent != t.sent:
        return []
    if t.dep == "appos":
        if t.head == first - 2 or t.head not in range(first - 10, first - 2):
            return []  # set beside the name already, or beside a phrase the name does not close
    elif t.dep == "nsubj":
        if not any(c < first - 1 for c in tree.kids(t.head, "nsubj")):
            return []  # the verb's one subject
    elif t.dep not in _STRANDED:
        return []
    closed = last + 1 >= len(toks) or toks[last + 1].sent != t.sent or toks[last + 1].text in {",", ".", ";"}
    return [first - 2] if closed else []
