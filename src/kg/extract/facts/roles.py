"""Offices: who holds which office of which state or body.

Titles are read as noun phrases by :mod:`kg.extract.titles` (their words are data:
``office_titles`` in ``data/lexicon.yaml``); this module ties each title to the person it names
(before the name, in apposition either side, as a copula's subject, coordinated titles, a plural
title with its list of names) and finds whose office it is: the owner the phrase names, else the
state the linked person serves, a coordinated title's owner, an organisation's for its offices,
or the one state the passage leaves. Former offices are not recorded.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from kg.extract.context import Context, Found, role
from kg.extract.facts.common import body_sentences, located, make_fact, most_named, preceded_by
from kg.extract.nlp import Token, sentence_bounds
from kg.extract.titles import OWNER_TYPES, Title, find_titles
from kg.model import Entity, Fact


class Names:
    """Which entity's name covers each token of the document (pronouns apart)."""

    def __init__(self, ctx: Context) -> None:
        import bisect

        self.toks: list[Token] = ctx.doc.annotations["tokens"]  # type: ignore[assignment]
        self.at: dict[int, Found] = {}
        self.pronoun_at: dict[int, Found] = {}
        starts = [t.start for t in self.toks]
        for founds in ctx.by_sentence.values():
            for f in founds:
                k = bisect.bisect_left(starts, f.start)
                while k < len(self.toks) and self.toks[k].start < f.end:
                    if f.mention.kind == "pronoun":
                        self.pronoun_at.setdefault(k, f)
                    else:
                        self.at.setdefault(k, f)
                    k += 1

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
class _Holding:
    person: Found
    title: Title
    how: str  # before | after | appositive | copula | coordinated | list
    owner: Entity | None = None


def offices(ctx: Context) -> Iterator[Fact]:
    """Who holds which office of which state or body: titles (:mod:`kg.extract.titles`) tied to
    the people they name, with the owner the phrase or the article gives."""
    words = ctx.lexicon.titles
    names = Names(ctx)
    toks = names.toks
    holdings: list[tuple[int, _Holding]] = []
    for s in body_sentences(ctx):
        lo, hi = sentence_bounds(ctx.doc, s)
        titles = find_titles(words, toks, lo, hi, names, ctx.lexicon.head_type)
        people = names.people(lo, hi)
        found = _attach(ctx, titles, people, toks, hi, names.pronoun_at)
        for h in found:
            holdings.append((s, h))
    holdings = [(s, h) for s, h in holdings if not (h.title.former or h.title.descriptive)]
    state_of = ctx.doc.annotations.setdefault("office_state", {})
    out: list[Fact] = []
    for s, h in holdings:  # owners named in the phrase first, so that others can lean on them
        if h.owner is None and not h.title.unnamed_owner:
            h.owner = _named_owner(ctx, names, h, toks)
        if h.owner is not None and h.owner.type == "State":
            state_of.setdefault(h.person.entity.key, h.owner)  # type: ignore[union-attr]
    for s, h in holdings:
        if h.owner is None and not h.title.unnamed_owner:
            h.owner = _same_person(s, h, holdings) or _inferred_owner(ctx, names, s, h, holdings, toks)
    for s, h in holdings:  # "the Custodian of the Two Holy Mosques, King Salman": one owner
        if h.owner is None and not h.title.unnamed_owner:
            h.owner = _same_person(s, h, holdings)
    for s, h in holdings:
        if h.owner is None:
            continue
        label = h.title.label
        if h.title.counterpart:
            label = _counterpart_office(ctx, names, s, h, holdings) or ""
        if not label or h.owner.type == "Person":
            continue
        if h.owner.type == "State":
            state_of.setdefault(h.person.entity.key, h.owner)  # type: ignore[union-attr]
        out.append(make_fact(ctx, "office", s, "planned" if h.title.planned else "asserted",
                             person=h.person.entity.key, office=label, of=h.owner.key))
    yield from _most_specific(out)


def _most_specific(facts: list[Fact]) -> list[Fact]:
    """"Prince" beside "Crown Prince", "Minister" beside "Foreign Minister" for one person and
    owner: the title that says less is the same office told less fully."""
    def words(f: Fact) -> set[str]:
        return set(str(f.fields["office"]).lower().replace("-", " ").split())

    return [f for f in facts if not any(
        g is not f and g.fields["person"] == f.fields["person"] and g.fields["of"] == f.fields["of"]
        and words(f) < words(g) for g in facts)]


