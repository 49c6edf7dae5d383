"""Access to facilities read from frame matches: whose forces may use which state's bases.

The access frames (``data/frames.yaml``) give the user (a state, or its forces) and the phrase
naming the facilities ("Philippine bases", "each other's naval bases", "facilities in Poland");
from it this module reads the kinds (``lexicon.yaml`` facilities) and the host: the state owning
them (a demonym, "X's", "in X", a named base's country), else the agreement's other party. One
fact per direction and kind (FORMAT.md); forces expelled: ``expelled_forces.py``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.clause_modality import parse_modality
from kg.extract.context import Context
from kg.extract.facts import access_giving as giving
from kg.extract.facts import access_terms as terms
from kg.extract.facts import expelled_forces as expelled
from kg.extract.facts import facility_examples as examples
from kg.extract.facts.common import make_fact
from kg.extract.facts.ended_grants import ended_grant
from kg.extract.facts.facility_hosts import facility_hosts
from kg.extract.facts.facility_places import local_host
from kg.extract.facts.forces_placed import forces_of, placed_kind, served
from kg.extract.facts.hosts_there import asked_host, there
from kg.extract.facts.pair_parties import story_pair
from kg.extract.facts.port_calls import port_of_call, received_forces, shared
from kg.extract.facts.signer_hosts import denied_by_giver, signer_hosts
from kg.extract.facts.treaties import trigger_modality
from kg.extract.frames import Match
from kg.model import Entity, Fact

#: "each other's bases", "one another's ports", "each navy may use the other's ports"
_RECIPROCAL = re.compile(r"\b(each other|one another|the other)\b|\banother\s*'s\b", re.IGNORECASE)
#: "the forces of either party", "either side's troops": whichever of the two, so both
_EITHER = re.compile(r"\beither\b", re.IGNORECASE)
#: The frame of a facility phrase read alone ("Chile's base in Peru"), where no verb speaks of it.
_ABROAD = "facility-abroad"
#: Words of a facility phrase that name a kind among several ("land, air and naval bases").
_BASE_MODIFIERS = {"air": "air base", "naval": "naval base", "sea": "naval base", "land": "military base",
                   "military": "military base", "army": "military base"}


def access(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    # "X opens (closes) its ports to Y": Y's use, never X's, whoever Y is ("to commercial flights")
    # "X handed the base over (back) to Y": a use given up, no giving (the phrase beats its verb alone)
    returned = {m.trigger.i for m in matches if m.frame.fact == "access" and m.negative and m.frame.name != "open-facilities"}
    matches = [m for m in matches if not (m.frame.name == "open-facilities" and not m.negative and m.trigger.i in returned)]
    given = {m.trigger.i for m in matches if m.frame.name == "open-facilities" and _to_phrase(ctx, m)}
    ours = [m for m in matches if m.frame.fact == "access" and (m.trigger.i not in given or m.frame.name == "open-facilities")]
    # a facility phrase a verb reads is read with that verb ("closed its base in X"), alone only
    # where no verb gave it a fact ("plans to build the Chilean base in Peru")
    spoken: set[int] = set()
    for m in sorted(ours, key=lambda m: m.frame.name == _ABROAD):
        if m.frame.name == _ABROAD and m.trigger.i in spoken:
            continue
        found = list(_read(ctx, m))
        if found and m.frame.name != _ABROAD:
            spoken |= {i for k in m.tokens.get("facility", []) for i in ctx.resolver.tree.conjuncts(k)}
        yield from found


def _read(ctx: Context, m: Match) -> Iterator[Fact]:
    """The access facts of one match."""
    r = ctx.resolver
    expelling = m.frame.name == expelled.FRAME  # "X expelled Y's troops (from the air base)"
    if m.frame.name in {"receive-at", "arrive-at"} and not received_forces(ctx, m):
        return  # "greeted his counterpart at the base": a guest, no forces
    phrases = [*m.tokens.get("facility", []), *(expelled.sent_from(ctx, m) if expelling else [])]
    if m.trigger.lemma in _HOLDING:
        phrases = phrases[:1]  # "held a ceremony ... to open a base, a hub in X": what is held is its first object
    kinds: list[str] = []
    hosts: list[Entity] = []
    reciprocal = False
    used_as = [k for k in phrases if r.toks[k].dep == "pobj" and r.toks[r.toks[k].head].lower == "as"]  # "use X as a naval base": the kind
    for k in phrases:
        for c in _facility_heads(ctx, k, m.frame.name not in {"open-facilities", "acquire-facility"} or shared(ctx, k)):
            # the kind is in the head and what precedes it ("naval bases"), not in what it is
            # for ("bases for refuelling and port calls")
            words = " ".join(r.toks[i].text for i in r.tree.subtree(c) if i <= c)
            said = _kinds(ctx, c, words)
            listed = examples.example_kinds(ctx, c, _kinds)  # "facilities, including the X naval base"
            if not listed and said and set(said) <= examples.GENERAL and r.toks[c].lemma in _GENERAL_NOUNS:
                listed = examples.located_kinds(ctx, c, _kinds)  # "the facilities at the port of X": a port
            said = listed if listed and set(said) <= examples.GENERAL else said + listed
            kinds += [kd for kd in said if kd not in kinds and (not used_as or k in used_as)]
            hosts += [h for h in facility_hosts(ctx, c) if h not in hosts]
            reciprocal = reciprocal or bool(_RECIPROCAL.search(words)) or examples.of_the_others(ctx, c)
    # "opened their bases to each other's forces": the users are the hosts, each of the other's;
    # "the use of ports by the forces of either party": each party uses the other's
    said = [_words(ctx, u) for u in m.tokens.get("user", [])]
    reciprocal = reciprocal or any(_RECIPROCAL.search(w) or _EITHER.search(w) for w in said)
    # "reciprocal access to naval bases", "mutual use of ports": each party's use of the other's
    reciprocal = reciprocal or any(r.toks[c].lower in {"reciprocal", "mutual"} for c in r.tree.kids(m.trigger.i, "amod"))
    if any(r.toks[c].lower.startswith("logistic") for c in r.tree.kids(m.trigger.i, "amod", "compound")):
        kinds = list(dict.fromkeys("logistics facility" if kd == "military base" else kd for kd in kinds))
    if not kinds:  # (a ship's call at a place: its port)
        kinds = _own_kind(ctx, m, phrases) or port_of_call(ctx, m, phrases)
    if not kinds or expelling and not expelled.told(ctx, m) or giving.a_right_given(ctx, m):
        return  # (expelled: "two diplomats" are no forces; "voted to evict" is not done)
    if any(r.toks[c].lower == "elsewhere" for c in [*r.tree.kids(m.trigger.i, "advmod"), *(j for h in phrases for j in r.tree.subtree(h))]):
        return  # "has not opened a second base elsewhere": in no state the text names
    users = [u for u in _users(ctx, m) if not expelling or u not in hosts]  # "expelled from X": X no user
    if (built := served(ctx, m, phrases))[0]:  # "X builds a base for Y's troops": Y uses, X hosts
        users, hosts = built[0], hosts or built[1]
    givers = giving.givers(ctx, m)
    # "X granted overflight rights to Y's aircraft": who it is given to uses, not the giver
    users = ((giving.receivers(ctx, m) or giving.leave_receivers(ctx, m)) if givers else []) or users
    if not users and m.args.nominal and m.args.governor is not None and r.toks[m.args.governor].lemma in giving.GIVING:
        users = giving.receivers(ctx, m)  # "access to its ports is granted to Y": whom it is given to, no giver named
    if givers and all(u in givers for u in users) and (users or reciprocal):
        givers = []  # "A and B agreed to let their forces use each other's bases": both use, both host
    if givers:  # "Fiji will give Tongan forces access to its bases": the receiver uses, the giver hosts
        users = [u for u in users if u not in givers]
        hosts = [h for h in hosts if h not in users] or givers
    if m.frame.name == _ABROAD:
        # "Chile's base in Peru": abroad only where the phrase places it ("Polish bases": Poland's own)
        hosts = [h for h in hosts if h not in users]
        if not hosts and (ag := _agreement(ctx, m)[0]) is not None and terms.described_in(ctx, m.trigger.i, ag):
            hosts = [p for p in _parties(ctx, ag) if p not in users][:1]  # "their agreement on a Y base": the other side's
        if not hosts:
            return
    if hosts and not reciprocal and not m.frame.role("host") and all(h in users for h in hosts):
        return  # "French aircraft based on a French island": no other state's facilities
    hosts = [h for h in hosts if h not in users or reciprocal]
    if not hosts:  # "opens its first base, in Tonga": the place the clause names
        r = ctx.resolver
        for o in m.args.prep("in", "at"):
            for e in r.entities(o, ("State", "Place")):
                state = e if e.type == "State" else ctx.country_of(e)
                if state is not None and state not in hosts:
                    hosts.append(state)
    if not hosts and m.trigger.lemma in {"have", *_HOLDING}:
        return  # "X has three air bases": its own, unless the phrase places them in another state
    if not hosts:  # "... there"; else a base or port the text never places: the dateline's state
        hosts = there(ctx, m, users) or asked_host(ctx, m, users) or signer_hosts(ctx, m, users) \
            or [h for h in local_host(ctx, phrases) if h not in users and not m.roles.get("host")]
    # (a territory hosting them, "Greenland hosts a Y base": its state)
    own = list(dict.fromkeys(s for e in m.roles.get("host", []) if (s := e if e.type == "State" else ctx.country_of(e))))
    if own:
        # "X hosts bases of A and B", "X is home to A's base": the phrase's owners use them;
        # "X opens its ports to A": A uses them
        users = [e for e in (users or hosts if m.frame.name == "host-forces" else users) if e not in own]
        hosts = own
        if reciprocal and len(users) < 2 and len(own) >= 2:
            users = own  # "A and B open their bases to each other's forces": each uses the other's
    agreement, how = _agreement(ctx, m) if not expelling else (None, None)  # none for forces sent away
    if reciprocal and len(users) < 2:
        # "lets each country's navy use the other's ports": the two are the agreement's parties
        agreement_in_view = agreement or ctx.nearest_agreement(m.sentence)
        parties = _parties(ctx, agreement_in_view) if agreement_in_view is not None else []
        pair = [ctx.doc.entities[k] for k in story_pair(ctx)] if len(parties) != 2 else parties  # else the story's two
        if len(pair) == 2 and (set(parties) <= set(pair) or set(pair) <= set(parties)):
            users = pair
    if reciprocal and len(users) >= 2:
        # "each of the three may use the others' bases": every user hosts every other
        pairs = [(a, b) for a in users[:_MAX_RECIPROCAL] for b in users[:_MAX_RECIPROCAL] if a is not b]
    else:
        if not hosts:
            agreement_in_view = agreement or ctx.nearest_agreement(m.sentence)
            parties = _parties(ctx, agreement_in_view) if agreement_in_view is not None else []
            hosts = [p for p in parties if p not in users][:1]
        pairs = [(u, h) for u in users for h in hosts if u is not h]
    # "would have no permanent base there", "gives it no port": a facility denied
    told = "negated" if any(r.toks[d].lower == "no" for k in phrases for c in _facility_heads(ctx, k)
                            for d in r.tree.kids(c, "det")) or denied_by_giver(ctx, m) else _told(ctx, m)
    told = "negated" if told == "asserted" and ended_grant(ctx, m) else told  # "cancelled the pact that let Y use"
    if (clause := expelled.after_ending(ctx, m, told)) is None:
        return  # "ended Y's access": denied once done, not yet while ahead
    for user, host in pairs:
        fit = agreement is not None and (how == "named" or terms.fits(ctx, agreement, user, host))
        mod, under = terms.terms_of(ctx, m, clause, agreement if fit else None, user, host)
        key = under.key if under else None
        for kind in kinds:
            yield make_fact(ctx, "access", m.sentence, mod, user=user.key, host=host.key, facility=kind, agreement=key)


def _told(ctx: Context, m: Match) -> str:
    """The trigger's modality; a leaving denied ("will not close its base", "refused to vacate the
    air base") keeps the use it would have ended: the use holds."""
    if m.negative and parse_modality(ctx.resolver.tree, m.trigger.i) == "negated":
        return "asserted"
    return trigger_modality(ctx, m)


