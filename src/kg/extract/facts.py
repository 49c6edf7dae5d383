"""Facts: one finder per competency question, each a small rule over a sentence's entities.

Finders read a ``Context`` and return Facts; they never write entities. Triggers and the words
that map to activities, facility kinds and offices come from the lexicon (``data/lexicon.yaml``).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Iterator

from kg.extract.context import Context, Found, dates_for, reported_dates, role, trigger_tokens
from kg.extract.modality import is_planned_event_phrase, modality as modality_of
from kg.model import Entity, Fact

Finder = Callable[[Context], Iterator[Fact]]
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10}


def _triggers(ctx: Context, s: int, kind: str) -> list[tuple[int, int]]:
    """Character spans (sentence-local) of the kind's trigger words, matched on lemma or text."""
    words = ctx.lexicon.triggers[kind]
    singles = {w for w in words if " " not in w}
    out = [(ctx.local(s, t.start), ctx.local(s, t.end)) for t in ctx.tokens(s)
           if t.lemma in singles or t.lower in singles]
    sent = ctx.sentence(s).lower()
    for w in words:
        if " " in w:
            for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", sent):
                out.append(m.span())
    return sorted(out)


def _mod(ctx: Context, s: int, span: tuple[int, int]) -> str:
    return modality_of(ctx.sentence(s), span[0], span[1])


def _trigger_modality(ctx: Context, s: int, token) -> str:
    """Modality of a trigger token; a noun ("submitted ... for ratification") also takes that
    of the verb governing it."""
    mod = _mod(ctx, s, (ctx.local(s, token.start), ctx.local(s, token.end)))
    if mod != "asserted" or token.pos != "NOUN":
        return mod
    toks = ctx.doc.annotations["tokens"]
    t = token
    for _ in range(3):
        if t.head == t.i:
            break
        t = toks[t.head]
        if t.pos in {"VERB", "AUX"}:
            return _mod(ctx, s, (ctx.local(s, t.start), ctx.local(s, t.end)))
    return mod


def _fact(ctx: Context, cq: str, s: int, modality: str = "asserted", **fields) -> Fact:
    clean = {k: v for k, v in fields.items() if v is not None and v != ()}
    return Fact(cq, clean, ctx.doc.evidence(s), modality)


def _preceded_by(ctx: Context, s: int, f: Found, words: set[str], window: int = 16) -> bool:
    """The word before the mention (a "the" between them skipped) is one of ``words``."""
    before = ctx.sentence(s)[max(0, ctx.local(s, f.start) - window):ctx.local(s, f.start)].lower().split()
    if before and before[-1] == "the":
        before = before[:-1]
    return bool(before) and before[-1].strip(",") in words


_LOCATIVE = re.compile(r"\b(in|at)\s+(the\s+)?([\w-]+\s+){0,4}(city|town|capital|port|resort|island|region|province) of\s*$", re.I)


def _located(ctx: Context, s: int, f: Found) -> bool:
    """"in X", "at X", "in the northern port city of X"."""
    if _preceded_by(ctx, s, f, {"in", "at"}):
        return True
    before = ctx.sentence(s)[max(0, ctx.local(s, f.start) - 60):ctx.local(s, f.start)]
    return bool(_LOCATIVE.search(before))


def _states_with(ctx: Context, s: int) -> list[Entity]:
    """States introduced by "with" / "between ... and" (the other party)."""
    out = []
    for f in ctx.states(s):
        if _preceded_by(ctx, s, f, {"with", "between"}):
            out.append(f.entity)
        elif _preceded_by(ctx, s, f, {"and"}) and re.search(r"\bbetween\b", ctx.sentence(s)[:ctx.local(s, f.start)], re.I):
            out.append(f.entity)
    return out


def _pair(ctx: Context, s: int) -> list[Entity]:
    """The two (or three) states "the two countries" / "both sides" means: of the states named
    in this and the three sentences before, the ones the article names most."""
    text = ctx.sentence(s).lower()
    if not any(r in text for r in ctx.lexicon.references["pair"]):
        return []
    n = 3 if re.search(r"\b(three|all three)\b", text) else 2
    here = ctx.unique(ctx.states(s))
    if len(here) >= n:
        return here[:n]  # "Japan and Australia ... each other's": the pair is named right here
    named = ctx.unique([f for i in range(0, s + 1) for f in ctx.states(i)])
    if len(named) < n:
        return []
    counts = _mention_counts(ctx)
    recent = {f.entity.key for i in range(max(0, s - 3), s + 1) for f in ctx.states(i)}
    return sorted(named, key=lambda e: (-counts.get(e.key, 0), e.key not in recent))[:n]


def _mention_counts(ctx: Context) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in ctx.doc.mentions:
        if m.entity:
            counts[m.entity] = counts.get(m.entity, 0) + 1
    return counts


def _in_label(ctx: Context, ent: Entity) -> list[Entity]:
    """States named inside an entity's own name ("India-Russia Annual Summit")."""
    out = []
    for e in ctx.doc.entities.values():
        if e.type == "State":
            for name in [e.label, *e.aliases]:
                if len(name) > 1 and re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", ent.label):
                    out.append(e)
                    break
    return out


