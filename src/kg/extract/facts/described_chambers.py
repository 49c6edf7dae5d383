"""A legislature the text only describes ("the Turkish parliament", "the upper house of Russia's
parliament") is the named one it means: the article's own chamber of that state, else the
gazetteer's. A chamber the article names but the gazetteer does not place is told by the text
("the X, the upper house") or, where the state's other chamber is known, is the one left."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.gazetteer_index import GazetteerEntry
from kg.model import Entity

_UPPER_LOWER = re.compile(r"\b(upper|lower)\s+(?:house|chamber)\b", re.IGNORECASE)
#: Legislatures per country QID, per gazetteer (read once).
_BY_COUNTRY: dict[int, dict[str, list[GazetteerEntry]]] = {}


def described_legislatures(ctx: Context) -> None:
    """"The Turkish parliament" in an article that names the Grand National Assembly is that
    assembly; where it names two chambers of the state, the description says neither. Where the
    article names none of the state's, the gazetteer's one legislature of that kind is meant."""
    doc = ctx.doc
    for ent in [e for e in doc.entities.values() if e.type == "Legislature" and e.attributes.get("state")]:
        state = doc.entities.get(str(ent.attributes["state"]))
        listed = [e for e in doc.entities.values() if e.type == "Legislature" and not e.attributes.get("unnamed")]
        named = [e for e in listed if state is not None and ctx.country_of(e) is state]
        chamber = chamber_described(ent.label)
        # "the lower chamber of Zenda's parliament, the Majlisi X,": the name set beside the description
        beside = [e for e in listed if e is not ent and re.search(r",\s+(?:the\s+)?" + re.escape(e.label) + r"\b", ent.label)]
        if len(beside) == 1:
            named, chamber = beside, None
        if chamber:  # "the upper house of Zenda's parliament": that chamber, if the article names it
            known = {e.key: chamber_of(ctx, e) for e in listed}
            # a lower house named and known: "the upper house" is the one other chamber named, of that
            # state or of none the gazetteer knows
            left = [e for e in listed if known[e.key] is None and ctx.country_of(e) in (state, None)]
            ours = [known[e.key] for e in named]
            named = [e for e in named if known[e.key] == chamber]
            if not named and len(left) == 1 and _other(chamber) in ours:
                named = left
        if not named and state is not None:
            entry = _gazetteer_legislature(ctx, state, chamber)
            twin = [e for e in doc.entities.values() if entry is not None and e.qid == entry.qid and e is not ent]
            if twin:
                named = twin[:1]
            elif entry is not None:  # the listed body, labelled still by the article's words (FORMAT.md)
                # (its listed name only where no other state's body bears it: "National Assembly" is many)
                if not _shared_name(ctx, entry):
                    ent.aliases.add(entry.label)
                ent.qid = entry.qid
                ent.attributes.pop("unnamed", None)
                continue
        named = [e for e in named if e is not ent]  # (a description already linked is its own body)
        if not named:
            continue
        for m in doc.mentions:
            if m.entity == ent.key:
                m.entity = named[0].key if len(named) == 1 else None
        if len(named) == 1:
            named[0].aliases.add(ent.label)
            if state is not None and ctx.country_of(named[0]) is None:  # "Zenda's upper house": Zenda's
                named[0].attributes.setdefault("described_state", state.key)
        del doc.entities[ent.key]
    ctx.reindex()


def chamber_described(label: str) -> str | None:
    """"upper" or "lower" for a description of one chamber ("the upper house", "lower chamber")."""
    words = label.casefold().split()
    return next((w for w in ("upper", "lower") if w in words), None)


def chamber_of(ctx: Context, ent: Entity) -> str | None:
    """The chamber the gazetteer says a legislature is, else the one the text sets beside its
    name ("the Zendan Council, the upper chamber,", "Zenda's lower house, the Diet")."""
    entry = ctx.gazetteer.get(ent.qid) if ent.qid and ctx.gazetteer is not None else None
    said = (entry.extra or {}).get("chamber") if entry is not None else None
    if said or ent.attributes.get("unnamed"):
        return said
    text = ctx.doc.text
    for m in (m for m in ctx.doc.mentions if m.entity == ent.key):
        after = re.match(r",\s*([^,;.]{0,40})", text[m.end:m.end + 50])
        before = re.search(r"([^,;.]{0,40}),\s*(?:the\s+)?$", text[max(0, m.start - 50):m.start])
        for side in (after, before):
            found = _UPPER_LOWER.search(side.group(1)) if side else None
            if found:
                return found.group(1).lower()
    return None


def _other(chamber: str) -> str:
    return "lower" if chamber == "upper" else "upper"


def _gazetteer_legislature(ctx: Context, state: Entity, chamber: str | None) -> GazetteerEntry | None:
    """The state's one listed chamber of that kind, or for a whole parliament ("Hungary's
    parliament") the listed whole its chambers belong to, or its one legislature if no chamber."""
    if ctx.gazetteer is None or not state.qid:
        return None
    entries = _legislatures(ctx.gazetteer).get(state.qid, [])
    if chamber:
        pick = [e for e in entries if (e.extra or {}).get("chamber") == chamber]
    else:
        wholes = {(e.extra or {}).get("part_of") for e in entries}
        pick = [e for e in entries if e.qid in wholes]
        if not pick and len(entries) == 1 and not (entries[0].extra or {}).get("chamber"):
            pick = entries
    return pick[0] if len(pick) == 1 else None