def _attach(ctx: Context, titles: list[Title], people: list[tuple[int, int, Found]], toks: list[Token],
            hi: int, pronouns: dict[int, Found] | None = None) -> list[_Holding]:
    """The people each title names: right before the name ("Defence Minister X"), in apposition
    after it ("X, Russia's foreign minister") or before it ("the president of Chile, X"), as its
    subject ("X is Chile's president"), titles joined by "and" ("Crown Prince and Prime Minister
    X"), and a plural title with its list of names ("the prime ministers of A and B, X and Y")."""
    out: list[_Holding] = []
    by_title: dict[int, list[Found]] = {}
    ranks = ctx.lexicon.ranks

    def between(a: int, b: int) -> str:
        b = min(b, hi)
        return ctx.doc.text[toks[a].start:toks[b - 1].end] if a < b else ""

    for n, t in enumerate(titles):
        holders: list[tuple[Found, str]] = []
        for first, end, p in people:
            gap = between(t.end, first).strip()
            if first >= t.end and (not gap or ranks is not None and ranks.fullmatch(gap)):
                holders.append((p, "before"))
                break
        if not holders:
            prev = [q for q in people if q[1] <= t.start]
            if prev and prev[-1][1] + 1 == t.start and toks[prev[-1][1]].text in {",", "("}:
                holders.append((prev[-1][2], "appositive"))  # "X, Russia's foreign minister"
            elif t.plural:
                holders += _listed(t, people, toks, hi)
        if not holders and t.end < hi and toks[t.end].text == ",":
            k = t.end + 1  # "the Chief of Army Staff, Field Marshal X", "the Custodian ..., King X"
            starts = {q[0] for q in people}
            while k < hi and k not in starts and (
                    any(o.title_start <= k < o.title_end for o in titles if o is not t)
                    or ranks is not None and ranks.fullmatch(between(t.end + 1, k + 1).strip())
                    or ranks is not None and k + 1 < hi and ranks.fullmatch(between(t.end + 1, k + 2).strip())):
                k += 1
            nxt = [q for q in people if q[0] == k]
            if nxt:
                first, end, p = nxt[0]
                if end >= hi or toks[end].text in {",", ".", ";", ")", ":"} or toks[end].lower in {"and", "said", "who"}:
                    holders.append((p, "after"))  # "the president of Chile, X,"
        if not holders:
            holders += _copula(t, people, toks, pronouns)
        if not holders and n > 0 and by_title.get(n - 1) and toks[t.start - 1].text in {",", "and"} \
                and titles[n - 1].end == t.start - 1:
            # "X, Minister of State, Member of the Council and National Security Adviser"
            holders += [(p, "coordinated") for p in by_title[n - 1]]
        by_title[n] = [p for p, _ in holders]
        for p, how in holders:
            out.append(_Holding(p, t, how))
    # "Crown Prince and Prime Minister X": the first title names whom the second names
    for n in range(len(titles) - 1, 0, -1):
        a, b = titles[n - 1], titles[n]
        if not by_title.get(n - 1) and by_title.get(n) and a.end + 1 == b.start and toks[a.end].lower in {"and", "&"}:
            by_title[n - 1] = by_title[n]
            for p in by_title[n]:
                out.append(_Holding(p, a, "coordinated"))
            if not (b.owner_before or b.owner_after or b.pronoun) and (a.owner_before or a.pronoun is not None):
                b.owner_before, b.pronoun = a.owner_before, a.pronoun
    return out


def _listed(t: Title, people, toks, hi) -> list[tuple[Found, str]]:
    """"the prime ministers of A, B and C, X, Y and Z": the names that follow, in order."""
    after = [q for q in people if q[0] > t.end - 1]
    if not after or after[0][0] not in {t.end, t.end + 1}:
        return []
    listed = [after[0]]
    for q in after[1:]:
        gap = [x.text for x in toks[listed[-1][1]:q[0]]]
        if gap and all(g in {",", "and"} for g in gap):
            listed.append(q)
        else:
            break
    return [(q[2], "list") for q in listed]


def _copula(t: Title, people, toks, pronouns=None) -> list[tuple[Found, str]]:
    """"X is Chile's president", "X became prime minister", "X, who serves as foreign minister"."""
    head = toks[t.head]
    verb = toks[head.head] if head.head != head.i else None
    if verb is None:
        return []
    if head.dep == "pobj" and verb.lower == "as" and verb.head != verb.i:
        verb = toks[verb.head]
    elif head.dep not in {"attr", "oprd"}:
        return []
    if verb.lemma not in {"be", "become", "remain", "serve", "act", "stay"}:
        return []
    subjects = [c for c in toks if c.head == verb.i and c.dep in {"nsubj", "nsubjpass"} and c.i != verb.i]
    if verb.dep == "relcl" and not subjects or subjects and subjects[0].lower in {"who", "which", "that"}:
        subjects = [toks[verb.head]]
    out = []
    for first, end, p in people:
        if any(first <= c.i < end for c in subjects):
            out.append((p, "copula"))
    if not out and pronouns is not None:  # "since he became prime minister"
        out += [(pronouns[c.i], "copula") for c in subjects if c.i in pronouns]
    return out