# -- agreements ----------------------------------------------------------------------------------
def _actors(ctx: Context, s: int, lemmas: set[str], types: tuple[str, ...],
            agent_preps: frozenset[str] = frozenset({"by", "with", "between", "and"})) -> tuple[list[Entity], list]:
    """Entities that are subject or agent of a trigger verb in the sentence, and the triggers."""
    triggers = trigger_tokens(ctx, s, lemmas)
    all_toks = ctx.doc.annotations["tokens"]
    # a nominal trigger's light verb carries the actors: "X and Y put their signatures to ..."
    triggers += [all_toks[t.head] for t in triggers if t.pos == "NOUN" and all_toks[t.head].pos == "VERB"]
    return _actors_of(ctx, s, triggers, types, agent_preps), triggers


def _actors_of(ctx: Context, s: int, triggers: list, types: tuple[str, ...], agent_preps: frozenset[str]) -> list[Entity]:
    actors: list[Entity] = []
    for f in ctx.found(s, *types):
        for t in triggers:
            if role(ctx, f, t.i, agent_preps) in {"subject", "agent", "possessor"}:
                actors.append(f.entity)
                break
    return list(dict.fromkeys(actors))


def _place(ctx: Context, s: int) -> Entity | None:
    """Where an event took place: a city ("in X") first, else a landmark ("at X"); never a
    continent or macro-region ("in Asia" says where, not at which table)."""
    places = [f for f in ctx.found(s, "Place", "State") if _located(ctx, s, f)
              and f.entity.label.lower() not in ctx.lexicon.regions]
    if places:
        return places[0].entity
    sites = [f for f in ctx.found(s, "Facility", "MilitaryBase") if _located(ctx, s, f)]
    return sites[0].entity if sites else None


def _holder_state(ctx: Context, person: Entity) -> Entity | None:
    """The state a person's office belongs to, from the office facts already found."""
    return ctx.doc.annotations.get("office_state", {}).get(person.key)  # type: ignore[union-attr]


def _body_sentences(ctx: Context) -> range:
    """Sentences whose parse can be trusted for roles: a Title Case headline is skipped."""
    headline = ctx.sentence(0) if ctx.doc.sentences else ""
    words = [w for w in headline.split() if w[:1].isalpha() and len(w) > 3]
    title_case = bool(words) and sum(w[0].isupper() for w in words) / len(words) > 0.7
    return range(1 if title_case else 0, len(ctx.doc.sentences))


def ratifications(ctx: Context) -> Iterator[Fact]:
    lemmas = {w for w in ctx.lexicon.triggers["ratification"] if " " not in w}
    for s in _body_sentences(ctx):
        if not _triggers(ctx, s, "ratification"):
            continue
        bodies = ctx.unique(ctx.found(s, "Legislature"))
        text = ctx.sentence(s).lower()
        if "ratif" not in text and not bodies and not _LEGISLATURE_WORDS.search(text):
            continue
        agreements = ctx.agreements(s) or _accession_protocol(ctx, s)
        if not agreements:
            continue
        voting = {"vote"} if re.search(r"\bvot(?:ed|es|e) (?:down|against|to)\b", text) else set()
        states, triggers = _actors(ctx, s, lemmas | voting, ("State",), frozenset({"by"}))
        body_actors, _ = _actors(ctx, s, lemmas, ("Legislature",), frozenset({"by"}))
        bodies = body_actors or bodies
        if not states:
            for body in bodies:
                owner = ctx.country_of(body)
                if owner:
                    states.append(owner)
        if not states:
            # "Russia's lower house ... ratified": the possessor of the subject
            states = [f.entity for f in ctx.states(s) if _preceded_by_possessive(ctx, s, f)
                      and not _accession_of(ctx, s, f)][:1]
        if not states:
            by_both = re.search(r"\bby (?:the )?(?:\w+ )?(?:of )?(?:both|the two|all three|each)\b", ctx.sentence(s), re.I)
            states = _pair(ctx, s) if by_both else []
        # "... and ratified on the Philippine side"
        states += [f.entity for f in ctx.states(s) if re.match(r"\s+side\b", ctx.sentence(s)[ctx.local(s, f.end):ctx.local(s, f.end) + 8])
                   and f.entity not in states]
        if not states and bodies:
            main = _main_state(ctx)
            states = [main] if main else []
        if not bodies and states and _LEGISLATURE_WORDS.search(ctx.sentence(s)):
            bodies = [b for b in (_legislature_of(ctx, st) for st in states) if b is not None]
        date = dates_for(ctx, s, triggers or None)
        mod = _trigger_modality(ctx, s, triggers[0]) if triggers else "asserted"
        if re.search(r"\b(reject(?:ed|s)?|vot(?:ed|es|e) down|vot(?:ed|es|e) against)\b", ctx.sentence(s), re.I):
            mod = "negated"  # a legislature that rejects an agreement does not ratify it
        elif mod == "asserted" and triggers and _CONDITION.search(ctx.sentence(s)[:ctx.local(s, triggers[0].start)]):
            mod = "planned"  # "cannot take effect until it has been approved", "must still be ratified"
        free = list(bodies)
        for state in states:
            body = _body_for(ctx, s, state, free)
            if body is not None:
                free.remove(body)
            yield _fact(ctx, "ratification", s, mod, agreement=agreements[0].key, state=state.key,
                        body=body.key if body else None, date=date[0].start_date if date else None)


