"""Memberships: which states are members of which international organisations.

The frames ``join``, ``admit``, ``member``, ``grouping``, ``comprise`` and ``leave`` in
``data/frames.yaml`` say who joined, was admitted to, is a member of, makes up or left what, in
any construction ("X is a member of Y", "X, a member of Y", "Y members X and Z", "Y's members
include X", "X, which joined in 2017", "a grouping of A, B and C"). This module applies
FORMAT.md's Membership convention: a joining with no organisation named is the organisation the
passage speaks of; an accession under way or a candidacy is ``planned``; a state that is not a
member, has left or is suspended is ``negated``. The words that decide modality are data
(``membership`` in ``data/lexicon.yaml``).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.facts.common import known_in_name, make_fact, most_named, states_in_name
from kg.extract.facts.member_acts import PUTS_OUT
from kg.extract.facts.member_lists import (
    bracketed,
    fronted_partitive,
    listed_in_relative,
)
from kg.extract.facts.member_orgs import (
    first_member_noun,
    listed_after,
    whole_organisation,
)
from kg.extract.facts.member_phrases import (
    as_agents,
    colon_listed,
    companions,
    continued_list,
    coordinated_modifiers,
    counted,
    fronted_as,
    gapped,
    including,
    juxtaposed,
    led_states,
    listed_with,
    miscounted,
    said_as_well_as,
    set_against,
    topical,
)
from kg.extract.facts.member_standing import (
    DENIALS,
    as_other_standing,
    modality,
)
from kg.extract.frames import Match
from kg.extract.nlp import Token
from kg.extract.syntax import surface_subject
from kg.extract.tree import Tree, is_partitive
from kg.model import Entity, Fact

_ORDINAL = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                      "tenth", "newest", "latest", "last", "fellow", "another"})
#: One fact per state and organisation: what holds now beats what is denied, which beats what is ahead.
_ORDER = {"asserted": 0, "negated": 1, "planned": 2}


def members(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    """Membership facts from the membership frames' matches; one per state and organisation (an
    asserted reading beats a negated one, which beats a planned one)."""
    words = ctx.lexicon.membership
    toks: list[Token] = ctx.doc.annotations["tokens"]
    ours = [m for m in matches if m.fact == "member"]
    found: dict[tuple[str, str], Fact] = {}
    said: dict[tuple[str, str], Match] = {}
    listed = {(m.sentence, e.key) for m in ours if m.frame.name in {"member", "grouping", "comprise"}
              for e in m.roles.get("member", [])}
    said_orgs: dict[int, list[Entity]] = {}
    predicated: dict[int, list[Entity]] = {}  # "X became a full member of Y": the noun the joining verb predicates names Y
    for m in ours:
        if m.frame.name in {"member", "join", "admit"}:
            said_orgs.setdefault(m.sentence, []).extend(topical(ctx, m, m.roles.get("organization", [])))
        if m.frame.name == "member" and m.trigger.dep == "attr" and m.roles.get("organization"):
            predicated.setdefault(m.trigger.head, []).extend(m.roles["organization"])
    for m in ours:
        if m.trigger.dep == "compound" and toks[m.trigger.head].pos == "NOUN":
            continue  # "member" of "member states" is no "NATO member Turkey"
        if m.frame.name in {"member", "organisation-states"} and any(
                c.head == m.trigger.i and c.dep in {"amod", "compound"} and c.lower in words.get("standing", ())
                for c in toks[max(0, m.trigger.i - 3):m.trigger.i]):
            continue  # "a BRICS partner country", "an associate member": another standing than a member's
        if as_other_standing(toks, m.trigger, words.get("standing", ())):
            continue  # "accession to the bloc as associate members", "admitted X as an observer"
        if m.frame.name == "be-in" and not all(ctx.resolver.found_at(k) is not None for r in ("member", "organization")
                                                for k in m.tokens.get(r, [])[:1]):
            continue  # "X's president was in the Y capital": being somewhere is no membership
        states = _members(ctx, m, toks)
        if m.trigger.dep == "compound":  # "Member States of the UN": the organisation is no member
            states = [e for e in states if e.type == "State"]
        if not states:
            continue
        fellows = _joining(m, toks, said_orgs)
        if m.frame.name == "member" and not m.roles.get("organization") and said_orgs.get(m.sentence) \
                and m.trigger.dep == "pobj" and toks[m.trigger.head].lower == "as":
            fellows = []  # "X joined the bloc as a full member": the organisation joined
            orgs = list(dict.fromkeys(said_orgs[m.sentence]))
        elif m.frame.name == "join" and not m.roles.get("organization") and not fellows and m.trigger.i in predicated:
            orgs = list(dict.fromkeys(whole_organisation(ctx, o) for o in predicated[m.trigger.i]))
        else:
            orgs = said_orgs[m.sentence] if fellows else list(dict.fromkeys(
                whole_organisation(ctx, o) for o in topical(ctx, m, _organisations(ctx, m, toks, words, listed))))
        states += fellows
        if not orgs:
            continue
        # "A, a member of B, C and D": the organisations listed are none of its members
        states = [e for e in states if e not in orgs]
        said_mod = modality(ctx, m, toks, words)
        denied = _denied(ctx.resolver, toks, m)
        for state in states:
            for org in orgs:
                mod = "negated" if org.key in denied else said_mod
                if state is org or m.frame.name in {"found", "together-in"} and org.type != "InternationalOrganization" \
                        and (len(states) < 2 or m.frame.name == "together-in" and states_in_name(ctx, org)):
                    # one state founding or acting in a body makes no international organisation, nor
                    # do two acting in a body of theirs, "the India-Oman Joint Commission"
                    continue
                fact = make_fact(ctx, "member", m.sentence, mod, member=state.key, organization=org.key)
                key = (state.key, org.key)
                if key not in found or _better(m, mod, said[key], found[key].modality):
                    found[key] = fact
                    said[key] = m
    for s, org, states in bracketed(ctx, toks):
        for state in states:
            found.setdefault((state.key, org.key), make_fact(ctx, "member", s, "asserted", member=state.key, organization=org.key))
    yield from found.values()


def _joining(m: Match, toks: list[Token], said: dict[int, list[Entity]]) -> list[Entity]:
    """"X became a member of Y, joining A and B": the states X joins are in the organisation its sentence names (not "joining A in calling for": joining them in an act)."""
    if m.frame.name != "join" or m.trigger.tag != "VBG" or not said.get(m.sentence):
        return []
    if any(c.head == m.trigger.i and c.lower == "in" for c in toks[m.trigger.i + 1:m.trigger.i + 12]):
        return []
    return m.roles.get("fellow", [])


def _denied(resolver, toks: list[Token], m: Match) -> set[str]:
    """"X belongs to A but not to B", "a member of A but not of B", "a non-EU NATO member": B, the EU are denied."""
    out: set[str] = set()
    for k in m.tokens.get("organization", []):
        if k > 1 and toks[k - 1].text in {"-", "–"} and toks[k - 2].lower == "non":
            out |= {e.key for e in resolver.entities(k, ("InternationalOrganization",))}  # "a non-EU member"
        p = toks[k].head
        if toks[p].pos == "ADP" and any(c.head == p and c.dep == "neg" for c in toks[max(0, p - 2):p]):
            out |= {e.key for e in resolver.entities(k, ("InternationalOrganization",))}
    return out


def _better(m: Match, mod: str, old: Match, old_mod: str) -> bool:
    """Does this reading beat the one kept? What holds beats what is denied, which beats what is
    ahead; but a denial beats the member noun of its own sentence ("the bloc froze the participation
    of three member states, A, B and C": they are called members to say what they were)."""
    if m.sentence == old.sentence and {mod, old_mod} == {"asserted", "negated"}:
        noun, denial = (old, m) if mod == "negated" else (m, old)
        if noun.frame.name in {"member", "organisation-states"} and (denial.negative or denial.frame.name in DENIALS):
            return mod == "negated"
    return _ORDER[mod] < _ORDER[old_mod]


def _members(ctx: Context, m: Match, toks: list[Token]) -> list[Entity]:
    """The member role, read further where the parse leaves it short (see the helpers below)."""
    resolver = ctx.resolver
    t = m.trigger
    if _own_membership(resolver, toks, m):
        return []
    out = [e for e in m.roles.get("member", []) if e not in miscounted(resolver, toks, m)]
    if m.frame.name == "leave" and t.lemma in PUTS_OUT:  # "A suspended B", "B was suspended by A": B
        put_out = [e for k in m.args.object for e in resolver.entities(k, ("State",))]  # the patient, in either voice
        out = [e for e in out if e in put_out] if put_out else out  # (A acts as a member: member_acts.py)
    # the list continuing past the noun names none of its members, whichever reading below finds it
    others = continued_list(resolver, toks, t) if m.frame.name in {"member", "organisation-states"} else []
    if m.frame.name == "partner":  # "Qatar's partners in the GCC": Qatar belongs too
        out += m.roles.get("fellow", [])
    if out and not m.args.nominal:
        out += gapped(resolver, toks, t.i)
    out = as_agents(resolver, toks, t) or out
    if m.frame.name in {"member", "organisation-states"}:
        out += set_against(resolver, toks, t)  # "A and other members of X"
    if m.frame.name == "member" and not out:
        out = [e for k in _predicated_of(resolver.tree, first_member_noun(resolver, t.i))
               for e in resolver.entities(k, ("State",))]
    if m.frame.name == "member" and not out:
        out = fronted_partitive(resolver, toks, m)
    if m.frame.name == "member" and not out and not m.args.copula and t.tag in {"NNS", "NNPS"}:
        out = counted(resolver, toks, t)
    for k in m.tokens.get("member", []):
        out += listed_with(resolver, toks, k, whole=m.frame.name == "member")
    if not out:
        out = led_states(ctx, resolver, toks, m)
    if m.frame.name in {"member", "organisation-states"}:
        out += including(resolver, toks, m.trigger) + colon_listed(resolver, toks, m.trigger)
        out += juxtaposed(resolver, toks, m.trigger) + listed_in_relative(resolver, toks, m.trigger)
        out += fronted_as(resolver, toks, m.trigger) if not out else []
    if out and m.frame.name == "member":
        out += _fellow_of(ctx, m, toks, out)
    if out:
        out += companions(resolver, toks, t, m.tokens.get("member", []))
    elif m.frame.name == "member" and (t.dep == "attr" or t.dep == "pobj" and toks[t.head].lower == "as"):
        out = companions(resolver, toks, t, [])  # "welcoming <a description> as its tenth member, alongside A and B"
    return [e for e in dict.fromkeys(out) if e not in others]


def _fellow_of(ctx: Context, m: Match, toks: list[Token], named: list[Entity]) -> list[Entity]:
    """"X borders Y, a fellow member of the bloc", "Y, another NATO ally": a fellow is one of
    two members, the other being the one state the sentence names besides (a capital acting for
    it included), else the state the article is about."""
    from kg.extract.facts.owner_entities import dominant_state

    # "like fellow ASEAN member B": the parser may hang "fellow" on the name the noun qualifies
    heads = {m.trigger.i} | ({m.trigger.head} if m.trigger.dep == "compound" else set())
    if not any(c.head in heads and c.lower in {"fellow", "another"} for c in toks[max(0, m.trigger.i - 4):m.trigger.i]):
        return []
    others = [e for e in ctx.unique(ctx.states(m.sentence)) if e not in named]
    others += [c for f in ctx.found(m.sentence, "Place") if f.mention.kind in {"capital", "alias"}
               and (c := ctx.country_of(f.entity)) is not None and c not in named and c not in others]
    if len(others) == 1:
        return others
    before = [e for e in ctx.unique(ctx.states(m.sentence - 1)) if e not in named] if m.sentence and not others else []
    if len(before) == 1:  # "Chile hosted the talks. Peru, a fellow member, ..."
        return before
    home = dominant_state(ctx) if not others else None
    return [home] if home is not None and home not in named else []


def _own_membership(resolver, toks: list[Token], m: Match) -> bool:
    """"The alliance has increased its membership to 28": "its" is the organisation the clause is about (its subject), no state."""
    g = m.args.governor
    if m.trigger.lemma != "membership":
        return False  # "the bloc invited its members A and B": they are its members
    if not m.args.nominal or g is None or not any(toks[k].pos == "PRON" for k in m.args.possessor):
        return False
    return any(resolver.entities(k, ("InternationalOrganization",)) for k in surface_subject(resolver.tree, g))


def _organisations(ctx: Context, m: Match, toks: list[Token], words, listed) -> list[Entity]:
    """The organisation role; else, for a joining with no object ("X joined in 2017") or with the
    members joined as its object, and for a member noun, the organisation the passage speaks of."""
    orgs = list(m.roles.get("organization", []))
    resolver = ctx.resolver
    if m.frame.name == "found":
        # "set up the X Training Command": a body named after an organisation is not it
        named = [f.entity for k in m.tokens.get("organization", []) if (f := resolver.found_at(k)) is not None]
        inside = {f.entity for k in m.tokens.get("organization", []) if resolver.found_at(k) is None
                  for c in resolver.tree.children[k] if (f := resolver.found_at(c)) is not None}
        orgs = [e for e in orgs if e in named or e not in inside]
    if orgs:  # "members of the UN and of the OIC": prepositions joined by "and"
        orgs += coordinated_modifiers(resolver, toks, m)
        for k in m.tokens.get("organization", []):
            p = toks[k].head
            # "a member of A since 1952 and of B since 1981": the parser may join it to another phrase
            joined = [c.i for c in toks[p + 1:p + 40] if toks[p].dep == "prep" and c.sent == toks[p].sent and (
                c.dep == "conj" and c.pos == "ADP" and (c.head == p or c.lower == toks[p].lower and toks[c.head].dep == "prep")
                or c.lower == toks[p].lower and said_as_well_as(toks, c.head)  # "of A as well as of B"
                # "remains a member of A and of B": the parser may hang the second on the verb
                or c.dep == "prep" and c.lower == toks[p].lower and toks[c.i - 1].lower == "and")]
            orgs += [e for c in joined for o in toks[c:c + 8] if o.head == c and o.dep == "pobj"
                     for e in resolver.entities(o.i, ("InternationalOrganization",))]
            if toks[k].dep in {"pobj", "dobj"} and (f := resolver.found_at(k)) is not None:
                orgs += listed_after(ctx, m.sentence, f)
        return list(dict.fromkeys(orgs))
    if m.frame.name == "suspend-participation":  # "the union froze the participation of X": the union's
        doers = surface_subject(resolver.tree, m.trigger.head)
        orgs = [e for c in doers for e in resolver.entities(c, ("InternationalOrganization",))]
        if not orgs and any(resolver.entities(c, ("State",)) for c in doers) and not resolver.tree.kids(m.trigger.i, "prep"):
            org = _spoken_of(ctx, m)  # "X froze its participation": in the organisation in view
            orgs = [org] if org is not None else []
        return orgs
    relative = _of_which(resolver, toks, m.trigger)
    if relative:
        return relative
    if m.frame.name == "grouping":  # "the bloc of A and B": the bloc itself, unless said of another
        return [] if m.args.copula else resolver.entities(m.trigger.i, ("InternationalOrganization",))
    if m.frame.name in {"join"} and m.args.object:
        fellows = m.roles.get("fellow", [])
        # "joins A, B and C, the bloc's founding members": joining those already members; any
        # other object ("joined the exercises", "joined France in calling for") is no organisation
        if not fellows or any((m.sentence, e.key) not in listed for e in fellows):
            return []
    if m.frame.name == "member" and m.trigger.lemma in words.get("named", ()) and not _ordinal(m, toks):
        # "the two US allies", "Australia's newest ally" need their alliance named; an ally nobody
        # owns, "X, the last ally still to ratify", is one of the alliance the passage speaks of
        org = None if _owned(ctx, m) else _spoken_of(ctx, m)
        return [org] if org is not None and _ALLIANCE.search(" | ".join([org.label, *org.aliases])) else []
    if m.frame.name == "leave" and m.trigger.lemma in words.get("ending", ()) and _put_out(resolver, m):
        org = _spoken_of(ctx, m)  # "Venezuela, suspended since 2016": from the organisation in view
        return [org] if org is not None else []
    if m.frame.name in {"comprise", "leave", "partner", "found"}:
        return []
    described = [k for k in m.tokens.get("organization", []) if toks[k].dep == "pobj"]
    if m.frame.name == "member" and described:
        # "a member of the court": the organisation named with that head noun; "a member of any
        # military alliance": an organisation said, but none named
        return [e for k in described if (e := _by_head_noun(ctx, m, toks, k)) is not None][:1]
    org = _spoken_of(ctx, m)
    return [org] if org is not None else []


def _put_out(resolver, m: Match) -> bool:
    """Is the state what the verb puts out ("X, suspended since 2016", "expelled X"), no state
    its doer ("X suspended its cooperation with Y" puts X out of nothing)?"""
    state = frozenset({"State"})
    return any(resolver.entities(k, state) for k in m.args.object) and not any(
        resolver.entities(k, state) for k in m.args.subject)


def _of_which(resolver, toks: list[Token], t: Token) -> list[Entity]:
    """"The bloc, of which X is a member": the organisation the relative clause describes."""
    verb = toks[t.head]
    if t.dep not in {"attr", "oprd"} or verb.dep != "relcl" or verb.head == verb.i:
        return []
    rel = [o for p in toks[verb.i - 6:verb.i] if p.head == verb.i and p.dep == "prep" and p.lower == "of"
           for o in toks[p.i + 1:p.i + 2] if o.head == p.i and o.lower in {"which", "whom"}]
    return resolver.entities(verb.head, ("InternationalOrganization",)) if rel else []


def _predicated_of(tree: Tree, k: int) -> list[int]:
    """What a nominal predicate is said of, through a small clause ("made X the 10th member":
    X), a partitive ("X was the last of the members") or a copula ("X became a member"; "A and B are
    founding members", which the parser reads as a progressive "are founding" with the noun its object)."""
    toks = tree.toks
    t = toks[k]
    while t.dep == "conj" and t.head != t.i and toks[t.head].pos in {"NOUN", "PROPN"}:
        t = toks[t.head]  # "a dialogue partner rather than a member": said of what the first is
    if t.dep == "appos":
        return [t.head]
    if t.dep == "pobj" and toks[t.head].lower == "of" and toks[t.head].head != t.head:
        head = toks[toks[t.head].head]
        if is_partitive(head):
            t = head  # the partitive stands for the member noun
    kids = [c.i for c in toks[max(0, t.i - 12):t.i] if c.head == t.i and c.dep in {"nsubj", "nsubjpass"}]
    if kids:
        return kids
    verb = toks[t.head]
    if t.dep == "dobj" and verb.tag == "VBG" and verb.i == t.i - 1 and verb.lower in {"founding", "co-founding"} \
            and any(toks[a].lemma == "be" for a in tree.kids(verb.i, "aux")):
        return surface_subject(tree, verb.i)  # (and "both of which are founding members": the noun described)
    if t.dep in {"attr", "oprd"} and verb.lemma in {"be", "become", "remain", "stay"}:
        return [c.i for c in toks[max(0, verb.i - 15):verb.i] if c.head == verb.i and c.dep in {"nsubj", "nsubjpass"}]
    if t.dep in {"oprd", "ccomp", "xcomp"} and verb.lemma == "make":
        return [c.i for c in toks[verb.i + 1:t.i] if c.head == verb.i and c.dep == "dobj"]
    return []


def _by_head_noun(ctx: Context, m: Match, toks: list[Token], k: int) -> Entity | None:
    """"the court", "the council": the organisation the article names whose name ends in that
    noun, the one named last before the sentence ends."""
    t = toks[k]
    if not any(c.head == k and c.lower in {"the", "this", "that"} for c in toks[max(0, k - 4):k]):
        return None
    last: Entity | None = None
    for i in range(m.sentence + 1):
        for f in ctx.found(i, "InternationalOrganization"):
            names = [f.entity.label, *f.entity.aliases, f.mention.text]
            if any(n.lower().split()[-1:] == [t.lemma] or n.lower().split()[-1:] == [t.lower] for n in names if n):
                last = f.entity
    return last


#: An organisation whose members are allies: "the X Alliance", "the Y Treaty Organization".
_ALLIANCE = re.compile(r"\balliance\b|\btreaty organi[sz]ation\b", re.IGNORECASE)


def _owned(ctx: Context, m: Match) -> bool:
    """An ally someone has: "Australia's ally", "a close US ally", "an ally of Kyiv", "its allies"."""
    resolver = ctx.resolver
    if m.args.possessor:
        return True
    return any(resolver.entities(k, ("State", "Person", "Place", "Organization", "InternationalOrganization"))
               for k in [*m.args.modifiers, *m.args.prep("of")])


def _ordinal(m: Match, toks: list[Token]) -> bool:
    return any(toks[c].lower in _ORDINAL or toks[c].tag == "CD" or toks[c].lower.endswith(("st", "nd", "rd", "th"))
               and toks[c].lower[:1].isdigit() for c in range(max(0, m.trigger.i - 3), m.trigger.i))


def _spoken_of(ctx: Context, m: Match) -> Entity | None:
    """The organisation the passage speaks of: named last before the trigger in its sentence or
    the three before, else the one the article names most."""
    toks: list[Token] = ctx.doc.annotations["tokens"]
    # "X, a NATO member, applied for membership": not what X already belongs to
    held = {o.start for k in m.tokens.get("member", []) for c in toks[k + 1:k + 8]
            if c.head == k and c.dep == "appos" and c.lemma in {"member", "ally"}
            for o in toks[k + 1:c.i] if o.head == c.i and o.dep in {"compound", "nmod", "amod"}}
    for i in range(m.sentence, max(-1, m.sentence - 4), -1):
        found = [(f.start, f.entity) for f in ctx.found(i, "InternationalOrganization")
                 if (i < m.sentence or f.end <= m.trigger.start) and not any(f.start <= x < f.end for x in held)]
        # "the summit of the X": an organisation named inside a summit's name
        found += [(f.start, e) for f in ctx.found(i, "Summit") if i < m.sentence or f.end <= m.trigger.start
                  for e in known_in_name(ctx, f.entity, "InternationalOrganization")[:1]]
        if found:
            return max(found, key=lambda x: x[0])[1]
    return most_named(ctx, "InternationalOrganization")
