"""Facts about roles: who holds which office, which states are members of what."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context import Context, Found, role
from kg.extract.facts.common import (
    accession_of,
    body_sentences,
    make_fact,
    modality_at,
    most_named,
    paired_states,
    preceded_by,
    trigger_spans,
)
from kg.model import Entity, Fact


def offices(ctx: Context) -> Iterator[Fact]:
    for s in range(len(ctx.doc.sentences)):
        text = ctx.sentence(s)
        for p in ctx.found(s, "Person"):
            lo = ctx.local(s, p.start)
            before = text[max(0, lo - 60):lo]
            after = text[ctx.local(s, p.end):ctx.local(s, p.end) + 60]
            office, of = _title_before(ctx, s, before, p)
            extra = _second_title(ctx, before) if office else None
            if office is None:
                m = re.match(r",\s+(?:the\s+)?([^,.;]{3,60}?)(?:,|\.|;| said| who| and\b)", after)
                others = [f for f in ctx.found(s, "Person") if f is not p and ctx.local(s, p.end) < ctx.local(s, f.start)
                          <= ctx.local(s, p.end) + (m.end(1) if m else 0)]
                if m and not others:  # "Biden, Indian Prime Minister Modi": the title is Modi's
                    office = ctx.lexicon.office(m.group(1))
                    if office:
                        of = _appositive_owner(ctx, s, p, m)
            if office is None:
                office, of = _title_then_name(ctx, s, p, before, after)
            if office is None:
                office, of = _counterpart(ctx, s, p, before)
            if office is None:
                continue
            if of is None:
                of = ctx.country_of(p.entity) or _implied_owner(ctx, s, p, office)
            if of is None:
                continue
            if of.type == "State":
                ctx.doc.annotations.setdefault("office_state", {})[p.entity.key] = of  # type: ignore[index]
            yield make_fact(ctx, "office", s, person=p.entity.key, office=office, of=of.key)
            if extra:
                yield make_fact(ctx, "office", s, person=p.entity.key, office=extra, of=of.key)


def _title_before(ctx: Context, s: int, before: str, p: Found) -> tuple[str | None, Entity | None]:
    """"<Demonym|State's|Org> <Title> <Name>": the title must touch the name; its owner is the
    state or body named in the same phrase, nearest the title."""
    clause = re.split(r"[,;:(]| and | with | while ", before)[-1]
    found = ctx.lexicon.office_at_end(clause)
    if found is None:
        return None, None
    office, at = found
    # sentence-local offsets of the phrase before the title
    phrase_start = ctx.local(s, p.start) - len(clause)
    title_start = phrase_start + at
    # "Kenyan Foreign Ministry spokeswoman X": a body named across the title's first words owns
    # the rest of it ("spokeswoman" of the Kenyan Foreign Ministry)
    for f in ctx.found(s, *_OWNER_TYPES):
        lo, hi = ctx.local(s, f.start), ctx.local(s, f.end)
        if lo < title_start < hi < ctx.local(s, p.start):
            rest = ctx.lexicon.office_at_end(ctx.sentence(s)[hi:ctx.local(s, p.start)])
            if rest is not None and rest[1] <= 1:
                return rest[0], f.entity
    return office, _owner(ctx, s, p, phrase_start, title_start)


_OWNER_TYPES = ("State", "InternationalOrganization", "Organization", "Legislature", "ArmedForces")


def _owner(ctx: Context, s: int, p: Found, phrase_start: int, title_start: int) -> Entity | None:
    """The owner named between the phrase start and the title ("Turkish President"), the nearest
    to the title; else "of X" right after the person ("Prime Minister Modi of India")."""
    text = ctx.sentence(s)
    # the owner touches the title: "Turkish President", "Russia's President", "NATO Secretary General"
    before = [f for f in ctx.found(s, *_OWNER_TYPES)
              if phrase_start <= ctx.local(s, f.start) and ctx.local(s, f.end) <= title_start + 1
              and re.fullmatch(r"(?:['\u2019]s)?\s*(?:[A-Z][\w-]+\s+){0,2}", text[ctx.local(s, f.end):title_start])
              and not (f.entity.type == "Organization" and not f.entity.qid and " " not in f.mention.text)]
    if before:
        return max(before, key=lambda f: f.start).entity
    after = ctx.sentence(s)[ctx.local(s, p.end):ctx.local(s, p.end) + 30]
    m = re.match(r"\s+of\s+(?:the\s+)?", after)
    if m:
        for f in ctx.found(s, *_OWNER_TYPES):
            if ctx.local(s, f.start) == ctx.local(s, p.end) + m.end():
                return f.entity
    return None


_ORGANISATION_OFFICES = {"secretary-general", "secretary general", "chairman", "chairwoman", "chairperson", "chair",
                         "spokesman", "spokesperson", "spokeswoman"}


def _implied_owner(ctx: Context, s: int, p: Found, office: str) -> Entity | None:
    """A title with no owner named ("Prime Minister X visited Budapest"): an organisation's
    office belongs to the organisation the article is about; a state office to the state the
    sentence (or the one before) places the person in, by name or by its capital."""
    if office.lower() in _ORGANISATION_OFFICES:
        return most_named(ctx, "InternationalOrganization")
    # "Sharif's delegation included ... X": the delegation's leader's state
    for f in ctx.found(s, "Person"):
        if f is not p and re.match(r"(?:'s|\u2019s)\s+(?:delegation|entourage|team|government|cabinet)\b",
                                    ctx.sentence(s)[ctx.local(s, f.end):ctx.local(s, f.end) + 20]):
            home = ctx.doc.annotations.get("office_state", {}).get(f.entity.key) or ctx.country_of(f.entity)  # type: ignore[union-attr]
            if home is not None:
                return home
    ruled_out = {f.entity.key for f in ctx.states(s) if _owns_another_title(ctx, s, f, p)}
    ruled_out |= {c.key for f in ctx.found(s, "Place") if _arrives_in(ctx, s, p, f) and (c := ctx.country_of(f.entity))}
    for i in (s, s - 1):
        if i < 0:
            continue
        states = [f.entity for f in ctx.states(i)]
        places = [ctx.country_of(f.entity) for f in ctx.found(i, "Place")]
        candidates = [c for c in dict.fromkeys(states + [c for c in places if c is not None]) if c.key not in ruled_out]
        if len(candidates) == 1:
            return candidates[0]
    return None


def _owns_another_title(ctx: Context, s: int, f: Found, p: Found) -> bool:
    """"... with Vietnamese Defence Minister X": that state is X's, not everyone's in the sentence."""
    text = ctx.sentence(s)
    for other in ctx.found(s, "Person"):
        if other is p or other.entity is p.entity or other.start < f.end:
            continue
        between = text[ctx.local(s, f.end):ctx.local(s, other.start)]
        if len(between) < 50 and re.fullmatch(r"(?:['\u2019]s)?\s+(?:[A-Z][\w.-]*\s+){1,5}", between) \
                and ctx.lexicon.office_at_end(between) is not None:
            return True
    return False


def _arrives_in(ctx: Context, s: int, p: Found, place: Found) -> bool:
    """Does the person arrive in, visit or travel to the place (so it is not their country)?"""
    lemmas = ctx.lexicon.trigger_forms("visit")[0]
    triggers = [t for t in ctx.tokens(s) if t.lemma in lemmas]
    return bool(triggers) and any(role(ctx, p, t.i) == "subject" for t in triggers) and \
        preceded_by(ctx, s, place, {"in", "to", "at"})


def _title_then_name(ctx: Context, s: int, p: Found, before: str, after: str) -> tuple[str | None, Entity | None]:
    """"... and the Chief of Army Staff, Field Marshal Omar Haddad.": "the <title>, <name>" with the
    name closing the phrase (not "After meeting the President, Modi flew ...")."""
    if not re.match(r"\s*(?:[,.;)]|and\b|$)", after):
        return None, None
    head = ctx.lexicon.without_rank_at_end(before)
    m = re.search(r"(?:\bthe|\b(his|her|their|its)|(?<=['\u2019]s))\s+([^,;:()]{3,60}),\s*$", head, re.IGNORECASE)
    if not m:
        return None, None
    found = ctx.lexicon.office_at_end(m.group(2) + " ")
    if found is None or found[1] > 0 and not re.match(r"(?:[A-Z][\w'-]*\s+)+$", m.group(2)[:found[1]]):
        return None, None  # the title must open the phrase, or follow its owner's name
    if m.group(1):  # "His foreign minister, X": the office is of the state of the one "his" means
        return found[0], _pronoun_owner(ctx, s, ctx.local(s, p.start) - len(before) + m.start(1))
    start = ctx.local(s, p.start) - len(before) + m.start()
    if m.group(0)[:1] not in "tT":  # "Argentina's president, X": the owner ends at the "'s"
        owner = next((f.entity for f in ctx.found(s, *_OWNER_TYPES) if ctx.local(s, f.end) + 2 == start), None)
        return (found[0], owner) if owner is not None else (None, None)
    phrase_start = start + m.start(2) - m.start()
    return found[0], _owner(ctx, s, p, phrase_start, phrase_start + found[1])


def _pronoun_owner(ctx: Context, s: int, at: int) -> Entity | None:
    """The state a possessive pronoun at sentence offset ``at`` stands for: the office state (or
    country) of the person it refers to."""
    for f in ctx.found(s, "Person"):
        if f.mention.kind == "pronoun" and ctx.local(s, f.start) == at:
            home = ctx.doc.annotations.get("office_state", {}).get(f.entity.key)  # type: ignore[union-attr]
            return home or ctx.country_of(f.entity)
    return None


def _second_title(ctx: Context, before: str) -> str | None:
    """"Crown Prince and Prime Minister X": the first of two titles joined by "and"."""
    m = re.search(r"([A-Z][\w-]*(?: [A-Z][\w-]*){0,3}) and (?:[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})\s*$", before)
    if not m:
        return None
    found = ctx.lexicon.office_at_end(m.group(1))
    return found[0] if found else None


def _counterpart(ctx: Context, s: int, p: Found, before: str) -> tuple[str | None, Entity | None]:
    """"Prime Minister X and his PNG counterpart, Y": Y holds X's office for the state named."""
    m = re.search(r"\b(?:his|her|their)\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+counterparts?,?\s*$", before)
    if not m:
        return None, None
    owner = next((f.entity for f in ctx.found(s, "State") if f.mention.text == m.group(1)), None)
    # the title of the person named before: "<Title> <Name> and his ..."
    cut = ctx.local(s, p.start) - len(before) + m.start()
    earlier = [f for f in ctx.found(s, "Person") if ctx.local(s, f.end) <= cut]
    if not earlier:
        return None, None
    found = ctx.lexicon.office_at_end(ctx.sentence(s)[:ctx.local(s, earlier[-1].start)])
    return (found[0], owner) if found and owner else (None, None)