_LEGISLATURE_WORDS = re.compile(r"\b(parliament|parliaments|legislature|lower house|upper house|chamber|lawmakers|deputies|"
                                r"senators|senate|assembly|mps)\b", re.I)


_CONDITION = re.compile(r"\b(until|unless|once|before it can|must|needs? to|has yet to|have yet to|still needs?|"
                        r"(?:still\s+)?ha(?:s|ve) to)\b", re.I)


def _main_state(ctx: Context) -> Entity | None:
    counts = _mention_counts(ctx)
    states = [e for e in ctx.doc.entities.values() if e.type == "State"]
    return max(states, key=lambda e: counts.get(e.key, 0)) if states else None


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
    """The legislature of a state the article names elsewhere ("Russia's State Duma")."""
    for e in ctx.doc.entities.values():
        if e.type == "Legislature" and ctx.country_of(e) is state:
            return e
    return None


def _accession_of(ctx: Context, s: int, f: Found) -> bool:
    after = ctx.sentence(s)[ctx.local(s, f.end):ctx.local(s, f.end) + 40]
    return bool(re.match(r"(?:'s|\u2019s)\s+(?:\w+\s+)?(accession|membership|bid)", after))


def _accession_protocol(ctx: Context, s: int) -> list[Entity]:
    """"ratified Sweden's accession": the accession protocol of that state, if the article names it."""
    for f in ctx.states(s):
        if _accession_of(ctx, s, f):
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
    for s in _body_sentences(ctx):
        if not _triggers(ctx, s, "signing"):
            continue
        agreements = ctx.agreements(s)
        if not agreements:
            continue
        signers, triggers = _actors(ctx, s, lemmas, ("Person", "State"))
        if not triggers:
            continue
        signers += _pair(ctx, s)
        for person in [e for e in signers if e.type == "Person"]:
            state = _holder_state(ctx, person)
            if state is not None:
                signers.append(state)
        place = _place(ctx, s)
        date = dates_for(ctx, s, triggers)
        mod = _mod(ctx, s, (ctx.local(s, triggers[0].start), ctx.local(s, triggers[0].end)))
        for signer in dict.fromkeys(signers) or [None]:
            facts.append(_fact(ctx, "signing", s, mod, agreement=agreements[0].key,
                               signatory=signer.key if signer else None,
                               date=date[0].start_date if date else None, place=place.key if place else None))
    yield from _consolidate(facts, ("date", "place"))


def _consolidate(facts: list[Fact], shared: tuple[str, ...]) -> list[Fact]:
    """One event read in several sentences: fields one sentence gives (the date, the place)
    complete the others about the same agreement and modality, when they do not disagree."""
    by_event: dict[tuple, list[Fact]] = {}
    for f in facts:
        by_event.setdefault((f.fields.get("agreement"), f.modality), []).append(f)
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
        for state in _in_label(ctx, agreement):
            yield _fact(ctx, "parties", _first_sentence(ctx, agreement), agreement=agreement.key, party=state.key)
    for s in range(len(ctx.doc.sentences)):
        agreements = ctx.agreements(s)
        if not agreements:
            continue
        states = _states_with(ctx, s) + _pair(ctx, s) + _bound_by(ctx, s)
        for kind in ("signing", "ratification"):
            lemmas = {w for w in ctx.lexicon.triggers[kind] if " " not in w}
            actors, _ = _actors(ctx, s, lemmas, ("State",), frozenset({"by", "with", "between"}))
            if kind == "ratification":
                actors = [a for a in actors if _mod_of_actor(ctx, s, a) != "negated"]
            states += actors
        for agreement in agreements[:1]:
            for state in dict.fromkeys(states):
                yield _fact(ctx, "parties", s, agreement=agreement.key, party=state.key)


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
            return _mod(ctx, s, (ctx.local(s, f.start), ctx.local(s, f.end)))
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
        if not agreements:
            continue
        for activity, pattern in ctx.lexicon.activities.items():
            m = pattern.search(text)
            if m:
                mod = _mod(ctx, s, m.span())
                if mod == "negated":
                    continue
                yield _fact(ctx, "permits", s, agreement=agreements[0].key, activity=activity)


