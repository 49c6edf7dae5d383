"""Whose office a title is: the owner the phrase names, else the one the article makes plain.

:func:`named_owner` reads the phrase (a possessive, a demonym, a name before the title, its "of"
complement, "Prime Minister X of India", "his foreign minister"; a site named so stands for the
body seated there, and a body no mention covers becomes an entity); :func:`inferred_owner` what the
article makes plain when the phrase names none (a legislator's legislature, an organisation's
officer, the state the linked person serves, the group the person is listed in, a coordinated
title's state, the state the passage places the person in). :class:`Names` says which entity's
name covers each token.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.extract.context import Context, Found
from kg.extract.facts.implied_owners import apposed_state, implied_owner
from kg.extract.facts.legislator_bodies import legislator_body
from kg.extract.facts.met_owner import met_state
from kg.extract.facts.officer_bodies import officer_body
from kg.extract.facts.owner_entities import (
    body_entity,
    entity_named,
    known_state,
    seated_body,
    titled_state,
)
from kg.extract.facts.represented import companion_state, represented_state
from kg.extract.nlp import Token
from kg.extract.styled_names import courtesy_only
from kg.extract.titles import OWNER_TYPES, Title
from kg.model import Entity


class Names:
    """Which entity's name covers each token of the document (pronouns apart)."""

    def __init__(self, ctx: Context) -> None:
        import bisect

        self.toks: list[Token] = ctx.doc.annotations["tokens"]
        self.at: dict[int, Found] = {}
        self.pronoun_at: dict[int, Found] = {}
        self.titles: dict[int, list[Title]] = {}  # each sentence's titles, once read
        self.starts = starts = [t.start for t in self.toks]
        for founds in ctx.by_sentence.values():
            for f in founds:
                k = bisect.bisect_left(starts, f.start)
                while k < len(self.toks) and self.toks[k].start < f.end:
                    if f.mention.kind == "pronoun":
                        self.pronoun_at.setdefault(k, f)
                    else:
                        self.at.setdefault(k, f)
                    k += 1

    def tokens_of(self, f: Found) -> range:
        """The tokens of a found name."""
        import bisect

        k = bisect.bisect_left(self.starts, f.start)
        return range(k, bisect.bisect_left(self.starts, f.end, lo=k))

    def __call__(self, k: int) -> str | None:
        f = self.at.get(k)
        return f.entity.type if f is not None else None

    def span(self, k: int) -> int | None:
        f = self.at.get(k)
        return id(f) if f is not None else None

    def people(self, lo: int, hi: int) -> list[tuple[int, int, Found]]:
        """(first token, end token, found) of each person named in lo..hi, in order."""
        out: list[tuple[int, int, Found]] = []
        k = lo
        while k < hi:
            f = self.at.get(k)
            if f is None or f.entity.type != "Person":
                k += 1
                continue
            j = k
            while j < hi and self.at.get(j) is f:
                j += 1
            out.append((k, j, f))
            k = j
        return out


@dataclass
class Holding:
    """A title tied to the person it names, and (once found) whose office it is."""

    person: Found
    title: Title
    how: str  # before | after | appositive | copula | coordinated | list
    owner: Entity | None = None


def _entity(names: Names, k: int) -> Entity | None:
    f = names.at.get(k)
    return f.entity if f is not None else None


def _owner_entity(ctx: Context, e: Entity | None, local: bool = False) -> Entity | None:
    """A capital stands for its state ("Moscow's envoy"); a site stands for the body seated there
    ("a palace spokesman", "the base commander": a building owns no office, an actor does, as the
    ontology's kg:officeOf says); a place owns the offices of its own government ("the governor of
    X", ``local``); other owners stand for themselves."""
    if e is None:
        return None
    if e.type in SITE_TYPES:
        return seated_body(ctx, e)
    if e.type == "Place":
        return e if local else ctx.country_of(e) if e.qid else None
    if e.type == "Person":
        return None
    return e


def owner_after_name(ctx: Context, names: Names, h: Holding, toks: list[Token]) -> Entity | None:
    """"Prime Minister X of India": the owner named right after the holder's name."""
    t = h.title
    end = max((k for k, f in [*names.at.items(), *names.pronoun_at.items()] if f is h.person), default=t.end) + 1
    if end + 1 < len(toks) and toks[end].lower == "of" and toks[end].sent == toks[t.head].sent:
        k = end + 1 + (toks[end + 1].lower == "the")
        e = _owner_entity(ctx, _entity(names, k), t.local)
        if e is not None and (e.type in OWNER_TYPES or t.local and e.type == "Place"):
            return e
    return None