#: Verbs of holding a facility (`acquire-facility`): what is held is their object, never another phrase.
_HOLDING = frozenset({"hold", "retain"})
_MAX_RECIPROCAL = 4  # how many states one reciprocal sentence may pair ("A, B, C and D ... one another's")


def _words(ctx: Context, k: int) -> str:
    return " ".join(ctx.resolver.toks[i].text for i in ctx.resolver.tree.subtree(k))


def _facility_heads(ctx: Context, k: int, through: bool = True) -> list[int]:
    """The argument and its conjuncts, or where they name no facility ("station jets at air bases") its places'
    (not what is given: "handed Y a note at the base" gives no base)."""
    r = ctx.resolver
    heads = [_through_partitive(ctx, c) for c in r.tree.conjuncts(k)]

    def names_facility(c: int) -> bool:
        found = r.found_at(c)
        return bool(ctx.lexicon.any_facility.search(" ".join(r.toks[i].text for i in r.tree.subtree(c) if i <= c))) \
            or (found is not None and found.entity.type in {"MilitaryBase", "Facility"})

    if any(names_facility(c) for c in heads) or not through:
        return heads
    out = []
    for c in heads:
        for p in r.tree.kids(c, "prep"):
            if r.toks[p].lower in {"at", "in", "to", "on", "from", "through"}:
                for o in r.tree.kids(p, "pobj"):
                    out += r.tree.conjuncts(o)
    return out or heads