def access(ctx: Context) -> Iterator[Fact]:
    port_call = ctx.lexicon.activities.get("port call")
    for s in range(len(ctx.doc.sentences)):
        text = _masked(ctx, s)
        if port_call is not None:
            text = port_call.sub(lambda m: " " * len(m.group(0)), text)
        kinds = [kind for kind, pattern in ctx.lexicon.facilities.items() if pattern.search(text)]
        if not kinds:
            continue
        low = text.lower()
        agreements = ctx.agreements(s)
        agreement = agreements[0].key if agreements else None
        states = ctx.unique(ctx.states(s))
        reciprocal = re.search(r"each other[’']?s?|one another[’']?s?|reciprocal|mutual", low)
        if reciprocal and re.search(r"\b(use|access|using)\b", low):
            pair = states[:2] if len(states) >= 2 else _pair(ctx, s)
            if len(pair) >= 2:
                specific = [k for k in kinds if k not in {"logistics facility", "military base"}]
                for kind in _base_kinds(low) or specific or [_main_kind(kinds)]:
                    for user, host in ((pair[0], pair[1]), (pair[1], pair[0])):
                        yield _fact(ctx, "access", s, user=user.key, host=host.key, facility=kind, agreement=agreement)
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
            yield _fact(ctx, "access", s, user=user.key, host=host.key, facility=kind, agreement=agreement)
            continue
        operators = re.search(r"\b(operate|operates|maintain|maintains|have|has|station|stations|run|runs)\s+"
                              r"(?:\w+\s+)?(?:military\s+|naval\s+|air\s+)?bases?\s+(there|in\b)", low)
        if operators and states:
            host = None
            if operators.group(2) == "there":
                host = _previous_host(ctx, s)
            else:
                hosts = [f.entity for f in ctx.states(s) if _preceded_by(ctx, s, f, {"in"})]
                host = hosts[0] if hosts else None
            users = [e for e in states if e is not host]
            if host is not None:
                for user in users:
                    yield _fact(ctx, "access", s, user=user.key, host=host.key, facility="military base", agreement=agreement)
                continue
        letting = re.search(r"\b(?:let|lets|allow|allows|allowed|permit|permits|enable|enables)\s+(?:the\s+)?(\w+)\s+"
                            r"(?:forces|troops|military|militaries|navy|aircraft|warships)\s+(?:to\s+)?use\b", text)
        if letting and agreement:
            user = next((f.entity for f in ctx.states(s) if ctx.local(s, f.start) == letting.start(1)), None)
            others = [f.fields["party"] for f in ctx.doc.annotations.get("facts", [])  # type: ignore[union-attr]
                      if f.cq == "parties" and f.fields.get("agreement") == agreement]
            hosts = [ctx.doc.entities[k] for k in dict.fromkeys(others) if user is None or k != user.key]
            if user is not None and len(hosts) == 1:
                mod = "negated" if re.search(r"\bwould have\b", text[:letting.start()]) else "asserted"
                for kind in _base_kinds(low) or [_main_kind(kinds)]:
                    yield _fact(ctx, "access", s, mod, user=user.key, host=hosts[0].key, facility=kind, agreement=agreement)
                continue
        bases = ctx.found(s, "MilitaryBase")
        if (bases or re.search(r"\b(military|naval|air|support) base\b", low)) and len(states) >= 2:
            hosts = [f.entity for f in ctx.states(s) if _preceded_by(ctx, s, f, {"in"})]
            users = [e for e in states if e not in hosts]
            if hosts and users:
                kind = "naval base" if "naval base" in low else "air base" if re.search(r"air ?base", low) else "military base"
                for user in users[:1]:
                    yield _fact(ctx, "access", s, user=user.key, host=hosts[0].key, facility=kind, agreement=agreement)


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


# -- events --------------------------------------------------------------------------------------
def _summit_sentences(ctx: Context, summit: Entity) -> list[int]:
    """Sentences naming the summit, or speaking of "a/the summit" that means it: the named
    summit sharing a word with the sentence, else the one named last before it, else the first."""
    summits = [e for e in ctx.doc.entities.values() if e.type == "Summit"]
    named = {m.sentence for m in ctx.doc.mentions if m.entity == summit.key}
    out = set(named)
    first_named = {e.key: min((m.sentence for m in ctx.doc.mentions if m.entity == e.key), default=0) for e in summits}
    for s in range(len(ctx.doc.sentences)):
        if s in named or ctx.found(s, "Summit") or not re.search(r"\bsummit\b", ctx.sentence(s), re.I):
            continue
        words = set(re.findall(r"[A-Z][a-z]{3,}", ctx.sentence(s)))
        sharing = [e for e in summits if words & set(re.findall(r"[A-Z][a-z]{3,}", e.label))]
        before = [e for e in summits if first_named[e.key] <= s]
        means = (sharing[0] if len(sharing) == 1 else
                 max(before, key=lambda e: first_named[e.key]) if before else
                 min(summits, key=lambda e: first_named[e.key]))
        if means is summit:
            out.add(s)
    return sorted(out)


_DURATION = re.compile(r"\b(two|three|four|five|2|3|4|5)-day\s+(?:\w+\s+)?summit", re.I)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
_APPOSITIVE_ORDINAL = re.compile(r"summit,\s+(?:the\s+)?[\w\u2019']+\s+(\d+)(?:st|nd|rd|th)\b", re.I)


