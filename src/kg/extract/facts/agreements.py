"""Facts about agreements: ratifications, signings, parties, permitted activities, access."""
from __future__ import annotations

import re
from typing import Iterator

from kg.extract.context import Context, Found, dates_for, trigger_tokens
from kg.extract.facts.common import (
    accession_of, body_sentences, event_place, holder_state, make_fact, modality_at, most_named,
    paired_states, preceded_by, states_in_name, states_with, trigger_actors, trigger_modality,
    trigger_spans,
)
from kg.model import Entity, Fact


def ratifications(ctx: Context) -> Iterator[Fact]:
    """Ratifications read in several sentences of one state are one event (``_consolidate``)."""
    yield from _consolidate(list(_ratifications(ctx)), ("body", "date"), key=("agreement", "state"))


def _ratifications(ctx: Context) -> Iterator[Fact]:
    lemmas = {w for w in ctx.lexicon.triggers["ratification"] if " " not in w}
    for s in body_sentences(ctx):
        if not trigger_spans(ctx, s, "ratification"):
            continue
        bodies = ctx.unique(ctx.found(s, "Legislature"))
        text = ctx.sentence(s).lower()
        if "ratif" not in text and not bodies and not _LEGISLATURE_WORDS.search(text):
            continue
        agreements = ctx.agreements(s) or _accession_protocol(ctx, s)
        if not agreements:
            continue
        voting = {"vote"} if re.search(r"\bvot(?:ed|es|e) (?:down|against|to)\b", text) else set()
        states, triggers = trigger_actors(ctx, s, lemmas | voting, ("State",), frozenset({"by"}))
        body_actors, _ = trigger_actors(ctx, s, lemmas, ("Legislature",), frozenset({"by"}))
        bodies = body_actors + [b for b in bodies if b not in body_actors]  # the acting body first
        if not states:
            for body in bodies:
                owner = ctx.country_of(body)
                if owner:
                    states.append(owner)
        if not states:
            # "Russia's lower house ... ratified": the possessor of the subject
            states = [f.entity for f in ctx.states(s) if _preceded_by_possessive(ctx, s, f)
                      and not accession_of(ctx, s, f)][:1]
        if not states:
            by_both = re.search(r"\bby (?:the )?(?:\w+ )?(?:of )?(?:both|the two|all three|each)\b", ctx.sentence(s), re.I)
            states = paired_states(ctx, s) if by_both else []
        # "... and ratified on the Philippine side"
        states += [f.entity for f in ctx.states(s) if re.match(r"\s+side\b", ctx.sentence(s)[ctx.local(s, f.end):ctx.local(s, f.end) + 8])
                   and f.entity not in states]
        if not states and bodies:
            main = most_named(ctx, "State")
            states = [main] if main else []
        if not bodies and states and _LEGISLATURE_WORDS.search(ctx.sentence(s)):
            bodies = [b for b in (_legislature_of(ctx, st) for st in states) if b is not None]
        date = dates_for(ctx, s, triggers or None)
        mod = trigger_modality(ctx, s, triggers[0]) if triggers else "asserted"
        if re.search(r"\b(reject(?:ed|s)?|vot(?:ed|es|e) down|vot(?:ed|es|e) against)\b", ctx.sentence(s), re.I):
            mod = "negated"  # a legislature that rejects an agreement does not ratify it
        elif mod == "asserted" and triggers and _CONDITION.search(ctx.sentence(s)[:ctx.local(s, triggers[0].start)]):
            mod = "planned"  # "cannot take effect until it has been approved", "must still be ratified"
        free = list(bodies)
        for state in states:
            body = _body_for(ctx, s, state, free)
            if body is not None:
                free.remove(body)
            yield make_fact(ctx, "ratification", s, mod, agreement=agreements[0].key, state=state.key,
                        body=body.key if body else None, date=date[0].start_date if date else None)


_LEGISLATURE_WORDS = re.compile(r"\b(parliament|parliaments|legislature|lower house|upper house|chamber|lawmakers|deputies|"
                                r"senators|senate|assembly|mps)\b", re.I)


_CONDITION = re.compile(r"\b(until|unless|once|before it can|must|needs? to|has yet to|have yet to|still needs?|"
                        r"(?:still\s+)?ha(?:s|ve) to)\b", re.I)


