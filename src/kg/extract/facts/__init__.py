"""Facts: the frame matches of a document turned into answers to the competency questions.

Offices are read first (from titles beside names); then every frame in ``data/frames.yaml`` is
matched once (:func:`kg.extract.frames.match_frames`), its roles resolved with
:class:`kg.extract.reference.Resolver` (which reads the offices: "the Indian prime minister"),
and each builder turns the matches of its kind into facts. Builders run in order: later ones
read the facts earlier ones found (signatories become parties, visits give summit participants).
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterator

from kg.extract.context import Context
from kg.extract.entry_days import date_entry_trips
from kg.extract.facts import (
    access,
    accession_ratifiers,
    acting_sites,
    dated_texts,
    events,
    follow_suit,
    founding_members,
    meeting_sides,
    member_acts,
    members,
    pair_parties,
    partner_agreements,
    permits,
    presence,
    ratifications,
    ratified_together,
    ratifying_sides,
    roles,
    signing_events,
    summit_identity,
    summit_members,
    summit_organs,
    summit_series,
    summit_signings,
    summit_status,
    summit_trips,
    travel,
    treaties,
    trip_companions,
    trip_hosts,
    trip_origins,
    trip_references,
    trip_scenes,
    vote_days,
    witnessed,
)
from kg.extract.facts.described_chambers import described_legislatures
from kg.extract.frames import Match, load_frames, match_frames
from kg.extract.reference import Resolver
from kg.extract.state_groups import drop_unused
from kg.layout import is_lede
from kg.model import ENTITY_FIELDS, Fact

_log = logging.getLogger(__name__)

Finder = Callable[[Context], Iterator[Fact]]
Builder = Callable[[Context, list[Match]], Iterator[Fact]]

#: In order: later builders read the facts earlier ones found (signatories become parties, visits
#: give summit participants, access under an agreement names its parties).
BUILDERS: dict[str, Builder] = {
    "member": members.members,
    "ratification": ratifications.ratifications,
    "ratification days told beside": vote_days.days_told_beside,
    "agreements ratified alongside": ratified_together.ratified_alongside,
    "signing": treaties.signings,
    "followed suit": follow_suit.followed_suit,
    "parties": treaties.parties,
    "parties before witnesses": witnessed.witnessed_parties,
    "parties of a story's pair": lambda ctx, matches: pair_parties.pair_parties(ctx),
    "members by their founding text": lambda ctx, matches: founding_members.members_by_founding_text(ctx),
    "members by accession votes": lambda ctx, matches: accession_ratifiers.members_by_accession_votes(ctx),
    "members by what only members do": lambda ctx, matches: member_acts.members_by_acts(ctx),
    "visit": travel.visits,
    "presence abroad": presence.presence_abroad,
    "sides of a meeting": lambda ctx, matches: meeting_sides.meeting_sides(ctx),
    "trips told again": lambda ctx, matches: trip_references.trips_told_again(ctx),
    "trips awaited by their host": trip_hosts.awaited_trips,
    "stops come from": trip_origins.stops_before,
    "trips of companions": trip_companions.companion_trips,
    "summit": lambda ctx, matches: summit_status.not_hoped(ctx, events.summits(ctx)),
    "one summit per event": lambda ctx, matches: summit_identity.merge_summits(ctx),
    "owners of editions": lambda ctx, matches: summit_series.owners_of_editions(ctx),
    "members at their summits": lambda ctx, matches: summit_members.members_at_summits(ctx),
    "signatories at summits": lambda ctx, matches: summit_signings.signatories_at_summits(ctx),
    "visit for a summit": lambda ctx, matches: summit_trips.visits_to_summits(ctx),
    "signings at the day's event": lambda ctx, matches: signing_events.place_at_events(ctx),
    "signings on the day their text bears": lambda ctx, matches: dated_texts.date_from_the_text(ctx),
    "access": access.access,
    "parties of access": treaties.access_parties,
    "permits": permits.permits,
    "summit names a headline gives": lambda ctx, matches: summit_identity.headline_names(ctx),
    "institutions beside their organisation": lambda ctx, matches: summit_organs.institutions_beside(ctx),
}


def find_facts(ctx: Context) -> list[Fact]:
    """Offices, then every frame, then each builder in turn; duplicates keep their first
    evidence, and a fact that another of the same kind and modality says more about (same fields
    plus others) is dropped."""
    seen: dict[tuple, Fact] = {}
    ctx.doc.annotations["facts"] = found = []

    def keep(facts) -> None:
        for fact in facts:
            if fact.cq in _ASKABLE and _asked(fact.evidence.sentence):
                continue  # "Will X sign the pact?": a question states nothing
            if fact.key() not in seen:
                seen[fact.key()] = fact
                found.append(fact)

    described_legislatures(ctx)  # before any fact names the description it may remove
    keep(roles.offices(ctx))
    lexicon = load_frames()
    resolver = Resolver(ctx, lexicon)
    # (an office read only from "A's X" among titled peers names no one a later "the Hungarian
    # president" means: news titles whom it goes on to call by office)
    untitled = ctx.doc.annotations.get("untitled_holders", set())
    resolver.set_offices([(f.fields["person"], str(f.fields["office"]), f.fields["of"]) for f in found
                          if f.cq == "office" and f.fields["person"] not in untitled])
    ctx.resolver = resolver
    matches = match_frames(ctx, lexicon, resolver)
    ctx.doc.annotations["frames"] = matches
    for builder in BUILDERS.values():
        keep(builder(ctx, matches))
    date_entry_trips(ctx, found)  # a live blog's entry tells its day's arrivals, whichever builder read them
    dropped = {id(f) for f in ctx.doc.annotations.get("dropped", [])}
    facts = [f for f in seen.values() if id(f) not in dropped]
    kinds: dict[tuple, list[Fact]] = {}  # only a fact of the same question and modality subsumes another
    for f in facts:
        kinds.setdefault((f.cq, f.modality), []).append(f)
    facts = [f for f in facts if not any(g is not f and _subsumes(g, f) for g in kinds[(f.cq, f.modality)])]
    facts = [f for f in facts if not _a_country_its_city_narrows(ctx, f, facts)]
    facts = trip_scenes.to_the_scene(ctx, facts)
    facts = trip_scenes.to_the_one_city(ctx, facts)
    facts = partner_agreements.one_per_partner(ctx, facts)
    facts = ratifying_sides.other_side(ctx, facts)  # a bare chamber voting on the pact "with" its namesake's state
    trips = [f for f in facts if f.cq == "visit" and f.fields.get("end")]
    facts = [f for f in facts if not _a_day_of_a_longer_trip(f, [g for g in trips if g.modality == f.modality])]
    facts = _headline_yields_to_body(ctx, facts)
    _identify_unnamed(ctx, facts)
    facts = acting_sites.sites_that_act(ctx, facts)  # "the Kremlin said": the body, not the building
    facts = [f for f in facts if not (f.cq == "summit" and (_several(ctx, f.fields.get("summit")) or _unplaced_next(ctx, f)))]
    facts = [f for f in facts if not (f.cq == "visit" and f.modality != "negated" and _held_afar(ctx, f.fields.get("purpose")))]
    drop_unused(ctx.doc, facts)  # a group's states no fact kept
    return _naming_known_entities(ctx, facts)


def _several(ctx: Context, key: object) -> bool:
    """Is this a series of gatherings told by a plural ("the yearly gatherings of its heads of government"), no one summit?"""
    ent = ctx.doc.entities.get(key) if isinstance(key, str) else None
    return ent is not None and bool(ent.attributes.get("several"))


def _held_afar(ctx: Context, key: object) -> bool:
    """Is the trip's occasion one held by a link ("a virtual summit", "an online meeting of leaders")?
    Who takes part in it does so from wherever they are: no trip to where its host sits (one called off
    stays told: "scrapped her trip, and the summit was held by video link")."""
    ent = ctx.doc.entities.get(key) if isinstance(key, str) else None
    return ent is not None and bool(ctx.lexicon.remote_words & set(ent.label.lower().split()))


#: Words that put a summit after the one in view: "the next summit", "the following meeting".
_AHEAD = frozenset({"next", "following", "upcoming"})


def _unplaced_next(ctx: Context, f: Fact) -> bool:
    """Is this only the series' next edition, told with no place ("details of the next X summit will follow")?
    A later edition becomes an event once a host is named; until then it is talk of the series."""
    key = f.fields.get("summit")
    ent = ctx.doc.entities.get(key) if isinstance(key, str) else None
    return ent is not None and not f.fields.get("location") and f.modality != "negated" and bool(
        _AHEAD & set(ent.label.lower().split()))


def _naming_known_entities(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """The facts whose every entity the document still holds. One that names an entity a later
    step merged away is a defect of that step: logged and left out, so the graph stays whole."""
    out = []
    for fact in facts:
        values = [v for name, value in fact.fields.items() if name in ENTITY_FIELDS
                  for v in (value if isinstance(value, tuple) else (value,)) if isinstance(v, str)]
        missing = [v for v in values if v not in ctx.doc.entities]
        if missing:
            _log.warning("%s: a %s fact names entities the document no longer holds (%s); left out",
                         ctx.doc.article.id, fact.cq, ", ".join(missing))
            continue
        out.append(fact)
    return out


#: The kinds a question only asks about ("Will X visit Y?", "Did A ever ratify it?"); a summit, an
#: office or a membership a question names is still one (the question is about something else).
_ASKABLE = frozenset({"parties", "ratification", "signing", "visit", "access", "permits"})
#: A question mark ending the sentence or a quotation ("'Why sign it?' asked X").
_QUESTION_END = re.compile(r"\?(?:[\s)]*$|\s*[\"”’])")


def _asked(sentence: str) -> bool:
    """Is the sentence a direct question, or does it quote one ("'Will we sign?' he asked")?"""
    return bool(_QUESTION_END.search(sentence))


def _identify_unnamed(ctx: Context, facts: list[Fact]) -> None:
    """An unnamed entity is known by what the article says of it, not by its description alone:
    an agreement by its parties, a summit by its place and organisation, a base by its country
    (``Entity.attributes["context"]``, read when its IRI is minted), so that two articles'
    "defence cooperation agreement"s between different states stay two entities."""
    def name(key: str) -> str:
        e = ctx.doc.entities[key]
        return e.qid or e.label

    for ent in ctx.doc.entities.values():
        if ent.type == "Legislature" and not ent.qid and not ent.attributes.get("unnamed"):
            # an unlinked legislature's name may be many states' ("National Assembly"): known by its state
            country = ctx.country_of(ent)
            if country is not None:
                ent.attributes["context"] = (country.qid or country.label,)
            continue
        if not ent.attributes.get("unnamed"):
            continue
        context: set[str] = set()
        for f in facts:
            if ent.type == "Agreement" and f.cq == "parties" and f.fields.get("agreement") == ent.key:
                context.add(name(str(f.fields["party"])))
            elif ent.type == "Summit" and f.cq == "summit" and f.fields.get("summit") == ent.key:
                context |= {name(str(f.fields[k])) for k in ("location",) if f.fields.get(k)}
                context |= {str(f.fields[k]) for k in ("start", "ordinal") if f.fields.get(k)}
        if ent.type in {"MilitaryBase", "Facility"}:
            country = ctx.country_of(ent)
            if country is not None:
                context.add(country.qid or country.label)
        ent.attributes["context"] = tuple(sorted(context))


def _a_country_its_city_narrows(ctx: Context, f: Fact, facts: list[Fact]) -> bool:
    """"On his first visit to Greece, X met Y in Athens": one trip, told in one sentence, to the
    most specific place (FORMAT.md) — the country's visit gives way to its city's. So does one told
    apart with nothing of its own ("landed in Seoul ... During his trip to South Korea"): no date,
    where the article has the traveller's trip to one of its cities. A country visit with dates of
    its own is the whole of a tour, kept beside its stops; one of a single day, the day of its city's
    trip, is that trip ("paid her first trip to the nation on Friday ... signed it in X on Friday").
    A trip called off gives way to its city's called off, no other."""
    if f.cq != "visit" or ctx.doc.entities[str(f.fields["destination"])].type != "State":
        return False
    s = ctx.doc.sentence_index(f.evidence.start)
    country = ctx.doc.entities[str(f.fields["destination"])]
    bare = not f.fields.get("start")
    day = f.fields.get("start") if not f.fields.get("end") else None
    cities = {g.fields["destination"] for g in facts if g.cq == "visit" and g.fields["visitor"] == f.fields["visitor"]
              and ctx.doc.entities[str(g.fields["destination"])].type != "State"
              and ctx.country_of(ctx.doc.entities[str(g.fields["destination"])]) is country}
    day = day if len(cities) == 1 else None  # (a trip to two of its cities is a tour of the country)
    return any(g.cq == "visit" and g is not f and g.fields["visitor"] == f.fields["visitor"]
               and (g.modality == f.modality and (ctx.doc.sentence_index(g.evidence.start) == s or day is not None
                                                  and g.fields.get("start") == day and not g.fields.get("end"))
                    and ctx.doc.entities[str(g.fields["destination"])].type != "State"  # (a country is no city of itself)
                    # (a trip called off gives way only to its city's trip called off: "cancelled his
                    # trip to Peru ... was to have arrived in Lima on Monday")
                    or bare and (g.modality == "negated") == (f.modality == "negated"))
               and ctx.country_of(ctx.doc.entities[str(g.fields["destination"])]) is country for g in facts)