def summits(ctx: Context) -> Iterator[Fact]:
    published = ctx.doc.article.published
    for summit in [e for e in ctx.doc.entities.values() if e.type == "Summit"]:
        sentences = _summit_sentences(ctx, summit)
        ordinal = _ordinal(summit.label)
        location = start = end = None
        participants: list[Entity] = list(_in_label(ctx, summit))
        host_orgs = _summit_orgs(ctx, summit, sentences)
        participants += _org_members(ctx, host_orgs)
        planned = False
        named = {m.sentence for m in ctx.doc.mentions if m.entity == summit.key}
        # where: "held in X" after the summit's own name first, then any "in X" near it
        for s in sorted(sentences, key=lambda i: i not in named):
            mention = next((f for f in ctx.found(s) if f.entity is summit), None)
            places = [f for f in ctx.found(s, "Place") if _located(ctx, s, f)
                      and f.entity.label.lower() not in ctx.lexicon.regions]
            if mention is not None:
                places.sort(key=lambda f: (f.start < mention.start, abs(f.start - mention.end)))
            if location is None and places:
                location = places[0].entity
        for s in sentences:
            text = ctx.sentence(s)
            if ordinal is None and (m := _APPOSITIVE_ORDINAL.search(text)):
                ordinal = int(m.group(1))
            dates = ctx.dates_in(s)
            mention_at = next((f.start for f in ctx.found(s) if f.entity is summit), None)
            # a range ("from November 22 to 23") first, then the date nearest after the name
            dates = sorted(dates, key=lambda d: (d.end_date is None, d.start < (mention_at or 0), abs(d.start - (mention_at or 0))))
            if dates and start is None:
                start = dates[0].start_date
                end = dates[0].end_date or (dates[-1].start_date if len(dates) > 1 and dates[-1].start_date > start else None)
                span = _DURATION.search(text)
                if span and end is None:
                    days = int(_NUMBERS.get(span.group(1).lower(), span.group(1))) - 1
                    if re.search(r"\b(wrapped up|ended|closed|concluded|ends|closes)\b", text, re.I):
                        start, end = start - dt.timedelta(days=days), start
                    else:
                        end = start + dt.timedelta(days=days)
            if any(published and d.start_date > published for d in ctx.dates_in(s, "month") + dates):
                planned = True
            for f in ctx.found(s, "Summit"):
                if f.entity is summit and is_planned_event_phrase(text, ctx.local(s, f.start), ctx.local(s, f.end)):
                    planned = True
            if re.search(r"\b(will|to) (host|be held|convene|take place)\b", text) and summit in ctx.unique(ctx.found(s, "Summit")):
                planned = True
            for f in ctx.found(s, "State", "InternationalOrganization"):
                if not _located(ctx, s, f) and not _preceded_by(ctx, s, f, {"on", "over", "against", "about", "to"}) \
                        and f.entity not in host_orgs:
                    participants.append(f.entity)
        for fact in ctx.doc.annotations.get("facts", []):  # type: ignore[union-attr]
            if fact.cq == "visit" and fact.fields.get("purpose") == summit.key:
                participants += _represented(ctx, fact.fields["visitor"])
                if location is None and ctx.doc.entities[fact.fields["destination"]].type == "Place":
                    location = ctx.doc.entities[fact.fields["destination"]]
        if location is None:
            for e in ctx.doc.entities.values():
                if e.type == "Place" and re.search(r"(?<!\w)" + re.escape(e.label) + r"(?!\w)", summit.label):
                    location = e
        if location is not None:
            participants = [p for p in participants if p is not location]
        if published and start and start > published:
            planned = True
        yield _fact(ctx, "summit", sentences[0] if sentences else 0, "planned" if planned else "asserted",
                    summit=summit.key, location=location.key if location else None, start=start, end=end,
                    ordinal=ordinal, participants=tuple(e.key for e in dict.fromkeys(participants)))


def _summit_orgs(ctx: Context, summit: Entity, sentences: list[int]) -> list[Entity]:
    """The organisation a summit belongs to: named in its label ("BRICS summit"), or the one
    organisation its own sentences name ("The Tianjin summit, the SCO's 25th")."""
    orgs = [e for e in ctx.doc.entities.values() if e.type == "InternationalOrganization"]
    in_label = [e for e in orgs if any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", summit.label)
                                       for n in [e.label, *e.aliases] if len(n) > 1)]
    if in_label:
        return in_label
    named = {m.sentence for m in ctx.doc.mentions if m.entity == summit.key}
    near = ctx.unique([f for s in sentences if s in named for f in ctx.found(s, "InternationalOrganization")])
    return near[:1] if len(near) == 1 else []


def _org_members(ctx: Context, orgs: list[Entity]) -> list[Entity]:
    """Members of those organisations, as the article lists them."""
    out = []
    for fact in ctx.doc.annotations.get("facts", []):  # type: ignore[union-attr]
        if fact.cq == "member" and fact.modality == "asserted" and any(fact.fields.get("organization") == o.key for o in orgs):
            out.append(ctx.doc.entities[fact.fields["member"]])
    return out