def _body_for(ctx: Context, s: int, state: Entity, bodies: list[Entity]) -> Entity | None:
    """The legislature that belongs to the state: by what the article says of it, else the one
    named nearest the state in the sentence."""
    owned = [b for b in bodies if ctx.country_of(b) is state]
    if owned:
        return owned[0]
    unowned = [b for b in bodies if ctx.country_of(b) is None]
    if not unowned:
        return None
    where = next((f.start for f in ctx.states(s) if f.entity is state), None)
    if where is None:
        return unowned[0]
    spots = {f.entity.key: f.start for f in ctx.found(s, "Legislature")}
    return min(unowned, key=lambda b: abs(spots.get(b.key, 10**6) - where))


def _legislature_of(ctx: Context, state: Entity) -> Entity | None:
    """The legislature of a state the article names elsewhere ("Norway's Storting")."""
    for e in ctx.doc.entities.values():
        if e.type == "Legislature" and ctx.country_of(e) is state:
            return e
    return None


def _accession_protocol(ctx: Context, s: int) -> list[Entity]:
    """"ratified Sweden's accession": the accession protocol of that state, if the article names it."""
    for f in ctx.states(s):
        if accession_of(ctx, s, f):
            for e in ctx.doc.entities.values():
                if e.type == "Agreement" and re.search(r"(accession|membership)", e.label, re.I) and (
                        f.entity.label in e.label or any(a in e.label for a in f.entity.aliases if len(a) > 2)
                        or f.mention.text in e.label):
                    return [e]
    return []


def _preceded_by_possessive(ctx: Context, s: int, f: Found) -> bool:
    after = ctx.sentence(s)[ctx.local(s, f.end):ctx.local(s, f.end) + 3]
    return after.startswith(("'s", "\u2019s"))


def signings(ctx: Context) -> Iterator[Fact]:
    lemmas = {w for w in ctx.lexicon.triggers["signing"] if " " not in w}
    facts: list[Fact] = []
    for s in body_sentences(ctx):
        if not trigger_spans(ctx, s, "signing"):
            continue
        agreements = ctx.agreements(s)
        if not agreements:
            continue
        signers, triggers = trigger_actors(ctx, s, lemmas, ("Person", "State"))
        triggers = [t for t in triggers if not _signs_something_else(ctx, s, t)]
        if not triggers:
            continue
        signers += paired_states(ctx, s)
        for person in [e for e in signers if e.type == "Person"]:
            state = holder_state(ctx, person)
            if state is not None:
                signers.append(state)
        place = event_place(ctx, s, triggers)
        date = dates_for(ctx, s, triggers)
        mod = modality_at(ctx, s, (ctx.local(s, triggers[0].start), ctx.local(s, triggers[0].end)))
        for signer in dict.fromkeys(signers) or [None]:
            facts.append(make_fact(ctx, "signing", s, mod, agreement=agreements[0].key,
                               signatory=signer.key if signer else None,
                               date=date[0].start_date if date else None, place=place.key if place else None))
    yield from _consolidate(facts, ("date", "place"))


_DOCUMENTS = {"document", "documents", "text", "statute", "mou"}  # words for a treaty besides its head nouns


def _signs_something_else(ctx: Context, s: int, trigger) -> bool:
    """"signed the legislation", "the contract Australia had signed": what the verb signs is a
    common noun that is no agreement word and names none of the article's agreements."""
    toks = ctx.doc.annotations["tokens"]
    if trigger.pos != "VERB":
        return False
    signed = [t for t in ctx.tokens(s) if t.head == trigger.i and t.dep in {"dobj", "nsubjpass"}]
    if trigger.dep == "relcl":
        signed.append(toks[trigger.head])  # "the contract [that] X signed"
    for t in signed:
        if t.pos != "NOUN" or t.lower in _DOCUMENTS or ctx.lexicon.head_type(t.lower.rstrip("s")) == "Agreement" \
                or ctx.lexicon.head_type(t.lower) == "Agreement":
            continue
        if any(f.start <= t.start < f.end for f in ctx.found(s, "Agreement")):
            continue
        return True
    return False


