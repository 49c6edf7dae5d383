"""A trip's traveller and place where the parse or the passage puts them rather than the trip's own
phrase: the people a host receives ("his guest"), a group's leaders told next ("It was led by X"),
the host's home when no place is named, a place hung on the guest, on the verb a trip noun is the
object of or on its traveller, or on the clause a placeless visit hangs on."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.facts.homes import home_of
from kg.extract.frames import Match
from kg.model import Entity


def guests_named(ctx: Context, m: Match, guests: dict[str, list[Entity]]) -> list[Entity]:
    """"X took his guest to Y", "the visitors toured Z": the people the article says the owner
    (or, with none, its one host) hosts."""
    r = ctx.resolver
    out: list[Entity] = []
    for k in m.tokens.get("visitor", []):
        if r.toks[k].lemma not in {"guest", "visitor"}:
            continue
        owners = [e for c in r.tree.kids(k, "poss") for e in r.entities(c, ("Person", "State", "Place"))]
        if owners:
            out += [g for o in owners for g in guests.get(o.key, [])]
        elif len(guests) == 1:
            out += next(iter(guests.values()))
    return list(dict.fromkeys(out))


#: Nouns for a group that travels for the people in it.
TRAVELLING_GROUPS = frozenset({"delegation", "team", "mission", "entourage"})


def group_told_next(ctx: Context, m: Match) -> list[Entity]:
    """"A delegation left X on Friday. It was led by Y and included Z": the people a travelling
    group is said, in its sentence or the next, to be led by or to include."""
    from kg.extract.nlp import sentence_bounds

    r = ctx.resolver
    toks = r.toks
    groups = [k for k in m.tokens.get("visitor", []) if toks[k].lemma in TRAVELLING_GROUPS]
    if not groups:
        return []
    out: list[Entity] = []
    for s in (m.sentence, m.sentence + 1):
        if s >= len(ctx.doc.sentences):
            break
        lo, hi = sentence_bounds(ctx.doc, s)
        for k in range(lo, hi):
            t = toks[k]
            subject = [c for c in r.tree.kids(k, "nsubjpass", "nsubj") if toks[c].lower in {"it", "which"}
                       or toks[c].lemma in TRAVELLING_GROUPS]
            if t.lemma not in {"lead", "head"} or not subject:
                continue
            people = [o for a in r.tree.kids(k, "agent") for o in r.tree.kids(a, "pobj")]
            # "... and included Z": a verb coordinated with the leading
            people += [o for c in r.tree.kids(k, "conj") if toks[c].lemma in {"include", "comprise"}
                       for o in r.tree.kids(c, "dobj")]
            out += [e for o in people for e in r.entities(o, ("Person",))]
    # "a US delegation": the state its people serve, where the text gives them no other
    states = [e for k in groups for e in r.entities(k, ("State",))]
    if len(states) == 1:
        served = ctx.doc.annotations.setdefault("served_state", {})
        for person in out:
            served.setdefault(person.key, states[0])
    return list(dict.fromkeys(out))


def hosts_place(ctx: Context, hosts: set[Entity], here: Entity | None) -> list[Entity]:
    """Where a host receives a guest when the text names no place: a city hosting ("Lima rolled
    out the red carpet"), the report's dateline in the host's country, else the host's country
    (a host's home known from the text, not only guessed from the passage)."""
    out: list[Entity] = []
    for h in hosts:
        if h.type == "Place":
            out.append(h)
            continue
        home = h if h.type == "State" else None
        if h.type == "Person" and h.key not in ctx.doc.annotations.get("implied_home", set()):
            home = home_of(ctx, h)
        if home is None:
            continue
        in_home = here is not None and (here is home or ctx.country_of(here) is home
                                         or home.qid is not None and ctx.country_qid(here) == home.qid)
        out.append(here if in_home and here is not None else home)
    return list(dict.fromkeys(out))


def hung_on_the_guest(ctx: Context, m: Match) -> list[Entity]:
    """"X hosted his counterpart Y in Lima", "received Y, the Chilean minister, at Lima", "a
    banquet for Y in Lima": the parser may hang the place phrase of the verb on the person it acts on."""
    r = ctx.resolver
    if m.args.nominal and m.frame.name != "welcome":
        return []
    # "took X to Y": the parser may hang "to Y" on X too
    preps = {"to"} if m.frame.name == "carry-to" else {"in", "at"}
    # "a state banquet for X in Lima": the guest of a host's ceremony
    guests = m.tokens.get("visitor", []) if m.args.nominal else m.args.object
    holders = [o for o in guests if any(e.type == "Person" for e in r.entities(o, ("Person",)))]
    # "received Y, the minister, in X", "received a delegation headed by Y in X"
    holders += [a for o in holders for a in r.tree.kids(o, "appos", "acl")]
    return list(dict.fromkeys(
        e for h in holders for p in r.tree.kids(h, "prep") if r.toks[p].lower in preps
        for j in r.tree.kids(p, "pobj") for o in r.tree.conjuncts(j) for e in r.entities(o, ("Place", "State"))
        if e.label.lower() not in ctx.lexicon.regions))


def to_hung_on_the_verb(ctx: Context, m: Match) -> list[Entity]:
    """"The talks followed the visit of X to Y", "a visit by X to Y": the parser may hang a trip
    noun's "to" phrase on the verb the noun is the object of, or on the traveller."""
    r = ctx.resolver
    t = m.trigger
    if not m.args.nominal:
        return []
    holders = [k for k in m.tokens.get("visitor", []) if k not in m.args.modifiers and k not in m.args.possessor]
    if t.dep == "dobj" and t.head != t.i:
        holders.append(t.head)
    return list(dict.fromkeys(
        e for h in holders for p in r.tree.kids(h, "prep") if r.toks[p].lower == "to"
        for j in r.tree.kids(p, "pobj") for o in r.tree.conjuncts(j) for e in r.entities(o, ("Place", "State"))
        if e.label.lower() not in ctx.lexicon.regions))


def place_of_main_clause(ctx: Context, m: Match) -> list[Entity]:
    """A visit told without its place takes the place of the clause it hangs on: "planned to sign
    it in Y when he visited", "met X in Y, having visited for the talks", "signed it in Y during
    a visit by X"."""
    r = ctx.resolver
    t = m.trigger
    if m.args.nominal:
        p = t.head
        part = trip_part(ctx, m)
        if part is not None:  # "signed it in Y at the end of a visit by X": the part's phrase
            t, p = r.toks[part], r.toks[part].head
        if t.dep != "pobj" or r.toks[p].lower not in {"during", "on", "amid", "in", "at"} or r.toks[p].head == p \
                or r.toks[p].lower == "at" and part is None:
            return []
        h = r.toks[p].head
        if r.toks[h].pos not in {"VERB", "AUX"}:
            return []
    elif t.dep not in {"advcl", "conj"} or t.head == t.i:
        return []
    else:
        h = t.head
    return list(dict.fromkeys(
        e for holder in (h, *r.tree.kids(h, "dobj")) for p in r.tree.kids(holder, "prep")
        if r.toks[p].lower in {"in", "to", "at"} for o in r.tree.kids(p, "pobj")
        for e in r.entities(o, ("Place", "State")) if e.label.lower() not in ctx.lexicon.regions))


def trip_part(ctx: Context, m: Match) -> int | None:
    """The noun of a part of the trip a trip noun hangs on, "at the end of a visit", "in the
    course of his trip" (`lexicon.yaml` `trip_parts`), if any."""
    toks = ctx.resolver.toks
    t = m.trigger
    if not m.args.nominal or t.dep != "pobj" or toks[t.head].lower != "of" or t.head == t.i:
        return None
    part = toks[t.head].head
    return part if toks[part].lemma in ctx.lexicon.trip_parts and toks[part].dep == "pobj" else None


#: Unnamed venues a traveller arrives at or is received in: their city is the destination.
_VENUE_NOUNS = frozenset({"airport", "airfield", "palace", "residence", "hotel", "house", "hall", "ministry",
                          "headquarters", "building", "office", "chancellery", "presidency"})


def city_of_unnamed_venue(ctx: Context, m: Match) -> list[Entity]:
    """"arrived at the airport in Cusco", "received X at the Lima airport": a venue no name marks
    is where the talks or the landing are; the place its phrase names is the trip's."""
    r = ctx.resolver
    out: list[Entity] = []
    for prep in ("at", "in", "to"):
        for k in m.args.prep(prep):
            if k in r.at_token or r.toks[k].lemma not in _VENUE_NOUNS:
                continue
            named = [c for c in r.tree.kids(k, "compound")]
            named += [o for p in r.tree.kids(k, "prep") if r.toks[p].lower in {"in", "of"} for o in r.tree.kids(p, "pobj")]
            out += [e for c in named for e in r.entities(c, ("Place",)) if e.type == "Place" and e not in out]
    return out


_WITH = frozenset({"accompany", "join"})
_INCLUDING = frozenset({"include", "comprise"})


def companions(ctx: Context, m: Match, visitors: list[Entity]) -> list[Entity]:
    """Who travels with the visitor: "X, accompanied by Y, arrived in Z"; "X will visit Z with a
    delegation that includes Y", "leading a delegation including Y": they go where the visitor goes."""
    r = ctx.resolver
    heads = [k for k in m.tokens.get("visitor", [])]
    if not m.args.nominal:
        heads += [k for k in (m.args.subject or [])]
    found: list[int] = []
    for k in dict.fromkeys(heads):
        for c in r.tree.kids(k, "acl", "relcl"):
            if r.toks[c].lemma in _WITH and r.toks[c].tag == "VBN":
                found += [o for a in r.tree.kids(c, "agent") for o in r.tree.kids(a, "pobj")]
    # the delegation the visitor leads or comes with, and whom it includes
    # (a trip noun's: its light verb's too, "will pay a visit to Z, leading a delegation")
    verbs = [m.trigger.i] + ([m.args.governor] if m.args.nominal and m.args.governor is not None else [])
    groups = [o for v in verbs for p in r.tree.kids(v, "prep") if r.toks[p].lower == "with" for o in r.tree.kids(p, "pobj")]
    groups += [o for v in verbs for c in r.tree.kids(v, "advcl", "conj") if r.toks[c].lemma in {"lead", "head"}
               for o in r.tree.kids(c, "dobj")]
    groups += [g for v in verbs for g in r.tree.subtree(v) if r.toks[g].lemma in _GROUPS and _hung_on(ctx, g, v)]
    for g in dict.fromkeys(groups):
        if r.toks[g].lemma not in _GROUPS:
            continue
        members = [g] + [o for p in r.tree.kids(g, "prep") if r.toks[p].lower == "of" for o in r.tree.kids(p, "pobj")]
        for c in [c for x in members for c in r.tree.kids(x, "relcl", "acl")]:  # "of ministers that include Y"
            if r.toks[c].lemma in _INCLUDING:
                found += r.tree.kids(c, "dobj")
        found += [o for p in r.tree.kids(g, "prep") if r.toks[p].lower == "including" for o in r.tree.kids(p, "pobj")]
    people = [e for k in found for c in r.tree.conjuncts(k) for e in r.entities(c, ("Person",)) if e.type == "Person"]
    return [e for e in dict.fromkeys(people) if e not in visitors]


#: Nouns of the group a visitor travels with.
_GROUPS = frozenset({"delegation", "team", "entourage"})


def _hung_on(ctx: Context, g: int, v: int) -> bool:
    """Is the group noun hung on the trip's verb by phrases alone, no clause between ("arrived at the
    head of a delegation", "came as head of a delegation"), not in a clause of its own ("where she
    met a delegation")?"""
    toks = ctx.resolver.toks
    k = g
    while k != v:
        k = toks[k].head
        if k != v and (toks[k].pos in {"VERB", "AUX"} or toks[k].head == k):
            return False
    return True


def place_of_the_object(ctx: Context, m: Match) -> list[Entity]:
    """"visited the garrison at X", "toured a battery plant near X", "visited troops stationed in
    X": a visit to something no name marks is a visit to the place its phrase names."""
    r = ctx.resolver
    if m.args.nominal or m.frame.name != "visit":
        return []
    holders = [k for k in m.args.object if k not in r.at_token]
    # "troops stationed in X", "a plant based near X": the participle on the object holds the place
    holders += [c for k in holders for c in r.tree.kids(k, "acl") if r.toks[c].tag == "VBN"]
    return list(dict.fromkeys(
        e for h in holders for p in r.tree.kids(h, "prep") if r.toks[p].lower in {"in", "at", "near", "outside"}
        for j in r.tree.kids(p, "pobj") for o in r.tree.conjuncts(j) for e in r.entities(o, ("Place", "State"))
        if e.label.lower() not in ctx.lexicon.regions))


#: Links from a trip noun up to the verb whose phrase it lies in ("landed in X, the second stop of a
#: tour of ...", "arrived on the first leg of a tour"): no clause of its own between them.
_WITHIN_A_PHRASE = frozenset({"pobj", "prep", "appos", "npadvmod", "attr", "conj", "dobj"})


def trip_of_the_phrase(ctx: Context, m: Match, going: dict[int, Match]) -> Match | None:
    """"X landed in Doha, the second stop of a tour of A, B and C", "X arrived in Lima at the start
    of a tour of Peru and Chile": a trip noun with no traveller of its own, in the phrase of a verb
    of going whose traveller is told, is that traveller's trip (``going``: trip verb -> its match)."""
    if not m.args.nominal:
        return None
    tree = ctx.resolver.tree
    k = m.trigger.i
    for _ in range(6):
        t = tree.toks[k]
        h = tree.head(k)
        if h is None or t.dep not in _WITHIN_A_PHRASE:
            return None
        if h in going:
            return going[h]
        if tree.toks[h].pos in {"VERB", "AUX"}:
            return None  # another verb's phrase: "praised the tour of A and B"
        k = h
    return None


def stops_in_order(ctx: Context, m: Match, carrier: Match, places: list[Entity], mod: str) -> list[tuple[Entity, str]]:
    """The stops of a tour told in the phrase of the verb that says where the traveller is now
    ("has landed in B, the second stop of a tour of A, B and C"): those listed before it are made,
    those after it still ahead; where nothing says which stop is now, all are as the verb says."""
    here = carrier.roles.get("destination", [])
    r = ctx.resolver
    listed: dict[str, int] = {}
    for k in sorted(r.at_token):
        if k > m.trigger.i and r.at_token[k].entity is not None:
            listed.setdefault(r.at_token[k].entity.key, k)
    # where the traveller is now, in the list by itself or by its country ("in Lima ... a tour of Peru and Chile")
    now = [listed[e.key] for c in here for e in (c, ctx.country_of(c)) if e is not None and e.key in listed]
    if mod != "asserted" or not now:
        return [(p, mod) for p in places if p not in here]
    return [(p, "planned" if listed.get(p.key, 0) > now[0] else mod) for p in places if p not in here]


def places_not_the_traveller(ctx: Context, m: Match) -> list[Entity]:
    """The trip's places without those read from the traveller's own phrase ("the visit of
    Uganda's defence minister, X": Uganda is whose minister X is, not where X goes)."""
    found = m.roles.get("destination", [])
    r = ctx.resolver
    # a word read for both ("of" names either): the traveller's where it names a person
    shared = {k for k in set(m.tokens.get("destination", [])) & set(m.tokens.get("visitor", []))
              if any(e.type == "Person" for e in r.entities(k, ("Person",), frame=m.frame, sentence=m.sentence))}
    if not found or not shared:
        return found
    types = ("Place", "State", "MilitaryBase", "Facility")
    own = {e.key for k in m.tokens["destination"] if k not in shared
           for e in r.entities(k, types, frame=m.frame, sentence=m.sentence)}
    return [e for e in found if e.key in own]


def said_of_the_origin(ctx: Context, a: Match, m: Match) -> bool:
    """"flew in from Lima, where he had attended the APEC summit": an attendance in a clause on
    the place the trip comes from is the earlier event's, not this trip's purpose."""
    r = ctx.resolver
    k = a.trigger.i
    while k != m.trigger.i and r.toks[k].head != k:
        t = r.toks[k]
        if t.dep == "pobj" and r.toks[t.head].lower == "from":
            return True
        k = t.head
    return False


#: Trip frames of going to a place, which one may do in one's own country ("flew on to
#: a port city of her own country"); not a welcome (a host at home), nor touring or visiting a city of one's own.
_GOING_AWAY = frozenset({"travel", "accompany", "stopover"})


def away_at_home(ctx: Context, m: Match, place: Entity, told: bool) -> bool:
    """A trip told outright to a city of one's own country other than its capital is a trip
    ("X will fly on to a port city of his own country", "Y will travel to her country's old royal city"); going home, back to the
    capital, or being at home is none."""
    r = ctx.resolver
    if not told or m.frame.name not in _GOING_AWAY or place.type != "Place" or m.trigger.lemma == "return":
        return False
    if any(r.toks[c].lower in {"home", "back"} for c in r.tree.children[m.trigger.i]):
        return False
    entry = ctx.gazetteer.get(place.qid) if place.qid and ctx.gazetteer is not None else None
    return entry is not None and not (entry.extra or {}).get("capital_of")


def staying_away(ctx: Context, m: Match) -> bool:
    """"stayed away from the summit in X", "stayed home": a verb of staying tells a trip only where
    one stays ("stayed on in Lima for two days")."""
    r = ctx.resolver
    return m.frame.name != "stay-away" and m.trigger.lemma == "stay" and any(r.toks[c].lower in {"away", "home", "behind"} for c in r.tree.children[m.trigger.i])


#: Verbs of going that need no goal to be a trip ("X will not travel"); other senses take a particle or
#: a complement ("went on to say", "go along with").
_GOING_BARE = frozenset({"travel", "go"})
#: Trip nouns a light verb makes a going ("is unlikely to make the trip").
_TRIP_NOUNS = frozenset({"trip", "journey"})
#: Words that give a going a goal or another sense than a trip: home, back, ahead, on, along ...
_NOT_A_TRIP = frozenset({"home", "back", "ahead", "on", "along", "away", "far", "further", "farther", "abroad",
                         "around", "round", "out", "off", "up", "down", "through", "over", "together"})
#: Prepositions that tell why, when or with whom, never where: "will travel despite the floods".
_BESIDE = frozenset({"for", "despite", "with", "amid", "after", "before", "during"})


def goes_without_goal(ctx: Context, m: Match) -> bool:
    """"X will not travel", "X is unlikely to make the trip": going told with no place, origin or
    goal at all, which in a story about a gathering is going to it (read by the caller)."""
    tree = ctx.resolver.tree
    toks = tree.toks
    t = noun = m.trigger
    if m.roles.get("destination") or m.roles.get("origin"):
        return False
    if m.args.nominal:
        g = t.head if t.dep == "dobj" else None
        if t.lemma not in _TRIP_NOUNS or g is None or toks[g].lemma != "make" \
                or any(toks[c].dep == "prep" and toks[c].lower not in _BESIDE for c in tree.children[t.i]):
            return False  # "made a trip to X" has its goal; "the trip" alone is no going
        t = toks[g]
    elif t.lemma not in _GOING_BARE:
        return False
    return not any(toks[c].dep in {"prt", "xcomp", "dobj", "acomp", "oprd", "ccomp"} or toks[c].lower in _NOT_A_TRIP
                   or toks[c].dep == "prep" and toks[c].lower not in _BESIDE for c in tree.children[t.i] if c != noun.i)


def open_question(ctx: Context, k: int) -> bool:
    """"would not say whether X would travel", "it is unclear whether X will visit Y": a trip in a
    clause that asks whether it happens is neither told nor planned."""
    tree = ctx.resolver.tree
    for g in [k, *tree.ancestors(k)]:
        if any(tree.toks[c].lower == "whether" for c in tree.kids(g, "mark")):
            return True
        if tree.toks[g].dep in {"ccomp", "advcl", "relcl", "acl", "csubj", "ROOT", "parataxis"}:
            return False
    return False