def _represented(ctx: Context, person_key: str) -> list[Entity]:
    """The states or organisations a person holds office for (from the office facts)."""
    return [ctx.doc.entities[f.fields["of"]] for f in ctx.doc.annotations.get("facts", [])  # type: ignore[union-attr]
            if f.cq == "office" and f.fields.get("person") == person_key
            and ctx.doc.entities[f.fields["of"]].type in {"State", "InternationalOrganization"}]


def _ordinal(label: str) -> int | None:
    m = re.search(r"\b(\d+)(st|nd|rd|th)\b", label)
    if m:
        return int(m.group(1))
    m = re.search(r"\b(" + "|".join(_ORDINAL_WORDS) + r")\b", label, re.I)
    return _ORDINAL_WORDS[m.group(1).lower()] if m else None


_CALLED_OFF = re.compile(r"\b(cancell?ed|called off|postponed|scrapped|shelved|cut short)\s+(?:[\w-]+\s+){0,3}$", re.I)
_HOSTING = {"host", "hosts", "hosted", "welcome", "welcomed", "receive", "received", "invite", "invited"}
_VISIT_DAYS = re.compile(r"\b(two|three|four|five|six|seven|2|3|4|5|6|7)-day\s+(?:state\s+|official\s+)?(?:visit|trip|tour)", re.I)
_DAY_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def visits(ctx: Context) -> Iterator[Fact]:
    """Visits: the traveller is the subject (or "X's visit", "visit by X", the one a host
    welcomes); the destination follows to/in/at; the purpose is a summit the sentence names or
    means. Visits that name only their purpose are completed by ``visits_to_summits``."""
    lemmas = {w for w in ctx.lexicon.triggers["visit"] if " " not in w} - _HOSTING | {"guest", "guests"}
    pending = ctx.doc.annotations.setdefault("pending_visits", [])
    summit_of = _summit_by_sentence(ctx)
    for s in _body_sentences(ctx):
        if not _triggers(ctx, s, "visit") and not re.search(r"\bguests?\b", ctx.sentence(s)):
            continue
        people = ctx.found(s, "Person")
        if not people:
            continue
        visitors, triggers = _actors(ctx, s, lemmas, ("Person",), frozenset({"by"}))
        # "X and Y were in Manila for talks": being somewhere, said of people, is a visit
        being_in = [t for t in ctx.tokens(s) if t.lemma == "be" and re.match(r"\s*in\b", ctx.doc.text[t.end:t.end + 4])]
        if being_in:
            visitors += [v for v in _actors_of(ctx, s, being_in, ("Person",), frozenset()) if v not in visitors]
            triggers += being_in
        # "X hosts Y", "X welcomed Y": the guest visits, the host does not
        hosting = [t for t in ctx.tokens(s) if t.lower in _HOSTING]
        hosts = set(_actors_of(ctx, s, hosting, ("Person",), frozenset()))
        for f in people:
            if any(role(ctx, f, t.i) == "object" for t in hosting) and f.entity not in visitors:
                visitors.append(f.entity)
                triggers += hosting[:1]
        visitors = [v for v in visitors if v not in hosts]
        if re.search(r"\bamong the guests|guests (?:include|included|were|are)\b", ctx.sentence(s)):
            visitors = [f.entity for f in people]
        if not visitors and len(ctx.unique(people)) == 1 and triggers and not hosts:
            visitors = [people[0].entity]
        if not visitors:
            continue
        # "visit / tour X" first (X's own "in Y" only says where X is), then "to / in / at X"
        objects = [f for f in ctx.found(s, "Place", "State", "MilitaryBase", "Facility")
                   if any(role(ctx, f, t.i) == "object" for t in triggers)]
        places = objects + [f for f in ctx.found(s, "Place", "State") if _preceded_by(ctx, s, f, {"to", "in", "at", "into"})
                            and f.entity.label.lower() not in ctx.lexicon.regions and f not in objects]
        places += [f for f in ctx.found(s, "MilitaryBase") if _preceded_by(ctx, s, f, {"to", "in", "at"}) and f not in objects]
        summits = ctx.unique(ctx.found(s, "Summit")) or ([summit_of[s]] if s in summit_of else [])
        if not summits and not places and _main_summit(ctx) is not None:
            summits = [_main_summit(ctx)]  # "X flew in on Tuesday", "Y is among the guests"
        dates = dates_for(ctx, s, triggers or None) if triggers else []
        if not dates and len(ctx.dates_in(s)) == 1 and not reported_dates(ctx, s):
            dates = ctx.dates_in(s)  # the sentence's only date, unless it dates the reporting
        start, end = (dates[0].start_date, dates[0].end_date) if dates else (_event_date(ctx, s), None)
        days = _VISIT_DAYS.search(ctx.sentence(s))
        if days and start and end is None:
            end = start + dt.timedelta(days=int(_DAY_WORDS.get(days.group(1).lower(), days.group(1))) - 1)
        trig = triggers[0] if triggers else None
        mod = _mod(ctx, s, (ctx.local(s, trig.start), ctx.local(s, trig.end))) if trig else "asserted"
        if ctx.doc.article.published and start and start > ctx.doc.article.published:
            mod = "planned"
        if trig is not None and _CALLED_OFF.search(ctx.sentence(s)[:ctx.local(s, trig.start)]):
            mod = "negated"  # "cancelled a planned trip to X"
        for visitor in visitors:
            fields = dict(visitor=visitor.key, start=start, end=end, purpose=summits[0].key if summits else None)
            destination = next((f.entity for f in places if not _at_home(ctx, visitor, f.entity)), None)
            if destination is not None:
                yield _fact(ctx, "visit", s, mod, destination=destination.key, **fields)
            elif summits and not places:
                pending.append((s, mod, fields))