def _through_partitive(ctx: Context, k: int) -> int:
    """"15 of its military bases", "some of the ports", "part of the naval base": the set (or the
    whole) the word picks from."""
    from kg.extract.tree import is_partitive
    r = ctx.resolver
    if is_partitive(r.toks[k]) or r.toks[k].lower in _PORTIONS:
        for p in r.tree.kids(k, "prep"):
            if r.toks[p].lower == "of":
                for o in r.tree.kids(p, "pobj"):
                    return o
    return k


def _kinds(ctx: Context, k: int, words: str) -> list[str]:
    """The facility kinds a phrase names: each modifier of a coordinated "land, air and naval
    bases" its own kind; else the lexicon's kind words; a named base's own kind."""
    r = ctx.resolver
    t = r.toks[k]
    f = r.found_at(k)
    if f is not None and f.entity.type == "MilitaryBase":
        words = f.entity.label + " " + words
    elif f is None and t.lower == "base" and any(r.toks[d].lower == "the" for d in r.tree.kids(k, "det")):
        words = " ".join(e.label for e in r.entities(k, ("MilitaryBase",))[:1]) + " " + words  # "the base": the one told
    head = t.lower
    if head in {"base", "bases", "airbase", "airbases"}:
        mods = [r.toks[c].lower for c in r.tree.children[k] if r.toks[c].dep in {"amod", "compound", "nmod"}]
        mods += [r.toks[j].lower for c in r.tree.children[k] if r.toks[c].dep in {"amod", "compound", "nmod"}
                 for j in r.tree.conjuncts(c)]
        found = list(dict.fromkeys(_BASE_MODIFIERS[w] for w in mods if w in _BASE_MODIFIERS))
        if found:
            return found
    if t.lemma == "facility":
        # "its largest overseas military training facility": a military one among its modifiers is a
        # base, unless another says it is logistical ("military support facility")
        before = set(words.lower().split()[:-1])
        if before & _MILITARY and not any(w.startswith(("logistic", "support", "supply")) for w in before):
            return ["military base"]
    out = [kind for kind, pattern in ctx.lexicon.facilities.items() if pattern.search(words)]
    # the kind whose words say most: "logistics facilities" are no general "facilities" (bases)
    out.sort(key=lambda kd: -max(len(x.group(0)) for x in ctx.lexicon.facilities[kd].finditer(words)))
    specific = [kd for kd in out if kd not in {"military base", "logistics facility"}]
    if not out and f is not None and f.entity.type == "MilitaryBase":
        return ["military base"]  # "Camp Jones", "Fort Lee": a base its name gives no kind of
    return specific[:1] or out[:1]


