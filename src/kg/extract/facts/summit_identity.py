"""One summit per real event, however the article names it.

"The Islamabad summit", "the ECO summit" and "a regional economic summit in Pakistan" may be one
gathering told three ways. Once each summit has its place, dates, edition and organisation
(:mod:`kg.extract.facts.events`), two summits of one article are one event when something ties
them (the same place, or a place one's name carries and the other is held in, or the same
organisation) and nothing tells them apart (another place, day, edition or organisation, an
edition word such as "next" or a year in a name, a different modality). The one named most keeps
its label; the other's names become its aliases, its mentions and facts its own. A summit told
only through its owner ("the bloc's 48th summit") takes its organisation's name.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.special_mentions import initials
from kg.extract.summit_editions import rank_of
from kg.model import Entity, Fact

#: Words in a summit's name that make it one edition among others.
EDITION = re.compile(r"\b(next|last|previous|following|preceding|upcoming|year's|(?:1[89]|20)\d\d)\b", re.IGNORECASE)


def merge_summits(ctx: Context) -> Iterator[Fact]:
    """Merge the summit facts (and entities) that tell one event; yields nothing."""
    facts = ctx.doc.annotations.get("facts", [])
    summits = [f for f in facts if f.cq == "summit"]
    counts: dict[str, int] = {}
    for m in ctx.doc.mentions:
        if m.entity:
            counts[m.entity] = counts.get(m.entity, 0) + 1
    merged = True
    while merged:
        merged = False
        for a in summits:
            for b in summits:
                if a is b or not _one_event(ctx, a, b):
                    continue
                keep, gone = sorted((a, b), key=lambda f: -counts.get(str(f.fields["summit"]), 0))
                _absorb(ctx, keep, gone)
                summits.remove(gone)
                merged = True
                break
            if merged:
                break
    yield from ()


def headline_names(ctx: Context) -> Iterator[Fact]:
    """"Leaders hold 30th X Summit in Y" above "the 30th session of the Summit of Heads of State of
    X": a summit the headline names is a name of the one summit of the body whose words it says
    (with its rank; a name with no rank only of a summit with none), an alias of that summit; yields nothing. Read last,
    a name only: no builder reads from it who takes part or sits in the body."""
    summits = [f for f in ctx.doc.annotations.get("facts", []) if f.cq == "summit"]
    bodies = _bodies(ctx)
    for name in sorted(ctx.doc.annotations.get("headline_summit_names", ())):
        told = Entity(key="", type="Summit", label=name)
        rank = rank_of(name)
        fits = []
        for f in summits:
            e = ctx.doc.entities[str(f.fields["summit"])]
            names = [Entity(key="", type="Summit", label=n) for n in (e.label, *e.aliases)]
            ranks = {f.fields.get("ordinal"), *(rank_of(n.label) for n in names)} - {None}
            # (the article's one summit, told by no one's name, "the summit in Y", is the one it names)
            bare = len(summits) == 1 and not any(_whose(bodies, n) for n in names)
            # a name with no rank names the series, never one ranked edition of it ("BRICS summit" above
            # the 15th): as an alias it would join every edition across articles
            if (bare or any(_one_series(bodies, told, n) for n in names)) and ranks <= ({rank} if rank else set()):
                fits.append(f)
        if len(fits) == 1 and not EDITION.search(name):
            summit = ctx.doc.entities[str(fits[0].fields["summit"])]
            if name != summit.label:
                summit.aliases.add(name)
    yield from ()


def _one_event(ctx: Context, a: Fact, b: Fact) -> bool:
    ea, eb = ctx.doc.entities[str(a.fields["summit"])], ctx.doc.entities[str(b.fields["summit"])]
    if EDITION.search(ea.label) or EDITION.search(eb.label):
        return False
    if _on_the_sidelines(ctx, ea, eb) or _on_the_sidelines(ctx, eb, ea):
        return False  # "held their first summit on the sidelines of the X meeting": two gatherings
    if _of_ministers(ea) != _of_ministers(eb):
        return False  # "the bloc's trade ministers' talks" and its leaders' summit: two gatherings
    # a summit told no day of its own (or only the day its guests come) says nothing of when it is
    # held or whether it is still to come: "arrived on Friday for the 39th summit" and "the AU
    # summit opens on Saturday" may be one gathering
    both_dated = _dated(ctx, a) and _dated(ctx, b)
    # days told apart only where they do not overlap: "the three-day summit from Sunday" and "the
    # 49th meeting opens on Tuesday" are one gathering; a tense told of one day of a gathering told
    # whole ("leaders will meet on Monday") yields to the gathering's own
    if both_dated and not _overlap(a, b):
        return False
    if a.modality != b.modality and both_dated and _spanning(a, b) is None:
        return False
    if a.fields.get("ordinal") and b.fields.get("ordinal") and a.fields["ordinal"] != b.fields["ordinal"]:
        return False
    orgs_a, orgs_b = _orgs(ctx, a), _orgs(ctx, b)
    if orgs_a and orgs_b and not orgs_a & orgs_b:
        return False
    la, lb = _place(ctx, a), _place(ctx, b)
    if la is not None and lb is not None:
        return _within(ctx, la, lb) or _within(ctx, lb, la)
    # one has no place: tied by a place its name carries where the other is held ("the Islamabad
    # summit", "a summit in Pakistan"), or by the same organisation
    named_at = (lb is not None and _named_around(ctx, ea, lb)) or (la is not None and _named_around(ctx, eb, la))
    # or by the same day: two names for what opens on one day ("the island summit", "a second summit
    # of the forum's leaders on Monday") are one gathering
    same_day = both_dated and _overlap(a, b)
    return named_at or bool(orgs_a & orgs_b) or same_day or _one_series(_bodies(ctx), ea, eb)


#: Words of a summit's name that say how, how often or who of a state meets, not whose gathering it is.
_NOT_WHOSE = frozenset({"summit", "summits", "meeting", "the", "of", "for", "a", "an", "and", "leaders", "leaders'",
                        "leaders’", "heads", "head", "state", "government", "annual", "ordinary", "regular", "session"})
#: Words that make a gathering one of ministers or officials, never the leaders' own.
_NOT_LEADERS = frozenset({"minister", "ministers", "ministers'", "ministers’", "ministerial", "foreign", "finance",
                          "defence", "defense", "officials", "senior", "sherpa", "sherpas", "business", "youth"})


def _of_ministers(summit: Entity) -> bool:
    """Is the summit, by every name it goes by, a gathering of ministers or officials ("the foreign
    ministers' meeting"), not of leaders?"""
    names = [summit.label, *summit.aliases]
    return all(set(re.findall(r"[\w'’]+", n.lower())) & _NOT_LEADERS for n in names)


def _bodies(ctx: Context) -> dict[str, str]:
    """Every name of each organisation the article tells, its own and the gazetteer's, to the
    organisation's key: a summit's name names its body by any of them ("the EAC summit", "the
    Ordinary Summit of the East African Community"). Built once per set of organisations."""
    orgs = tuple(sorted(e.key for e in ctx.doc.entities.values() if e.type == "InternationalOrganization"))
    cached = ctx.doc.annotations.get("summit_body_names")
    if cached is not None and cached[0] == orgs:
        return cached[1]
    names: dict[str, str] = {}
    # a linked body's names first: a name the article also gives an unlinked body of its own
    # ("the Cooperation Council") is the linked body's short name
    for key in sorted(orgs, key=lambda k: not ctx.doc.entities[k].qid):
        e = ctx.doc.entities[key]
        entry = ctx.gazetteer.get(e.qid) if e.qid and ctx.gazetteer is not None else None
        # and its initials, which news writes for a body's name ("EAC" for "East African Community")
        for name in (e.label, *e.aliases, *(entry.aliases if entry is not None else ()), *initials(e.label)):
            if len(name) > 1:
                names.setdefault(name.lower(), "@" + key)
        # and the head of its name, two words or more before its "for"/"of": "the Cooperation Council"
        head = re.split(r" (?:for|of) ", e.label)[0]
        if head != e.label and len(head.split()) > 1:
            names.setdefault(head.lower(), "@" + key)
    ctx.doc.annotations["summit_body_names"] = (orgs, names)
    return names


def _whose(bodies: dict[str, str], summit: Entity) -> frozenset[str]:
    """The words of a summit's name that say whose gathering it is, a body's name one word whichever
    name it goes by: its rank, place ("in X"), aside and words for who meets left out ("the 12th
    Summit of the Andes" and "the Andes summit in Lima": "andes")."""
    name = re.split(r",|\s(?:in|at|on|held|hosted)\s", summit.label.lower())[0]
    # longest name first, never part of a hyphened name ("EU" in "EU-China")
    for body in sorted((b for b in bodies if b in name), key=len, reverse=True):
        name = re.sub(r"(?<![\w-])" + re.escape(body) + r"(?![\w-])", " " + bodies[body] + " ", name)
    return frozenset(w for w in re.findall(r"[@\w'’-]+", name) if w not in _NOT_WHOSE and not rank_of(w))


def _one_series(bodies: dict[str, str], a: Entity, b: Entity) -> bool:
    """Do two summits' names name one gathering, the words of one saying whose it is all words of
    the other's ("the Summit of the Andes" beside "the tenth Summit of the Andes", "the Forum
    leaders' meeting" beside "the Pacific Forum leaders' meeting in X"), and neither a gathering of
    ministers the other is not? Read on the words as written ("the Forum" a word of "the Pacific
    Islands Forum") and with each body's names one word ("EAC" and "East African Community"). (A
    rank, time or place told apart is read before.)"""
    for wa, wb in ((_whose({}, a), _whose({}, b)), (_whose(bodies, a), _whose(bodies, b))):
        if wa and wb and (wa <= wb or wb <= wa) and not (wa ^ wb) & _NOT_LEADERS:
            return True
    return False


#: Nouns of the edge of a gathering: "on the sidelines of X", "on the margins of X".
_EDGES = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})


