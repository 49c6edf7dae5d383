"""Arguments the parser hung away from their verb, found again: a passive's agent or a subject
left on a nearby noun, a clause set off by a comma that describes more than the last noun of
the phrase it was hung on ("a memorandum on vocational training, signed by X"), and the doer of a
light verb in a clause on its noun ("the visit that X paid to Y")."""
from __future__ import annotations

from kg.extract.tree import Tree


def participle_after_object(tree: Tree, i: int) -> list[int]:
    """"Observers welcomed the protocol, countersigned by X": the parser made the participle a
    clause of the verb; it describes the verb's object just before it."""
    toks = tree.toks
    g = tree.head(i)
    if g is None or toks[i].dep != "advcl" or toks[i].tag != "VBN" or tree.kids(i, "aux", "auxpass", "mark"):
        return []
    objects = [o for o in tree.kids(g, "dobj") if o < i]
    if not objects or toks[i - 1].text != ",":
        return []
    # "the statement that ended the war, signed by X": the relative clause's noun too
    on_noun = [toks[g].head] if toks[g].dep == "relcl" and toks[g].head != g else []
    return objects[-1:] + set_off_from(tree, i, objects[-1]) + on_noun


def set_off_from(tree: Tree, i: int, h: int) -> list[int]:
    """The nouns a clause set off by a comma may be about, above the last noun of a phrase the
    parser hung it on: "a memorandum on vocational training, signed by X" is the memorandum
    signed, "the protocol on the sharing of water, which X signed" the protocol."""
    toks = tree.toks
    first = min(tree.subtree(i))
    # the comma before the clause, or its own (a sentence read again without an aside hangs it there)
    if toks[first].text != "," and (first == 0 or toks[first - 1].text != ","):
        return []
    out: list[int] = []
    while toks[h].dep == "pobj" and (p := tree.head(h)) is not None and (n := tree.head(p)) is not None \
            and toks[n].pos in {"NOUN", "PROPN"} and n != p:
        out.append(n)
        h = n
    return out


def participle_above(tree: Tree, i: int, h: int) -> list[int]:
    """The nouns a participle may describe above the last noun of the phrase the parser hung it on:
    "an agreement on the river boundary signed in 2004 by X" is the agreement signed (the frame's
    types keep the nearest noun that fits); set off by a comma, also the noun a relative clause
    before it is on, "the statement that ended the war, signed by X"."""
    toks = tree.toks
    out = set_off_from(tree, i, h)
    if out:
        return out
    set_off = toks[min(tree.subtree(i)) - 1].text == "," if min(tree.subtree(i)) > 0 else False
    for _ in range(4):
        p = tree.head(h)
        if p is None or p == h:
            break
        if toks[h].dep == "pobj" and toks[p].dep == "prep" and (n := tree.head(p)) is not None and n != p \
                and toks[n].pos in {"NOUN", "PROPN"}:
            out.append(n)  # "an agreement on the boundary signed by X"
            h = n
        elif set_off and toks[h].dep in {"dobj", "pobj"} and toks[p].dep == "relcl" and (n := tree.head(p)) is not None \
                and n != p and toks[n].pos in {"NOUN", "PROPN"}:
            out.append(n)  # "the statement that ended the war, signed by X"
            h = n
        elif set_off and toks[h].dep == "pobj" and toks[p].dep == "prep" and (v := tree.head(p)) is not None \
                and toks[v].dep == "relcl" and (n := tree.head(v)) is not None and toks[n].pos in {"NOUN", "PROPN"}:
            out.append(n)  # "the statement that ended the war on May 4, signed by X"
            h = n
        else:
            break
    return out


def stranded_agent(tree: Tree, i: int) -> list[int]:
    """A passive's by-phrase the parser hung on the noun of the verb's own phrase ("was signed in Moscow by X")."""
    return [a for p in tree.kids(i, "prep") for o in tree.kids(p, "pobj") for b in tree.kids(o, "prep") if tree.toks[b].lower == "by" for a in tree.kids(b, "pobj")]