_MILITARY = frozenset({"military", "army", "defence", "defense"})
#: Nouns of a portion of a facility ("the use of part of its naval base").
_PORTIONS = frozenset({"part", "parts", "portion", "portions", "section", "sections", "corner", "half"})
#: General nouns of facilities whose place, when a facility, tells their kind ("facilities at the port").
_GENERAL_NOUNS = frozenset({"facility", "installation", "site", "infrastructure"})
_STATIONING = frozenset({"station-forces"})  # frames whose facility phrase may be a state: forces there use its bases


def _own_kind(ctx: Context, m: Match, phrases: list[int]) -> list[str]:
    """The kind a match names when its facility phrase names none: the trigger's own ("port
    calls in X": a port), or, for forces stationed in a state, its bases (FORMAT.md)."""
    toks, i = ctx.resolver.toks, m.trigger.i  # (a verb with its particle, "fly over X", only under an agreement)
    words = " ".join(t.text for t in toks[i:i + 2] if t.sent == m.trigger.sent) if not m.args.nominal else " ".join(
        t.text for t in toks[max(0, i - 2):i + 1])
    own = [kind for kind, pattern in ctx.lexicon.facilities.items() if pattern.search(words)]
    if own and (m.args.nominal or own == ["airspace"] and terms.spoken_of(ctx, m.sentence)):
        return own[:1]
    # "X hosts Y's troops": forces a state hosts use its bases (FORMAT.md: general bases)
    forces, placing = ctx.lexicon.forces_placed.get("forces", ()), ctx.lexicon.forces_placed.get("nouns", ())
    # ("hosts a rotational presence of Y's marines": the forces the placing noun's "of" names)
    if m.frame.name == "host-forces" and (any(ctx.resolver.toks[k].lemma in forces for k in phrases) or forces_of(ctx, phrases)):
        return ["military base"]
    # "the pact allows the stationing (presence, deployment) of Y's troops in X": forces an agreement
    # places in a state use its bases (with no agreement spoken of, "the presence of Y's troops in X"
    # may be a war's)
    r = ctx.resolver
    if m.args.nominal and m.trigger.lower in placing and terms.spoken_of(ctx, m.sentence) and \
            any(r.toks[k].lemma in forces for k in m.tokens.get("user", [])) and \
            any(facility_hosts(ctx, c) for k in phrases for c in r.tree.conjuncts(k)):
        return ["military base"]
    # forces stationed in X or expelled from X
    if m.frame.name in _STATIONING and m.trigger.lemma in {"station", "base", "garrison"} or expelled.expelling(m):
        r = ctx.resolver
        # only where the phrase itself says whose ("based on an island" of no state named is none)
        if any(e.type == "State" or ctx.country_of(e) is not None for k in phrases for e in r.entities(k, ("State", "Place"))):
            return ["military base"]
    return placed_kind(ctx, m, phrases)  # forces sent, kept or staying in a state under an agreement