def _legislatures(gazetteer) -> dict[str, list[GazetteerEntry]]:
    key = id(gazetteer)
    if key not in _BY_COUNTRY:
        index: dict[str, list[GazetteerEntry]] = {}
        for e in gazetteer.entries.values():
            if e.type == "Legislature" and e.country:
                index.setdefault(e.country, []).append(e)
        _BY_COUNTRY.clear()
        _BY_COUNTRY[key] = index
    return _BY_COUNTRY[key]


#: Plural nouns for a legislature's members, and the chamber each names ("senators": the upper).
#: ("deputies" only of a one-chamber parliament: elsewhere they may sit in either house)
_MEMBERS = {"lawmaker": None, "legislator": None, "parliamentarian": None, "mp": None, "senator": "upper",
            "deputy": "only"}


def members_body(ctx: Context, m, state: Entity) -> list[Entity]:
    """"Finnish lawmakers voted to ratify it", "it was approved by U.S. senators": the members speak
    for their legislature, the state's one listed legislature (or whole parliament, or for senators
    its upper house) when the article names none of the state's."""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    heads = [i for i in m.tokens.get("ratifier", []) if toks[i].tag in {"NNS", "NNPS"}]
    verbs = [m.trigger.i] + [h for h in [tree.head(m.trigger.i)] if h is not None]  # "voted to ratify"
    heads += [k for i in verbs for k in tree.kids(i, "nsubj") if toks[k].tag in {"NNS", "NNPS"}]
    chambers = [_MEMBERS[toks[i].lemma.lower()] for i in heads if toks[i].lemma.lower() in _MEMBERS]
    chambers += [None for i in heads if toks[i].lower == "members" and any(
        toks[o].lemma.lower() == "parliament" for p in tree.kids(i, "prep") for o in tree.kids(p, "pobj"))]
    if not chambers:
        return _the_one_named(ctx, m, state)
    only = chambers[0] == "only"
    entry = _gazetteer_legislature(ctx, state, None if only else chambers[0])
    if entry is None or only and len(_legislatures(ctx.gazetteer).get(str(state.qid), [])) != 1:
        return []
    key = f"wd-{entry.qid}"
    same = [e for e in ctx.doc.entities.values() if e.qid == entry.qid]
    if same:
        return same[:1]
    ctx.doc.entities[key] = Entity(key=key, type="Legislature", label=entry.label, qid=entry.qid, confidence=1.0)
    return [ctx.doc.entities[key]]


#: Words for a state's whole legislature, told without its name: "every allied parliament".
_WHOLE = frozenset({"parliament", "parliaments", "legislature", "legislatures"})


def _the_one_named(ctx: Context, m, state: Entity) -> list[Entity]:
    """"approved by each member's legislature, Norway's among them", "by the national parliament": a
    parliament told without its name is the state's one legislature the article names."""
    from kg.extract.facts.chamber_states import body_state

    toks = ctx.resolver.toks
    if not any(toks[i].lower in _WHOLE for i in m.tokens.get("ratifier", [])):
        return []
    named = [e for e in ctx.doc.entities.values() if e.type == "Legislature" and body_state(ctx, e) is state]
    return named if len(named) == 1 else []


def _shared_name(ctx: Context, entry: GazetteerEntry) -> bool:
    """Does another state's listed legislature bear this one's name?"""
    return any(e.qid != entry.qid and e.label == entry.label
               for entries in _legislatures(ctx.gazetteer).values() for e in entries)
