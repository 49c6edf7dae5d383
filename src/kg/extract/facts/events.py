"""Facts about events: summits (where, when, which edition, who takes part) and visits."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from kg.extract.context import Context, Found
from kg.extract.facts.common import (
    ORDINAL_WORDS,
    located,
    make_fact,
    modality_at,
    most_named,
    preceded_by,
    states_in_name,
)
from kg.extract.modality import is_planned_event_phrase
from kg.model import Entity, Fact


def _summit_sentences(ctx: Context, summit: Entity) -> list[int]:
    """Sentences naming the summit, or speaking of "a/the summit" that means it: the named
    summit sharing a word with the sentence, else the one named last before it, else the first."""
    summits = [e for e in ctx.doc.entities.values() if e.type == "Summit"]
    named = {m.sentence for m in ctx.doc.mentions if m.entity == summit.key}
    out = set(named)
    first_named = {e.key: min((m.sentence for m in ctx.doc.mentions if m.entity == e.key), default=0) for e in summits}
    for s in range(len(ctx.doc.sentences)):
        if s in named or ctx.found(s, "Summit") or not re.search(r"\bsummit\b", ctx.sentence(s), re.IGNORECASE):
            continue
        words = set(re.findall(r"[A-Z][a-z]{3,}", ctx.sentence(s)))
        sharing = [e for e in summits if words & set(re.findall(r"[A-Z][a-z]{3,}", e.label))]
        before = [e for e in summits if first_named[e.key] <= s]
        means = (sharing[0] if len(sharing) == 1 else
                 max(before, key=lambda e: first_named[e.key]) if before else
                 min(summits, key=lambda e: first_named[e.key]))
        if means is summit:
            out.add(s)
    return sorted(out)


_DURATION = re.compile(r"\b(two|three|four|five|2|3|4|5)-day\s+(?:\w+\s+)?summit", re.IGNORECASE)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
_APPOSITIVE_ORDINAL = re.compile(r"summit,\s+(?:the\s+)?[\w\u2019']+\s+(\d+)(?:st|nd|rd|th)\b", re.IGNORECASE)


def summits(ctx: Context) -> Iterator[Fact]:
    published = ctx.doc.article.published
    for summit in [e for e in ctx.doc.entities.values() if e.type == "Summit"]:
        sentences = _summit_sentences(ctx, summit)
        ordinal = _ordinal(summit.label)
        location = start = end = None
        participants: list[Entity] = list(states_in_name(ctx, summit))
        host_orgs = _summit_orgs(ctx, summit, sentences)
        participants += _org_members(ctx, host_orgs)
        planned = False
        named = {m.sentence for m in ctx.doc.mentions if m.entity == summit.key}
        # where: "held in X" after the summit's own name first, then any "in X" near it
        for s in sorted(sentences, key=lambda i: i not in named):
            mention = next((f for f in ctx.found(s) if f.entity is summit), None)
            places = [f for f in ctx.found(s, "Place") if located(ctx, s, f)
                      and f.entity.label.lower() not in ctx.lexicon.regions]
            if mention is not None:
                places.sort(key=lambda f: (f.start < mention.start, abs(f.start - mention.end)))
            if location is None and places:
                location = places[0].entity
        for s in sentences:
            text = ctx.sentence(s)
            if ordinal is None and (m := _APPOSITIVE_ORDINAL.search(text)):
                ordinal = int(m.group(1))
            dates = ctx.dates_in(s)
            mention_at = next((f.start for f in ctx.found(s) if f.entity is summit), None)
            # a range ("from November 22 to 23") first, then the date nearest after the name
            dates = sorted(dates, key=lambda d: (d.end_date is None, d.start < (mention_at or 0), abs(d.start - (mention_at or 0))))
            if dates and start is None:
                start = dates[0].start_date
                end = dates[0].end_date or (dates[-1].start_date if len(dates) > 1 and dates[-1].start_date > start else None)
                span = _DURATION.search(text)
                if span and end is None:
                    days = int(_NUMBERS.get(span.group(1).lower(), span.group(1))) - 1
                    if re.search(r"\b(wrapped up|ended|closed|concluded|ends|closes)\b", text, re.IGNORECASE):
                        start, end = start - dt.timedelta(days=days), start
                    else:
                        end = start + dt.timedelta(days=days)
            if any(published and d.start_date > published for d in ctx.dates_in(s, "month") + dates):
                planned = True
            for f in ctx.found(s, "Summit"):
                if f.entity is summit and is_planned_event_phrase(text, ctx.local(s, f.start), ctx.local(s, f.end)):
                    planned = True
            if re.search(r"\b(will|to) (host|be held|convene|take place)\b", text) and summit in ctx.unique(ctx.found(s, "Summit")):
                planned = True
            for f in ctx.found(s, "State", "InternationalOrganization"):
                if not located(ctx, s, f) and not preceded_by(ctx, s, f, {"on", "over", "against", "about", "to"}) \
                        and f.entity not in host_orgs and not _kept_away(ctx, s, f):
                    participants.append(f.entity)
        for fact in ctx.doc.annotations.get("facts", []):
            if fact.cq == "visit" and fact.fields.get("purpose") == summit.key:
                participants += _represented(ctx, fact.fields["visitor"])
                if location is None and ctx.doc.entities[fact.fields["destination"]].type == "Place":
                    location = ctx.doc.entities[fact.fields["destination"]]
        if location is None:
            for e in ctx.doc.entities.values():
                if e.type == "Place" and re.search(r"(?<!\w)" + re.escape(e.label) + r"(?!\w)", summit.label):
                    location = e
        if location is not None:
            participants = [p for p in participants if p is not location]
        if published and start and start > published:
            planned = True
        yield make_fact(ctx, "summit", sentences[0] if sentences else 0, "planned" if planned else "asserted",
                    summit=summit.key, location=location.key if location else None, start=start, end=end,
                    ordinal=ordinal, participants=tuple(e.key for e in dict.fromkeys(participants)))


def _summit_orgs(ctx: Context, summit: Entity, sentences: list[int]) -> list[Entity]:
    """The organisation a summit belongs to: named in its label ("BRICS summit"), or the one
    organisation its own sentences name ("The Tianjin summit, the SCO's 25th")."""
    orgs = [e for e in ctx.doc.entities.values() if e.type == "InternationalOrganization"]
    in_label = [e for e in orgs if any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", summit.label)
                                       for n in [e.label, *e.aliases] if len(n) > 1)]
    if in_label:
        return in_label
    named = {m.sentence for m in ctx.doc.mentions if m.entity == summit.key}
    near = ctx.unique([f for s in sentences if s in named for f in ctx.found(s, "InternationalOrganization")])
    return near[:1] if len(near) == 1 else []


_AWAY = re.compile(r"\b(?:stays?|stayed|keeps?|kept)\s+away\b|\b(?:suspended|barred|excluded|banned)\b", re.IGNORECASE)


def _kept_away(ctx: Context, s: int, f: Found) -> bool:
    """"X stays away", "suspended X's participation", "X has not been invited": no participant."""
    start, end = ctx.local(s, f.start), ctx.local(s, f.end)
    text = ctx.sentence(s)
    if _AWAY.search(text[max(0, start - 30):start]) or _AWAY.search(text[end:end + 25]):
        return True
    return modality_at(ctx, s, (start, end)) == "negated"


def _org_members(ctx: Context, orgs: list[Entity]) -> list[Entity]:
    """Members of those organisations, as the article lists them."""
    out = []
    for fact in ctx.doc.annotations.get("facts", []):
        if fact.cq == "member" and fact.modality == "asserted" and any(fact.fields.get("organization") == o.key for o in orgs):
            out.append(ctx.doc.entities[fact.fields["member"]])
    return out


def _represented(ctx: Context, person_key: str) -> list[Entity]:
    """The states or organisations a person holds office for (from the office facts)."""
    return [ctx.doc.entities[f.fields["of"]] for f in ctx.doc.annotations.get("facts", [])
            if f.cq == "office" and f.fields.get("person") == person_key
            and ctx.doc.entities[f.fields["of"]].type in {"State", "InternationalOrganization"}]


def _ordinal(label: str) -> int | None:
    m = re.search(r"\b(\d+)(st|nd|rd|th)\b", label)
    if m:
        return int(m.group(1))
    m = re.search(r"\b(" + "|".join(ORDINAL_WORDS) + r")\b", label, re.IGNORECASE)
    return ORDINAL_WORDS[m.group(1).lower()] if m else None






def _event_date(ctx: Context, s: int) -> dt.date | None:
    """The date of another event this sentence reports ("signed ... on the first day of a visit")."""
    for fact in ctx.doc.annotations.get("facts", []):
        if fact.evidence.start == ctx.doc.sentences[s].start and isinstance(fact.fields.get("date"), dt.date):
            return fact.fields["date"]
    return None


def _home(ctx: Context, person: Entity) -> Entity | None:
    return ctx.doc.annotations.get("office_state", {}).get(person.key) or ctx.country_of(person)


def _at_home(ctx: Context, person: Entity, place: Entity) -> bool:
    """A leader in their own country's capital is not visiting it."""
    home = _home(ctx, person)
    return home is not None and (place is home or ctx.country_of(place) is home)


