"""Members told by their vote on another's accession: only members ratify a state's way in, so a state
whose ratification of an accession instrument is told or awaited ("Hungary's parliament ratified
Sweden's accession protocol", "the protocol still awaits approval by the Turkish parliament") is a
member of the organisation the instrument admits to. Not the acceding state itself ("Montenegro's
parliament ratified the country's accession"): a state the instrument's name gives, or one whose
membership of that organisation the article tells as ahead. Read after ratifications."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.facts.common import known_in_name, make_fact, most_named, states_in_name
from kg.extract.frames import Match
from kg.extract.nlp import Token
from kg.model import Entity, Fact

#: Verbs by which a state decides on another's way in; only a member has that say.
_DECIDE = frozenset({"ratify", "approve", "veto", "block"})
#: Words by which an instrument's name says it admits a new member.
_ADMITS = re.compile(r"(?i)\b(?:accession|admission|membership|enlargement)\b")


def members_by_accession_votes(ctx: Context) -> Iterator[Fact]:
    facts: list[Fact] = ctx.doc.annotations.get("facts", [])
    told: dict[tuple, str] = {}
    for f in facts:
        if f.cq == "member":
            told.setdefault((f.fields["member"], f.fields["organization"]), f.modality)
    for f in facts:
        if f.cq != "ratification" or f.modality == "negated":
            continue  # a refusal may be a non-member's ("Austria will not ratify the EU's enlargement")
        agreement = ctx.doc.entities.get(str(f.fields["agreement"]))
        state = ctx.doc.entities.get(str(f.fields["state"]))
        if agreement is None or state is None or state.type != "State":
            continue
        if not any(_ADMITS.search(n) for n in (agreement.label, *agreement.aliases)):
            continue
        if state in states_in_name(ctx, agreement):
            continue  # its own accession
        org = _admitting(ctx, agreement, ctx.doc.sentence_index(f.evidence.start))
        if org is None or told.get((state.key, org.key)) in {"asserted", "planned"}:
            continue  # one told ahead is the one joining
        told[(state.key, org.key)] = "asserted"
        yield Fact("member", {"member": state.key, "organization": org.key}, f.evidence, "asserted")


def _admitting(ctx: Context, agreement: Entity, s: int) -> Entity | None:
    """The organisation an accession instrument admits to: one its name gives ("the NATO accession
    protocol"), else the one its sentence or the three before name last, else the article's."""
    orgs = [e for e in ctx.doc.entities.values() if e.type == "InternationalOrganization"
            and any(len(n) > 1 and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", agreement.label)
                    for n in (e.label, *e.aliases))]
    orgs = orgs or known_in_name(ctx, agreement, "InternationalOrganization")
    if orgs:
        return orgs[0]
    for i in range(s, max(-1, s - 4), -1):
        found = ctx.found(i, "InternationalOrganization")
        if found:
            return max(found, key=lambda x: x.start).entity
    return most_named(ctx, "InternationalOrganization")


def members_deciding_accessions(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    """"Hungary ratified Sweden's accession to NATO", "Greece vetoed Macedonia's membership", "the
    bid was blocked by Turkey": the state deciding on another's accession is a member of the organisation."""
    toks: list[Token] = ctx.doc.annotations["tokens"]
    facts: list[Fact] = ctx.doc.annotations.get("facts", [])
    told = {(f.fields["member"], f.fields["organization"]) for f in facts if f.cq == "member"}
    for m in matches:
        if m.fact != "member" or m.frame.name not in {"join", "candidacy"} or m.trigger.pos != "NOUN":
            continue
        verb = _deciding_verb(toks, m.trigger)
        if verb is None or m.negative:
            continue
        joining = {e.key for e in m.roles.get("member", [])}
        orgs = m.roles.get("organization", [])
        org = orgs[0] if orgs else _admitting_here(ctx, m.sentence, m.trigger.start)
        for state in _deciders(ctx, toks, verb):
            if org is None or state.key in joining or (state.key, org.key) in told:
                continue
            told.add((state.key, org.key))
            yield make_fact(ctx, "member", m.sentence, member=state.key, organization=org.key)


def _deciding_verb(toks: list[Token], noun: Token) -> Token | None:
    """The verb whose object the accession noun is, directly or as the noun a "protocol on" or an
    "invitation" governs ("ratified the protocol on X's accession")."""
    t = noun
    for _ in range(3):
        if t.dep in {"dobj", "nsubjpass"} and toks[t.head].lemma in _DECIDE and toks[t.head].pos == "VERB":
            return toks[t.head]
        if t.dep not in {"pobj", "compound"} and t.dep != "prep":
            return None
        t = toks[t.head]
    return None


def _deciders(ctx: Context, toks: list[Token], verb: Token) -> list[Entity]:
    """The states the deciding verb's subject (or passive agent) names: a state, or the state of a
    body or person named ("Hungary's parliament", "the Turkish parliament")."""
    heads = [c.i for c in toks[max(0, verb.i - 40):verb.i + 40] if c.head == verb.i and c.dep in {"nsubj"}]
    heads += [g.i for c in toks[verb.i + 1:verb.i + 40] if c.head == verb.i and c.dep == "agent"
              for g in toks[c.i + 1:c.i + 12] if g.head == c.i and g.dep == "pobj"]
    out: list[Entity] = []
    for k in heads:
        near = [k] + [c.i for c in toks[max(0, k - 4):k] if c.head == k and c.dep in {"poss", "amod", "compound"}]
        for j in near:
            f = ctx.resolver.found_at(j)
            if f is None:
                continue
            state = f.entity if f.entity.type == "State" else ctx.country_of(f.entity)
            if state is not None and state.type == "State":
                out.append(state)
                break
    return list(dict.fromkeys(out))


def _admitting_here(ctx: Context, s: int, before: int) -> Entity | None:
    for i in range(s, max(-1, s - 4), -1):
        found = [f for f in ctx.found(i, "InternationalOrganization") if i < s or f.end <= before]
        if found:
            return max(found, key=lambda x: x.start).entity
    return most_named(ctx, "InternationalOrganization")