def stranded_subject(tree: Tree, i: int) -> list[int]:
    """The subject the parser hung elsewhere: a finite main verb (or verb group: "will pay") with
    none, right after a noun phrase ("in the capital, the member countries, A, B and C, signed"; "at
    the invitation of X, the president of Y, Z, will pay a visit"): that phrase's head."""
    toks = tree.toks
    t = toks[i]
    auxes = [a for a in tree.kids(i, "aux") if a < i]
    if t.dep != "ROOT" or t.tag not in {"VBD", "VBZ", "VBP"} and not (t.tag == "VB" and auxes):
        return []
    j = min([i, *auxes]) - 1
    while j >= 0 and toks[j].sent == t.sent and toks[j].dep == "punct":
        j -= 1
    if j < 0 or toks[j].sent != t.sent or toks[j].pos not in {"NOUN", "PROPN"}:
        return []
    k = j
    while toks[k].dep in {"conj", "compound", "flat"}:
        h = tree.head(k)
        if h is None or h >= i:
            return []
        k = h
    return [k] if toks[k].dep in {"appos", "npadvmod", "dobj", "pobj", "conj"} and k < i else []


def swallowed_subject(tree: Tree, i: int) -> list[int]:
    """The subject of a coordinated clause the parser took as the last conjunct of the phrase before
    ("no ship has docked at Tartus and Syria has not ratified it": Syria), the clause having a finite
    verb and no conjunction of its own."""
    toks = tree.toks
    t = toks[i]
    front = [a for a in tree.kids(i, "aux", "auxpass", "neg", "advmod") if a < i]
    finite = t.tag in {"VBD", "VBZ", "VBP"} or any(toks[a].tag in {"VBD", "VBZ", "VBP", "MD"} for a in front)
    j = min([i, *front]) - 1
    if t.dep != "conj" or not finite or j < 1 or toks[j].pos not in {"NOUN", "PROPN"} or toks[j].dep != "conj":
        return []
    h = tree.head(j)
    own_cc = [c for c in tree.kids(h, "cc") if c < j] if h is not None else []
    if h is None or not own_cc or any(toks[k].dep == "cc" for k in range(j + 1, i)) or tree.kids(i, "cc"):
        return []
    base = h
    while toks[base].dep == "conj" and tree.head(base) is not None:
        base = tree.head(base)  # type: ignore[assignment]
    return [j] if toks[base].dep not in {"nsubj", "nsubjpass"} else []


_RELATIVES = frozenset({"which", "that", "who", "whom", "whose"})


def relative_antecedent(tree: Tree, k: int) -> list[int]:
    """What a relative pronoun stands for: the noun its clause describes ("the accord, to which
    X is a party", "a protocol on water, which both states are party to": the protocol)."""
    toks = tree.toks
    if toks[k].lower not in _RELATIVES or toks[k].tag not in {"WDT", "WP", "WP$", "IN"}:  # "whose pact": the owner
        return []
    v = tree.head(k)
    while v is not None and toks[v].dep not in {"relcl", "acl"} and tree.head(v) not in {None, v}:
        if toks[v].dep in {"ROOT", "ccomp", "advcl", "conj"}:  # past its own clause
            return []
        v = tree.head(v)
    h = tree.head(v) if v is not None and toks[v].dep in {"relcl", "acl"} else None
    if h is not None and toks[h].lower in {"itself", "themselves"} and tree.head(h) is not None:
        h = tree.head(h)  # "the treaty itself, which ...": the treaty
    if h is None or h > k:
        return []
    return [h] + set_off_from(tree, v, h)  # type: ignore[arg-type]


def will_hung_on_the_verb(tree: Tree, i: int, wills: frozenset[str]) -> list[int]:
    """"Y followed the decision last week by X to postpone a trip": the parser hung the infinitive
    (and the by-phrase) on the verb whose object, a noun of a will just before it, it belongs to;
    the will's owner does it (its possessor, else its "by" or "from" phrase)."""
    toks = tree.toks
    h = tree.head(i)
    if h is None or toks[i].dep != "xcomp":
        return []
    nouns = [o for o in tree.kids(h, "dobj") if o < i and toks[o].lemma in wills]
    if not nouns:
        return []
    n = nouns[-1]
    preps = tree.kids(n, "prep", "agent") + [p for p in tree.kids(h, "prep", "agent") if n < p < i]
    return tree.kids(n, "poss") or [o for p in preps if toks[p].lower in {"by", "from"} for o in tree.kids(p, "pobj")]


