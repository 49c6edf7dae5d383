"""Where a signing took place: the city or country its own phrases name, else the one its clause
names, a "where" clause's antecedent, the place of the trip it happened on; and, for the day's
news whose sentences name no place, the place the report is filed from (its dateline).
Read by :mod:`kg.extract.facts.treaties`."""
from __future__ import annotations

import datetime as dt

from kg.extract.clause_dates import at_which, which_below
from kg.extract.context import Context
from kg.extract.facts.common import event_place
from kg.extract.facts.signing_venues import city_of_venue, in_venue_name, venue_city
from kg.extract.frames import Match
from kg.model import Entity, Fact

#: How far from the day of publication a signing is the day's news (a week back, a month ahead).
_NEWS_BEFORE = dt.timedelta(days=7)
_NEWS_AFTER = dt.timedelta(days=31)


def signing_place(ctx: Context, m: Match) -> Entity | None:
    """Where: a city or country the trigger's phrases name first, then one the clause names, then
    a site its own phrase names ("at the Pentagon"); never a continent or region, nor a site only
    another clause names ("held talks at the palace and witnessed the signing")."""
    places = [e for e in m.roles.get("place", []) if e.label.lower() not in ctx.lexicon.regions
              and not in_venue_name(ctx, m, e)]
    # "in the French city of Nancy": the city before the state its demonym names
    cities = sorted((e for e in places if e.type in {"Place", "State"}), key=lambda e: e.type != "Place")
    said = event_place(ctx, m.sentence, [m.trigger])
    if said is not None and said.type not in {"Place", "State"} and said not in places:
        said = None
    if said is not None and said not in places and not _in_own_clause(ctx, m, said):
        said = None  # "X signed it, which Y had signed in 2021, in Z": the main clause's place
    found = (cities[0] if cities else None) or _city_below(ctx, m) or said or (places[0] if places else None) \
        or venue_city(ctx, m) or _there(ctx, m) or _where(ctx, m) or _at_which(ctx, m) or _trip_destination(ctx, m)
    return (city_of_venue(ctx, m, found) if found is not None else None) or found  # "at X House": its city


#: Relations that open a clause or phrase of another event, or name who and what, below a verb.
_OTHER = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "dobj", "nsubj", "nsubjpass", "agent", "conj", "parataxis"})


#: Prepositions whose phrase is no scene of the event: "according to officials in X", "unlike Y in Z".
_NO_SCENE = frozenset({"according", "despite", "unlike", "like", "than", "from"})