def _event_date(ctx: Context, s: int) -> dt.date | None:
    """The date of another event this sentence reports ("signed ... on the first day of a visit")."""
    for fact in ctx.doc.annotations.get("facts", []):  # type: ignore[union-attr]
        if fact.evidence.start == ctx.doc.sentences[s].start and isinstance(fact.fields.get("date"), dt.date):
            return fact.fields["date"]  # type: ignore[return-value]
    return None


def _home(ctx: Context, person: Entity) -> Entity | None:
    return ctx.doc.annotations.get("office_state", {}).get(person.key) or ctx.country_of(person)  # type: ignore[union-attr]


def _at_home(ctx: Context, person: Entity, place: Entity) -> bool:
    """A leader in their own country's capital is not visiting it."""
    home = _home(ctx, person)
    return home is not None and (place is home or ctx.country_of(place) is home)


def _main_summit(ctx: Context) -> Entity | None:
    """The summit an article is about: the one it names most often."""
    counts: dict[str, int] = {}
    for m in ctx.doc.mentions:
        if m.entity and ctx.doc.entities[m.entity].type == "Summit":
            counts[m.entity] = counts.get(m.entity, 0) + 1
    return ctx.doc.entities[max(counts, key=counts.get)] if counts else None


def _summit_by_sentence(ctx: Context) -> dict[int, Entity]:
    out: dict[int, Entity] = {}
    for summit in [e for e in ctx.doc.entities.values() if e.type == "Summit"]:
        for s in _summit_sentences(ctx, summit):
            out.setdefault(s, summit)
    return out


def visits_to_summits(ctx: Context) -> Iterator[Fact]:
    """A visit for a summit goes where the summit is held; a visit to where (or to the country
    where) the article's summit is held is for that summit."""
    facts = ctx.doc.annotations.get("facts", [])  # type: ignore[union-attr]
    location = {f.fields["summit"]: f.fields.get("location") for f in facts if f.cq == "summit"}
    for s, mod, fields in ctx.doc.annotations.get("pending_visits", []):  # type: ignore[union-attr]
        where = location.get(fields["purpose"])
        if where and not _at_home(ctx, ctx.doc.entities[fields["visitor"]], ctx.doc.entities[where]):
            yield _fact(ctx, "visit", s, mod, destination=where, **fields)
    main = _main_summit(ctx)
    where = location.get(main.key) if main else None
    if where is None:
        return
    country = ctx.country_of(ctx.doc.entities[where])
    for f in list(facts):
        if f.cq == "visit" and "purpose" not in f.fields and f.fields["destination"] in {where, country.key if country else None}:
            s = ctx.doc.sentence_index(f.evidence.start)
            yield _fact(ctx, "visit", s, f.modality, **{**f.fields, "purpose": main.key})


# -- roles ---------------------------------------------------------------------------------------
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
                office, of = _counterpart(ctx, s, p, before)
            if office is None:
                continue
            if of is None:
                of = ctx.country_of(p.entity) or _implied_owner(ctx, s, p, office)
            if of is None:
                continue
            if of.type == "State":
                ctx.doc.annotations.setdefault("office_state", {})[p.entity.key] = of  # type: ignore[index]
            yield _fact(ctx, "office", s, person=p.entity.key, office=office, of=of.key)
            if extra:
                yield _fact(ctx, "office", s, person=p.entity.key, office=extra, of=of.key)


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


_ORGANISATION_OFFICES = {"Secretary-General", "Secretary General", "Chairman", "spokesman"}


