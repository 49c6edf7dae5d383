"""The states a membership reading names beyond its frame's roles: examples ("including A and B",
"among them A and B"), a list the member noun stands in, gapped clauses ("A joined in 2017, B in
2023"), the agents of "attended by A as members", a counted plural ("the two allies"), the states of
the leaders said to be members, a plural counted wrong for the states near it (none of them), a
list after a colon, names right after the member noun, organisations coordinated before it, and the
organisation a description like "the bloc" means."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match
from kg.extract.nlp import Token
from kg.extract.number_words import COUNT_WORDS
from kg.extract.syntax import surface_subject
from kg.model import Entity

_NUMBERS = {"both": 2} | {w: n for w, n in COUNT_WORDS.items() if n > 1}


def miscounted(resolver, toks: list[Token], m: Match) -> list[Entity]:
    """"The ten countries that joined": a counted plural standing for fewer states than it counts
    refers to none of them (whatever the resolver found nearby)."""
    out: list[Entity] = []
    for k in m.tokens.get("member", []):
        if toks[k].tag not in {"NNS", "NNPS"} or resolver.found_at(k) is not None:
            continue
        for c in toks[max(0, k - 4):k]:
            n = _NUMBERS.get(c.lower) or (int(c.text) if c.text.isdigit() else 0)
            if c.head == k and c.dep == "nummod" and n:
                found = resolver.entities(k, ("State",))
                if len(found) != n:
                    out += found
    return out

_STATE_NOUNS = frozenset({"states", "countries", "nations", "state", "country", "nation"})


def continued_list(resolver, toks: list[Token], t: Token) -> list[Entity]:
    """"the leaders of the G7 countries, A, B and the European Commission": a list after a member noun
    that goes on with an item of another kind than the noun names (a body after "countries"), or with
    more or fewer items than the noun counts ("the two countries, A, B and C", "the ten countries, A
    and B"), continues the noun's own coordination and names none of its members: the states it lists."""
    items = [c.i for c in toks[t.i + 1:t.i + 4] if c.head == t.i and c.dep == "appos"]
    k = 0
    while k < len(items) and len(items) < 30:  # the list's conjuncts, chained on one another
        items += [c.i for c in toks[items[k] + 1:items[k] + 8] if c.head == items[k] and c.dep == "conj"]
        k += 1
    found = [f.entity for i in items if (f := resolver.found_at(i)) is not None]
    if not found:
        return []
    count = next((_NUMBERS.get(c.lower) or int(c.text) for c in toks[max(0, t.i - 4):t.i]
                  if c.head == t.i and (c.lower in _NUMBERS or c.text.isdigit())), 0)
    other = t.lower in _STATE_NOUNS and any(e.type != "State" for e in found)
    # fewer items than the noun counts ("the ten ASEAN countries, China and Japan") cannot rename it
    # either: they are more items of the coordination the noun opens (not a part taken "of" or
    # "among" it: "Of the bloc's four members, A and B objected")
    # (counted as read word by word: a long list the parser splits is no shorter)
    short = len(items) < count and not _partitive(toks, t) and len(set(_run_of_names(resolver, toks, items[0]))) < count
    if other or short or count and len(dict.fromkeys(found)) > count:
        return [e for e in found if e.type == "State"]
    return []

def _partitive(toks: list[Token], t: Token) -> bool:
    """Is the noun the whole a part is taken from ("Of the four members, A and B objected", "two of the
    ten members"), not the object of another noun's "of" ("leaders of the ten countries")?"""
    if any(c.lower in {"of", "among"} and (c.i == 0 or toks[c.i - 1].sent != c.sent) for c in toks[max(0, t.i - 6):t.i]):
        return True  # a fronted "Of ..." (the parser may leave it hanging)
    p = toks[t.head]
    if t.dep != "pobj" or p.lower not in {"of", "among"}:
        return False
    above = toks[p.head]
    return above.pos in {"VERB", "AUX", "NUM"} or above.lower in {"some", "most", "several", "all", "each", "both",
                                                                   "none", "many", "few", "one"}


def including(resolver, toks: list[Token], t: Token) -> list[Entity]:
    """"member states of the bloc, including A and B", "members such as A", "its members, among
    them A and B": the states given as examples of the member noun."""
    out: list[Entity] = []
    for c in toks[t.i + 1:t.i + 4]:
        if c.lower == "among" and c.i + 1 < len(toks) and toks[c.i + 1].lower == "them":
            out += [e for o in toks[c.i + 2:c.i + 5] if o.head == c.i and o.dep in {"pobj", "appos"}
                    for k in resolver.tree.conjuncts(o.i) for e in resolver.entities(k, ("State",))]
    heads = {t.i}
    if t.dep == "pobj" and toks[t.head].lower == "of" and toks[t.head].head != t.head:
        heads.add(toks[t.head].head)  # "ministers of several ASEAN states, including A's X": the examples hang on "ministers"
    for c in toks[t.i + 1:t.i + 15]:
        such_as = c.lower == "as" and toks[c.i - 1].lower == "such"
        if c.head in heads and c.dep == "prep" and (c.lower in {"including", "like"} or such_as) \
                and not any(o.head == t.i and o.dep == "conj" for o in toks[t.i + 1:c.i]):  # "X and Y such as A": Y's
            for o in toks[c.i + 1:c.i + 8]:  # a titled name may stand first: "including Chile's Foreign Minister X"
                if o.dep == "pobj" and o.head == c.i:
                    out += [e for k in resolver.tree.conjuncts(o.i) for e in _state_or_owner(resolver, toks, k)]
    return out


def _state_or_owner(resolver, toks: list[Token], k: int) -> list[Entity]:
    """The state at ``k``, or the state a person at ``k`` is given by a possessive ("Chile's X")."""
    states = resolver.entities(k, ("State",))
    if states or not resolver.entities(k, ("Person",)):
        return states
    return [e for c in toks[max(0, k - 8):k] if c.head == k and c.dep == "poss" for e in resolver.entities(c.i, ("State",))]

def colon_listed(resolver, toks: list[Token], t: Token) -> list[Entity]:
    """"alongside the bloc's five founding members: A, B and C", "its members - A, B and C": the
    states listed straight after the member noun (wherever the parser hung the list)."""
    k = t.i + 1
    if k < len(toks) and toks[k].lower in {"states", "countries", "nations"} and t.lower == "member":
        t, k = toks[k], k + 1  # "its seven member states - A, B and C", the trigger being "member"
    if t.tag not in {"NNS", "NNPS"} and t.lower not in {"states", "countries", "nations"} or k + 1 >= len(toks) or toks[k].text not in {":", "-", "–", "—"} \
            or toks[k + 1].sent != t.sent and toks[k].text != ":":  # the splitter may end a sentence at the colon
        return []
    first = toks[k + 1]
    first = next((c for c in toks[k + 1:k + 4] if resolver.entities(c.i, ("State",))), first)
    parsed = [e for j in resolver.tree.conjuncts(first.i) for e in resolver.entities(j, ("State",))]
    return parsed + _run_of_names(resolver, toks, first.i)


def _run_of_names(resolver, toks: list[Token], k: int) -> list[Entity]:
    """The states of a plain list read word by word from ``k`` ("A, B, C and D"), up to the first word
    that is neither a state's nor a comma, "and" or "the": a long list the parser splits is one list."""
    out: list[Entity] = []
    sent = toks[k].sent
    while k < len(toks) and toks[k].sent == sent:
        found = resolver.entities(k, ("State",))
        if not found and toks[k].lower not in {",", "and", "the"} and toks[k].ent_iob != "I":
            break
        out += found
        k += 1
    return out

def juxtaposed(resolver, toks: list[Token], t: Token) -> list[Entity]:
    """"EU member states France and Spain", "NATO allies A and B", "fellow ASEAN member B": the names
    right after a member noun are its members (the parser often takes them for a clause's subject)."""
    k = t.i + 1
    if k < len(toks) and toks[k].lower in {"states", "countries", "nations"} and t.lower == "member":
        k += 1  # "member states A and B", the trigger being "member"
    if k >= len(toks) or toks[k].sent != t.sent or toks[k].pos != "PROPN":
        return []
    if t.tag not in {"NNS", "NNPS"} and k == t.i + 1:
        return resolver.entities(k, ("State",))  # "A and fellow ASEAN member B": B alone
    return [e for j in resolver.tree.conjuncts(k) for e in resolver.entities(j, ("State",))]

def fronted_as(resolver, toks: list[Token], t: Token) -> list[Entity]:
    """"As (fellow) members of the Commonwealth, Kenya and Tanzania agreed": the states right after
    the fronted "as" phrase's comma (the parser often loses the phrase's tie to them)."""
    start = next((a.i for a in toks[max(0, t.i - 3):t.i] if a.lower == "as" and a.sent == t.sent
                  and (a.i == 0 or toks[a.i - 1].sent != a.sent or toks[a.i - 1].text == ",")), None)
    if start is None:
        return []
    comma = next((c.i for c in toks[t.i + 1:t.i + 12] if c.text == "," and c.sent == t.sent), None)
    if comma is None:
        return []
    for c in toks[comma + 1:comma + 4]:
        found = [e for j in resolver.tree.conjuncts(c.i) for e in resolver.entities(j, ("State",))]
        if found:
            return found
    return []

def gapped(resolver, toks: list[Token], verb: int) -> list[Entity]:
    """"A joined in 2017, B in 2023 and C last year": the subjects of the gapped clauses."""
    return [e for c in toks[verb + 1:verb + 40]
            if c.head == verb and c.dep in {"npadvmod", "dep"} and toks[c.i - 1].text == ","
            and any(g.dep == "prep" and g.head == c.i for g in toks[c.i + 1:c.i + 3])
            for e in resolver.entities(c.i, ("State",))]

#: Prepositions putting states beside a member as in the same standing: "A, like B, is a member",
#: "A joined alongside B", "A, along with B, applied", "A, together with B, joined".
_BESIDE = frozenset({"like", "alongside"})
_WITH_BESIDE = frozenset({"along", "together"})
#: A member noun in these relations names the clause's doers, not a standing said of them.
_DOERS = frozenset({"nsubj", "nsubjpass", "dobj"})


def companions(resolver, toks: list[Token], t: Token, members: list[int]) -> list[Entity]:
    """"Peru, like Chile and Bolivia, belongs to X", "A joined X alongside B and C",
    "A, along with B, applied to join X": the states set beside the member share its standing (the
    phrase hangs on the member or on the clause's verb: the copula of "is a member", the verb
    "join" is the complement of)."""
    anchors = list(members)
    if t.pos in {"VERB", "AUX"}:
        anchors.append(t.i)
        if t.dep == "xcomp" and t.head != t.i:
            anchors.append(t.head)  # "A, along with B, applied to join X"
    elif t.dep == "attr" and t.head != t.i:
        anchors.append(t.head)  # "A, like B, is a member of X"
    # "joined X at the start of 2024 alongside B": the parser may hang the phrase on the noun of the
    # verb's own time or place phrase, which no one accompanies
    anchors += [o for a in anchors[len(members):] for p in resolver.tree.kids(a, "prep")
                for o in resolver.tree.kids(p, "pobj") if resolver.found_at(o) is None]
    # "a member of the X alongside B and C": on the noun, or on X; not on a noun that names the
    # members as the clause's doers, "six members, along with B, ratified": B acts with them, no member
    if t.pos in {"NOUN", "PROPN"} and t.dep not in _DOERS:
        anchors += [t.i] + [o for p in resolver.tree.kids(t.i, "prep") if toks[p].lower == "of"
                            for o in resolver.tree.kids(p, "pobj")]
    out: list[Entity] = []
    for a in anchors:
        for p in resolver.tree.kids(a, "prep"):
            word = toks[p].lower
            if word in _WITH_BESIDE:  # "along with B": "with" hangs on "along"
                heads = [q for q in resolver.tree.kids(p, "prep") if toks[q].lower == "with"]
            elif word == "with" and p > 0 and toks[p - 1].lower in _WITH_BESIDE:
                heads = [p]  # "together with B": "together" an adverb of "with"
            else:
                heads = [p] if word in _BESIDE else []
            for o in [o for h in heads for o in resolver.tree.kids(h, "pobj")]:
                said = [e for k in resolver.tree.conjuncts(o) for e in resolver.entities(k, ("State",))]
                if not said and o + 2 < len(toks) and toks[o + 1].text == ":":
                    said = _run_of_names(resolver, toks, o + 2)  # "alongside its first three: A, B and C"
                out += said
    return out

#: Words that set a member noun against states named beside it: "A and other members", "fellow members".
_SET_AGAINST = frozenset({"other", "fellow"})
#: Prepositions comparing one with others: "A, like other members", "unlike other allies, A".
_COMPARING = frozenset({"like", "unlike", "alongside"})


def set_against(resolver, toks: list[Token], t: Token) -> list[Entity]:
    """"A, B and other members of X", "A, like other members of X, ...", "along with other X members,
    A": "other" says the states the noun is set against are members too: those coordinated with it,
    else those of the clause a comparing phrase on it hangs on."""
    if not any(c.head == t.i and c.dep == "amod" and c.lower in _SET_AGAINST for c in toks[max(0, t.i - 4):t.i]):
        return []
    tree = resolver.tree
    root = t.i
    while toks[root].dep == "conj" and toks[root].head != root:
        root = toks[root].head
    anchors = [k for k in tree.conjuncts(root) if k != t.i]
    if not anchors and t.dep == "pobj" and t.head != t.i:
        p = toks[t.head]
        if p.lower == "with" and p.head != p.i and toks[p.head].lower in _WITH_BESIDE:
            p = toks[p.head]  # "along with other members": "with" hangs on "along"
        if (p.lower in _COMPARING or p.lower in _WITH_BESIDE or p.lower == "with" and p.i > 0
                and toks[p.i - 1].lower in _WITH_BESIDE) and p.head != p.i:
            h = p.head
            anchors = surface_subject(tree, h) if toks[h].pos in {"VERB", "AUX"} else tree.conjuncts(h)
            anchors = [j for k in anchors for j in tree.conjuncts(k)]
    return [e for k in anchors for e in resolver.entities(k, ("State",))]


def as_agents(resolver, toks: list[Token], t: Token) -> list[Entity]:
    """"attended by A and B as full members": the passive's agents are what "as" says."""
    if t.dep != "pobj" or toks[t.head].lower != "as" or toks[t.head].head == t.head:
        return []
    verb = toks[toks[t.head].head]
    return [e for a in toks[verb.i:verb.i + 12] if a.head == verb.i and a.dep == "agent"
            for c in toks[a.i:a.i + 4] if c.head == a.i and c.dep == "pobj" for e in resolver.entities(c.i, ("State",))]

def counted(resolver, toks: list[Token], t: Token) -> list[Entity]:
    """"the two NATO allies": the member noun refers to as many states as it counts."""
    count = next((_NUMBERS[c.lower] for c in toks[max(0, t.i - 4):t.i] if c.head == t.i and c.lower in _NUMBERS), 0)
    found = resolver.entities(t.i, ("State",)) if count else []
    return found if len(found) == count else []

def listed_with(resolver, toks: list[Token], k: int, whole: bool) -> list[Entity]:
    """The rest of a list the member token stands in: "A, the B and C are ..." (parsed as an
    apposition), and, for a member noun, the whole of "A, B and C, the bloc's founding members"
    (whose apposition hangs on the last conjunct)."""
    out = [e for c in toks[k + 1:k + 6] if c.head == k and c.dep == "appos" for e in resolver.entities(c.i, ("State",))]
    root = k
    while whole and toks[root].dep == "conj" and toks[root].head != root:
        root = toks[root].head
    return out + (resolver.entities(root, ("State",)) if root != k else [])

def led_states(ctx: Context, resolver, toks: list[Token], m: Match) -> list[Entity]:
    """"the two prime ministers reaffirmed, as members of X": the states those people lead."""
    out: list[Entity] = []
    for k in [k for k in m.tokens.get("member", []) if toks[k].tag in {"NNS", "NNPS"}]:
        for person in resolver.entities(k, ("Person",)):
            state = ctx.doc.annotations.get("office_state", {}).get(person.key) or ctx.country_of(person)
            if state is not None and state not in out:
                out.append(state)
    return out

def coordinated_modifiers(resolver, toks: list[Token], m: Match) -> list[Entity]:
    """"an EU and NATO member", "a G7, G20 and OECD member": the names coordinated before the
    organisation that qualifies the member noun (the parser seldom joins them)."""
    out: list[Entity] = []
    for k in m.tokens.get("organization", []):
        j = k
        while resolver.found_at(j) is not None and j > 0 and resolver.found_at(j - 1) is resolver.found_at(j):
            j -= 1  # the name's first word
        if not m.trigger.i - 4 <= k < m.trigger.i:
            continue
        while j > 1 and toks[j - 1].lower in {"and", "or", ","} and toks[j - 1].sent == m.trigger.sent:
            found = resolver.entities(j - 2, ("InternationalOrganization",))
            if not found:
                break
            out += found
            j -= 2
            while j > 0 and resolver.found_at(j - 1) is not None and resolver.found_at(j - 1) is resolver.found_at(j):
                j -= 1
    return out


def said_as_well_as(toks: list[Token], k: int) -> bool:
    """Is token k the last word of "as well as" (or "but also", "and also")?"""
    before = " ".join(t.lower for t in toks[max(0, k - 2):k + 1])
    return before.endswith(("as well as", "but also", "and also"))


def topical(ctx: Context, m: Match, orgs: list[Entity]) -> list[Entity]:
    """"Bolivia, which joined the bloc last year", told after "the summit of Mercosur ... talks with
    the European Union": a description that fits several organisations named in the passage means
    the one the article speaks of most (first named on a tie), not merely the one named last."""
    from kg.extract.description_fits import entity_fit

    resolver = ctx.resolver
    described = [k for k in m.tokens.get("organization", []) if resolver.found_at(k) is None
                 and resolver.toks[k].pos == "NOUN"]
    if len(orgs) != 1 or len(described) != 1:
        return orgs
    noun = resolver.toks[described[0]].lemma
    near = ctx.unique([f for i in range(max(0, m.sentence - 3), m.sentence + 1)
                       for f in ctx.found(i, "InternationalOrganization")])
    best = max((entity_fit(noun, e) for e in near), default=0)
    tied = [e for e in near if entity_fit(noun, e) == best]
    if len(tied) < 2 or orgs[0] not in tied or any(f.entity in tied for f in ctx.found(m.sentence)):
        return orgs  # one named in the sentence itself is the one meant ("the EU said X, which joined the bloc")
    counts = {e.key: 0 for e in tied}
    first: dict[str, int] = {}
    for mention in ctx.doc.mentions:
        if mention.entity in counts:
            counts[mention.entity] += 1
            first.setdefault(mention.entity, mention.start)
    return [max(tied, key=lambda e: (counts[e.key], -first.get(e.key, 0)))]
