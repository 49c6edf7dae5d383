"""Summits read from their mentions and from frame matches: where, when, which edition, who.

A summit's sentences are those naming it and those whose "the summit" refers to it. Its place is
a phrase on the summit itself or on the verb it is the subject or object of ("held in X",
"hosted the summit in X", "the summit in X"), else a place its name contains; its dates those
of the same clauses. Participants are what FORMAT.md counts: the organisation whose summit it is,
the states and organisations the frames attend, represent and host-event give it (a person's
through the state they serve), states its name contains, and (from :mod:`.travel`) the states
of those who travel to it.
"""
from __future__ import annotations

import re
from typing import Iterator

from kg.extract.context import Context, dates_for
from kg.extract.facts.common import ORDINAL_WORDS, make_fact, modality_at, states_in_name
from kg.extract.facts.travel import event_of, home_of
from kg.extract.frames import Match
from kg.model import Entity, Fact

_PARTICIPATION = frozenset({"attend", "represent", "host-event", "guest"})
_HOLDING = frozenset({"hold", "host", "open", "begin", "start", "convene", "take", "end", "close", "wrap", "conclude",
                      "gather", "meet", "stage", "organise", "organize", "run", "last", "continue", "be"})


def summits(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    published = ctx.doc.article.published
    for summit in [e for e in ctx.doc.entities.values() if e.type == "Summit"]:
        heads = _mention_heads(ctx, summit)
        if not heads:
            continue
        first = min(ctx.resolver.toks[k].sent for k in heads)  # type: ignore[attr-defined]
        location = _location(ctx, summit, heads, matches)
        start, end = _dates(ctx, heads)
        ordinal = _ordinal(ctx, summit, heads)
        participants = _participants(ctx, summit, matches, heads)
        if location is not None:
            participants = [p for p in participants if p is not location]
        mod = _modality(ctx, heads)
        if mod == "asserted" and published and start and start > published:
            mod = "planned"
        yield make_fact(ctx, "summit", first, mod, summit=summit.key, location=location.key if location else None,
                        start=start, end=end, ordinal=ordinal, participants=tuple(e.key for e in participants))


def _mention_heads(ctx: Context, summit: Entity) -> list[int]:
    """Head tokens of the summit's mentions, and of "the summit" phrases that refer to it."""
    r = ctx.resolver  # type: ignore[attr-defined]
    out = []
    for k, f in r.at_token.items():
        if f.entity is summit and (r.toks[k].head == k or r.at_token.get(r.toks[k].head) is not f):
            out.append(k)
    for t in r.toks:
        if t.lemma == "summit" and t.i not in r.at_token and any(
                r.toks[c].lower in {"the", "this", "that"} for c in r.tree.kids(t.i, "det")):
            if r.entities(t.i, ("Summit",)) == [summit]:
                out.append(t.i)
    return sorted(set(out))


def _governors(ctx: Context, k: int) -> list[int]:
    """The summit token and the verb it is subject or object of ("the summit was held ...")."""
    r = ctx.resolver  # type: ignore[attr-defined]
    out = [k]
    t = r.toks[k]
    h = r.tree.head(k)
    if h is not None and t.dep in {"nsubj", "nsubjpass", "dobj"} and r.toks[h].lemma in _HOLDING:
        out.append(h)
    if h is not None and t.dep == "pobj":  # "gathered in X for the summit"
        g = r.tree.head(h)
        if g is not None and r.toks[g].pos in {"VERB"} and r.toks[g].lemma in _HOLDING:
            out.append(g)
    for c in r.tree.kids(k, "acl", "relcl"):
        if r.toks[c].lemma in _HOLDING:
            out.append(c)  # "the summit, held in X from ... to ..."
    return out


def _location(ctx: Context, summit: Entity, heads: list[int], matches: list[Match]) -> Entity | None:
    r = ctx.resolver  # type: ignore[attr-defined]
    found: list[Entity] = []
    for k in heads:
        for g in _governors(ctx, k):
            for p in r.tree.kids(g, "prep"):
                if r.toks[p].lower in {"in", "at"}:
                    for o in r.tree.kids(p, "pobj"):
                        found += [e for e in r.entities(o, ("Place", "State", "Facility", "MilitaryBase"))
                                  if e.label.lower() not in ctx.lexicon.regions]
    for m in matches:
        if m.frame.name == "host-event" and summit in m.roles.get("event", []):
            found += m.roles.get("place", [])
    if not found:  # a place the name contains: "the Astana summit"
        found = [e for e in ctx.doc.entities.values() if e.type == "Place" and e.label.lower() not in ctx.lexicon.regions
                 and re.search(r"(?<!\w)" + re.escape(e.label) + r"(?!\w)", " ".join([summit.label, *summit.aliases]))]
    sites = [e for e in found if e.type in {"Facility", "MilitaryBase"}]
    cities = [e for e in found if e.type == "Place"]
    states = [e for e in found if e.type == "State"]
    # the most specific place named: a city, else a site (a retreat, a base), else a country
    return (cities or sites or states or [None])[0]


def _dates(ctx: Context, heads: list[int]):
    r = ctx.resolver  # type: ignore[attr-defined]
    for k in heads:
        s = r.toks[k].sent
        found = []
        for g in _governors(ctx, k):
            found += [d for d in dates_for(ctx, s, r.toks[g]) if d not in found]
        if found:
            ranged = [d for d in found if d.end_date]
            d = (ranged or found)[0]
            return d.start_date, d.end_date
    return None, None


def _ordinal(ctx: Context, summit: Entity, heads: list[int]) -> int | None:
    for name in [summit.label, *summit.aliases]:
        m = re.search(r"\b(\d+)(?:st|nd|rd|th)\b", name)
        if m:
            return int(m.group(1))
        m = re.search(r"\b(" + "|".join(ORDINAL_WORDS) + r")\b", name, re.I)
        if m:
            return ORDINAL_WORDS[m.group(1).lower()]
    r = ctx.resolver  # type: ignore[attr-defined]
    for k in heads:  # "the SCO summit, the organisation's 24th"
        for a in r.tree.kids(k, "appos"):
            for i in r.tree.subtree(a):
                m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", r.toks[i].lower)
                if m:
                    return int(m.group(1))
    return None


def _participants(ctx: Context, summit: Entity, matches: list[Match], heads: list[int]) -> list[Entity]:
    out: list[Entity] = list(states_in_name(ctx, summit))
    out += _organisations(ctx, summit)
    out += _named_beside(ctx, summit, heads)
    for m in matches:
        if m.frame.name not in _PARTICIPATION or summit not in event_of(ctx, m) or m.negative:
            continue
        if trigger_is_negated(ctx, m):
            continue
        for p in m.roles.get("participant", []):
            if p.type == "Person":
                home = home_of(ctx, p)
                if home is not None:
                    out.append(home)
            else:
                out.append(p)
    return list(dict.fromkeys(out))


_NOT_TAKING_PART = frozenset({"on", "over", "against", "about", "to", "from", "with", "toward", "towards", "into"})


def _named_beside(ctx: Context, summit: Entity, heads: list[int]) -> list[Entity]:
    """States and organisations a sentence naming the summit names as its subject's or its
    clause's actors ("A, B and C met at the summit"; "the summit brought A and B together"):
    those not placed ("in X"), not the topic ("on X", "against X"), not kept away."""
    from kg.extract.facts.common import located, preceded_by

    r = ctx.resolver  # type: ignore[attr-defined]
    out: list[Entity] = []
    for s in sorted({r.toks[k].sent for k in heads}):
        for f in ctx.found(s, "State", "InternationalOrganization"):
            if located(ctx, s, f) or preceded_by(ctx, s, f, set(_NOT_TAKING_PART)):
                continue
            k = next((i for i, g in r.at_token.items() if g is f), None)
            if k is not None and modality_at(ctx, s, (ctx.local(s, f.start), ctx.local(s, f.end))) == "negated":
                continue
            out.append(f.entity)
    return out


def trigger_is_negated(ctx: Context, m: Match) -> bool:
    s = m.sentence
    return modality_at(ctx, s, (ctx.local(s, m.trigger.start), ctx.local(s, m.trigger.end))) == "negated"


def _organisations(ctx: Context, summit: Entity) -> list[Entity]:
    """The organisation whose summit it is: named in its label or complement ("BRICS summit",
    "summit of the Shanghai Cooperation Organisation")."""
    names = " ".join([summit.label, *summit.aliases])
    return [e for e in ctx.doc.entities.values() if e.type == "InternationalOrganization"
            and any(len(n) > 1 and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", names) for n in [e.label, *e.aliases])]


def _modality(ctx: Context, heads: list[int]) -> str:
    from kg.extract.modality import is_planned_event_phrase

    r = ctx.resolver  # type: ignore[attr-defined]
    for k in heads:
        t = r.toks[k]
        s = t.sent
        lo, hi = ctx.local(s, t.start), ctx.local(s, t.end)
        if is_planned_event_phrase(ctx.sentence(s), lo, hi):
            return "planned"
        for g in _governors(ctx, k)[1:]:
            u = r.toks[g]
            mod = modality_at(ctx, s, (ctx.local(s, u.start), ctx.local(s, u.end)))
            if mod != "asserted":
                return mod
        if any(r.toks[c].dep == "poss" and any(r.toks[i].lower in {"next", "coming"} for i in r.tree.subtree(c))
               for c in r.tree.children[k]):
            return "planned"  # "next year's summit"
    return "asserted"