def _consolidate(facts: list[Fact], shared: tuple[str, ...], key: tuple[str, ...] = ("agreement",)) -> list[Fact]:
    """One event read in several sentences: fields one sentence gives (the date, the place)
    complete the others about the same event (same ``key`` fields and modality), when they do
    not disagree."""
    by_event: dict[tuple, list[Fact]] = {}
    for f in facts:
        by_event.setdefault(tuple(f.fields.get(k) for k in key) + (f.modality,), []).append(f)
    for group in by_event.values():
        for name in shared:
            values = {f.fields[name] for f in group if name in f.fields}
            if len(values) == 1:
                value = values.pop()
                for f in group:
                    f.fields.setdefault(name, value)
    return facts


def parties(ctx: Context) -> Iterator[Fact]:
    """Parties: states signing, ratifying, named with/between or in the agreement's name."""
    for agreement in [e for e in ctx.doc.entities.values() if e.type == "Agreement"]:
        for state in states_in_name(ctx, agreement):
            yield make_fact(ctx, "parties", _first_sentence(ctx, agreement), agreement=agreement.key, party=state.key)
    for s in range(len(ctx.doc.sentences)):
        agreements = ctx.agreements(s)
        if not agreements:
            continue
        signing = trigger_tokens(ctx, s, {w for w in ctx.lexicon.triggers["signing"] if " " not in w})
        if signing and not ctx.found(s, "Agreement") and all(_signs_something_else(ctx, s, t) for t in signing):
            continue  # "It also ends the contract X had signed with Y": Y is party to that contract
        states = states_with(ctx, s) + paired_states(ctx, s) + _bound_by(ctx, s)
        for kind in ("signing", "ratification"):
            lemmas = {w for w in ctx.lexicon.triggers[kind] if " " not in w}
            actors, _ = trigger_actors(ctx, s, lemmas, ("State",), frozenset({"by", "with", "between"}))
            if kind == "ratification":
                actors = [a for a in actors if _mod_of_actor(ctx, s, a) != "negated"]
            states += actors
        for agreement in agreements[:1]:
            for state in dict.fromkeys(states):
                yield make_fact(ctx, "parties", s, agreement=agreement.key, party=state.key)


_BINDS = re.compile(r"\b(binds|bound|links|linking|unites|uniting|commits|committing|involves|involving|"
                    r"among|between|grouping|groups|signed by|signatories)\b", re.I)


def _bound_by(ctx: Context, s: int) -> list[Entity]:
    """"the X treaty, which binds A, B and C": the states listed after a binding verb."""
    text = ctx.sentence(s)
    named = ctx.found(s, "Agreement")
    if not named:
        return []
    m = _BINDS.search(text, ctx.local(s, named[0].end))
    if not m or m.start() - ctx.local(s, named[0].end) > 40:
        return []
    stop = re.search(r"[;.]| and (?:marks|is|was|has|will)\b", text[m.end():])
    end = m.end() + (stop.start() if stop else len(text))
    return [f.entity for f in ctx.states(s) if m.end() <= ctx.local(s, f.start) < end]


def _mod_of_actor(ctx: Context, s: int, state: Entity) -> str:
    for f in ctx.states(s):
        if f.entity is state:
            return modality_at(ctx, s, (ctx.local(s, f.start), ctx.local(s, f.end)))
    return "asserted"


def _first_sentence(ctx: Context, ent: Entity) -> int:
    return min((m.sentence for m in ctx.doc.mentions if m.entity == ent.key), default=0)


def _masked(ctx: Context, s: int) -> str:
    """The sentence with entity names blanked out, so words inside names do not count as cues."""
    text = list(ctx.sentence(s))
    for f in ctx.found(s):
        if f.entity.type in {"State", "Person", "Place"} and f.mention.kind != "name":
            continue
        for i in range(ctx.local(s, f.start), min(len(text), ctx.local(s, f.end))):
            text[i] = " "
    return "".join(text)