def _entity(names: Names, k: int) -> Entity | None:
    f = names.at.get(k)
    return f.entity if f is not None else None


def _owner_entity(ctx: Context, e: Entity | None) -> Entity | None:
    """A capital stands for its state ("Moscow's envoy"); other owners for themselves."""
    if e is None:
        return None
    if e.type == "Place":
        return ctx.country_of(e) if e.qid else None
    if e.type == "Person":
        return None
    return e


def _named_owner(ctx: Context, names: Names, h: _Holding, toks: list[Token]) -> Entity | None:
    """The owner the phrase names: before the title ("Russia's", "Japanese", "NATO"), in its
    complement ("of Chile"), right after the name ("Prime Minister X of India"); for a plural
    title, the owner listed in the same place as the person."""
    t = h.title
    if t.owner_words:  # a body named in words no mention covers: the entity the article gives that name
        found = _entity_named(ctx, " ".join(toks[k].text for k in t.owner_words))
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
        e = _owner_entity(ctx, _entity(names, t.owner_before[-1]))
        if e is not None:
            return e
    if t.owner_after:
        # "Secretary of Iran's Supreme National Security Council": the complement's head, last
        e = _owner_entity(ctx, _entity(names, t.owner_after[-1]))
        if e is not None:
            return e
    # "Prime Minister X of India"
    end = max((k for k, f in [*names.at.items(), *names.pronoun_at.items()] if f is h.person), default=t.end) + 1
    if end + 1 < len(toks) and toks[end].lower == "of" and toks[end].sent == toks[t.head].sent:
        k = end + 1 + (toks[end + 1].lower == "the")
        e = _owner_entity(ctx, _entity(names, k))
        if e is not None and e.type in OWNER_TYPES:
            return e
    if t.pronoun is not None:
        f = names.pronoun_at.get(t.pronoun)
        if f is not None and f.entity is not h.person.entity:
            return ctx.doc.annotations.get("office_state", {}).get(f.entity.key) or ctx.country_of(f.entity)  # type: ignore[union-attr]
    return None


def _entity_named(ctx: Context, phrase: str) -> Entity | None:
    """The entity of an owner's type whose name or alias is this phrase (case and "the" aside)."""
    key = phrase.lower().removeprefix("the ").strip()
    for e in ctx.doc.entities.values():
        if e.type in OWNER_TYPES and key in {n.lower().removeprefix("the ") for n in (e.label, *e.aliases)}:
            return e
    return None


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


def _people_listed(h: _Holding, names: Names, t: Title, toks: list[Token]) -> list[Found]:
    """The names listed after a plural title, in order (any name: its place in the list counts)."""
    out: list[Found] = []
    k = t.end + (toks[t.end].text == "," if t.end < len(toks) else 0)
    while k < len(toks):
        f = names.at.get(k)
        if f is not None and f.entity.type not in {"State", "Place"}:
            if f not in out:
                out.append(f)
            k += 1
        elif toks[k].text in {",", "and"} and out:
            k += 1
        else:
            break
    return out


def _inferred_owner(ctx: Context, names: Names, s: int, h: _Holding, holdings, toks) -> Entity | None:
    """An owner the phrase does not name: a legislator's is the legislature the article speaks
    of, an organisation officer's the organisation; a state office's is the state the linked
    person serves (the gazetteer's), that of the group the person is listed in ("X's delegation
    included ...", "were among the Russian officials"), that of a title coordinated with this one
    ("Japanese Foreign Minister X and Defence Minister Y"), else the state the passage leaves."""
    t = h.title
    if h.how == "list":
        return None  # a listed name's owner is the one listed in its place, or none
    if t.legislative:
        return most_named(ctx, "Legislature")
    if t.generic:
        return None
    if t.organisational:
        return most_named(ctx, "InternationalOrganization")
    return ctx.country_of(h.person.entity) or _group_owner(ctx, names, h, toks) \
        or _coordinated_owner(s, h, holdings, toks, names) or _implied_owner(ctx, s, h, holdings)


def _same_person(s: int, h: _Holding, holdings) -> Entity | None:
    """Another title the sentence gives the same person, with its owner: "Deputy Economy
    Minister X, Ukraine's trade representative"."""
    for s2, o in holdings:
        if s2 == s and o is not h and o.person.entity is h.person.entity and o.owner is not None \
                and o.owner.type == "State":
            return o.owner
    return None


_GROUP_VERBS = frozenset({"include", "comprise", "feature", "number"})