def _city_below(ctx: Context, m: Match) -> Entity | None:
    """A city the trigger's own phrases name however deep the parser hung it ("signed on December 14 at
    the palace in Paris", the place on the date), not one in its object or subject ("an accord on a base
    in X") nor in a clause of another verb ("the pact initialled at Dayton was signed ...")."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    t = m.trigger.i
    if m.args.nominal:
        return None
    found = None  # the last: "at the college, X, in Canberra" is in Canberra
    for c in [c for c in tree.kids(t, "prep") if toks[c].lower not in _NO_SCENE]:
        for i in tree.subtree(c):
            f = ctx.resolver.found_at(i)
            if f is None or f.entity.type != "Place" or f.entity.label.lower() in ctx.lexicon.regions:
                continue
            k, ok = i, True
            while k != c and ok:
                ok, k = toks[k].dep not in _OTHER, toks[k].head
            found = f.entity if ok else found
    return found


def _in_own_clause(ctx: Context, m: Match, place: Entity) -> bool:
    """Is a place the sentence gives inside the clause of a trigger that describes a noun ("the
    accord, which Y signed in Z")? Any place is, for a trigger heading its sentence's own clause,
    and the noun a "where" clause is said of ("Quito, where they signed it") is its place."""
    t = m.trigger
    if t.dep not in {"relcl", "acl"}:
        return True
    tree = ctx.resolver.tree
    own = tree.subtree(t.i)
    if any(tree.toks[k].lower == "where" for k in own):
        return True
    return any((f := ctx.resolver.found_at(k)) is not None and f.entity == place for k in own)


def _there(ctx: Context, m: Match) -> Entity | None:
    """"A and B, whose leaders met in X last week, signed it there", "flew to X and signed it there":
    "there" on the signing is the place named last before it in its sentence (none: the sentence
    before's, :func:`kg.extract.facts.signing_scenes.scene_before`)."""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    verb = m.args.governor if m.args.nominal and m.args.governor is not None else m.trigger.i
    there = [c for c in tree.kids(verb, "advmod") if toks[c].lower == "there"]
    if not there:
        return None
    # a place a preposition sets the scene in or sends someone to ("in X", "to Y"); not a speaker's state
    before = [f.entity for f in ctx.found(m.sentence, "Place", "State") if f.end <= toks[there[0]].start
              and f.entity.label.lower() not in ctx.lexicon.regions and _scene_phrase(ctx, m.sentence, f.start)]
    return before[-1] if before else None


def _scene_phrase(ctx: Context, s: int, start: int) -> bool:
    toks = ctx.resolver.toks
    k = next((t.i for t in ctx.tokens(s) if t.start >= start), None)  # (the name's first word; its head is the phrase's)
    while k is not None and toks[k].dep in {"compound", "amod"} and toks[k].head != k:
        k = toks[k].head
    return k is not None and toks[k].dep == "pobj" and toks[toks[k].head].lower in _SCENE_PREPOSITIONS


#: Prepositions that set a scene or send someone to it: "met in X", "flew to X".
_SCENE_PREPOSITIONS = frozenset({"in", "to", "at", "into"})


def _where(ctx: Context, m: Match) -> Entity | None:
    """The place a "where" clause holding the trigger is said of: "flies to Lima, where he is due to sign"."""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    t = m.trigger
    while t.dep in {"xcomp", "acomp", "ccomp", "conj"} and t.head != t.i:
        t = toks[t.head]
    where = [c for c in tree.subtree(t.i) if c < t.i and toks[c].lower == "where"] if t.dep == "relcl" else []
    if not where:
        return None
    kinds = ("Place", "Facility", "MilitaryBase")
    said_of = ctx.resolver.entities(t.head, kinds)  # "the city where the treaty was signed"
    if said_of:
        return said_of[0]
    # the place named before "where" (the parser may hang the clause on a date: "to Lima on Thursday, where")
    before = [f for f in ctx.found(m.sentence, *kinds) if f.end <= toks[where[0]].start]
    return before[-1].entity if before else None


def _at_which(ctx: Context, m: Match) -> Entity | None:
    """"the meeting in Lima, at which they signed it", "a visit to Lima, during which it was signed":
    a clause set at the event a noun names happens where that event is: the city the noun's own
    phrases name, else one the clause holding the noun places it in ("met in Lima on the sidelines
    of the summit, at which ...")."""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    t = m.trigger
    while t.dep in {"xcomp", "acomp", "ccomp", "conj"} and t.head != t.i:
        t = toks[t.head]
    if t.dep != "relcl" or not any(at_which(toks, t, toks[p]) and which_below(ctx.tokens(m.sentence), toks, toks[p])
                                   for p in tree.kids(t.i, "prep")):  # (also "at the end of which")
        return None
    from kg.extract.frames import load_frames

    trips = {w for f in load_frames().frames if f.fact == "visit" for w in f.nouns}
    clause = set(tree.subtree(t.i))
    for a in tree.ancestors(t.i):  # the lowest phrase holding the noun that names a city wins
        found = [f.entity for i in sorted(set(tree.subtree(a)) - clause) if (f := ctx.resolver.found_at(i)) is not None
                 and f.entity.type in {"Place", "State"} and f.entity.label.lower() not in ctx.lexicon.regions
                 and toks[i].dep == "pobj" and (toks[toks[i].head].lower in {"in", "at"} or toks[toks[i].head].lower == "to"
                                                and toks[toks[toks[i].head].head].lemma in trips)]  # "a visit to Lima"
        if found:  # a city before a state ("in Kampala, Uganda")
            return min(found, key=lambda e: e.type != "Place")
        if toks[a].pos in {"VERB", "AUX"}:
            break
    return None


def _trip_destination(ctx: Context, m: Match) -> Entity | None:
    """"signed it during the president's visit to Astana": an event a trip frames is where the
    trip goes."""
    from kg.extract.frames import load_frames

    tree = ctx.resolver.tree
    trips = {w for f in load_frames().frames if f.fact == "visit" for w in f.nouns}
    for p in tree.kids(m.trigger.i, "prep"):
        if tree.toks[p].lower not in {"during", "on", "at", "in"}:
            continue
        for trip in tree.kids(p, "pobj"):
            if tree.toks[trip].lemma not in trips:
                continue
            for to in tree.kids(trip, "prep"):
                if tree.toks[to].lower == "to":
                    found = [e for o in tree.kids(to, "pobj") for e in ctx.resolver.entities(o, ("Place", "State"))]
                    if found:
                        return min(found, key=lambda e: e.type != "Place")
    return None


def place_at_dateline(ctx: Context, facts: list[Fact]) -> None:
    """"HANOI - ... the two ministers signed the memorandum": a signing told as done, of the day's
    news, that no sentence places happened where the report is filed from. Only for a signing
    dated within days of publication, or undated; never one told with only a month or year (the
    caller leaves those out), nor one still ahead (it may happen anywhere), nor a place the text
    gives elsewhere."""
    from kg.extract.facts.travel import scene

    # an agreement whose signing the text places anywhere is not placed by the dateline
    placed = {f.fields["agreement"] for f in facts if f.fields.get("place")}
    open_ = [f for f in facts if not f.fields.get("place") and f.modality == "asserted" and _of_the_day(ctx, f)
             and f.fields["agreement"] not in placed]
    if not open_:
        return
    here = scene(ctx)
    if here is None or here.type != "Place":
        return
    country = ctx.country_of(here)
    placed = ctx.doc.annotations.setdefault("dateline_signings", set())
    for f in open_:
        states = {sig for g in facts if g.fields["agreement"] == f.fields["agreement"]
                  and isinstance(sig := g.fields.get("signatory"), str) and getattr(ctx.doc.entities.get(sig), "type", None) == "State"}
        if states and (country is None or country.key not in states):
            continue  # "ISLAMABAD - ... after A and B inked a pact": a signing of other states is no news of here
        f.fields["place"] = here.key
        placed.add(id(f))  # where the report is filed from tells no one's trip (kg.extract.facts.presence)


def _of_the_day(ctx: Context, f: Fact) -> bool:
    day, published = f.fields.get("date"), ctx.doc.article.published
    if not isinstance(day, dt.date) or published is None:
        return day is None
    return published - _NEWS_BEFORE <= day <= published + _NEWS_AFTER


def city_told(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """One signing told twice, once in a city and once in a coarser place or a site in the city's country
    ("signed in Moscow on July 16" and "signed on July 16 in the Kremlin, during a visit to Russia"): the
    city, for every telling of that signing (same agreement and modality, no two days)."""
    by_event: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.fields.get("place"):
            by_event.setdefault((f.fields["agreement"], f.modality), []).append(f)
    for group in by_event.values():
        if len({f.fields.get("date") for f in group} - {None}) > 1:
            continue
        places = {ctx.doc.entities[key] for f in group if isinstance(key := f.fields["place"], str) and key in ctx.doc.entities}
        cities = [e for e in places if e.type == "Place" and e.label.lower() not in ctx.lexicon.regions]
        if len(places) < 2 or len(cities) != 1 or (country := ctx.country_qid(cities[0])) is None:
            continue
        if all(e in cities or e.type in {"State", "Facility"} and ctx.country_qid(e) == country for e in places):
            for f in group:
                f.fields["place"] = cities[0].key
    return facts