def permits(ctx: Context) -> Iterator[Fact]:
    last_agreement: Entity | None = None
    last_at = -10
    for s in range(len(ctx.doc.sentences)):
        agreements = ctx.agreements(s)
        text = _masked(ctx, s)
        if agreements:
            last_agreement, last_at = agreements[0], s
        elif last_agreement and s - last_at <= 3 and (
                re.match(r"\s*(it|they|this|the (deal|pact|agreement|treaty|accord|support|arrangement))\b", text, re.I)
                or re.search(r"\b(it|they)\s+(would|will|could|can|also|allows?|lets?|covers?|provides?|includes?)\b", text)
                or re.search(r"\b(the support|the signing|under it|allowed to|permitted to|be able to)\b", text)):
            agreements = [last_agreement]
        if not agreements or not ctx.lexicon.any_activity.search(text):
            continue
        for activity, pattern in ctx.lexicon.activities.items():
            m = pattern.search(text)
            if m:
                mod = modality_at(ctx, s, m.span())
                if mod == "negated":
                    continue
                yield make_fact(ctx, "permits", s, agreement=agreements[0].key, activity=activity)


def access(ctx: Context) -> Iterator[Fact]:
    port_call = ctx.lexicon.activities.get("port call")
    for s in range(len(ctx.doc.sentences)):
        text = _masked(ctx, s)
        if port_call is not None:
            text = port_call.sub(lambda m: " " * len(m.group(0)), text)
        if not ctx.lexicon.any_facility.search(text):
            continue
        kinds = [kind for kind, pattern in ctx.lexicon.facilities.items() if pattern.search(text)]
        if not kinds:
            continue
        low = text.lower()
        agreements = ctx.agreements(s)
        agreement = agreements[0].key if agreements else None
        states = ctx.unique(ctx.states(s))
        reciprocal = re.search(r"each other[’']?s?|one another[’']?s?|reciprocal|mutual", low)
        if reciprocal and re.search(r"\b(use|access|using)\b", low):
            pair = states[:2] if len(states) >= 2 else paired_states(ctx, s)
            if len(pair) >= 2:
                specific = [k for k in kinds if k not in {"logistics facility", "military base"}]
                for kind in _base_kinds(low) or specific or [_main_kind(kinds)]:
                    for user, host in ((pair[0], pair[1]), (pair[1], pair[0])):
                        yield make_fact(ctx, "access", s, user=user.key, host=host.key, facility=kind, agreement=agreement)
            continue
        m = re.search(r"access to\s+(\w+)", text, re.I)
        if m and len(states) >= 2:
            # "<user> gains access to <host's / host-adjective> facilities", but
            # "<host> gives <user> (forces) access to ...": the receiver uses
            user, host = states[0], states[1]
            giving = re.search(r"\b(give|gives|gave|given|grant|grants|granted|offer|offers|offered|allow|allows|allowed)\b", text[:m.start()], re.I)
            if giving:
                after = [f.entity for f in ctx.states(s) if giving.end() <= ctx.local(s, f.start) < m.start()]
                before = [f.entity for f in ctx.states(s) if ctx.local(s, f.start) < giving.start()]
                if after and before:
                    user, host = after[0], before[0]
            kind = _main_kind(kinds)
            yield make_fact(ctx, "access", s, user=user.key, host=host.key, facility=kind, agreement=agreement)
            continue
        operators = re.search(r"\b(operate|operates|maintain|maintains|have|has|station|stations|run|runs)\s+"
                              r"(?:\w+\s+)?(?:military\s+|naval\s+|air\s+)?bases?\s+(there|in\b)", low)
        if operators and states:
            host = None
            if operators.group(2) == "there":
                host = _previous_host(ctx, s)
            else:
                hosts = [f.entity for f in ctx.states(s) if preceded_by(ctx, s, f, {"in"})]
                host = hosts[0] if hosts else None
            users = [e for e in states if e is not host]
            if host is not None:
                for user in users:
                    yield make_fact(ctx, "access", s, user=user.key, host=host.key, facility="military base", agreement=agreement)
                continue
        letting = re.search(r"\b(?:let|lets|allow|allows|allowed|permit|permits|enable|enables)\s+(?:the\s+)?(\w+(?:\s\w+)?|\s+?)\s+"
                            r"(?:(?:forces|troops|military|militaries|navy|aircraft|warships)\s+(?:to\s+)?use|"
                            r"(?:to\s+)?(?:station|base|deploy|use)\s+(?:its\s+|their\s+)?(?:forces|troops|aircraft|warships|ships|jets))\b",
                            text)
        if letting and agreement:
            user = next((f.entity for f in ctx.states(s) if letting.start() < ctx.local(s, f.start) < letting.end()), None)
            others = [f.fields["party"] for f in ctx.doc.annotations.get("facts", [])  # type: ignore[union-attr]
                      if f.cq == "parties" and f.fields.get("agreement") == agreement]
            hosts = [ctx.doc.entities[k] for k in dict.fromkeys(others) if user is None or k != user.key]
            if not hosts and user is not None:  # no parties read: the one other state the sentence names
                hosts = [e for e in states if e is not user][:2]
            if user is not None and len(hosts) == 1:
                mod = "negated" if re.search(r"\bwould have\b", text[:letting.start()]) else "asserted"
                for kind in _base_kinds(low) or [_main_kind(kinds)]:
                    yield make_fact(ctx, "access", s, mod, user=user.key, host=hosts[0].key, facility=kind, agreement=agreement)
                continue
        used = _forces_use(ctx, s, text)
        if used is not None:
            user, host, kind = used
            mod = modality_at(ctx, s, _USE.search(text).span())
            if mod != "negated":
                yield make_fact(ctx, "access", s, mod, user=user.key, host=host.key, facility=kind, agreement=agreement)
            continue
        bases = ctx.found(s, "MilitaryBase")
        if (bases or re.search(r"\b(military|naval|air|support) base\b", low)) and len(states) >= 2:
            hosts = [f.entity for f in ctx.states(s) if preceded_by(ctx, s, f, {"in"})]
            users = [e for e in states if e not in hosts]
            if hosts and users:
                kind = "naval base" if "naval base" in low else "air base" if re.search(r"air ?base", low) else "military base"
                for user in users[:1]:
                    yield make_fact(ctx, "access", s, user=user.key, host=hosts[0].key, facility=kind, agreement=agreement)