def _a_day_of_a_longer_trip(f: Fact, trips: list[Fact]) -> bool:
    """"X was welcomed in Lima on Thursday ... X arrived in Lima on Wednesday for a two-day visit":
    a day told of a trip lies within the trip's days, to the same place, and is that trip (one fact
    per trip, FORMAT.md), unless it says something the trip does not (a purpose of its own)."""
    day = f.fields.get("start")
    if f.cq != "visit" or not isinstance(day, dt.date) or f.fields.get("end"):
        return False
    return any(g is not f and g.fields["visitor"] == f.fields["visitor"]
               and g.fields["destination"] == f.fields["destination"]
               and isinstance(a := g.fields.get("start"), dt.date) and isinstance(b := g.fields.get("end"), dt.date)
               and a <= day <= b and f.fields.get("purpose") in (None, g.fields.get("purpose")) for g in trips)


def _headline_yields_to_body(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A headline compresses its tenses ("X to visit Y", "Y's ports open to X", "X can use Y's
    bases"): a fact a headline line tells that the story tells again, with as much or more, under
    another modality is the story's, whatever the headline's words made of it; only a denial, "X
    skips the summit", is said on purpose in a headline and stands."""
    lines = {ctx.doc.sentence_index(f.evidence.start) for f in facts}
    titles = {s for s in lines if _title_line(ctx, s)}
    if not titles:
        return facts
    body = [g for g in facts if ctx.doc.sentence_index(g.evidence.start) not in titles]

    def retold(f: Fact) -> bool:
        return f.modality != "negated" and ctx.doc.sentence_index(f.evidence.start) in titles and any(
            g.cq == f.cq and g.modality != f.modality and all(g.fields.get(k) == v for k, v in f.fields.items())
            for g in body)
    return [f for f in facts if not retold(f)]


_FULL_STOP = re.compile(r"(?<![.A-Z])\.[\"'”’)]*\s*$")


def _title_line(ctx: Context, s: int) -> bool:
    """Is sentence ``s`` a line of its own that reads as a headline, not as a sentence of a story?"""
    text, sent = ctx.doc.article.text, ctx.doc.sentences[s]
    after = text.find("\n", sent.end)
    whole = not text[text.rfind("\n", 0, sent.start) + 1:sent.start].strip() \
        and not text[sent.end:after if after >= 0 else len(text)].strip()
    # a line closed by a full stop is the story's, however many names it capitalises ("Peru's
    # Congress is expected to ratify the Andes Border Pact on Friday."): headlines carry none
    return whole and not is_lede(ctx.sentence(s)) and not _FULL_STOP.search(ctx.sentence(s))


def _subsumes(general: Fact, specific: Fact) -> bool:
    """True when ``general`` states everything ``specific`` does and more."""
    if general.cq != specific.cq or general.modality != specific.modality or general.cq == "summit":
        return False
    if len(general.fields) <= len(specific.fields):
        return False
    return all(general.fields.get(k) == v for k, v in specific.fields.items())


__all__ = ["BUILDERS", "Finder", "find_facts"]