def _on_the_sidelines(ctx: Context, a: Entity, b: Entity) -> bool:
    """Is ``a`` told held on the edge of ``b`` ("A and B held their summit on the sidelines of
    the X meeting", "a summit on the margins of the Y gathering"): ``b`` hangs on an edge noun
    whose phrase holds no word of ``a``, in a sentence naming both?"""
    r = ctx.resolver
    heads_a = [k for k, f in r.at_token.items() if f.entity is a]
    for k, f in r.at_token.items():
        if f.entity is not b:
            continue
        edge = next((g for g in r.tree.ancestors(k) if r.toks[g].lower in _EDGES), None)
        if edge is not None and any(r.toks[h].sent == r.toks[k].sent and h not in r.tree.subtree(edge) for h in heads_a):
            return True
    return False


def _listed(value: object) -> tuple:
    return tuple(value) if isinstance(value, list | tuple) else ()


def _span(f: Fact) -> tuple[object, object]:
    return f.fields["start"], f.fields.get("end") or f.fields["start"]


def _overlap(a: Fact, b: Fact) -> bool:
    """Do two dated summits' days meet (a day, or a first and last day)?"""
    (sa, ea), (sb, eb) = _span(a), _span(b)
    return bool(sa <= eb and sb <= ea)  # type: ignore[operator]