def will_owner(tree: Tree, n: int, before: int) -> list[int]:
    """Who holds the will a noun names and would do its act: its possessor ("X's request to use"), its
    "by"/"from" phrase before ``before`` ("a request by X to use"), else a name or demonym modifying it
    ("a Chilean request to use", "the US bid for access")."""
    toks = tree.toks
    agent = [o for p in tree.kids(n, "prep", "agent") if toks[p].lower in {"by", "from"} and p < before
             for o in tree.kids(p, "pobj")]
    named = [c for c in tree.kids(n, "amod", "compound", "nmod") if toks[c].text[:1].isupper()]
    return tree.kids(n, "poss") or agent or named


def asked_for(tree: Tree, h: int, wills: frozenset[str]) -> list[int]:
    """"a request for a frigate to call at X": the infinitive on a "for" object of a will noun is that
    object's act, and the will's owner's ("a Chilean request for a frigate to call": Chile's too)."""
    p = tree.head(h)
    n = tree.head(p) if p is not None and tree.toks[h].dep == "pobj" and tree.toks[p].lower == "for" else None
    if n is None or tree.toks[n].lemma not in wills:
        return []
    return [h, *will_owner(tree, n, h)]


def asked_by(tree: Tree, i: int, wills: frozenset[str]) -> list[int]:
    """"a Y request for a ship to call at X", parsed as a clause of its own ("for" its mark, the ship its
    subject) on the will noun: the will's owner, who asks the act of its own."""
    h = tree.head(i)
    if h is None or h == i or tree.toks[h].lemma not in wills or tree.toks[i].dep not in {"acl", "advcl"} \
            or not any(tree.toks[c].lower == "for" for c in tree.kids(i, "mark")):
        return []
    return will_owner(tree, h, i)


#: Nouns of an invitation, whose infinitive is the act of the one invited ("an invitation to visit").
INVITATIONS = frozenset({"invitation", "invite"})
#: Verbs whose subject is the one an invitation is to: "X accepted (declined) an invitation to visit Y".
_TAKING_UP = frozenset({"accept", "decline", "refuse", "reject", "spurn", "snub", "turn", "take", "receive", "get",
                        "welcome", "ignore", "rebuff", "honour", "honor"})


def invitation_taken(tree: Tree, h: int) -> bool:
    """"X accepted an invitation to visit Y", "turned down Z's invite to attend": the invitation
    noun ``h`` is the object of a verb its invitee does, so the infinitive is that verb's subject's
    act (not the inviter's: "Z's invitation" is Z's only as its sender)."""
    toks = tree.toks
    g = tree.head(h)
    return toks[h].lemma in INVITATIONS and toks[h].dep == "dobj" and g is not None and toks[g].lemma in _TAKING_UP


def title_participle(tree: Tree, k: int) -> list[int]:
    """"Visiting President X signed": the parser read the participle before the title as a clause
    whose object is the name; the subject is the name (else ``k`` itself)."""
    names = tree.kids(k, "dobj") if tree.toks[k].dep == "csubj" and tree.toks[k].tag == "VBG" else []
    return names if any(tree.toks[d].pos == "PROPN" for d in names) else [k]


def fronted_gerund(tree: Tree, i: int) -> bool:
    """"Accompanying X are A and B": a gerund opening a clause of "be" whose subject the parser
    found between them (it is the gerund's object; the gerund's doers are the complement)."""
    t = tree.toks[i]
    h = t.head
    return t.dep in {"csubj", "advcl"} and t.tag == "VBG" and i < h and tree.toks[h].lemma == "be" \
        and not tree.kids(i, "dobj") and bool(tree.kids(h, "attr")) and any(i < c < h for c in tree.kids(h, "nsubj"))


def fronted_gerunds_object(tree: Tree, i: int) -> list[int]:
    """The object of a fronted gerund the parser made the subject of "be" (:func:`fronted_gerund`)."""
    return [c for c in tree.kids(tree.toks[i].head, "nsubj") if i < c < tree.toks[i].head] if fronted_gerund(tree, i) else []