def _to_phrase(ctx: Context, m: Match) -> list[int]:
    """The "to" phrase of an opening, on the verb or on what is opened ("opens its ports to X")."""
    r = ctx.resolver
    objects = [*m.args.object, *(_through_partitive(ctx, k) for k in m.args.object)]  # "some of its ports to X"
    return m.tokens.get("user", []) + [o for k in objects for p in r.tree.kids(k, "prep")
                                       if r.toks[p].lower == "to" for o in r.tree.kids(p, "pobj")]


def _users(ctx: Context, m: Match) -> list[Entity]:
    """The states whose forces use: named, or the state modifying the user noun ("Chilean
    warships", "Japan's troops")."""
    r = ctx.resolver
    found = list(m.roles.get("user", []))
    facility = set(m.tokens.get("facility", []))
    if facility & set(m.tokens.get("user", [])):  # "the use of Peruvian ports by Chilean ships": whose ports, not who uses
        users = {e.key for k in m.tokens.get("user", []) if k not in facility for e in r.entities(k, ("State", "ArmedForces"))}
        found = [e for e in found if e.key in users] or found  # (no other user told: the phrase's own)
    if not found:  # "the last of them flew home", "most of the French troops": the set the word picks from
        found = [e for k in m.tokens.get("user", []) if (j := _through_partitive(ctx, k)) != k
                 for e in r.entities(j, ("State", "ArmedForces"))]
    if not found and m.frame.role("host"):  # "opens its ports to X": the parser hangs "to X" on the ports
        found = [e for k in m.args.object for j in {k, _through_partitive(ctx, k)} for p in r.tree.kids(j, "prep")
                 if r.toks[p].lower == "to" for o in r.tree.kids(p, "pobj") for e in r.entities(o, ("State", "ArmedForces"))]
    if not found and m.frame.role("host"):
        found = _used_by(ctx, m)
    if not found and m.frame.name == "host-forces":  # "X hosts a presence of Y's troops"
        found = forces_of(ctx, m.args.object)
    if not found:  # "each of the three states may use ...": the states its "of" phrase names
        found = [e for k in m.tokens.get("user", []) if r.toks[k].lower in {"each", "either", "both", "all"}
                 for p in r.tree.kids(k, "prep") if r.toks[p].lower == "of"
                 for o in r.tree.kids(p, "pobj") for e in r.entities(o, ("State", "ArmedForces"))]
    if not found and not m.frame.role("host"):  # opened "to commercial flights": to no forces
        for k in m.tokens.get("user", []):
            for c in r.tree.children[k]:
                if r.toks[c].dep in {"amod", "poss", "compound", "nmod"} and r.toks[c].pos != "PRON":
                    found += r.entities(c, ("State",))
    out: list[Entity] = []
    for e in found:
        state = e if e.type == "State" else ctx.country_of(e)
        if state is not None and state not in out:
            out.append(state)
    return out


