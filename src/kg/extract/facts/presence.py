"""Visits no trip verb tells: a person whose clause happens in a place of another country (met,
spoke, signed there; at a gathering held there) is visiting it (FORMAT.md: leaders who meet in a city
of another country are visiting it)."""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract.clause_dates import dates_for
from kg.extract.context import Context
from kg.extract.facts.attendance import remote
from kg.extract.facts.common import make_fact
from kg.extract.facts.homes import at_home, home_of
from kg.extract.frames import Match
from kg.model import Entity, Fact


def presence_abroad(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    """FORMAT.md: leaders who meet in a city of another country are visiting it. Read for any
    clause whose subject is a person and which says where it happens ("X met Y in Lima", "X,
    speaking in Canberra, said", "X signed the pact in Quito"): when the article says which
    country the person serves and the place lies in another, that is a visit. An international
    organisation's officer is away from home wherever they are."""
    r = ctx.resolver
    toks = r.toks
    from kg.extract.nlp import sentence_bounds
    from kg.extract.syntax import VERBAL, surface_subject

    denying = {m.trigger.i for m in matches if m.negative}  # "skipped the summit in Lima": not there
    for s in range(len(ctx.doc.sentences)):
        lo, hi = sentence_bounds(ctx.doc, s)
        for k in range(lo, hi):
            t = toks[k]
            if t.pos not in VERBAL or t.lemma in _LIVING or k in denying:
                continue  # (not "X, who studied in London": where one lives or lived is no trip)
            # the place phrase of the clause, or of its object ("met X in Lima": the parser may
            # hang "in Lima" on X)
            objects = r.tree.kids(k, "dobj")
            # "met his counterpart X in Lima": or on the object's apposition; "held a meeting with X
            # in Lima": or on the one met
            met = [o for h in [k, *objects] for p in r.tree.kids(h, "prep") if toks[p].lower == "with"
                   for o in r.tree.kids(p, "pobj") if toks[o].pos == "PROPN"] if t.lemma in _MEETING else []
            holders = [k, *objects, *(a for o in objects for a in r.tree.kids(o, "appos")), *met]
            # "X, in Lima for talks, said": a place phrase set off beside the subject is where X is
            set_off = [p for i in surface_subject(r.tree, k) for p in r.tree.kids(i, "prep")
                       if toks[p].lower == "in" and p > 0 and toks[p - 1].text == ","]
            # "X said in Laos", "told reporters in Peru": one who speaks or meets in a country is there
            # "X met Y in Djibouti": one who meets someone in a country is there too
            kinds = ("Place", "State") if t.lemma in _TELLING or t.lemma in _MEETING_SOMEONE else ("Place",)
            places = [e for p in [p for h in holders for p in r.tree.kids(h, "prep")] + set_off
                      if toks[p].lower in {"in", "at"} for o in r.tree.kids(p, "pobj")
                      for e in r.entities(o, kinds) or _venue_place(ctx, o)
                      if e.label.lower() not in ctx.lexicon.regions and e.type in kinds]
            places = list(dict.fromkeys(places or _place_of_the_gathering(ctx, k)))
            if len(places) != 1 or remote(ctx, k):  # (by video link: not there; asked only of a clause with a place)
                continue
            people = [e for i in surface_subject(r.tree, k) for e in _named_beside(ctx, i) or r.entities(i, ("Person",))]
            if r.tree.is_passive(k):
                people = [e for i in r.tree.kids(k, "agent") for o in r.tree.kids(i, "pobj")
                          for e in r.entities(o, ("Person",))]
            # (one met at a summit is there for the summit, told by its own trip if at all)
            if t.lemma in _MEETING and not r.tree.is_passive(k) and not _occasion(ctx, k):
                people += [e for e in _met(ctx, k) if e not in people and not _envoy(ctx, e)]
            if not people or t.lemma == "sign" and (r.tree.is_passive(k) or _background(ctx, s, k)) \
                    and _bare_signing(ctx, s, k):
                continue
            place = places[0]
            country = ctx.country_of(place)
            country_qid = country.qid if country is not None else ctx.country_qid(place)
            from kg.extract.clause_modality import parse_modality

            mod = parse_modality(r.tree, k) or "asserted"
            dates = dates_for(ctx, s, t)
            # (a trip the sentence tells undated, "during what was X's first visit to Y", takes the
            # clause's day: the dated fact says more and the undated one gives way to it)
            told = {(f.fields["visitor"], f.fields["destination"]) for f in ctx.doc.annotations.get("facts", [])
                    if f.cq == "visit" and ctx.doc.sentence_index(f.evidence.start) == s
                    and (f.fields.get("start") or f.fields.get("end") or not dates)}
            for person in people:
                if (person.key, place.key) in told:
                    continue  # the sentence already tells this trip ("... when he visited")
                home = home_of(ctx, person)
                official = _officer_of_an_organisation(ctx, person)
                # "the visiting premier, X, met Y in Z": one called a guest is away, wherever from
                guest = home is None and country_qid is not None and (_called_a_guest(ctx, surface_subject(r.tree, k))
                                                                      or _meets_a_host(ctx, k, person, country_qid))
                if not official and not guest and (home is None or country_qid is None or home is country
                                                   or home.qid == country_qid) or at_home(ctx, person, place):
                    continue  # at home, posted there, or nowhere the article makes plain
                purpose = _occasion(ctx, k)
                # "held talks in X on Monday and Tuesday": a span of days is the trip's first and last
                yield make_fact(ctx, "visit", s, mod, visitor=person.key, destination=place.key,
                                start=dates[0].start_date if dates else None,
                                end=dates[0].end_date if dates else None, purpose=purpose[0].key if purpose else None)
    yield from _gapped_meetings(ctx)
    yield from _signers_abroad(ctx)


def _called_a_guest(ctx: Context, subjects: list[int]) -> bool:
    """Is the subject called a guest by a word before its noun, "the visiting premier, X", "X,
    the touring minister" (`frames.yaml` `visit_roles` `guest_modifiers`)?"""
    from kg.extract.description_fits import frames_data

    words = frozenset((frames_data().get("visit_roles") or {}).get("guest_modifiers", []))
    tree = ctx.resolver.tree
    nouns = [n for i in subjects for n in (i, *tree.kids(i, "appos"), *([tree.toks[i].head] if tree.toks[i].dep == "appos" else []))]
    return any(tree.toks[c].lower in words for n in nouns for c in tree.kids(n, "amod", "compound"))


def _meets_a_host(ctx: Context, k: int, person: Entity, country_qid: str) -> bool:
    """"X met Iran's foreign minister Y in Tehran": one who meets a person of the country the
    meeting is in is of another state (a leader's own officials are seldom reported meeting them),
    so is away from home there, whatever the article leaves unsaid of where they are from."""
    from kg.extract.syntax import surface_subject

    r = ctx.resolver
    if r.toks[k].lemma not in _MEETING or r.tree.is_passive(k):
        return False
    sides = [e for i in surface_subject(r.tree, k) for e in r.entities(i, ("Person",))] + _met(ctx, k)
    return person in sides and any(
        (h := home_of(ctx, e)) is not None and h.qid == country_qid for e in sides if e is not person)


def _named_beside(ctx: Context, i: int) -> list[Entity]:
    """"The four leaders — A, B, C and D — met in X": the people a plural subject lists beside it."""
    r = ctx.resolver
    if r.toks[i].tag not in {"NNS", "NNPS"}:
        return []
    return [e for a in r.tree.kids(i, "appos") for j in r.tree.conjuncts(a) for e in r.entities(j, ("Person",))
            if e.type == "Person"]


def _venue_place(ctx: Context, o: int) -> list[Entity]:
    """The city a venue the clause happens at lies in, by the venue's own phrase: "spoke at a
    university in X", "laid flowers at a war memorial in X", "met Y at the palace
    in X" (FORMAT.md: a venue inside the city is not the destination, the city is)."""
    r = ctx.resolver
    toks = r.toks
    if any(e.type == "MilitaryBase" or any(p.search(e.label) for p in ctx.lexicon.facilities.values())
           for e in r.entities(o, ("MilitaryBase", "Facility"))):
        return []  # a base or a port, "at Fort X in Y", is a site the trip goes to, not a venue in a city
    heads = [o] + [j for q in r.tree.kids(o, "prep") if toks[q].lower == "of" for j in r.tree.kids(q, "pobj")]
    return [e for h in heads for q in r.tree.kids(h, "prep") if toks[q].lower in {"in", "at"}
            for j in r.tree.kids(q, "pobj") for e in r.entities(j, ("Place",)) if e.type == "Place"]


def _gapped_meetings(ctx: Context) -> Iterator[Fact]:
    """"held talks with A in Paris on Monday and with B in Rome on Tuesday": a meeting told again
    with the verb left out, by a "with" phrase joined to the first, has its own place and day; its
    subject is there too (abroad), as at the first."""
    from kg.extract.nlp import sentence_bounds
    from kg.extract.syntax import surface_subject

    r = ctx.resolver
    toks = r.toks
    for s in range(len(ctx.doc.sentences)):
        lo, hi = sentence_bounds(ctx.doc, s)
        for c in range(lo, hi):
            if toks[c].lower != "with" or toks[c].dep != "conj":
                continue
            k = c
            while toks[k].head != k and toks[k].pos not in {"VERB", "AUX"}:
                k = toks[k].head
            if toks[k].lemma not in _MEETING:
                continue
            within = r.tree.subtree(c)
            first, last = toks[min(within)].start, toks[max(within)].end
            places = [e for o in r.tree.kids(c, "pobj") for p in r.tree.kids(o, "prep") if toks[p].lower in {"in", "at"}
                      for q in r.tree.kids(p, "pobj") for e in r.entities(q, ("Place",)) if e.type == "Place"]
            if len(places) != 1:
                continue
            # its day is in its phrase, or hung on the verb after it ("... in Rome on Tuesday")
            days = [d for d in ctx.dates_in(s) if first <= d.start < last] \
                or [d for d in dates_for(ctx, s, toks[k]) if d.start > toks[c].start]
            for person in [e for i in surface_subject(r.tree, k) for e in r.entities(i, ("Person",))]:
                home = home_of(ctx, person)
                country = ctx.country_of(places[0])
                if home is None or country is None or home is country or at_home(ctx, person, places[0]):
                    continue
                from kg.extract.clause_modality import parse_modality

                yield make_fact(ctx, "visit", s, parse_modality(r.tree, k) or "asserted", visitor=person.key,
                                destination=places[0].key, start=days[0].start_date if days else None)


#: Verbs of being, living, studying or working somewhere, which tell no trip there.
_LIVING = frozenset({"be", "live", "study", "reside", "grow", "bear", "raise", "educate", "train", "work", "teach",
                     "settle", "emigrate", "immigrate", "die", "bury", "exile", "base", "station", "post", "imprison",
                     "jail", "detain"})
#: Verbs of meeting, whose other side is where the meeting is too: "X met Y in Lima", "held talks with Y in Lima".
_MEETING = frozenset({"meet", "hold", "talk", "confer", "sit", "convene", "host"})
#: Verbs of meeting that need no talks to be had: "X met Y in Djibouti", "conferred with Y in Chile".
_MEETING_SOMEONE = frozenset({"meet", "talk", "confer"})
#: Verbs of meeting only with talks as their object: "held talks with Y", "will convene a meeting with Y".
_CONVENING = frozenset({"hold", "convene", "host"})
_TALKS = frozenset({"talk", "talks", "meeting", "meetings", "discussion", "discussions", "consultation", "consultations"})


def _met(ctx: Context, k: int) -> list[Entity]:
    """The people the clause of meeting verb ``k`` has its subject meet: "met Y", "held talks
    with Y", "sat down with Y" (a leader met abroad is visiting, FORMAT.md, whichever side the
    sentence puts them on)."""
    r = ctx.resolver
    toks = r.toks
    objects = r.tree.kids(k, "dobj")
    if toks[k].lemma in _CONVENING and not any(toks[o].lemma in _TALKS or toks[o].lower in _TALKS for o in objects):
        return []  # "held a press conference", "held the post", "hosted a dinner"
    heads = objects if toks[k].lemma == "meet" else []
    heads += [o for h in [k, *objects] for p in r.tree.kids(h, "prep") if toks[p].lower == "with"
              for o in r.tree.kids(p, "pobj")]
    return [e for o in heads for e in r.entities(o, ("Person",))]


def _envoy(ctx: Context, person: Entity) -> bool:
    """An ambassador or envoy lives where they are posted: meeting them there is no trip of theirs."""
    return any(f.cq == "office" and f.fields.get("person") == person.key
               and any(w in str(f.fields.get("office", "")).lower() for w in ("ambassador", "envoy", "charg"))
               for f in ctx.doc.annotations.get("facts", []))


#: Verbs whose doer is where the clause says, a country too: "X said in Laos", "X spoke in Peru".
_TELLING = frozenset({"say", "tell", "speak", "add", "declare", "remark", "insist", "stress", "warn", "talk"})

#: Prepositions tying a clause to an occasion it happens at: "said after talks in X", "met Y on
#: the sidelines of the summit in X", "during a meeting in X".
_AT_OCCASION = frozenset({"after", "during", "at", "on", "following", "before", "ahead", "in"})


def _place_of_the_gathering(ctx: Context, k: int) -> list[Entity]:
    """The place of an occasion the clause happens at ("X said after talks with Y in Moscow", "on
    the sidelines of the assembly in New York, X met Y"): who is at a gathering is where it is."""
    r = ctx.resolver
    toks = r.toks
    out: list[Entity] = []
    todo = [(o, 0) for o in _occasion_objects(ctx, k)
            if toks[o].lemma in ctx.lexicon.gatherings or toks[o].lower in ctx.lexicon.gatherings]
    while todo:
        o, depth = todo.pop()
        for q in r.tree.kids(o, "prep"):
            if toks[q].lower in {"in", "at"}:
                out += [e for j in r.tree.kids(q, "pobj") for e in r.entities(j, ("Place",))
                        if e.label.lower() not in ctx.lexicon.regions]
            elif toks[q].lower in {"of", "with"} and depth < 2:
                # "the sidelines of the summit in X", "talks with Y in X"
                todo += [(j, depth + 1) for j in r.tree.kids(q, "pobj")]
    return list(dict.fromkeys(out))


def _occasion_objects(ctx: Context, k: int) -> list[int]:
    """The objects of the prepositions tying clause ``k`` to an occasion ("after talks", "at a
    meeting", "on the sidelines"), the first preposition's last, for a stack to read it first."""
    r = ctx.resolver
    # ("held a meeting on the sidelines in X": the parser may hang the phrase on the meeting held)
    talks = [o for o in r.tree.kids(k, "dobj") if r.toks[o].lemma in _TALKS or r.toks[o].lower in _TALKS]
    preps = [p for h in [k, *talks] for p in r.tree.kids(h, "prep") if r.toks[p].lower in _AT_OCCASION]
    return [o for p in reversed(preps) for o in r.tree.kids(p, "pobj")]


def _occasion(ctx: Context, k: int) -> list[Entity]:
    """The summit a clause happens at: "signed it at a meeting of the council", "met on the
    sidelines of the summit", "spoke during the summit", "on the occasion of the dialogue"."""
    r = ctx.resolver
    toks = r.toks
    out: list[Entity] = []
    todo = [(o, 0) for o in _occasion_objects(ctx, k)]
    while todo:
        o, depth = todo.pop()
        found = r.entities(o, ("Summit",))
        out += found
        if not found and depth < 2:  # "the sidelines of X", "the occasion of X"
            todo += [(j, depth + 1) for q in r.tree.kids(o, "prep") if toks[q].lower == "of"
                     for j in r.tree.kids(q, "pobj")]
    return list(dict.fromkeys(out))


def _signers_abroad(ctx: Context) -> Iterator[Fact]:
    """A person who signs something in a city of another country is visiting it ("Ruiz and Sobral
    signed the treaty. It was signed in Arequipa"), as one who meets there is."""
    facts = ctx.doc.annotations.get("facts", [])
    told = {(f.fields["visitor"], f.fields["destination"]) for f in facts if f.cq == "visit" and f.fields.get("start")}
    undated = {(f.fields["visitor"], f.fields["destination"]) for f in facts if f.cq == "visit" and not f.fields.get("start")}
    # (a signing placed by the dateline, or by the scene a sentence before told, tells no trip of its own)
    datelined, scened = ctx.doc.annotations.get("dateline_signings", set()), ctx.doc.annotations.get("scene_signings", set())
    frames = ctx.doc.annotations.get("frames", [])
    for f in [f for f in facts if f.cq == "signing" and f.fields.get("place") and f.fields.get("signatory")
              and id(f) not in datelined and (f.fields["agreement"], f.fields["place"]) not in scened]:
        person, place = ctx.doc.entities[str(f.fields["signatory"])], ctx.doc.entities[str(f.fields["place"])]
        if person.type != "Person" or place.type != "Place" or (person.key, place.key) in told \
                or (person.key, place.key) in undated and not f.fields.get("date"):
            continue  # (a trip told without its day takes the signing's)
        home = home_of(ctx, person)
        country = ctx.country_of(place)
        country_qid = country.qid if country is not None else ctx.country_qid(place)
        if home is None or country_qid is None or home is country or home.qid == country_qid \
                or at_home(ctx, person, place):
            continue
        told.add((person.key, place.key))
        s = ctx.doc.sentence_index(f.evidence.start)
        if any(m.frame.name == "sign" and m.sentence == s and person in m.roles.get("signatory", [])
               and (ctx.resolver.tree.is_passive(m.trigger.i) or _background(ctx, s, m.trigger.i))
               and _bare_signing(ctx, s, m.trigger.i) for m in frames):
            continue
        # "signed it in X at a meeting of Y": the trip is for the meeting
        purpose = [e for m in frames if m.frame.name == "sign" and m.sentence == s
                   and person in m.roles.get("signatory", []) for e in _occasion(ctx, m.trigger.i)]
        yield make_fact(ctx, "visit", s, f.modality, visitor=person.key, destination=place.key,
                        start=f.fields.get("date"), purpose=purpose[0].key if purpose else None)


def _officer_of_an_organisation(ctx: Context, person: Entity) -> bool:
    return any(f.cq == "office" and f.fields.get("person") == person.key
               and ctx.doc.entities[str(f.fields["of"])].type == "InternationalOrganization"
               for f in ctx.doc.annotations.get("facts", []))


#: Frames telling a trip: a sentence with one of them tells a journey beside its signing.
_TRIP_FRAMES = frozenset({"visit", "travel", "stopover", "guest", "depart", "welcome", "attend", "accompany"})


def _background(ctx: Context, s: int, k: int) -> bool:
    """"the accord that X signed in Lima in 2011", "X, the man who signed it in Lima": a relative
    clause describing a document or a person by a signing long past tells where it was signed, the
    way a passive does, not a journey the story follows; one of the story's own days ("X, who
    signed it in Lima on Monday") still is."""
    t = ctx.resolver.toks[k]
    if t.dep != "relcl" or t.tag not in {"VBD", "VBN"}:
        return False
    published = ctx.doc.article.published
    days = dates_for(ctx, s, t)
    return not days or published is None or (published - days[0].start_date).days > _STORY_DAYS


#: How far back a day may lie and still be the story's own news rather than its background.
_STORY_DAYS = 31


def _bare_signing(ctx: Context, s: int, k: int) -> bool:
    """"The pact was signed in Washington on 5 May by A and B": a passive signing tells where the
    document was signed, a fact about it, not a journey of its signers — unless its sentence tells
    the occasion ("on the margins of the summit") or a trip ("during a visit by A", "A, who had
    flown in for the talks"), as the answer keys do."""
    from kg.extract.nlp import sentence_bounds

    lo, hi = sentence_bounds(ctx.doc, s)
    if any(t.lemma in ctx.lexicon.gatherings or t.lower in ctx.lexicon.gatherings for t in ctx.resolver.toks[lo:hi]):
        return False  # "at the close of a session of the commission", "at a gathering of leaders": an occasion
    return not _occasion(ctx, k) and not any(
        m.sentence == s and m.frame.name in _TRIP_FRAMES and m.trigger.dep not in {"aux", "auxpass"} and any(m.roles.values())
        for m in ctx.doc.annotations.get("frames", []))  # ("was signed": no "was in X"; "now that it is void": no one goes)
