"""Who signs: the signatories a sign-frame match names, in whatever construction English gives
them, and the states they bind (FORMAT.md: a person signing for a state makes it a signatory).

* the subject and whoever signs "with", "alongside", "along with" it ("X signed with Y", "X and Y
  signed", "the accord signed between X and Y"), also when the parser hung the phrase on the
  accord ("signed an accord with Y") or on the subject ("X, together with Y, signed");
* a second agent the parser took for the subject of the noun's own verb ("the pact, signed by A,
  and B, sets out ..."), and the complement of a signing that is the subject of "be" ("Signing
  for Chile was X");
* whom a signer signs for ("X signed for Chile", "on behalf of the government"), else the state
  each person serves, or the state of the title beside the name, held then or now ("then Chilean
  president X").
"""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.facts.common import agents_hung_low
from kg.extract.facts.sides import side_principals, side_remnants
from kg.extract.facts.signer_lists import listed_people
from kg.extract.frames import Match
from kg.extract.syntax import surface_subject
from kg.model import Entity

_SIGNERS = ("Person", "State", "InternationalOrganization", "Organization")
#: Prepositions that add a co-signer to the phrase they hang on.
_ALONGSIDE = frozenset({"with", "alongside"})
#: Words that make a "with" phrase on a noun a co-signer's ("X, together with Y,").
_JOINTLY = frozenset({"together", "along", "jointly"})


def state_served(ctx: Context, person: Entity) -> Entity | None:
    return ctx.doc.annotations.get("office_state", {}).get(person.key) or ctx.country_of(person)


def _is_organ(ctx: Context, body: Entity) -> bool:
    return body.type == "Organization" and bool(set(body.label.lower().split()) & ctx.lexicon.state_organs)


def organ_state(ctx: Context, body: Entity) -> Entity | None:
    """The state an organisation is an organ of, where its name says it is one and the article names
    the state ("Chile's foreign ministry", "the Ministry of Finance of Peru"); a bank or company is none."""
    state = ctx.country_of(body) if _is_organ(ctx, body) else None
    return state if state is not None and state.type == "State" else None


def party_of_signer(ctx: Context, signer: Entity) -> Entity | None:
    """Whom a signature makes a party: a state or international organisation itself, a state's organ
    the state (a ministry binds its state, never itself), any other organisation itself (a bank, a
    company); no person."""
    if signer.type in {"State", "InternationalOrganization"}:
        return signer
    if signer.type != "Organization":
        return None
    return organ_state(ctx, signer) if _is_organ(ctx, signer) else signer


def signers_of(ctx: Context, m: Match) -> list[Entity]:
    """The signatories of one sign-frame match: people, states and organisations."""
    bound = _subject_of_their(ctx, m)  # people named there; else "their" as resolved ("the ministers of A and B")
    signers = bound if any(e.type == "Person" for e in bound) else \
        [] if _its_own_signing(ctx, m) else list(m.roles.get("signatory", []))
    signers += [p for p in _copula_complement(ctx, m) if p not in signers]
    onlookers = _onlookers(ctx, m)
    signers += [p for p in m.roles.get("partner", []) if p not in signers and p not in onlookers]
    if signers:  # "X signed an accord with Y": the parser may hang "with Y" on the accord
        signers += [p for p in _partners_of_object(ctx, m) + _beside_subject(ctx, m) + _agent_taken_as_subject(ctx, m)
                    + agents_hung_low(ctx, m.trigger.i, _SIGNERS) + listed_people(ctx, m) if p not in signers
                    and p not in onlookers]
    # ("Each signed on behalf of his country": every signer's own, read below as the state each serves)
    own = [k for k in m.tokens.get("principal", []) if any(ctx.resolver.toks[c].lower in _BOUND | {"their", "its"}
                                                          for c in ctx.resolver.tree.kids(k, "poss"))]
    principals = [e for e in m.roles.get("principal", []) if e not in m.roles.get("agreement", [])
                  and (e.type != "Organization" or _on_behalf_of(ctx, m, e))] if not own else []
    principals += [s for s in side_principals(ctx, m) if s not in principals]  # "on the X side, signed by Y"
    signers += [p for p in principals if p not in signers]
    for side, people in side_remnants(ctx, m):  # "..., and on the B side by Y": Y signs for B
        signers += [e for e in [*people, side] if e not in signers]
    if _as_onlooker(ctx, m) and any(e.type == "Person" for e in signers):
        return [e for e in signers if e.type == "Person"]  # "Z, B's president, signed as a witness": Z alone
    for person in [e for e in signers if e.type == "Person"] if not principals else []:
        state = state_served(ctx, person) or _of_state(ctx, m, person)
        if state is not None and state not in signers:
            signers.append(state)
    # "the cabinets of both countries signed": an organ of several states is no one body that signs
    signers = [e for e in signers if e.type != "Organization" or not _of_several_states(ctx, m, e)]
    # a ministry signs for the state it is an organ of: "signed on behalf of Chile's foreign ministry"
    signers += [s for s in dict.fromkeys(organ_state(ctx, e) for e in signers) if s is not None and s not in signers]
    return signers