def named_owner(ctx: Context, names: Names, h: Holding, toks: list[Token]) -> Entity | None:
    """The owner the phrase names: before the title ("Russia's", "Japanese", "NATO"), in its
    complement ("of Chile"), right after the name ("Prime Minister X of India"); for a plural
    title, the owner listed in the same place as the person."""
    t = h.title
    if t.owner_words:  # a body named in words no mention covers: the entity the article gives that name
        phrase = " ".join(toks[k].text for k in t.owner_words)
        found = entity_named(ctx, phrase)
        if found is None:  # else a body of the type its head noun gives ("... Council"), an acronym's organisation
            etype = ctx.lexicon.head_type(phrase) or ("Organization" if len(t.owner_words) == 1 else None)
            # "the committee", "the armed forces": a head noun alone points at a body, it names none
            naming = any(toks[k].is_cap for k in t.owner_words) or phrase.lower() not in ctx.lexicon.heads.get(etype or "", ())
            found = body_entity(ctx, phrase, etype) if etype in OWNER_TYPES and naming else None
        if found is None:
            t.unnamed_owner = True
        return found
    if h.how == "list":
        owners = _listed_owners(ctx, names, t, toks)
        listed = [p.entity.key for p in _people_listed(h, names, t, toks)]
        if owners and len(owners) == len(listed) and h.person.entity.key in listed:
            return owners[listed.index(h.person.entity.key)]
        return None
    if t.owner_before:
        e = _owner_entity(ctx, _entity(names, t.owner_before[-1]), t.local)
        if e is not None:
            return e
    if t.owner_after:
        # "Secretary of Iran's Supreme National Security Council": the complement's head, last
        e = _owner_entity(ctx, _entity(names, t.owner_after[-1]), t.local)
        if e is not None:
            return e
    e = owner_after_name(ctx, names, h, toks)
    if e is not None:
        return e
    if t.described is not None:
        return _described(ctx, names, t.described, toks)
    principal = names.at.get(t.principal) if t.principal is not None else None
    if principal is not None and principal.entity is not h.person.entity:  # "X's chief of staff": X's state
        return ctx.doc.annotations.get("office_state", {}).get(principal.entity.key) or ctx.country_of(principal.entity)
    if t.pronoun is not None:
        f = names.pronoun_at.get(t.pronoun)
        if f is not None and f.entity is not h.person.entity:
            return ctx.doc.annotations.get("office_state", {}).get(f.entity.key) or ctx.country_of(f.entity)
        if f is None and toks[t.pronoun].lower == "its":
            return _its_state(ctx, names, t.pronoun, toks, t.organisational)
        if toks[t.pronoun].lower == "whose":  # "Chile, whose president, X,": the relative's antecedent
            j = t.pronoun - 1 - (toks[t.pronoun - 1].text == ",")
            owner = _entity(names, j)
            return owner if owner is not None and owner.type in OWNER_TYPES else None
    return None


def _described(ctx: Context, names: Names, k: int, toks: list[Token]) -> Entity | None:
    """"X, the country's foreign minister", "the bloc's secretary-general": the state or
    organisation the description refers back to, named last before it (this sentence or the
    three before)."""
    from kg.extract.frames import load_frames

    kinds = load_frames().descriptions
    etype = next((e for e in ("State", "InternationalOrganization") if toks[k].lemma in kinds.get(e, ())), None)
    if etype is None:
        return None
    sent = toks[k].sent
    for s in range(sent, max(-1, sent - 4), -1):
        found = [(j, f) for j, f in names.at.items() if toks[j].sent == s and j < k and f.entity.type == etype]
        # the subject a sentence is about before any other name in it ("A signed it with B")
        subjects = [f for j, f in found if toks[j].dep in {"nsubj", "nsubjpass"}]
        if subjects or found:
            return (subjects or [f for _, f in found])[-1].entity
    return None


def _its_state(ctx: Context, names: Names, k: int, toks: list[Token], organisational: bool = False) -> Entity | None:
    """"X, Chile's foreign minister, and Y, its trade minister": "its" before a title is the
    state named last before it in the sentence (an organisation's officer's, "the African Union,
    represented by its chairperson", the organisation too); opening a sentence ("Its president X"),
    the state or organisation the sentence before is about (its subject)."""
    sent = toks[k].sent
    owners = {"State", "InternationalOrganization"} if organisational else {"State"}
    j = k - 1
    while j >= 0 and toks[j].sent == sent:
        f = names.at.get(j)
        if f is not None and f.entity.type in owners:
            return f.entity
        j -= 1
    if sent == 0 or any(toks[i].sent == sent and toks[i].pos in {"NOUN", "PROPN", "VERB"} for i in range(max(0, k - 3), k)):
        return None
    found = [f for i, f in names.at.items() if toks[i].sent == sent - 1 and toks[i].dep in {"nsubj", "nsubjpass"}
             and f.entity.type in {"State", "InternationalOrganization"}]
    return found[0].entity if len({f.entity.key for f in found}) == 1 else None