def _appositive_owner(ctx: Context, s: int, p: Found, m: re.Match[str]) -> Entity | None:
    """"X, Russia's foreign minister," / "X, the foreign minister of Russia,"."""
    lo = ctx.local(s, p.end) + m.start(1)
    hi = ctx.local(s, p.end) + m.end(1)
    inside = [f for f in ctx.found(s, *_OWNER_TYPES) if lo <= ctx.local(s, f.start) < hi]
    # the head of the phrase comes last: "spokesperson for India's Ministry of External Affairs"
    return inside[-1].entity if inside else None


_NOT_MEMBER_PREPS = {"to", "against", "with", "from", "on", "by", "over", "for", "toward", "towards", "into", "than"}
_CANDIDACY = re.compile(r"\b(bid|path to|application|applied|apply|aspir\w*|invited|invitation|to join|will join|"
                        r"waiting|accede|acceding|candidate|hopes? to|wants? to|seeks? to|would make)\b", re.IGNORECASE)
_NEGATED_MEMBER = re.compile(r"\b(not|never|no longer|n't)\b[^.;]*\bmember|\bwithout\b[^.;]*\bmembership", re.IGNORECASE)


def members(ctx: Context) -> Iterator[Fact]:
    """Members: states listed with "members", "member states", "joined", "<Org> member X";
    not states a candidacy or accession is about, nor those a negation governs."""
    for s in body_sentences(ctx):
        if not trigger_spans(ctx, s, "membership"):
            continue
        orgs = ctx.unique(ctx.found(s, "InternationalOrganization"))
        if not orgs and re.search(r"\b(bloc|alliance|organi[sz]ation|group|grouping)\b", ctx.sentence(s), re.IGNORECASE):
            org = most_named(ctx, "InternationalOrganization")
            orgs = [org] if org else []
        if not orgs and re.search(r"\b(its|their)\s+(\w+\s+)?members\b|\bjoin(ed|s)?\b|\badmitted\b", ctx.sentence(s), re.IGNORECASE):
            org = _nearest_org(ctx, s)
            orgs = [org] if org else []
        if not orgs:
            continue
        text = ctx.sentence(s)
        if not ctx.states(s):  # "Both nations are members of X": the pair the article speaks of
            mod = "negated" if _NEGATED_MEMBER.search(text) else "planned" if _CANDIDACY.search(text) else "asserted"
            for state in paired_states(ctx, s):
                for org in orgs[:1]:
                    yield make_fact(ctx, "member", s, mod, member=state.key, organization=org.key)
            continue
        previous: list[Found] = []
        for clause_start, clause in _clauses(text):
            states = [f for f in ctx.states(s) if clause_start <= ctx.local(s, f.start) < clause_start + len(clause)]
            in_clause = [o for o in ctx.found(s, "InternationalOrganization")
                         if clause_start <= ctx.local(s, o.start) < clause_start + len(clause)]
            if not states and previous and re.match(r"\s*(it|they)\b", clause, re.IGNORECASE):
                states = previous[-1:]  # "..., but it joined ASEAN": the state just named
            previous = states or previous
            if not states or not _triggers_in(ctx, clause, "membership"):
                continue
            if not in_clause and len(orgs) and any(clause_start > ctx.local(s, o.start) or ctx.local(s, o.start) >= clause_start + len(clause)
                                                   for o in ctx.found(s, "InternationalOrganization")):
                continue  # the organisation belongs to another clause of the sentence
            founders = re.search(r"\b(founded|established|created|set up)\b", clause, re.IGNORECASE)
            for f in states:
                excluded = _NOT_MEMBER_PREPS - ({"by"} if founders else set())
                inside = ctx.local(s, f.start) >= clause_start  # else named in an earlier clause ("it")
                if inside and (preceded_by(ctx, s, f, excluded) and not _listed_as_members(ctx, s, f, clause_start + len(clause))
                               or accession_of(ctx, s, f)):
                    continue
                rest = text[max(ctx.local(s, f.start), clause_start):clause_start + len(clause)]
                mod = "asserted"
                if _NEGATED_MEMBER.search(rest):
                    mod = "negated"
                elif _CANDIDACY.search(clause) and not _joined(ctx, s, f) or _ahead(ctx, s, f, clause_start + len(clause)):
                    mod = "planned"
                # "a member of NATO and the European Union": every organisation of the clause
                for org in ctx.unique(in_clause) or orgs[:1]:
                    yield make_fact(ctx, "member", s, mod, member=f.entity.key, organization=org.key)


