"""Ratifications read from frame matches: a legislature's vote, a head of state's signature.

The ratify frame (``data/frames.yaml``) says who approved which agreement; this module applies
FORMAT.md's conventions: a body ratifying is its state's ratification, the state being the one
the sentence says it is of ("Chile's Chamber of Deputies") before the one its link gives; a head of
state signing the ratification law ratifies too, for the state whose body voted in that sentence.
"""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract.clause_dates import dates_for
from kg.extract.context import Context
from kg.extract.facts.chamber_states import (
    body_state,
    chambers_beside,
    foreign,
    home_chambers,
    home_state,
    named_in_full,
    named_owner,
    own_chambers,
    sister_chamber_state,
    text_owner,
)
from kg.extract.facts.common import agents_hung_low, make_fact
from kg.extract.facts.described_chambers import members_body
from kg.extract.facts.each_signatory import distributed, signatory_states
from kg.extract.facts.faction_votes import a_faction
from kg.extract.facts.ratification_conditions import a_condition
from kg.extract.facts.ratification_modality import step_modality
from kg.extract.facts.ratification_steps import (
    adopted_at_meeting,
    adopting_states,
    handed_to,
    not_needed,
    shelved,
    vote_ahead,
)
from kg.extract.facts.ratifier_phrases import (
    body_in_view,
    electorate_states,
    holds_no_ratifying_office,
    instrument_owners,
    where_required,
)
from kg.extract.facts.ratifying_companions import companions
from kg.extract.facts.ratifying_law import completed_by_signature, signs_into_law
from kg.extract.facts.ratifying_partners import (
    candidate_states,
    ratifying_states,
    served_here,
    signed_by_person,
    signers_state,
    unless_partner,
)
from kg.extract.facts.sides import side_principals
from kg.extract.facts.treaties import (
    agreements_of,
    consolidate,
    event_date,
    trigger_modality,
)
from kg.extract.frames import Match
from kg.model import Entity, Fact

_RATIFIERS = ("State", "Legislature", "Person")