#: Entity types of sites: they own no office, the body seated at them does.
SITE_TYPES = frozenset({"Facility", "MilitaryBase"})


def _listed_owners(ctx: Context, names: Names, t: Title, toks: list[Token]) -> list[Entity]:
    """"the prime ministers of A, B and C" / "the Russian and Belarusian presidents": A, B, C."""
    out: list[Entity] = []
    ks = t.owner_after or []
    if not ks and t.owner_before:  # walk left through "A and B", "A, B and C"
        k = t.owner_before[0]
        ks = list(t.owner_before)
        while k - 2 >= 0 and toks[k - 1].text in {",", "and"} and names.at.get(k - 2) is not None:
            k -= 2
            while k - 1 >= 0 and names.at.get(k - 1) is names.at.get(k):
                k -= 1
            ks = [k] + ks
    for k in ks:
        e = _owner_entity(ctx, _entity(names, k))
        if e is not None and e not in out:
            out.append(e)
    return out


def _people_listed(h: Holding, names: Names, t: Title, toks: list[Token]) -> list[Found]:
    """The names listed after a plural title, in order (any name: its place in the list counts)."""
    out: list[Found] = []
    k = t.end + (toks[t.end].text == "," if t.end < len(toks) else 0)
    while k < len(toks):
        f = names.at.get(k)
        if f is not None and f.entity.type not in {"State", "Place"}:
            if f not in out:
                out.append(f)
            k += 1
        elif toks[k].text in {",", "and"} and out or courtesy_only(toks[k].text):
            k += 1  # "Sheikh X and Sheikh Y": a style before a name keeps its place in the list
        else:
            break
    return out


def inferred_owner(ctx: Context, names: Names, s: int, h: Holding, holdings, toks) -> Entity | None:
    """An owner the phrase does not name: a legislator's is the legislature the article speaks
    of, an organisation officer's the organisation; a state office's is the state the linked
    person serves (the gazetteer's), that of the group the person is listed in ("X's delegation
    included ...", "were among the Russian officials"), that of a title coordinated with this one
    ("Japanese Foreign Minister X and Defence Minister Y"), else the state the passage leaves."""
    t = h.title
    if h.how == "list":
        return None  # a listed name's owner is the one listed in its place, or none
    if t.legislative:
        return legislator_body(ctx, h, ctx.country_of(h.person.entity) or same_person(s, h, holdings))
    if t.generic:
        return None
    if t.organisational:
        return officer_body(ctx, names, h)
    # (the state a title alone names, "Secretary of State", only where the text tells no other)
    owner = ctx.country_of(h.person.entity) or known_state(ctx, h.person.entity) or apposed_state(names, h) \
        or represented_state(ctx, names, h) \
        or companion_state(ctx, names, h) or _group_owner(ctx, names, h, toks) \
        or _coordinated_owner(s, h, holdings, toks, names) or titled_state(ctx, t.label, toks[t.title_start].is_cap)
    not_theirs: Entity | None = None
    if owner is None:  # "X was met by Foreign Minister Y": Y is of the state X visits, never X's
        owner, not_theirs = met_state(ctx, names, s, h)
    if owner is None:
        owner = implied_owner(ctx, names, s, h, holdings)
        if owner is not None and (owner is not_theirs or _held_by_another(h, owner, holdings)):
            return None
        if owner is not None and h.person.entity.key not in ctx.doc.annotations.get("office_state", {}):
            # only the passage's state: a trip the text tells outright outweighs it (homes.py)
            ctx.doc.annotations.setdefault("implied_home", set()).add(h.person.entity.key)
    return owner


#: words of offices a state gives to many at once: another holder says nothing of this one's state
_SHARED_OFFICE_WORDS = frozenset({"deputy", "vice", "assistant", "junior", "member", "senator", "ambassador", "envoy",
                                  "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "official",
                                  "general", "commander", "chief", "representative", "undersecretary", "under"})
_ONE_WORD_SINGLE = frozenset({"president", "premier", "chancellor", "king", "queen", "emir", "sultan"})


def _held_by_another(h: Holding, owner: Entity, holdings) -> bool:
    """Does the article name someone else as this state's holder of the same single-holder office
    ("France's foreign minister, A, ... Foreign Minister B defended it": B is not France's)? Then a
    guess of this state is wrong, as a state has one foreign minister, one president."""
    words = h.title.label.casefold().replace("-", " ").split()
    if not words or _SHARED_OFFICE_WORDS & set(words) or "minister of state" in " ".join(words) \
            or len(words) == 1 and words[0] not in _ONE_WORD_SINGLE or h.title.counterpart:
        return False
    return any(o.owner is owner and o.person.entity is not h.person.entity and not o.title.counterpart
               and o.title.label.casefold().replace("-", " ").split() == words for _, o in holdings)