def _spanning(a: Fact, b: Fact) -> Fact | None:
    """The one of two dated summits told whole (a first and a last day) whose days hold the other's."""
    for x, y in ((a, b), (b, a)):
        if x.fields.get("end") and not y.fields.get("end") and _span(x)[0] <= y.fields["start"] <= _span(x)[1]:  # type: ignore[operator]
            return x
    return None


def _dated(ctx: Context, f: Fact) -> bool:
    """Is the summit told a day of its own (not only the day a guest arrives for it)?"""
    return f.fields.get("start") is not None and f.fields["summit"] not in ctx.doc.annotations.get(
        "summits_dated_by_trips", set())


def _named_around(ctx: Context, summit: Entity, place: Entity) -> bool:
    """Does the summit's name carry the place, or the country it lies in?"""
    return any(_names(summit, e) and _within(ctx, place, e) for e in ctx.doc.entities.values()
               if e.type in {"Place", "State"})


def _participants(f: Fact) -> tuple[str, ...]:
    found = f.fields.get("participants", ())
    return tuple(found) if isinstance(found, tuple) else ()


def _orgs(ctx: Context, f: Fact) -> set[str]:
    return {p for p in _participants(f) if ctx.doc.entities[p].type == "InternationalOrganization"}


def _place(ctx: Context, f: Fact) -> Entity | None:
    key = f.fields.get("location")
    return ctx.doc.entities[str(key)] if key else None