def _of_several_states(ctx: Context, m: Match, body: Entity) -> bool:
    """"The Joint Council of both states", "the ministries of the two states": a body's "of"
    phrase names states in the plural."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    return any(toks[o].lower in ctx.lexicon.state_group_nouns for t in ctx.tokens(m.trigger.sent)
               if (f := ctx.resolver.found_at(t.i)) is not None and f.entity == body
               for p in tree.kids(t.i, "prep") if toks[p].lower == "of" for o in tree.kids(p, "pobj"))


def _on_behalf_of(ctx: Context, m: Match, body: Entity) -> bool:
    """An organisation a signer binds is told "on behalf of" it; a "for" phrase names a body the text
    is for as often as one it binds ("signed an MOU for the X Programme")."""
    toks = ctx.resolver.toks
    return any(body in ctx.resolver.entities(k, ("Organization",)) and toks[toks[k].head].lower == "of"
               and toks[toks[toks[k].head].head].lower == "behalf" for k in m.tokens.get("principal", []))


#: Possessive pronouns a clause's subject binds: "A and B put their signatures to it".
_BOUND = frozenset({"their", "his", "her"})


def _subject_of_their(ctx: Context, m: Match) -> list[Entity]:
    """"Minister A and Ambassador B put their signatures to it", "A added his signature": a possessive
    pronoun on the signing noun is its verb's subject, so the signers are those the subject phrase
    names, however the parser scattered the names inside it (used where it names people: "the
    ministers of A and B put their names to it" is the resolver's, the ministers as well as A and B)."""
    g = m.args.governor
    if not m.args.nominal or g is None:
        return []
    tree = ctx.resolver.tree
    if not any(tree.toks[k].lower in _BOUND for k in tree.kids(m.trigger.i, "poss")):
        return []
    out: list[Entity] = []
    for k in surface_subject(tree, g):
        for j in tree.subtree(k):
            f = ctx.resolver.found_at(j)
            if f is not None and f.entity.type in _SIGNERS and f.entity not in out:
                out.append(f.entity)
    return out


def _its_own_signing(ctx: Context, m: Match) -> bool:
    """"Since its signing in 2015": a signing noun whose "its" is its only word for what was signed
    has the agreement as that possessor, not a signer ("its signature of the treaty" keeps the state)."""
    if not m.args.nominal:
        return False
    toks = ctx.resolver.toks
    poss = [k for k in ctx.resolver.tree.kids(m.trigger.i, "poss") if toks[k].lower == "its"]
    named = [k for k in m.tokens.get("agreement", []) if k not in poss
             and any(e.type == "Agreement" for e in ctx.resolver.entities(k, ("Agreement",)))]
    return bool(poss) and not named and set(m.tokens.get("signatory", [])) <= set(poss)


def _of_state(ctx: Context, m: Match, person: Entity) -> Entity | None:
    """The state a signer's own phrase names: "ministers X of A and Y of B signed", "by X for A"; or the title
    beside the name, also one held then and not now ("then French president X", "X, then
    Chile's foreign minister", "former Peruvian premier X"), whose state the signer signed for."""
    tree = ctx.resolver.tree
    for t in ctx.tokens(m.trigger.sent):
        f = ctx.resolver.found_at(t.i)
        if f is not None and f.entity == person and tree.head(t.i) != t.i \
                and ctx.resolver.found_at(tree.toks[t.head].i) is not f:  # the name's head word
            for p in tree.kids(t.i, "prep"):
                if tree.toks[p].lower in {"of", "for"}:  # "X of A", "by Y for B": whom each signs for
                    states = [g.entity for o in tree.kids(p, "pobj") if (g := ctx.resolver.found_at(o)) is not None
                              and g.entity.type == "State"]
                    if states:
                        return states[0]
            state = _title_state(ctx, t.i)
            if state is not None:
                return state
    return None


def _title_state(ctx: Context, k: int) -> Entity | None:
    """The state named on an office title set before or beside the name headed at ``k``: "the
    Icelandic prime minister Jon Sigurdsson", "Jon Sigurdsson, Iceland's prime minister"."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    for title in tree.kids(k, "compound", "appos"):
        if ctx.lexicon.office(toks[title].lemma) is None and ctx.lexicon.office(toks[title].lower) is None:
            continue
        for c in tree.kids(title, "amod", "poss", "compound", "nmod"):
            g = ctx.resolver.found_at(c)
            if g is not None and g.entity.type == "State":
                return g.entity
    return None


#: What someone present at a signing may be there as, without signing.
_ONLOOKERS = frozenset({"witness", "observer", "guest", "host", "mediator", "guarantor", "onlooker", "broker"})


def _onlookers(ctx: Context, m: Match) -> list[Entity]:
    """"signed it, with X as witness", "with X acting as mediator": X is there, not signing."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    preps = tree.kids(m.trigger.i, "prep")
    out: list[Entity] = []
    for n, p in enumerate(preps):
        if toks[p].lower != "with":
            continue
        after = preps[n + 1:n + 2]  # "with X as witness": the parser may hang "as" on the verb
        words = [toks[i] for i in tree.subtree(p)] + [toks[i] for a in after if toks[a].lower == "as" for i in tree.subtree(a)]
        if any(w.lemma in _ONLOOKERS for w in words):
            out += [e for o in tree.kids(p, "pobj") for e in ctx.resolver.entities(o, ("State", "Person", "InternationalOrganization"))]
    return out


def _as_onlooker(ctx: Context, m: Match) -> bool:
    """"Z signed it as a witness", "added his signature as guarantor": Z signs, for no state of his
    (the state he serves is no signatory, nor party)."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    verbs = [m.trigger.i] + ([m.args.governor] if m.args.nominal and m.args.governor is not None else [])
    return any(toks[o].lemma in _ONLOOKERS for v in verbs for p in tree.kids(v, "prep") if toks[p].lower == "as"
               for o in tree.kids(p, "pobj"))


def _partners_of_object(ctx: Context, m: Match) -> list[Entity]:
    """Whom the signed agreement is "with", when the parser made it the agreement's phrase."""
    tree = ctx.resolver.tree
    toks = ctx.resolver.toks
    out: list[Entity] = []
    signed = m.args.object + m.args.prep("to")  # "put its signature to an accord with X"
    for k in [k for k in m.tokens.get("agreement", []) if k in signed]:
        # through the phrase's own nouns ("a memorandum of understanding (MoU) with X") and its
        # conjuncts ("a trade deal and a defence pact with X": both are signed with X)
        todo = [k]
        while todo:
            n = todo.pop()
            for c in tree.children[n]:
                if toks[c].dep == "prep" and toks[c].lower in _ALONGSIDE:  # "alongside Y": who signs too
                    out += [e for o in tree.kids(c, "pobj") for e in ctx.resolver.entities(o, ("State", "Person"))]
                elif toks[c].dep in {"prep", "pobj", "appos", "compound", "conj"} and toks[c].lower not in _ALONGSIDE \
                        and toks[c].tag not in {"NNS", "NNPS"}:  # "one of many agreements with A": others'
                    todo.append(c)
    return out


def _beside_subject(ctx: Context, m: Match) -> list[Entity]:
    """Co-signers the parser hung on the subject: "the ministers of A and B, together with the
    minister of C, signed"; "alongside his counterpart Y, X signed", where the parser set the
    fronted name beside the subject's as if one person had two names."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    types = ("State", "Person", "InternationalOrganization")
    out: list[Entity] = []
    subjects = list(m.tokens.get("signatory", []))
    g = m.args.governor
    if m.args.nominal and g is not None:  # "X, together with Y, put their signatures to it"
        subjects += [k for k in tree.kids(g, "nsubj") if k not in subjects]
    for k in subjects:
        for p in tree.kids(k, "prep"):
            if toks[p].lower == "alongside" or toks[p].lower == "with" and any(
                    toks[a].lower in _JOINTLY for a in tree.kids(p, "advmod")):
                out += [e for o in tree.kids(p, "pobj") for e in ctx.resolver.entities(o, types)]
            elif toks[p].lower in _JOINTLY:  # "along with Y" as two prepositions
                out += [e for w in tree.kids(p, "prep") if toks[w].lower == "with"
                        for o in tree.kids(w, "pobj") for e in ctx.resolver.entities(o, types)]
        own = ctx.resolver.found_at(k)
        if own is not None and own.entity.type == "Person":
            for a in tree.kids(k, "appos"):
                f = ctx.resolver.found_at(a)
                if f is not None and f.entity.type == "Person" and f.entity != own.entity:
                    out.append(f.entity)  # two people's names side by side are two people
    return out


def _agent_taken_as_subject(ctx: Context, m: Match) -> list[Entity]:
    """"The pact, which was signed by A, and B, sets out ...": a second agent after a comma, taken by
    the parser for the subject of the main verb it then coordinated with the signing. In a clause
    on a noun nothing else can start right after "and" with the subject of a new verb."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    t = m.trigger.i
    if toks[t].dep not in {"relcl", "acl"} or not tree.kids(t, "agent"):
        return []
    end = max(i for a in tree.kids(t, "agent") for i in tree.subtree(a))
    # the "and" right after the agent phrase, hung on the signing or on the noun it describes
    ands = [c for c in tree.kids(t, "cc") + tree.kids(toks[t].head, "cc") if c > end and toks[c].lower == "and"
            and all(toks[i].pos == "PUNCT" for i in range(end + 1, c))]
    out: list[Entity] = []
    for cc in ands[:1]:
        # the phrase right after "and", made the subject of the noun's own verb or a conjunct of the noun
        after = [x.i for x in ctx.tokens(m.trigger.sent) if x.i > cc and x.dep in {"nsubj", "conj"}
                 and min(tree.subtree(x.i)) == cc + 1]
        for phrase in after[:1]:
            out += ctx.resolver.entities(phrase, ("Person", "State", "InternationalOrganization"))
    return out


def _copula_complement(ctx: Context, m: Match) -> list[Entity]:
    """"Signing for Chile was the foreign minister, X", "Signing on behalf of Peru were X and Y":
    a signing that is the subject of "be" names its signers in the complement — also where the
    parser took the gerund for a noun, which the verb's reading of the subject does not see."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    t = m.trigger.i
    if not toks[t].lower.endswith("ing"):  # the gerund, which the parser may tag as a noun
        return []
    be = [toks[t].head] if toks[t].dep in {"csubj", "nsubj"} and toks[toks[t].head].lemma == "be" else \
        [a for a in tree.kids(t, "aux") if toks[a].lemma == "be" and a > t]  # the parser's "Signing ... were X"
    return [e for b in be for c in tree.kids(b, "attr") if c > t
            for e in ctx.resolver.entities(c, ("Person", "State", "InternationalOrganization"))]