def object_conjunct(tree: Tree, i: int, h: int) -> tuple[str, int]:
    """The relation and head a nominal at ``i`` hung on ``h`` is read with: a noun coordinated with a
    verb's object is that verb's object too ("gave its advice and consent to it": "consent" is given)."""
    t, head = tree.toks[i], tree.toks[h]
    if t.dep == "conj" and head.pos == "NOUN" and head.dep in {"dobj", "attr"} and head.head != h:
        return head.dep, head.head
    return t.dep, h


def for_clause_subjects(tree: Tree, i: int) -> list[int]:
    """The subject of a "for X to VP" clause on the verb ("left Quito for Lima to hold talks": the
    parser's "[for Lima to hold talks]"). Its own role source (``prep:for-to``): where a frame
    reads it, the "for" phrase is the verb's and the clause only its purpose. Not after an object
    that names no place ("left it for X to decide", "left the door open for X to join")."""
    if any(tree.toks[o].pos != "PROPN" for o in tree.kids(i, "dobj")):
        return []
    return [s for c in tree.kids(i, "advcl") if any(tree.toks[m].lower == "for" for m in tree.kids(c, "mark"))
            for s in tree.kids(c, "nsubj")]


def objects_hung_as_conjuncts(tree: Tree, i: int) -> list[int]:
    """"X has similar pacts with A and B, and a Y Accord with C": the parser hangs the second object,
    a noun phrase opened by a determiner with no clause of its own, on the verb as its conjunct; it is
    the verb's object too. Only after an object of the verb's own ("and Peru in June" is a gapped
    clause's subject, :mod:`kg.extract.gapping`)."""
    toks = tree.toks
    if not tree.kids(i, "dobj"):
        return []
    return [c for c in tree.kids(i, "conj") if toks[c].pos in {"NOUN", "PROPN"}
            and any(toks[d].lower in {"a", "an", "the"} for d in tree.kids(c, "det"))
            and not tree.kids(c, "nsubj", "nsubjpass", "aux", "auxpass", "dobj")]


def coordinated_prepositions(tree: Tree, i: int, preps: list[int]) -> list[int]:
    """"travel to Warsaw and then to Kyiv": a preposition coordinated with the verb or with one of
    its own prepositions is the verb's too."""
    toks = tree.toks
    out = [c for c in tree.kids(i, "conj") if toks[c].pos == "ADP"]
    return out + [c for p in preps + out for c in tree.kids(p, "conj") if toks[c].pos == "ADP" and c not in preps + out]


def repeated_prepositions(tree: Tree, preps: list[int]) -> list[int]:
    """"at the base in X and at the port of Y": a preposition the parser coordinated with one inside
    the phrase of a verb's own, repeating the verb's word, is the verb's too."""
    toks = tree.toks
    return [c for p in list(preps) for o in tree.kids(p, "pobj") for q in tree.kids(o, "prep")
            if toks[q].lower != toks[p].lower for c in tree.kids(q, "conj")
            if toks[c].pos == "ADP" and toks[c].lower == toks[p].lower and c not in preps]


def quantified_relative(tree: Tree, k: int) -> bool:
    """"A, B and C, all of which remain members": is the word at ``k`` a quantity of a relative
    pronoun ("all of which", "both of whom", "each of which"), standing for the noun the clause describes?"""
    toks = tree.toks
    return toks[k].pos in {"DET", "PRON", "NUM", "ADJ"} and any(
        toks[p].lower == "of" and any(toks[o].lower in {"which", "whom"} for o in tree.kids(p, "pobj"))
        for p in tree.kids(k, "prep"))


def relative_hung_on_subject(tree: Tree, i: int, h: int) -> list[int]:
    """"The pact, which the two states signed in May": the parser hung the relative clause's verb on
    its subject as a participle ("states signed"), with the relative word left outside. Where a
    "which" or "that" stands right before the subject's phrase and a noun before it, the clause is
    that noun's (and the nouns above it: "a memorandum on border security that A signed")."""
    toks = tree.toks
    if toks[i].tag not in {"VBD", "VBN"} or toks[h].pos not in {"NOUN", "PROPN"} or h > i or tree.kids(i, "dobj"):
        return []
    clause = set(tree.subtree(i))
    first = min(k for k in tree.subtree(h) if k not in clause)
    rel = first - 1
    if rel < 1 or toks[rel].lower not in {"which", "that"} or toks[rel].head == i or toks[rel].sent != toks[i].sent:
        return []
    if any(toks[c].lower == "by" for c in tree.kids(i, "agent", "prep")):
        return []  # "which the ships signed by X": a participle after all
    ante = rel - 1 if toks[rel - 1].text != "," else rel - 2
    if ante < 0 or toks[ante].pos not in {"NOUN", "PROPN"} or toks[ante].sent != toks[i].sent:
        return []
    return [ante, *participle_above(tree, i, ante)]