def _summit_by_sentence(ctx: Context) -> dict[int, Entity]:
    out: dict[int, Entity] = {}
    for summit in [e for e in ctx.doc.entities.values() if e.type == "Summit"]:
        for s in _summit_sentences(ctx, summit):
            out.setdefault(s, summit)
    return out


def visits_to_summits(ctx: Context) -> Iterator[Fact]:
    """A visit for a summit goes where the summit is held; a visit to where (or to the country
    where) the article's summit is held is for that summit."""
    facts = ctx.doc.annotations.get("facts", [])
    location = {f.fields["summit"]: f.fields.get("location") for f in facts if f.cq == "summit"}
    ahead = {f.fields["summit"] for f in facts if f.cq == "summit" and f.modality == "planned"}
    published = ctx.doc.article.published

    def still_ahead(fields: dict) -> bool:
        """A visit for a summit still ahead, with no date of its own in the past, is ahead too."""
        start = fields.get("start")
        return fields.get("purpose") in ahead and (start is None or bool(published and start > published))

    for f in facts:
        if f.cq == "visit" and f.modality == "asserted" and still_ahead(f.fields):
            f.modality = "planned"
    summit_facts = {f.fields["summit"]: f for f in facts if f.cq == "summit"}
    for f in list(facts):  # the visitor's state or organisation takes part in the summit it came for
        purpose = f.fields.get("purpose") if f.cq == "visit" else None
        if purpose in summit_facts and f.modality != "negated":
            joined = tuple(e.key for e in _represented(ctx, str(f.fields["visitor"])))
            target = summit_facts[purpose]
            target.fields["participants"] = tuple(dict.fromkeys((*target.fields.get("participants", ()), *joined)))
    for s, mod, fields in ctx.doc.annotations.get("pending_visits", []):
        mod = "planned" if mod == "asserted" and still_ahead(fields) else mod
        where = location.get(fields["purpose"])
        if where and not _at_home(ctx, ctx.doc.entities[fields["visitor"]], ctx.doc.entities[where]):
            yield make_fact(ctx, "visit", s, mod, destination=where, **fields)
    main = most_named(ctx, "Summit")
    where = location.get(main.key) if main else None
    if where is None or main is None:
        return
    country = ctx.country_of(ctx.doc.entities[where])
    summit = next((f for f in facts if f.cq == "summit" and f.fields.get("summit") == main.key), None)
    for f in list(facts):
        if f.cq == "visit" and "purpose" not in f.fields and f.fields["destination"] in {where, country.key if country else None}:
            s = ctx.doc.sentence_index(f.evidence.start)
            yield make_fact(ctx, "visit", s, f.modality, **{**f.fields, "purpose": main.key})
            if summit is not None and f.modality != "negated":
                # the visitor's state or organisation takes part in the summit it came for
                joined = tuple(e.key for e in _represented(ctx, f.fields["visitor"]))
                summit.fields["participants"] = tuple(dict.fromkeys(
                    (*summit.fields.get("participants", ()), *joined)))
