"""Members told by what only members do.

* Chairing: a leader who chairs an organisation, or holds its chair or presidency, holds it for a
  state, and only members chair ("Malaysian Prime Minister X, who chairs ASEAN this year", "X, Kenya's
  president and the current chairman of the EAC", "X took over as chair of ECOWAS", "the Czech
  presidency of the EU"). The ``chair`` and ``chair-title`` frames read a state named as the chair;
  this reads a person standing for the state their office is of, and a state's word before the
  presidency. An office of the organisation's own (its secretary general) stands for no state.
* Putting another out: states that suspend or expel another from an organisation ("A and B suspended
  C from the bloc") act as its members; C is the one put out (members.py reads it as denied).

Read after the membership frames."""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.facts.common import known_in_name, make_fact
from kg.model import Entity, Fact

_VERBS = frozenset({"chair", "preside"})
_NOUNS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "chairmanship", "presidency",
                    "chair-in-office"})
_ORG = ("InternationalOrganization",)
#: Verbs of the ``leave`` frame whose object, not their subject, is put out of the organisation.
PUTS_OUT = frozenset({"suspend", "expel"})


def members_by_acts(ctx: Context) -> Iterator[Fact]:
    facts: list[Fact] = ctx.doc.annotations.get("facts", [])
    told = {(f.fields["member"], f.fields["organization"]) for f in facts if f.cq == "member"}
    for fact in _putting_out(ctx):
        key = (fact.fields["member"], fact.fields["organization"])
        if key not in told:
            told.add(key)
            yield fact
    offices: dict[str, Entity] = {}
    for f in facts:
        of = ctx.doc.entities.get(str(f.fields.get("of"))) if f.cq == "office" else None
        if of is not None and of.type == "State":
            offices.setdefault(str(f.fields["person"]), of)
    resolver = ctx.resolver
    toks = resolver.toks
    for t in toks:
        if t.lemma in _VERBS and t.pos == "VERB":
            holders = [c.i for c in toks[max(0, t.i - 12):t.i] if c.head == t.i and c.dep == "nsubj"]
            orgs = [e for c in toks[t.i + 1:t.i + 6] if c.head == t.i and c.dep == "dobj" or
                    c.head == t.i and c.lower == "over" for e in _orgs(ctx, c.i)]
        elif t.lower in _NOUNS and t.pos == "NOUN":
            holders = _noun_holders(toks, t)
            orgs = [e for c in toks[max(0, t.i - 3):t.i + 3] if c.head == t.i and c.dep in {"poss", "compound", "prep"}
                    for e in (_orgs(ctx, c.i) if c.dep != "prep" or c.lower == "of" else [])]
        else:
            continue
        if len(orgs) != 1:
            continue
        for state in _states(resolver, toks, holders, offices):
            if (state.key, orgs[0].key) in told:
                continue
            told.add((state.key, orgs[0].key))
            yield make_fact(ctx, "member", t.sent, "asserted", member=state.key, organization=orgs[0].key)


def _putting_out(ctx: Context) -> Iterator[Fact]:
    """The states that suspend or expel another state from an organisation: its members (the
    organisation the put-out state's denied membership was read with)."""
    resolver = ctx.resolver
    denied: dict[tuple[int, str], list[str]] = {}
    for f in ctx.doc.annotations.get("facts", []):
        if f.cq == "member" and f.modality == "negated":
            denied.setdefault((ctx.doc.sentence_index(f.evidence.start), str(f.fields["member"])), []).append(
                str(f.fields["organization"]))
    for m in ctx.doc.annotations.get("frames", []):
        if m.frame.name != "leave" or m.trigger.lemma not in PUTS_OUT:
            continue
        put_out = [e for k in m.args.object for e in resolver.entities(k, ("State",))]  # the patient, in either voice
        orgs = {o for e in put_out for o in denied.get((m.sentence, e.key), [])}
        if len(orgs) != 1:
            continue
        org = orgs.pop()
        for state in m.roles.get("member", []):  # the doers ("the presidents of A and B") besides the patient
            if state not in put_out:
                yield make_fact(ctx, "member", m.sentence, "asserted", member=state.key, organization=org)


def _orgs(ctx: Context, i: int) -> list[Entity]:
    """The organisation a word names, or the one its preposition's object names ("over the bloc");
    a body of one named as its own ("the bloc's Authority of Heads of State") is the organisation
    its name gives."""
    toks = ctx.resolver.toks
    if toks[i].pos == "ADP":
        return [e for c in toks[i + 1:i + 5] if c.head == i and c.dep == "pobj" for e in _orgs(ctx, c.i)]
    out: list[Entity] = []
    for e in ctx.resolver.entities(i, (*_ORG, "Organization")):
        out += [e] if e.type == _ORG[0] else known_in_name(ctx, e, _ORG[0])[:1]
    return out


def _noun_holders(toks, t) -> list[int]:
    """Who holds the chair the noun names: the name it is set beside ("X, the chairman of Y"), the
    subject of its copula ("X is the bloc's chair") or of the verb it is taken "as" under ("X took over
    as chair"), and a word naming a state before it ("the Czech presidency")."""
    out = [c.i for c in toks[max(0, t.i - 3):t.i] if c.head == t.i and c.dep in {"amod", "poss", "compound"}]
    head = toks[t.head]
    if t.dep == "appos":
        out.append(head.i)
    elif t.dep == "conj" and head.dep == "appos":  # "X, Kenya's president and the current chairman of Y"
        out.append(toks[head.head].i)
    verb = head if t.dep == "attr" else toks[head.head] if t.dep == "pobj" and head.lower == "as" else None
    if verb is not None:
        out += [c.i for c in toks[max(0, verb.i - 12):verb.i] if c.head == verb.i and c.dep == "nsubj"]
    return out


def _states(resolver, toks, holders: list[int], offices: dict[str, Entity]) -> list[Entity]:
    """The states the holders stand for: a state named, or the state a person's office is of."""
    out: list[Entity] = []
    for i in holders:
        found = resolver.entities(i, ("State", "Person"))
        out += [e if e.type == "State" else offices[e.key] for e in found
                if e.type == "State" or e.key in offices]
    return list(dict.fromkeys(out))