def _group_owner(ctx: Context, names: Names, h: _Holding, toks: list[Token]) -> Entity | None:
    """"X's delegation included Y", "Y was among the Russian officials": the group's owner (a
    state, or the state of the person whose group it is)."""
    from kg.extract.frames import load_frames

    span = [k for k, f in names.at.items() if f is h.person]
    heads = [k for k in span if toks[k].head not in span or toks[k].head == k]
    if not heads:
        return None
    k = heads[0]
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
    if group is None or toks[group].lemma not in load_frames().representative | {"entourage"}:
        return None
    for c in toks[max(0, group - 6):group]:
        if c.head != group or c.dep not in {"poss", "amod", "compound", "nmod"}:
            continue
        f = names.at.get(c.i) or names.pronoun_at.get(c.i)
        if f is None:
            continue
        if f.entity.type == "State":
            return f.entity
        if f.entity.type == "Person" and f.entity is not h.person.entity:
            return ctx.doc.annotations.get("office_state", {}).get(f.entity.key) or ctx.country_of(f.entity)  # type: ignore[union-attr]
    return None


def _coordinated_owner(s: int, h: _Holding, holdings, toks: list[Token], names: Names) -> Entity | None:
    """"Japanese Foreign Minister X and Defence Minister Y": Y's office is of X's state."""
    k = h.title.start - 1
    if k < 0 or toks[k].lower not in {"and", ","}:
        return None
    before = names.at.get(k - 1)
    if before is None or before.entity.type != "Person":
        return None
    for s2, other in holdings:
        if s2 == s and other.person is before and other.title.owner_before and other.owner is not None \
                and other.owner.type == "State":
            return other.owner
    return None


def _counterpart_office(ctx: Context, names: Names, s: int, h: _Holding, holdings) -> str | None:
    """"X met his Chinese counterpart, Y": Y holds X's office (X being whom "his" means, else the
    other office holder of the sentence)."""
    t = h.title
    ref = names.pronoun_at.get(t.pronoun) if t.pronoun is not None else None
    candidates = [o for s2, o in holdings if s2 == s and o.person.entity is not h.person.entity and not o.title.counterpart
                  and not o.title.former]
    if ref is not None:
        mine = [o for o in candidates if o.person.entity is ref.entity]
        mine = mine or [o for s2, o in holdings if o.person.entity is ref.entity and not o.title.counterpart]
        candidates = mine
    return candidates[0].title.label if candidates else None


def _implied_owner(ctx: Context, s: int, h: _Holding, holdings) -> Entity | None:
    """A state office with no owner named ("Prime Minister X visited Budapest"): the state the
    sentence places the person in (by name, or a city where things happen and the person does
    not travel to) when one stands out; else the state the article is plainly about."""
    score: dict[str, float] = {}
    ents: dict[str, Entity] = {}
    # "X and US Treasury Secretary Y": a state named as another's owner is not X's
    away = {o.owner.key for s2, o in holdings if s2 == s and o.owner is not None and o.person.entity is not h.person.entity
            and (o.title.owner_before or o.title.owner_after)}
    for f in ctx.states(s):
        score.setdefault(f.entity.key, 0.0)
        ents[f.entity.key] = f.entity
    for f in ctx.found(s, "Place"):
        c = ctx.country_of(f.entity)
        if c is None:
            continue
        ents[c.key] = c
        if _arrives_in(ctx, s, h.person, f):
            away.add(c.key)
        else:
            score[c.key] = score.get(c.key, 0.0) + (2.0 if located(ctx, s, f) else 0.5)
    for f in ctx.found(s, "Legislature", "ArmedForces"):  # "submitted it to the Duma": Russia's
        c = ctx.country_of(f.entity)
        if c is not None:
            ents[c.key] = c
            score[c.key] = score.get(c.key, 0.0) + 0.5
    ranked = sorted(((v, k) for k, v in score.items() if k not in away), reverse=True)
    if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
        return ents[ranked[0][1]]
    if ents:
        return None  # the states the sentence names are others' or tie: no guess
    return _dominant_state(ctx)


def _dominant_state(ctx: Context) -> Entity | None:
    """The state an article names at least twice as often as any other, if there is one."""
    counts: dict[str, int] = {}
    for m in ctx.doc.mentions:
        if m.entity and ctx.doc.entities[m.entity].type == "State":
            counts[m.entity] = counts.get(m.entity, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ctx.doc.entities[ranked[0][0]]
    return None


def _arrives_in(ctx: Context, s: int, p: Found, place: Found) -> bool:
    """Does the person arrive in, visit or travel to the place (so it is not their country)?"""
    lemmas = ctx.lexicon.trigger_forms("visit")[0]
    triggers = [t for t in ctx.tokens(s) if t.lemma in lemmas]
    return bool(triggers) and any(role(ctx, p, t.i) == "subject" for t in triggers) and \
        preceded_by(ctx, s, place, {"in", "to", "at"})