def _within(ctx: Context, inner: Entity, outer: Entity) -> bool:
    return inner is outer or outer.type == "State" and ctx.country_of(inner) is outer


def _names(summit: Entity, place: Entity) -> bool:
    """Does the summit's name carry the place ("the Islamabad summit")?"""
    return any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", summit.label) for n in [place.label, *place.aliases]
               if len(n) > 2)


def _absorb(ctx: Context, keep: Fact, gone: Fact) -> None:
    """``gone``'s summit becomes ``keep``'s: its names, mentions, fields and every fact naming it."""
    doc = ctx.doc
    k, g = str(keep.fields["summit"]), str(gone.fields["summit"])
    whole = _spanning(keep, gone) if _dated(ctx, keep) and _dated(ctx, gone) else None
    if whole is gone or (_dated(ctx, gone) and not _dated(ctx, keep)):  # the days and modality told of the summit itself
        for field in ("start", "end"):
            keep.fields.pop(field, None)
            if gone.fields.get(field) is not None:
                keep.fields[field] = gone.fields[field]
        keep.modality = gone.modality
    if gone.modality == "negated":  # "the summit has been called off", told of either name, holds of both
        keep.modality = gone.modality
    for field in ("location", "start", "end", "ordinal"):
        if not keep.fields.get(field) and gone.fields.get(field):
            keep.fields[field] = gone.fields[field]
    keep.fields["participants"] = tuple(dict.fromkeys((*_participants(keep), *_participants(gone))))
    doc.annotations.setdefault("dropped", []).append(gone)
    # later builders read the facts found so far: the gone summit's fact is no longer one of them
    doc.annotations["facts"][:] = [f for f in doc.annotations.get("facts", []) if f is not gone]
    doc.entities[k].aliases |= {doc.entities[g].label, *doc.entities[g].aliases}
    # and the fullest words it goes by, given as names once facts are read (description_fullest.spell_out)
    fullest = {str(n) for e in (k, g) for n in _listed(doc.entities[e].attributes.get("fullest"))}
    if fullest:
        doc.entities[k].attributes["fullest"] = sorted(fullest)
    for m in doc.mentions:
        if m.entity == g:
            m.entity = k
    for f in doc.annotations.get("facts", []):
        for name, value in list(f.fields.items()):
            if value == g:
                f.fields[name] = k
    for _, _, fields in doc.annotations.get("pending_visits", []):
        if fields.get("purpose") == g:
            fields["purpose"] = k
    del doc.entities[g]
    ctx.reindex()