_AS_MEMBERS = re.compile(r"\s*as\s+(?:an?\s+)?(?:full\s+|new\s+|founding\s+|full-fledged\s+)?members?\b", re.IGNORECASE)


def _listed_as_members(ctx: Context, s: int, f: Found, clause_end: int) -> bool:
    """"attended by Egypt, Iran and the UAE as full members": whatever preposition opens the
    list, the states in it are named as members."""
    text = ctx.sentence(s)
    at = ctx.local(s, f.end)
    for other in sorted(ctx.states(s), key=lambda o: o.start):
        if ctx.local(s, other.start) < at:
            continue
        gap = text[at:ctx.local(s, other.start)]
        if not re.fullmatch(r"\s*(?:,|and|the|,\s*and)?\s*(?:the\s+)?", gap):
            break
        at = ctx.local(s, other.end)
    return bool(_AS_MEMBERS.match(text, at, clause_end))


def _ahead(ctx: Context, s: int, f: Found, clause_end: int) -> bool:
    """"X is expected to be admitted", "X will join": the membership verb after the state is planned."""
    for t in ctx.tokens(s):
        if t.pos == "VERB" and t.lemma in {"join", "admit", "accede", "become"} and \
                ctx.local(s, f.end) <= ctx.local(s, t.start) < clause_end:
            return modality_at(ctx, s, (ctx.local(s, t.start), ctx.local(s, t.end))) == "planned"
    return False


def _joined(ctx: Context, s: int, f: Found) -> bool:
    """Is the state the subject of a past "joined" / "was admitted" ("since X joined in 2020")?"""
    toks = ctx.doc.annotations["tokens"]
    for t in ctx.tokens(s):
        if f.start <= t.start < f.end and t.dep in {"nsubj", "nsubjpass"}:
            head = toks[t.head]  # type: ignore[index]
            return head.lemma in {"join", "admit"} and head.tag in {"VBD", "VBN"}
    return False


def _clauses(text: str) -> list[tuple[int, str]]:
    """The sentence cut at ";", ", but", ", while", ", whereas" and ", nor" (offsets kept)."""
    out, start = [], 0
    for m in re.finditer(r";|,\s+(?:but|while|whereas|nor|although)\b|\.\s", text):
        out.append((start, text[start:m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return out


def _triggers_in(ctx: Context, clause: str, kind: str) -> bool:
    words = ctx.lexicon.triggers[kind]
    low = clause.lower()
    return any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", low) for w in words)


def _nearest_org(ctx: Context, s: int) -> Entity | None:
    for i in range(s, -1, -1):
        found = ctx.found(i, "InternationalOrganization")
        if found:
            return found[-1].entity
    return None