def same_person(s: int, h: Holding, holdings) -> Entity | None:
    """Another title the sentence gives the same person, with its owner: "Deputy Economy
    Minister X, Ukraine's trade representative"."""
    for s2, o in holdings:
        if s2 == s and o is not h and o.person.entity is h.person.entity and o.owner is not None \
                and o.owner.type == "State":
            return o.owner
    return None


_GROUP_VERBS = frozenset({"include", "comprise", "feature", "number"})
_LEADING = frozenset({"lead", "head"})


def _group_owner(ctx: Context, names: Names, h: Holding, toks: list[Token]) -> Entity | None:
    """"X's delegation included Y", "Y was among the Russian officials": the group's owner (a
    state, or the state of the person whose group it is)."""
    from kg.extract.frames import load_frames

    span = [k for k, f in names.at.items() if f is h.person]
    heads = [k for k in span if toks[k].head not in span or toks[k].head == k]
    if not heads:
        return None
    k = heads[0]
    while toks[k].head != k and h.title.start <= toks[k].head < k:
        k = toks[k].head  # "Minister of Foreign Affairs X" parsed with the name inside the title's phrase
    while toks[k].dep in {"conj", "appos"} and toks[k].head != k:
        k = toks[k].head  # "included X and the Chief of Staff, Y": Y stands where X does
    t = toks[k]
    group: int | None = None
    verb = toks[t.head]
    if t.dep in {"dobj", "attr"} and verb.lemma in _GROUP_VERBS:
        group = next((c.i for c in toks[verb.i - 30 if verb.i >= 30 else 0:verb.i] if c.head == verb.i
                      and c.dep == "nsubj"), None)
    elif t.dep in {"nsubj", "nsubjpass"}:
        among = [c for c in toks[verb.i:verb.i + 8] if c.head == verb.i and c.lower == "among"]
        if among:
            group = next((c.i for c in toks[among[0].i:among[0].i + 8] if c.head == among[0].i and c.dep == "pobj"), None)
    elif t.dep == "pobj" and verb.lower in {"among", "including"} and verb.head != verb.i:
        group = verb.head
    elif t.dep == "pobj" and verb.dep == "agent" and toks[verb.head].lemma in _LEADING:
        # "the Chilean delegation was led by X"
        led = toks[verb.head]
        group = led.head if led.dep == "acl" and led.head != led.i else next(  # "a Chilean team led by X"
            (c.i for c in toks[max(0, led.i - 30):led.i] if c.head == led.i and c.dep == "nsubjpass"), None)
    for lead in [verb] * (t.dep == "nsubj") + [c for c in toks[t.i + 1:t.i + 4] if c.head == t.i and c.dep == "relcl"]:
        if group is None and lead.lemma in _LEADING:  # "X led the Chilean delegation", "X, who heads the ..."
            group = next((c.i for c in toks[lead.i + 1:lead.i + 8] if c.head == lead.i and c.dep == "dobj"), None)
    if group is None or toks[group].lemma not in load_frames().representative | {"entourage"}:
        return None
    for c in toks[max(0, group - 6):group]:
        if c.head != group or c.dep not in {"poss", "amod", "compound", "nmod"}:
            continue
        f = names.at.get(c.i) or names.pronoun_at.get(c.i)
        if f is None and c.dep == "poss" and c.lower in {"its", "their"}:
            from kg.extract.reference import Resolver

            states = Resolver(ctx, load_frames()).entities(c.i, ["State"])  # "X will lead its delegation"
            return states[0] if len(states) == 1 else None
        if f is None:
            continue
        if f.entity.type == "State":
            return f.entity
        if f.entity.type == "Person" and f.entity is not h.person.entity:
            return ctx.doc.annotations.get("office_state", {}).get(f.entity.key) or ctx.country_of(f.entity)
    return None


def _coordinated_owner(s: int, h: Holding, holdings, toks: list[Token], names: Names) -> Entity | None:
    """"Japanese Foreign Minister X and Defence Minister Y": Y's office is of X's state."""
    k = h.title.start - 1
    if k < 0 or toks[k].lower not in {"and", ","}:
        return None
    if toks[k].lower == "and" and k >= 1 and toks[k - 1].text == ",":
        k -= 1  # "Chile's foreign minister, X, and the trade minister, Y"
    before = names.at.get(k - 1)
    if before is None or before.entity.type != "Person":
        return None
    for s2, other in holdings:
        if s2 == s and other.person is before and other.title.owner_before and other.owner is not None \
                and other.owner.type == "State" and not other.title.toward:  # (an envoy lists the host's)
            return other.owner
    return None