#: "the bloc's 48th summit": a description that only points to the summit's owner.
# an owner's possessive, one or two words ("the bloc's", "the regional grouping's"); never who meets
# ("leaders'") nor a time ("next year's")
_POINTING_OWNER = re.compile(r"^(?:the\s+)?(?:(?:[a-z-]+\s+)?(?!year|month|week|today|yesterday|tomorrow)[a-z]+(?:'s|’s)|(?!leaders|heads)[a-z]+(?:s'|s’)|its|their)"
                             r"\s+(?P<rest>.*\S)$")


def name_by_owner(summit: Entity, orgs: list[Entity]) -> None:
    """"The bloc's 48th summit" of a known organisation is its "48th ASEAN summit": the name a
    reader gives it, the pointing words dropped (kept as aliases)."""
    m = _POINTING_OWNER.match(summit.label)
    if m is not None and len(orgs) != 1 and " " in m.group("rest"):
        summit.aliases.add(m.group("rest"))  # "the regional bloc's leaders' retreat" is a "leaders' retreat"
    if m is None or len(orgs) != 1:
        return
    names = [orgs[0].label, *sorted(orgs[0].aliases)]
    acronym = min((n for n in names if n.isupper() and len(n) > 1), key=len, default=None)
    rest = m.group("rest")
    # (the noun phrase up to what places it: "foreign ministers' meeting [in X]")
    core, tail = re.match(r"(.*?)((?:\s(?:in|at|on|held|hosted)\s.*)?)$", rest).groups()  # type: ignore[union-attr]
    *before, head = core.split()
    # "48th", set before the body's name; so is all of it unless it tells who meets ("annual NATO
    # summit", but "ASEAN foreign ministers' meeting")
    who = any(w.endswith(("'", "’")) or w.lower().rstrip("'’s") in {"minister", "leader"} for w in before)
    ranks = [w for w in before[:1] if rank_of(w)] if who else before
    before = before[len(ranks):]
    old = summit.label
    # "48th ASEAN summit" where the organisation has a short name, else "48th summit of the X"
    summit.label = " ".join([*ranks, acronym, *before, head]) + tail if acronym else f"{rest} of the {orgs[0].label}"
    summit.aliases |= {old, rest, core, *(" ".join([*ranks, n, *before, head]) + tail for n in names),
                       *(f"{rest} of the {n}" for n in names if not n.isupper())}
    summit.aliases.discard(summit.label)


def owner_of_organ(ctx: Context, org: Entity) -> Entity:
    """"The Supreme Council of the X", "the Assembly of the Y": a body of an organisation that the
    gazetteer does not list stands, at a summit, for the organisation it is the organ of (the one
    the gazetteer knows by the name after "of"); the organ is noted so it is no participant beside it."""
    m = re.fullmatch(r"[A-Z][\w ]*? of (?:the )?([A-Z].+)", org.label)
    if org.qid or m is None or ctx.gazetteer is None:
        return org
    hits = {e.qid: e for e, kind in ctx.gazetteer.lookup(m.group(1)) if e.type == "InternationalOrganization" and kind != "demonym"}
    if len(hits) != 1:
        return org
    entry = next(iter(hits.values()))
    key = f"wd-{entry.qid}"
    if key not in ctx.doc.entities:
        ctx.doc.entities[key] = Entity(key=key, type=entry.type, label=entry.label, aliases={m.group(1)}, qid=entry.qid, confidence=1.0)
    ctx.doc.annotations.setdefault("organs", {})[org.key] = key
    return ctx.doc.entities[key]


def by_a_city(ctx: Context, summit: Entity, main: Entity) -> bool:
    """"The Samarkand summit", "the meeting in Niamey": a summit whose name holds a city the summit
    in view's does not is another edition of its series (the organisation's, when the article's
    summit is one)."""
    return any(e.type == "Place" and re.search(r"(?<!\w)" + re.escape(e.label) + r"(?!\w)", summit.label)
               and e.label not in main.label for e in ctx.doc.entities.values())