def it_falls_to(tree: Tree, i: int) -> list[int]:
    """"It fell to X to sign it", "it is up to X to decide", "it was left to X to reply": the
    infinitive at ``i`` under a verb whose subject is an empty "it" is done by the "to" phrase's noun."""
    toks = tree.toks
    h = tree.head(i)
    if h is None or toks[i].tag != "VB" or not any(toks[c].lower == "to" for c in tree.kids(i, "aux")) \
            or not any(toks[s].lower == "it" for s in tree.kids(h, "nsubj", "nsubjpass")):
        return []
    preps = [p for p in tree.kids(h, "prep", "advmod") if toks[p].lower in {"to", "up"} and p < i]
    preps += [q for p in preps if toks[p].lower == "up" for q in tree.kids(p, "prep") if toks[q].lower == "to"]
    return [o for p in preps for o in tree.kids(p, "pobj")]


_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})


def light_clause_doers(tree: Tree, c: int) -> list[int] | None:
    """The doer a light verb's clause on its noun gives the noun: the agent of a participle ("a
    delegation led by X"), the subject of a relative clause whose object is the noun ("the visit
    that X paid to Y", "the trip X made to Y"); None where the clause is no such light use."""
    toks = tree.toks
    if toks[c].dep == "acl" and toks[c].tag == "VBN":
        return [o for a in tree.kids(c, "agent") for o in tree.kids(a, "pobj")]
    if toks[c].dep != "relcl" or tree.kids(c, "auxpass", "nsubjpass") \
            or any(toks[o].lower not in _RELATIVE_WORDS for o in tree.kids(c, "dobj")):
        return None
    subjects = [k for k in tree.kids(c, "nsubj") if toks[k].lower not in _RELATIVE_WORDS]
    return subjects or None


def plural_doers_own(tree: Tree, possessor: list[int], doers: list[int]) -> bool:
    """"their" of a plural doer is its own: "both states completed their procedures" (not "her":
    "A and B planned her arrival")."""
    return [tree.toks[k].lower for k in possessor] == ["their"] \
        and any(tree.toks[c].tag in {"NNS", "NNPS"} or tree.kids(c, "conj") for c in doers)


def relative_conjunct(tree: Tree, i: int, rel: list[int]) -> int | None:
    """"the pact, which A signed and which gives X access": a verb coordinated with a relative clause,
    with a relative pronoun of its own, describes the same noun: that noun (None otherwise)."""
    h = tree.head(i)
    if tree.toks[i].dep != "conj" or not rel or h is None or h == i or tree.toks[h].dep != "relcl":
        return None
    return tree.head(h)


def listed(tree: Tree, h: int) -> list[int]:
    """"The leaders attending the summit include A, B and C": the ones a description's clause is
    about are those its "include" (or "are") lists."""
    g = tree.head(h)
    if g is not None and tree.toks[h].dep == "pobj" and tree.toks[g].lower == "among":
        # "A and B were among the leaders who attended", "among those attending were A and B"
        be = tree.head(g)
        return [k for k in tree.kids(be, "nsubj", "attr") if k != h] if be is not None and tree.toks[be].lemma == "be" else []
    ranked = tree.toks[h].lower in {"first", "last", "only", "latest", "next"} or tree.toks[h].tag == "JJS"
    if g is None or tree.toks[h].dep != "nsubj" or tree.toks[h].tag not in {"NNS", "NNPS"} and tree.toks[h].lower != "those" and not ranked:
        return []  # "the first to sign was X": one, told by its rank
    if tree.toks[g].lemma in {"include", "comprise"}:
        return tree.kids(g, "dobj")
    return tree.kids(g, "attr") if tree.toks[g].lemma == "be" else []