def _used_by(ctx: Context, m: Match) -> list[Entity]:
    """"opens its bases for use by X": whom the use is by (the parser may hang "by X" on the
    verb, whose active voice has no agent of its own)."""
    r = ctx.resolver
    holders = [m.trigger.i, *m.args.object, *(_through_partitive(ctx, k) for k in m.args.object)]
    uses = [u for h in holders for p in r.tree.kids(h, "prep") if r.toks[p].lower == "for"
            for u in r.tree.kids(p, "pobj") if r.toks[u].lemma in {"use", "access"}]
    if not uses:
        return []
    bys = [b for u in uses for b in r.tree.kids(u, "prep") if r.toks[b].lower == "by"]
    if not m.args.passive:
        bys += [b for b in r.tree.kids(m.trigger.i, "prep") if r.toks[b].lower == "by"]
    return [e for b in bys for o in r.tree.kids(b, "pobj") for e in r.entities(o, ("State", "ArmedForces"))]


def _agreement(ctx: Context, m: Match) -> tuple[Entity | None, str | None]:
    """The agreement the access is under and how it is told: "named" by the clause ("under the X"),
    spoken of "here" in its sentence (not by a noun inside another's name, "the Y Treaty Organization",
    unless it is that body's founding text),
    or the one the two sentences "before" were about ("The X permits training. Access is provided at
    ..."), which must fit the access's states."""
    named = m.roles.get("agreement") or []
    if named:
        return named[0], "named"
    found = _described(ctx, m.trigger.i) or terms.spoken_of(ctx, m.sentence)
    names = terms.only_in_names(ctx, m.sentence)
    if names is not None:  # (its founding text, "the X Treaty" of "the X Treaty Organization", is still spoken of)
        found = [a for a in found if any(n.lower().removeprefix("the ").startswith(a.label.lower()) for n in names)]
    if found:
        return found[0], "here"
    for i in range(m.sentence - 1, max(-1, m.sentence - 3), -1):
        recent = ctx.found(i, "Agreement")
        if recent:
            return recent[0].entity, "before"
    return None, None


def _parties(ctx: Context, agreement: Entity) -> list[Entity]:
    return [ctx.doc.entities[f.fields["party"]] for f in ctx.doc.annotations.get("facts", [])
            if f.cq == "parties" and f.fields.get("agreement") == agreement.key]


def _described(ctx: Context, k: int) -> list[Entity]:
    """"the Y pact, which lets the forces of either state train at the other's bases": the agreement a relative
    clause the access is told in describes, before any other its sentence names."""
    r = ctx.resolver
    for _ in range(4):
        t = r.toks[k]
        if t.dep == "relcl" and any(r.toks[c].lower in {"which", "that"} for c in r.tree.kids(k, "nsubj")):
            return [e for e in r.entities(t.head, ("Agreement",)) if e.type == "Agreement"]
        if t.dep not in {"ccomp", "xcomp", "conj"} or t.head == k:
            return []
        k = t.head
    return []
