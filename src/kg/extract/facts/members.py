"""Memberships: which states are members of which international organisations."""
from __future__ import annotations

import re
from typing import Iterator

from kg.extract.context import Context, Found
from kg.extract.facts.common import (
    accession_of, body_sentences, make_fact, modality_at, most_named, paired_states, preceded_by, trigger_spans,
)
from kg.model import Entity, Fact


_NOT_MEMBER_PREPS = {"to", "against", "with", "from", "on", "by", "over", "for", "toward", "towards", "into", "than"}
_CANDIDACY = re.compile(r"\b(bid|path to|application|applied|apply|aspir\w*|invited|invitation|to join|will join|"
                        r"waiting|accede|acceding|candidate|hopes? to|wants? to|seeks? to|would make)\b", re.I)
_NEGATED_MEMBER = re.compile(r"\b(not|never|no longer|n't)\b[^.;]*\bmember|\bwithout\b[^.;]*\bmembership", re.I)


def members(ctx: Context) -> Iterator[Fact]:
    """Members: states listed with "members", "member states", "joined", "<Org> member X";
    not states a candidacy or accession is about, nor those a negation governs."""
    for s in body_sentences(ctx):
        if not trigger_spans(ctx, s, "membership"):
            continue
        orgs = ctx.unique(ctx.found(s, "InternationalOrganization"))
        if not orgs and re.search(r"\b(bloc|alliance|organi[sz]ation|group|grouping)\b", ctx.sentence(s), re.I):
            org = most_named(ctx, "InternationalOrganization")
            orgs = [org] if org else []
        if not orgs and re.search(r"\b(its|their)\s+(\w+\s+)?members\b|\bjoin(ed|s)?\b|\badmitted\b", ctx.sentence(s), re.I):
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
            if not states and previous and re.match(r"\s*(it|they)\b", clause, re.I):
                states = previous[-1:]  # "..., but it joined ASEAN": the state just named
            previous = states or previous
            if not states or not _triggers_in(ctx, clause, "membership"):
                continue
            if not in_clause and len(orgs) and any(clause_start > ctx.local(s, o.start) or ctx.local(s, o.start) >= clause_start + len(clause)
                                                   for o in ctx.found(s, "InternationalOrganization")):
                continue  # the organisation belongs to another clause of the sentence
            founders = re.search(r"\b(founded|established|created|set up)\b", clause, re.I)
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


_AS_MEMBERS = re.compile(r"\s*as\s+(?:an?\s+)?(?:full\s+|new\s+|founding\s+|full-fledged\s+)?members?\b", re.I)


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