def _implied_owner(ctx: Context, s: int, p: Found, office: str) -> Entity | None:
    """A title with no owner named ("Prime Minister X visited Budapest"): an organisation's
    office belongs to the organisation the article is about; a state office to the state the
    sentence (or the one before) places the person in, by name or by its capital."""
    if office in _ORGANISATION_OFFICES:
        counts: dict[str, int] = {}
        for m in ctx.doc.mentions:
            if m.entity and ctx.doc.entities[m.entity].type == "InternationalOrganization":
                counts[m.entity] = counts.get(m.entity, 0) + 1
        return ctx.doc.entities[max(counts, key=counts.get)] if counts else None
    # "Sharif's delegation included ... X": the delegation's leader's state
    for f in ctx.found(s, "Person"):
        if f is not p and re.match(r"(?:'s|\u2019s)\s+(?:delegation|entourage|team|government|cabinet)\b",
                                    ctx.sentence(s)[ctx.local(s, f.end):ctx.local(s, f.end) + 20]):
            home = ctx.doc.annotations.get("office_state", {}).get(f.entity.key) or ctx.country_of(f.entity)  # type: ignore[union-attr]
            if home is not None:
                return home
    for i in (s, s - 1):
        if i < 0:
            continue
        states = [f.entity for f in ctx.states(i)]
        places = [ctx.country_of(f.entity) for f in ctx.found(i, "Place")]
        candidates = list(dict.fromkeys(states + [c for c in places if c is not None]))
        if len(candidates) == 1:
            return candidates[0]
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
    for f in ctx.found(s, *_OWNER_TYPES):
        if lo <= ctx.local(s, f.start) < hi:
            return f.entity
    return None


_NOT_MEMBER_PREPS = {"to", "against", "with", "from", "on", "by", "over", "for", "toward", "towards", "into", "than"}
_CANDIDACY = re.compile(r"\b(bid|path to|application|applied|apply|aspir\w*|invited|invitation|to join|will join|"
                        r"waiting|accede|acceding|candidate|hopes? to|wants? to|seeks? to|would make)\b", re.I)
_NEGATED_MEMBER = re.compile(r"\b(not|never|no longer|n't)\b[^.;]*\bmember|\bwithout\b[^.;]*\bmembership", re.I)


def members(ctx: Context) -> Iterator[Fact]:
    """Members: states listed with "members", "member states", "joined", "<Org> member X";
    not states a candidacy or accession is about, nor those a negation governs."""
    for s in _body_sentences(ctx):
        if not _triggers(ctx, s, "membership"):
            continue
        orgs = ctx.unique(ctx.found(s, "InternationalOrganization"))
        if not orgs and re.search(r"\b(bloc|alliance|organi[sz]ation|group|grouping)\b", ctx.sentence(s), re.I):
            org = _main_org(ctx)
            orgs = [org] if org else []
        if not orgs and re.search(r"\b(its|their)\s+(\w+\s+)?members\b|\bjoined\b", ctx.sentence(s), re.I):
            org = _nearest_org(ctx, s)
            orgs = [org] if org else []
        if not orgs:
            continue
        text = ctx.sentence(s)
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
                if inside and (_preceded_by(ctx, s, f, excluded) or _accession_of(ctx, s, f)):
                    continue
                rest = text[max(ctx.local(s, f.start), clause_start):clause_start + len(clause)]
                mod = "asserted"
                if _NEGATED_MEMBER.search(rest):
                    mod = "negated"
                elif _CANDIDACY.search(clause):
                    mod = "planned"
                # "a member of NATO and the European Union": every organisation of the clause
                for org in ctx.unique(in_clause) or orgs[:1]:
                    yield _fact(ctx, "member", s, mod, member=f.entity.key, organization=org.key)


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


def _main_org(ctx: Context) -> Entity | None:
    counts: dict[str, int] = {}
    for m in ctx.doc.mentions:
        if m.entity and ctx.doc.entities[m.entity].type == "InternationalOrganization":
            counts[m.entity] = counts.get(m.entity, 0) + 1
    return ctx.doc.entities[max(counts, key=counts.get)] if counts else None


def _nearest_org(ctx: Context, s: int) -> Entity | None:
    for i in range(s, -1, -1):
        found = ctx.found(i, "InternationalOrganization")
        if found:
            return found[-1].entity
    return None


#: In order: later finders read the facts earlier ones found (offices -> signers' states,
#: members and visits -> summit participants).
FINDERS: dict[str, Finder] = {
    "office": offices,
    "member": members,
    "ratification": ratifications,
    "signing": signings,
    "parties": parties,
    "visit": visits,
    "summit": summits,
    "visit for a summit": visits_to_summits,
    "access": access,
    "permits": permits,
}


def find_facts(ctx: Context) -> list[Fact]:
    """Every finder in turn; duplicates keep their first evidence, and a fact that another of
    the same kind and modality says more about (same fields plus others) is dropped."""
    seen: dict[tuple, Fact] = {}
    ctx.doc.annotations["facts"] = found = []
    for finder in FINDERS.values():
        for fact in finder(ctx):
            if fact.key() not in seen:
                seen[fact.key()] = fact
                found.append(fact)
    facts = list(seen.values())
    return [f for f in facts if not any(g is not f and _subsumes(g, f) for g in facts)]


def _subsumes(general: Fact, specific: Fact) -> bool:
    """True when ``general`` states everything ``specific`` does and more."""
    if general.cq != specific.cq or general.modality != specific.modality or general.cq == "summit":
        return False
    if len(general.fields) <= len(specific.fields):
        return False
    return all(general.fields.get(k) == v for k, v in specific.fields.items())