def ratifications(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    facts: list[Fact] = []
    by_signature = completed_by_signature(ctx, matches)
    for m in matches:
        if m.frame.name not in {"ratify", "home-steps", "pass-through", "push-through", "vote-on"} or not _gets_through(ctx, m):
            continue
        if m.trigger.i in by_signature:
            continue  # "signed it, completing its ratification": the signature's ratification tells it
        if m.frame.name == "vote-on" and (step_modality(ctx, m) not in vote_ahead(m) or _only_document(ctx, m)
                                          or shelved(ctx, m)):
            continue  # "voted on the pact": how it went is another sentence's; "take up the document": which one?
        if m.trigger.lemma in _WEIGHING and not any(e.type == "Legislature" for e in m.roles.get("ratifier", [])):
            continue  # "Chile will consider the offer": only a chamber considering a pact votes on it
        if not (agreements := agreements_of(ctx, m)):
            continue
        if m.negative and (_some_members(ctx, m) or a_faction(ctx, m)):
            continue  # "four deputies voted against it", "opposition deputies voted against": a minority's vote
        if _executive(ctx, m) or _committee(ctx, m):
            continue  # "the cabinet approved the pact", "the chamber's committee backed it": a step before ratifying
        if _called_for(ctx, m):
            continue  # "activists urged the Senate to ratify it": a call says nothing of what the body will do
        if not_needed(ctx, m) or a_condition(ctx, m):
            continue  # "it needs no approval from Congress", "a condition is that a member ratified it": none told
        if not m.negative and _under_refusal(ctx, m, matches):
            continue  # "threw out a motion seeking approval of it": the approval sought is what was refused
        ratifiers = m.roles.get("ratifier", []) or instrument_owners(ctx, m) or _law_makers(ctx, m) \
            or where_required(ctx, m) or (body_in_view(ctx, m.sentence) if m.frame.name == "vote-on" else []) \
            or electorate_states(ctx, m)
        ratifiers = [e for e in handed_to(ctx, m, ratifiers) if e.type != "Person" or not holds_no_ratifying_office(ctx, e)]
        if adopted_at_meeting(ctx, m, ratifiers):  # "the leaders adopted a declaration": agreed on, not ratified
            if trigger_modality(ctx, m) == "asserted":
                adopters = adopting_states(ctx, m, ratifiers)
                ctx.doc.annotations.setdefault("adopted_by", []).extend(
                    (a.key, p.key, m.sentence) for a in agreements for p in adopters)
            continue
        if m.frame.name in {"ratify", "vote-on"}:  # "ratified by the Senate in Lima and by Chile's Congress"
            ratifiers = ratifiers + [e for e in agents_hung_low(ctx, m.trigger.i, _RATIFIERS) if e not in ratifiers]
            ratifiers += companions(ctx, m, ratifiers)  # "A, along with B, ratified it": B too
        if sides := side_principals(ctx, m):  # "its ratification on the Indonesian side": that state's alone
            ratifiers = [e for e in ratifiers if e.type != "State"] + sides
        # "must be ratified by each signatory's parliament": every state that signed it, ahead (what
        # "had to be approved by each member" came to is for other sentences to tell)
        if distributed(ctx, m) and step_modality(ctx, m) == "planned":
            ratifiers = [e for e in ratifiers if e.type == "Person"] + signatory_states(ctx, matches, agreements) \
                or ratifiers
        said = [i for i in m.tokens.get("agreement", []) if ctx.resolver.toks[i].pos in {"NOUN", "PRON"}]
        if "agreement" in m.implicit and not said and not m.args.nominal \
                and m.trigger.lemma != "ratify" and not any(e.type in {"Legislature", "Person"} for e in ratifiers) \
                and not _unnamed_legislature(ctx, m):
            continue  # "forces pass through the strait": only a body voting says what it passed
        bodies = [e for e in ratifiers if e.type == "Legislature"]
        states = ratifying_states(ctx, m, ratifiers)  # (no "with" partner)
        signers: dict[str, Entity] = {}  # a head of state ratifying is the state's ratifying body (FORMAT.md)
        for person in [e for e in ratifiers if e.type == "Person"]:
            # "it was ratified by President X": a head of state no office ties to a state is the
            # one state the sentence names, else the article's own
            named = candidate_states(ctx, m.sentence)  # (not a partner "with" the agreement)
            state = unless_partner(ctx, m.sentence, served_here(ctx, person, m.sentence) or (
                named[0] if len(named) == 1 else None if named else _voting_state(ctx, matches, agreements) or home_state(ctx)))
            if state is not None and state not in states:
                states.append(state)
            if state is not None:
                signers.setdefault(state.key, person)
        # one state and one body ratifying ("in Chile, the Senate ratified it"): the body is the state's
        alone = states[0] if len(states) == 1 and len(bodies) == 1 else None
        # ("by the Chilean Senate and by lawmakers in Peru": a body named here by its state's name is that state's)
        owners = {b.key: named_owner(ctx, m, b) or (text_owner(ctx, b) if named_in_full(ctx, m.sentence, b) else None)
                  or foreign(ctx, b, alone) or body_state(ctx, b) for b in bodies}
        owners = chambers_beside(ctx, m, bodies, owners)
        for legislature in bodies:
            owner = owners[legislature.key]
            if owner is not None and owner not in states:
                states.append(owner)
        if not ratifiers and not _speaks_of_ratifying(ctx, m):
            continue  # "approved" with no one approving and no ratification word: another sense
        if not bodies:  # a legislature the sentence names that no other ratifier there claims
            bodies = _free_bodies(ctx, m, matches, states)
        if not states and not bodies and _unnamed_legislature(ctx, m):
            # "ratified by both houses of parliament", "lawmakers voted for it": the state the article has
            # ratifying it, else the article's own
            home = _voting_state(ctx, matches, agreements) or home_state(ctx)
            states = [home] if home is not None else []
        if not bodies and len(states) == 1:  # "Finnish lawmakers": the members' legislature
            bodies = members_body(ctx, m, states[0])
        if not states and bodies:  # the body's country, else where it sits ("In Moscow, the ...")
            where = [ctx.country_of(p) or p for p in m.roles.get("place", [])]
            owner = body_state(ctx, bodies[0]) or sister_chamber_state(ctx, bodies[0], facts, [a.key for a in agreements]) \
                or next((w for w in where if w.type == "State"), None) \
                or (home_state(ctx) if m.frame.name != "vote-on" else None)  # a vote ahead: only a chamber's own state
            states = [owner] if owner is not None else []
        mod = step_modality(ctx, m)
        date = event_date(ctx, m) or _law_date(ctx, m)
        for state in states:
            # the body of that state before one of no known state ("the X Assembly of A and B's parliament")
            body: Entity | None = next((b for b in bodies if owners.get(b.key) == state), None) or next(
                (b for b in bodies if (o := owners.get(b.key, body_state(ctx, b))) == state or o is None and foreign(ctx, b, state)),
                None)
            # "by the Zendan Assembly and by the Zendan Council": each of the state's chambers votes
            chambers: list[Entity | None] = [signers[state.key]] if state.key in signers else \
                [*own_chambers(ctx, m, [b for b in bodies if owners.get(b.key) == state])] or [body]
            facts += [make_fact(ctx, "ratification", m.sentence, mod, agreement=a.key, state=state.key,
                                body=b.key if b else None, date=date) for a in agreements for b in chambers]
    facts = home_chambers(ctx, facts)
    signed_laws: list[Fact] = []
    for m in [m for m in matches if m.frame.name == "sign" and signs_into_law(ctx, m)]:
        # "President X signed the ratification law": the head of state's step of ratifying
        for person in [e for e in m.roles.get("signatory", []) if e.type == "Person"]:
            state = signers_state(ctx, m, person, facts)
            if state is not None:
                signed_laws += [make_fact(ctx, "ratification", m.sentence, trigger_modality(ctx, m), agreement=a.key,
                                    state=state.key, body=person.key, date=event_date(ctx, m)) for a in agreements_of(ctx, m)]
    # a state's body, when one sentence names it, is the body of its other sentences too; a date is
    # shared only within one body's vote (a state's two chambers vote on different days)
    # (a head of state's signature is a step of its own, not the body of the state's other sentences)
    # (unless the person's ratifying is the state's only step: "the Sultan ratified it by decree")
    consolidate([f for f in facts if not signed_by_person(ctx, f) or _decreed(f, facts)], ("body",),
                key=("agreement", "state"))
    facts += signed_laws
    facts = consolidate(facts, ("date",), key=("agreement", "state", "body"))
    # "X sent it to the Senate for ratification" and "the Senate ratified it": the step awaited is
    # the one told as done (a body ratifies an agreement once)
    # ("Brazil must ratify it" and "Brazil's Senate ratified it": a step of no named body is any body's)
    done = {_step(f) for f in facts if f.modality == "asserted"}
    done |= {(a, s, None) for a, s, _ in done}
    yield from (f for f in facts if f.modality != "planned" or _step(f) not in done)


#: Verbs of weighing that are a vote ahead only when a legislature weighs: "the Senate will consider it".
_WEIGHING = frozenset({"consider", "examine"})


def _step(f: Fact) -> tuple:
    return f.fields.get("agreement"), f.fields.get("state"), f.fields.get("body")


#: Who approves an agreement for a government, not a legislature: their approval is no ratification.
_EXECUTIVE = frozenset({"cabinet", "government", "ministry", "minister", "ministers", "administration", "executive"})


def _executive(ctx: Context, m: Match) -> bool:
    """"The cabinet approved the pact", "the government endorsed it": an approval ("ratify" is still
    ratifying) whose every ratifier phrase is an executive's."""
    toks = ctx.resolver.toks
    said = m.tokens.get("ratifier", [])
    if m.trigger.lemma in {"ratify", "ratification"} or not any(toks[k].lemma.lower() in _EXECUTIVE for k in said):
        return False
    # (no body or person among them, nor a state named as such: "Chile and Peru's cabinet")
    return not any(e.type in {"Legislature", "Person"} for e in m.roles.get("ratifier", [])) \
        and not any((f := ctx.resolver.found_at(k)) is not None and f.entity.type == "State" for k in said)


#: A chamber's working bodies: their approval or recommendation is a step before the chamber's vote.
_COMMITTEES = frozenset({"committee", "subcommittee", "panel", "commission"})


def _committee(ctx: Context, m: Match) -> bool:
    """"The foreign affairs committee of Ghana's parliament endorsed the pact", "the committee
    recommended ratification": a committee no name makes a ratifying body ("the Standing Committee of
    the National People's Congress" is one) is not its chamber."""
    toks = ctx.resolver.toks
    return any(toks[k].lemma.lower() in _COMMITTEES and ctx.resolver.found_at(k) is None
               for k in m.tokens.get("ratifier", []))


#: Verbs that call on someone to act: "urged the Senate to ratify it", "called on it to approve".
_CALLING = frozenset({"urge", "press", "call", "ask", "appeal", "implore", "lobby", "push", "encourage", "exhort",
                      "demand", "petition", "beg", "challenge", "campaign"})


def _called_for(ctx: Context, m: Match) -> bool:
    """Is the trigger the infinitive a call asks someone to do: "urged X to ratify", "called on X
    to approve"? (A ratification noun called for, "called for its swift ratification", stays the
    ratification awaited, planned.)"""
    toks = ctx.resolver.toks
    t = m.trigger
    if m.args.nominal or t.dep != "xcomp" or t.head == t.i:
        return False
    return toks[t.head].lemma in _CALLING and _a_call(ctx, t.head)


def _a_call(ctx: Context, g: int) -> bool:
    """"called for", "called on X to": a call; "called off", "called it a ratification": none."""
    tree = ctx.resolver.tree
    if tree.kids(g, "prt"):
        return False  # "the vote was called off", "pushed back"
    return tree.toks[g].lemma != "call" or any(tree.toks[p].lower in {"for", "on", "upon"} for p in tree.kids(g, "prep"))


def _only_document(ctx: Context, m: Match) -> bool:
    """Is the agreement of a vote ahead said only by a word read through ("take up the document")?"""
    toks = ctx.resolver.toks
    said = [k for k in m.tokens.get("agreement", []) if toks[k].pos in {"NOUN", "PROPN"}]
    return bool(said) and all(toks[k].lemma in ctx.resolver.frames.transparent for k in said)


def _under_refusal(ctx: Context, m: Match, matches: list[Match]) -> bool:
    """Is the trigger inside what a negative trigger of its sentence governs ("rejected the bill
    ratifying it", "threw out a motion seeking approval of it")?"""
    toks = ctx.resolver.toks
    # (a refusal whose own words say ratifying, "refused to ratify it", is this verb's own negation:
    # the verb reads the refusal, as it reads "declined to ratify it")
    refusals = {o.trigger.i for o in matches if o.negative and o.sentence == m.sentence and o.frame is m.frame
                and f"{toks[o.trigger.i].lemma} to {m.trigger.lemma}" not in m.frame.negative}
    k, steps = ctx.resolver.tree.head(m.trigger.i), 0
    while refusals and k is not None and steps < 6:
        if k in refusals:
            return True
        k, steps = ctx.resolver.tree.head(k), steps + 1
    return False


def _voting_state(ctx: Context, matches: list[Match], agreements: list[Entity]) -> Entity | None:
    """The one state the article has ratifying these agreements, itself or through its legislature."""
    states = {s for o in matches if o.frame.name == "ratify" and not o.negative and set(agreements_of(ctx, o)) & set(agreements)
              for b in o.roles.get("ratifier", []) if b.type in {"Legislature", "State"}
              for s in [b if b.type == "State" else named_owner(ctx, o, b) or ctx.country_of(b)] if s is not None}
    return states.pop() if len(states) == 1 else None


#: Words that count or pick out some members of a body: "four deputies", "several senators".
_SOME = frozenset({"some", "several", "few", "many", "most", "dozens", "dozen", "handful", "two", "three", "four", "five"})


#: Nouns that count a vote, not the voters: "rejected by 40 votes to 52", "by a margin of 12".
_TALLIES = frozenset({"vote", "margin", "majority", "tally", "count"})


def _some_members(ctx: Context, m: Match) -> bool:
    """Is who voted some members of a body ("four deputies from the X party", "several senators"),
    not the body?"""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    for k in tree.kids(m.trigger.i, "nsubj") + m.args.subject:
        if toks[k].lemma in _TALLIES:
            continue  # "defeated by 40 votes to 52": the tally, not who voted
        kids = tree.children[k]
        if any(toks[c].dep == "nummod" or toks[c].lower in _SOME for c in kids) \
                or any(toks[c].lower == "from" and toks[c].dep == "prep" for c in kids):
            return True
    return False


#: Verbs an agreement gets a body's approval by only when their object says so ("won the backing of").
_GETTING = frozenset({"win", "secure", "receive", "get", "obtain"})
_APPROVALS = frozenset({"approval", "backing", "endorsement", "blessing", "nod", "ratification", "consent"})


def _gets_through(ctx: Context, m: Match) -> bool:
    """A "pass-through" match ("the accord cleared the Senate") counts; with a verb of getting,
    only where what is got is an approval ("won the backing of the Senate", not "won praise")."""
    if m.frame.name != "pass-through" or m.trigger.lemma not in _GETTING:
        return True
    toks = ctx.resolver.toks
    return any(toks[k].lemma in _APPROVALS for k in m.args.object)


def _free_bodies(ctx: Context, m: Match, matches: list[Match], states: list[Entity]) -> list[Entity]:
    """Legislatures of the sentence not ratifying by another trigger there, the state's own
    first, then the nearest the trigger."""
    claimed = {e.key for o in matches if o is not m and o.sentence == m.sentence and o.frame is m.frame
               for e in o.roles.get("ratifier", []) if e.type == "Legislature"}
    found = [f for f in ctx.found(m.sentence, "Legislature") if f.entity.key not in claimed
             and (not states or ctx.country_of(f.entity) in (*states, None))]
    found.sort(key=lambda f: (ctx.country_of(f.entity) not in states, abs(f.start - m.trigger.start)))
    return [f.entity for f in found][:1]


#: What a body passes or a head of state issues to ratify: "a decree ratifying the accord".
_LAWS = frozenset({"law", "bill", "decree", "legislation", "resolution", "act", "ordinance"})


def _law_makers(ctx: Context, m: Match) -> list[Entity]:
    """Who makes the law a ratifying participle hangs on: "the Sultan issued a decree ratifying
    the accord", "a bill ratifying it was passed by the Senate", "the Senate adopted a resolution
    approving the pact": the subject (or agent) of the verb whose object the law is."""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    t = m.trigger
    law = tree.head(t.i)
    if t.dep != "acl" or law is None or toks[law].lemma not in _LAWS:
        return []
    verb = tree.head(law)
    if verb is None or toks[verb].pos not in {"VERB", "AUX"} or toks[law].dep not in {"dobj", "nsubjpass"}:
        return []
    makers = tree.kids(verb, "nsubj") + [a for g in tree.kids(verb, "agent") for a in tree.kids(g, "pobj")]
    return [e for k in makers for e in ctx.resolver.entities(k, ("Person", "Legislature", "State"))]


def _law_date(ctx: Context, m: Match):
    """"issued on Saturday a decree ratifying it": the day the law was made."""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    law = tree.head(m.trigger.i)
    verb = tree.head(law) if law is not None and m.trigger.dep == "acl" and toks[law].lemma in _LAWS else None
    found = dates_for(ctx, m.sentence, toks[verb]) if verb is not None else []
    return found[0].start_date if found else None


def _decreed(f: Fact, facts: list[Fact]) -> bool:
    """Is a person's ratification the state's only step ("the Sultan ratified it by decree"): no
    legislature of the state ratified the agreement in the article, so the person is the body of
    the state's other sentences ("Oman ratifies the pact")."""
    return not any(g.fields.get("agreement") == f.fields.get("agreement") and g.fields.get("state") == f.fields.get("state")
                   and g.fields.get("body") not in (None, f.fields.get("body")) for g in facts)


def _unnamed_legislature(ctx: Context, m: Match) -> bool:
    """Is who ratifies a legislature the sentence does not name ("both houses of parliament")?"""
    words = ctx.resolver.frames.descriptions.get("Legislature", frozenset())
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    heads = [i for k in m.tokens.get("ratifier", []) for i in [k] + [
        o for p in tree.kids(k, "prep") if toks[p].lower == "of" for o in tree.kids(p, "pobj")]]
    # "would need the approval of a legislature": none in particular
    return any((toks[i].lemma in words or toks[i].lower in words)
               and not any(toks[d].lower in {"a", "an", "any", "no", "which", "what"} for d in tree.kids(i, "det"))
               for i in heads)


def _speaks_of_ratifying(ctx: Context, m: Match) -> bool:
    return m.trigger.lemma in {"ratify", "ratification"} or bool(ctx.found(m.sentence, "Legislature")) \
        or _unnamed_legislature(ctx, m)
