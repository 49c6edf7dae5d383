"""Who attends which summit, in person: the summits a participation match is about
(:func:`event_of`), the summit an article is about (:func:`main_summit`), the people a participation
frame says are there — one sent to it ("sent its minister, X") too, its sender not — and a word
saying one takes part from afar (:func:`remote`). :mod:`kg.extract.facts.travel` makes their trips."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.facts.gathering_scope import (
    dated_apart,
    joins_someone,
    said_elsewhere,
    witnessing,
)
from kg.extract.frames import Match
from kg.extract.summit_editions import LATER_EDITION
from kg.extract.summit_nouns import LEADERS_BODY
from kg.model import Entity

#: Ways of taking part that say nothing of going there: hosting it, sending someone to it.
_STAYING = frozenset({"host-event", "send-delegate"})

#: Verbs whose object takes part only through the subject: "represent".
_STOOD_FOR = frozenset({"represent"})

#: Verbs of running a gathering ("chaired", "opened the summit"): one is at the gathering reported.
_RUNNING = frozenset({"chair", "co-chair", "cochair", "preside", "open", "close", "inaugurate"})

def remote(ctx: Context, k: int) -> bool:
    """"X is taking part by video link", "attended virtually": there, but not in person."""
    tree, far = ctx.resolver.tree, ctx.lexicon.remote_words  # ("by video link", "virtually", "online")
    todo = tree.kids(k, "prep", "advmod", "npadvmod")  # and all below them (read for every verb: no sorting)
    # "told the summit by video link": the parser may hang the manner on the one spoken to
    todo += [p for o in tree.kids(k, "dobj", "dative") for p in tree.kids(o, "prep")]
    while todo:
        i = todo.pop()
        if tree.toks[i].lower in far:
            return True
        todo += tree.children[i]
    # "told the summit by video link that he backed it": what one says from afar is not done there
    t = tree.toks[k]
    if t.dep in {"ccomp", "xcomp", "advcl"} and t.head != k:
        return remote(ctx, t.head)
    if t.dep == "relcl" and t.head != k and tree.toks[t.head].dep in {"pobj", "dobj"}:
        up = tree.toks[t.head].head  # ("said in a video message to the summit that ...": parsed on the noun)
        up = tree.toks[up].head if tree.toks[up].dep == "prep" else up
        return up != k and tree.toks[up].pos in {"VERB", "AUX"} and remote(ctx, up)
    return False


def attending(ctx: Context, matches: list[Match]) -> dict[tuple[int, str], list[tuple[Entity, Match]]]:
    """(sentence, person key) -> the summits the person attends (or stays away from) there."""
    out: dict[tuple[int, str], list[tuple[Entity, Match]]] = {}
    for m in matches:
        # "X sent its deputy minister, Y, to the summit": the sender stays, the one sent goes
        for p in m.roles.get("delegate", []) if m.frame.fact == "participation" and not m.negative else []:
            for event in [] if _sent_elsewhere(ctx, m) else event_of(ctx, m):
                out.setdefault((m.sentence, p.key), []).append((event, m))
        if m.frame.fact == "participation" and m.frame.name not in _STAYING and not remote(ctx, m.trigger.i):
            # "X will sit down with Y at the summit": Y is there, but only X is said to go there
            met = {e.key for k in m.args.prep("with") for e in ctx.resolver.entities(k, ("Person",))}
            # "X will be represented by her minister", "Y represented X": the one stood for stays away
            if m.trigger.lemma in _STOOD_FOR:
                met |= {e.key for k in m.args.object for e in ctx.resolver.entities(k, ("Person",))}
            events = event_of(ctx, m)
            if m.trigger.lemma in _RUNNING:
                # "X will chair the next summit in Y": who chairs a gathering other than the one
                # reported is its next host, not a traveller to it
                main = main_summit(ctx)
                events = [e for e in events if e is main]
            for p in m.roles.get("participant", []):
                if p.type == "Person" and p.key not in met:
                    for event in events:
                        out.setdefault((m.sentence, p.key), []).append((event, m))
    return out


def _paired(ctx: Context, k: int) -> bool:
    """"met face to face", "sat side by side": a noun said twice across a preposition is a manner, no object."""
    toks = ctx.resolver.toks
    return k + 2 < len(toks) and toks[k + 1].lower in {"to", "by", "on", "in"} and toks[k + 2].lower == toks[k].lower


def the_sending(ctx: Context, m: Match) -> Match:
    """A match on "minister" in "sent its minister, X" read at the verb that sends, for its tense
    and mood ("is expected to send", "sent")."""
    from dataclasses import replace

    from kg.extract.syntax import arguments

    g = m.args.governor
    assert g is not None
    return replace(m, trigger=ctx.resolver.toks[g], args=arguments(ctx.resolver.tree, g))


#: Verbs that put at a gathering the one who runs it only with the gathering as object: "X opened the summit".
_RUN = frozenset({"open", "close", "inaugurate"})


def _sent_elsewhere(ctx: Context, m: Match) -> bool:
    """"attended the summit in X and sent her minister, Y, to Z", "dispatched Y to Z for talks": one
    sent to a place goes there (the trip the sending verb tells, with its own purpose), not to the
    summit in view. (A country, "sent Y to Peru for the summit", may hold the summit: no sign.)"""
    r = ctx.resolver
    k = m.trigger.i if not m.args.nominal else m.args.governor
    return k is not None and any(e.type == "Place" for p in r.tree.kids(k, "prep") if r.toks[p].lower == "to"
                                 for o in r.tree.kids(p, "pobj") for e in r.entities(o, ("Place",)))


def event_of(ctx: Context, m: Match) -> list[Entity]:
    """The summits a participation match is about: those it names, else ("both of whom are
    attending", "among the guests") the summit the sentence names, else the article's summit."""
    if m.trigger.lemma in _RUN and not m.args.object and not m.args.nominal:
        return []  # "in X, which opens on Saturday": a gathering that opens, told by no one who opens it
    named = m.roles.get("event") or []
    # "sat down for talks" with no summit named in the sentence: the summit in view, unless told far apart in time
    in_sentence = {x.entity for x in ctx.doc.mentions if x.sentence == m.sentence}
    named = [e for e in named if e.type != "Summit" or e.key in in_sentence or not dated_apart(ctx, m, e)]
    # an object another role reads ("represented Iran" is who, "converge on X" where) is no event
    other = any("object" in r.sources for r in m.frame.roles if r.name != "event")
    # "joined the deliberations", "attended the opening session": a part of a gathering is of the one in view
    # "was absent from the vote": what one is away from, as what one attends, may be no summit
    told = [o for o in m.args.object if not _paired(ctx, o)] or (m.args.prep("from") if m.negative else [])
    # "met face to face at the summit": the parser may hang the summit on the pair's second word
    named = named or [f.entity for o in m.args.object if _paired(ctx, o) for j in ctx.resolver.tree.subtree(o + 2)
                      if (f := ctx.resolver.at_token.get(j)) is not None and f.entity.type == "Summit"][:1]
    part = all(ctx.resolver.toks[k].lower in ctx.lexicon.gatherings and ctx.resolver.toks[k].lemma != "summit"
               and any(ctx.resolver.toks[c].lower == "the" for c in ctx.resolver.tree.kids(k, "det")) for k in told)
    if named or (told and not other and not part and not joins_someone(ctx, m)):
        return list(named)  # "attended the funeral": an object that is no summit
    # a summit the trigger's own clause names ("while X was represented by Y" takes no summit
    # from the clause before it: "flew in from Lima, where he had attended the APEC summit")
    from kg.extract.syntax import clause_of

    r = ctx.resolver
    own = clause_of(r.tree, m.trigger.i)
    summits = ctx.found(m.sentence, "Summit")
    in_own = {id(r.at_token[t.i]) for t in ctx.tokens(m.sentence) if t.i in r.at_token and clause_of(r.tree, t.i) == own}
    here = [f for f in summits if id(f) in in_own]
    if here:
        return [here[-1].entity]
    # the main clause: a summit the sentence names, but not one a clause on some other noun names
    # ("X, which hosted the last summit, will send its minister" sends him to the one in view)
    at = {id(f): k for k, f in r.at_token.items()}
    above = {clause_of(r.tree, g) for g in [m.trigger.i, *r.tree.ancestors(m.trigger.i)]}
    outer = [f for f in summits if id(f) not in at or clause_of(r.tree, at[id(f)]) in above]
    if outer and m.trigger.dep not in {"relcl", "acl", "advcl", "conj", "ccomp"}:
        return [outer[-1].entity]
    main = main_summit(ctx)
    return [main] if main is not None and not said_elsewhere(ctx, m, main) and not dated_apart(ctx, m, main) \
        and not witnessing(ctx, m) else []


def main_summit(ctx: Context) -> Entity | None:
    """The summit the article is about: the one it names most, the first named on a tie."""
    # asked by every participation and trip: kept while the mentions and summits stay as they are
    summits = tuple(k for k, e in ctx.doc.entities.items() if e.type == "Summit")
    state = (len(ctx.doc.mentions), summits)
    memo = ctx.resolver.tree.memo.setdefault("main summit", {})
    if state not in memo:
        memo[state] = _main_summit(ctx)
    return memo[state]


def _main_summit(ctx: Context) -> Entity | None:
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in ctx.doc.mentions:
        if m.entity and m.entity in ctx.doc.entities and ctx.doc.entities[m.entity].type == "Summit":
            counts[m.entity] = counts.get(m.entity, 0) + 1
            first.setdefault(m.entity, m.start)
    if not counts:
        return None
    # "the summit", "their summit": a definite noun no name covers points back to the one it is
    # the same kind of gathering as (not to "a meeting of X" the guests flew in from)
    # (an unnamed edition a city tells, "the Kathmandu meeting", is no "the meeting" of the article)
    places = {e.label.lower() for e in ctx.doc.entities.values() if e.type == "Place"}
    kinds = {k: _kind(e.label) for k in counts for e in [ctx.doc.entities[k]]
             if not (e.attributes.get("unnamed") and e.label.lower().rsplit(" ", 1)[0] in places)}
    r = ctx.resolver
    for t in r.toks:
        if t.pos == "NOUN" and t.i not in r.at_token and (r.tree.kids(t.i, "poss") or any(
                r.toks[c].lower in {"the", "this"} for c in r.tree.kids(t.i, "det"))):
            fitting = [k for k, kind in kinds.items() if kind == t.lemma]
            if len(fitting) == 1:
                counts[fitting[0]] += 1
    # "the next summit", "the 46th summit" beside "their 45th summit": an edition told after the one
    # in view is the article's subject only when no other summit is told (it still shares "the summit")
    chosen = [k for k in counts if not _other_edition(ctx.doc.entities[k])] or list(counts)
    return ctx.doc.entities[max(chosen, key=lambda k: (counts[k], -first[k]))]


def _other_edition(e: Entity) -> bool:
    """Is the summit told as another edition than the one in view, by its words or its rank?"""
    return bool(e.attributes.get("other_edition")) or not LATER_EDITION.isdisjoint(re.findall(r"\w+", e.label.lower()))


def _kind(label: str) -> str:
    """The noun a summit's name says it is: "summit" of "the Commonwealth summit", "meeting" of
    "a meeting of Pacific leaders"."""
    words = label.lower().split(" of ")[0].split()
    if words and words[-1] == "session" and LEADERS_BODY.search(label):
        return "summit"  # "the 9th Special Session of the Assembly of X": a summit, "the summit" of the story
    return words[-1] if words else ""


#: Prepositions that put a clause at the summit itself, not before or after it.
_AT = frozenset({"at", "during"})
#: Nouns an "on"/"at" phrase of a summit puts one at it: "on the sidelines of the summit".
_EDGES = frozenset({"sideline", "sidelines", "margin", "margins"})
#: Verbs of speaking to an audience: one who tells or addresses the gathering is at it.
_ADDRESSING = frozenset({"tell", "address", "brief"})
#: Nouns that are the summit in view, unnamed: "the summit", "the gathering".
_BARE = frozenset({"summit", "gathering"})
#: Nouns for a summit's audience, which only one there tells or addresses: "told the assembly",
#: "addressed the opening session", "told delegates".
_AUDIENCE = frozenset({"assembly", "session", "plenary", "delegate", "summiteer"})
#: Words that make an unnamed summit another one: "last year's summit", "the next summit".
_ANOTHER = frozenset({"last", "next", "previous", "past", "upcoming", "first", "earlier", "future", "another", "a"})


def trips_acting_at(ctx: Context) -> list[tuple[int, str, dict]]:
    """The trips (sentence, modality, fields) of those :func:`acting_at` a summit: held for
    :mod:`kg.extract.facts.summit_trips`, which knows where the summit is."""
    from kg.extract.clause_dates import dates_for
    from kg.extract.clause_modality import parse_modality

    out = []
    for s, k, person, summit in acting_at(ctx):
        days = dates_for(ctx, s, ctx.resolver.toks[k])  # "At the summit on Monday, X said": that day
        fields = {"visitor": person.key, "start": days[0].start_date if len(days) == 1 else None, "end": None,
                  "purpose": summit.key}
        # (one listed as expected or confirmed is yet to come)
        listed = ctx.resolver.toks[k].lower in {"confirmed", "expected"} and ctx.resolver.toks[k].dep in {"acl", "amod"}
        out.append((s, "planned" if listed else parse_modality(ctx.resolver.tree, k) or "asserted", fields))
    return out


def acting_at(ctx: Context) -> list[tuple[int, int, Entity, Entity]]:
    """(sentence, verb, person, summit): "X said at the summit", "At the summit, X announced",
    "met Y on the sidelines of the summit", "told the gathering", "addressed the summit": one who
    acts at a summit, or speaks to it, is there — not from afar ("by video link") and not in a
    negated clause. Where the summit is held decides whether that is a trip."""
    from kg.extract.syntax import surface_subject

    r = ctx.resolver
    tree, toks = r.tree, r.toks
    named = [(k, f.entity) for k, f in r.at_token.items() if f.entity.type == "Summit"]
    # "X addressed it", "told it": a pronoun the resolver takes for a summit
    named += [(t.i, e) for t in toks if t.lower == "it" and t.dep == "dobj" and toks[t.head].lemma in _ADDRESSING
              for e in r.entities(t.i, ("Summit",))[:1]]
    # (an index over the summits' words; the bare nouns are few and read once)
    bare = [(t.i, None) for t in toks if t.lemma in _BARE | _EDGES | _AUDIENCE and t.pos == "NOUN" and t.i not in r.at_token
            and not any(toks[c].lower in _ANOTHER for c in tree.subtree(t.i) if c < t.i)]
    # "X is in the hall", "among the leaders at the venue", "In the hall: A, B and C": the summit's own rooms
    rooms = [t.i for t in toks if t.lemma in _VENUES and t.pos == "NOUN" and t.i not in r.at_token and t.dep == "pobj"
             and toks[t.head].lower in {"in", "at", "inside"} and any(toks[c].lower == "the" for c in tree.kids(t.i, "det"))
             and not any(toks[c].lemma in {"town", "city", "concert", "music", "dining"} for c in tree.kids(t.i, "compound"))
             and not tree.kids(t.i, "prep")]  # ("the hall of the Senate", "a hall in Lima": another place's)
    # "Among those confirmed are A and B", "A is on the list of confirmed leaders": its list of guests
    # (not "those expected to win": a participle with a clause of its own only of coming)
    lists = [t.i for t in toks if (t.lemma in _LISTED or t.lower in {"confirmed", "expected"}) and t.dep in {"acl", "amod"}
             and t.head != t.i and (toks[t.head].lower == "those" or toks[t.head].lemma in _GUESTS)
             and all(toks[c].lemma in _COMING for c in tree.kids(t.i, "xcomp", "ccomp")) and not _other_sense(ctx, t.i)]
    rooms += lists
    out: list[tuple[int, int, Entity, Entity]] = []
    for o, summit in named + bare + [(o, None) for o in rooms]:
        k, heads = (_on_the_list(ctx, o) if o in lists else _in_the_room(ctx, o)) if o in rooms else (_clause_at(ctx, o), None)
        if k is None or tree.kids(k, "neg") or remote(ctx, k):
            continue
        s = toks[k].sent
        if summit is None:
            # (a room is the summit in view's: "is in the hall but, unlike at last year's summit, ...")
            here = ctx.found(s, "Summit") if o not in rooms else []
            summit = here[-1].entity if here else main_summit(ctx)
        if summit is None:
            continue
        # "met Y on the sidelines of the summit": the one met is there too
        met = tree.kids(k, "dobj") if toks[k].lemma == "meet" else []
        for i in heads if heads is not None else [*surface_subject(tree, k), *met]:
            for e in r.entities(i, ("Person",)):
                if e.type == "Person" and (s, k, e, summit) not in out:
                    out.append((s, k, e, summit))
    return out


def _clause_at(ctx: Context, o: int) -> int | None:
    """The verb a summit's word puts at the summit: "[said] at the summit", "[met] on the sidelines
    of the summit", "[urged] leaders at the summit", "[told] the gathering"."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    t = toks[o]
    if t.dep == "dobj" and toks[t.head].lemma in _ADDRESSING:
        return _verb(ctx, t.head)
    if t.dep != "pobj" or t.lemma in _AUDIENCE:
        return None
    p = toks[t.head]
    if t.lemma in _EDGES:  # "met X on the sidelines": of the summit in view
        return _verb(ctx, p.head) if p.lower in {"on", "at"} and not tree.kids(o, "prep") else None
    if p.lower == "of" and toks[p.head].lemma in _EDGES and toks[p.head].dep == "pobj" \
            and toks[toks[p.head].head].lower in {"on", "at"}:
        p = toks[toks[toks[p.head].head].i]
    elif p.lower not in _AT:
        return None
    h = toks[p.head]
    if h.pos in {"NOUN", "PROPN"} and h.dep == "dobj":
        h = toks[h.head]  # "urged fellow leaders at the summit"
    return _verb(ctx, h.i)


#: Rooms of a gathering: one in them is at the summit in view ("the hall", "the venue").
_VENUES = frozenset({"hall", "venue", "auditorium", "room"})


def _in_the_room(ctx: Context, o: int) -> tuple[int | None, list[int]]:
    """(clause, who) a room of the summit places there: "X is in the hall", "was among the leaders in
    the hall" (the subject), "In the hall: A, B and C" (a line of names the room opens, no verb)."""
    from kg.extract.syntax import surface_subject

    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    p = toks[o].head
    h = toks[p].head
    if toks[h].pos in {"NOUN", "PROPN"} and toks[h].dep == "pobj" and toks[toks[h].head].lower == "among":
        h = toks[toks[h].head].head  # "was among the heads of government in the room"
    elif toks[h].pos == "PROPN" and h == toks[h].head and p < h:
        return h, [h, *tree.kids(h, "conj"), *(c for j in tree.kids(h, "conj") for c in tree.kids(j, "conj"))]
    if toks[h].pos not in {"VERB", "AUX"} or toks[h].lemma not in {"be", "sit", "stand", "remain", "stay", "wait"}:
        return None, []
    return h, surface_subject(tree, h)


#: Participles that put one on a summit's list of guests: "those confirmed", "the expected leaders".
_LISTED = frozenset({"confirm", "expect"})
_COMING = frozenset({"attend", "come", "travel", "join", "participate", "take", "be", "arrive"})
#: Nouns for those a summit's list holds.
_GUESTS = frozenset({"leader", "head", "guest", "participant", "president", "minister", "delegate", "dignitary"})


def _other_sense(ctx: Context, k: int) -> bool:
    """"those confirmed in office by the vote": a participle with phrases of its own other than
    the summit's or its city's ("for the summit", "in Lima") is no list of guests."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    return bool(tree.kids(k, "agent", "dobj")) or any(
        toks[p].lower not in {"for", "at", "to", "in"} or toks[p].lower == "in" and any(toks[o].pos != "PROPN" for o in tree.kids(p, "pobj"))
        for p in tree.kids(k, "prep"))


def _on_the_list(ctx: Context, o: int) -> tuple[int | None, list[int]]:
    """(participle, who) a list of guests holds: the subject of "be" among them or on their list
    ("Among those expected are A and B", "A is on the list of confirmed leaders")."""
    from kg.extract.syntax import surface_subject

    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    h = toks[o].head
    if toks[h].dep == "pobj" and toks[toks[h].head].lower == "of" and toks[toks[toks[h].head].head].lemma == "list":
        h = toks[toks[h].head].head  # "on the list of confirmed leaders"
    p = toks[h].head
    if toks[h].dep != "pobj" or toks[p].lower not in {"among", "on"} or toks[p].lower == "on" and toks[h].lemma != "list":
        return None, []
    verb = toks[p].head
    if toks[verb].lemma != "be" or tree.kids(verb, "neg"):
        return None, []
    return o, surface_subject(tree, verb)


def _verb(ctx: Context, k: int) -> int | None:
    return k if ctx.resolver.toks[k].pos in {"VERB", "AUX"} else None