_USE = re.compile(r"\b(?:use|using|access)\b", re.I)


def _forces_use(ctx: Context, s: int, text: str) -> tuple[Entity, Entity, str] | None:
    """"for Japanese Self-Defense Forces to use Mongolian air bases": the forces' state uses the
    facilities of the state named right before them (by demonym or "X's")."""
    use = _USE.search(text)
    if use is None:
        return None
    forces = [f for f in ctx.found(s, "ArmedForces") if 0 <= use.start() - ctx.local(s, f.end) <= 25]
    user = ctx.country_of(forces[-1].entity) if forces else None
    for f in ctx.states(s):
        at = ctx.local(s, f.start)
        if at < use.end() or at - use.end() > 12 or f.entity is user:
            continue
        rest = text[ctx.local(s, f.end):ctx.local(s, f.end) + 40]
        kind = next((k for k, pattern in ctx.lexicon.facilities.items()
                     if (m := pattern.search(rest)) and re.fullmatch(r"(?:['\u2019]s)?\s+(?:[a-z-]+\s+)?", rest[:m.start()])), None)
        if user is not None and kind is not None:
            return user, f.entity, kind
    return None


def _previous_host(ctx: Context, s: int) -> Entity | None:
    """"... bases there": the state the previous sentences were about (named, or by its places)."""
    for i in range(s - 1, max(-1, s - 3), -1):
        states = ctx.unique(ctx.states(i)) + [c for c in (ctx.country_of(f.entity) for f in ctx.found(i, "Place")) if c]
        if states:
            return states[0]  # the sentence's topic comes first
    return None


_BASE_MODIFIERS = {"air": "air base", "naval": "naval base", "sea": "naval base", "land": "military base",
                   "military": "military base", "army": "military base"}
_COORDINATED_BASES = re.compile(
    r"\b((?:(?:land|air|naval|sea|military|army)(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+))*"
    r"(?:land|air|naval|sea|military|army))\s+bases?\b")


def _base_kinds(text: str) -> list[str]:
    """"land, air and naval bases" -> military base, air base, naval base."""
    m = _COORDINATED_BASES.search(text)
    if not m:
        return []
    words = re.findall(r"land|air|naval|sea|military|army", m.group(1))
    return list(dict.fromkeys(_BASE_MODIFIERS[w] for w in words))


def _main_kind(kinds: list[str]) -> str:
    for k in ("naval base", "air base", "port", "airfield", "airspace", "military base", "logistics facility"):
        if k in kinds:
            return k
    return kinds[0]
