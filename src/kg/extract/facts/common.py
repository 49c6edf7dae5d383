"""What every fact finder shares: trigger words, modality, roles, places, pairs of states."""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet

from kg.extract.context import (
    Context,
    Found,
    head_token,
)
from kg.extract.modality import modality as modality_of
from kg.model import Entity, Fact

Finder = Callable[[Context], Iterator[Fact]]
def modality_at(ctx: Context, s: int, span: tuple[int, int]) -> str:
    return modality_of(ctx.sentence(s), span[0], span[1])


def make_fact(ctx: Context, cq: str, s: int, modality: str = "asserted", **fields) -> Fact:
    clean = {k: v for k, v in fields.items() if v is not None and v != ()}
    return Fact(cq, clean, ctx.doc.evidence(s), modality)


def preceded_by(ctx: Context, s: int, f: Found, words: AbstractSet[str], window: int = 16) -> bool:
    """The word before the mention (a "the" between them skipped) is one of ``words``; a phrase of
    several words among them, "with the exception of", is matched whole."""
    at = ctx.local(s, f.start)
    before = ctx.sentence(s)[max(0, at - window):at].lower().split()
    if before and before[-1] == "the":
        before = before[:-1]
    if bool(before) and before[-1].strip(",") in words:
        return True
    phrases = [w.split() for w in words if " " in w]
    if not phrases:
        return False
    before = ctx.sentence(s)[max(0, at - 48):at].lower().split()
    if before and before[-1] == "the":
        before = before[:-1]
    return any(before[-len(p):] == p for p in phrases)


#: A possessive after a name and the noun it opens: "Ankara's orbit".
_POSSESSED = re.compile(r"['’]s\s+([a-z-]+)(?:\s+([a-z]+))?")
_LOCATIVE = re.compile(r"\b(in|at)\s+(the\s+)?([\w-]+\s+){0,4}(city|town|capital|port|resort|island|region|province) of\s*$", re.IGNORECASE)


def located(ctx: Context, s: int, f: Found) -> bool:
    """"in X", "at X", "in the southern harbour town of X"; not "in X's orbit", whose sway, not where."""
    if in_its_sway(ctx, f):
        return False
    if preceded_by(ctx, s, f, {"in", "at"}):
        return True
    before = ctx.sentence(s)[max(0, ctx.local(s, f.start) - 60):ctx.local(s, f.start)]
    return bool(_LOCATIVE.search(before))




def in_its_sway(ctx: Context, f: Found) -> bool:
    """"In Ankara's orbit", "in Washington's shadow": a place whose possessive opens a noun of sway
    (``sway_nouns`` in the lexicon) says whose influence, not where."""
    sway = _POSSESSED.match(ctx.doc.text, f.end)  # (the noun, or the one after an adjective: "Moscow's long shadow")
    return sway is not None and bool({w.lower() for w in sway.groups() if w} & ctx.lexicon.sway_nouns)


def mention_counts(ctx: Context) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in ctx.doc.mentions:
        if m.entity:
            counts[m.entity] = counts.get(m.entity, 0) + 1
    return counts


def most_named(ctx: Context, etype: str) -> Entity | None:
    """The entity of that type the article names most often (the first named, on a tie)."""
    counts = {k: n for k, n in mention_counts(ctx).items() if ctx.doc.entities[k].type == etype}
    return ctx.doc.entities[max(counts, key=counts.__getitem__)] if counts else None


def states_in_name(ctx: Context, ent: Entity) -> list[Entity]:
    """States named inside an entity's own name ("India-Russia Annual Summit"), those the
    article names elsewhere and those it names only there ("the 2019 Russia–North Korea summit")."""
    out = []
    label = ent.label.split(" in ")[0] if ent.attributes.get("unnamed") else ent.label  # ("a meeting in X": where, not who)
    for e in ctx.doc.entities.values():
        if e.type == "State":
            for name in [e.label, *e.aliases]:
                found = re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", label) if len(name) > 1 and name in label else None
                if found and not (ent.type == "Agreement" and brokered_in_label(ctx, label, found.end())):  # "the X-brokered deal"
                    out.append(e)
                    break
    return out + [e for e in known_in_name(ctx, ent, "State") if e not in out]


def brokered_in_label(ctx: Context, label: str, end: int) -> bool:
    """Is the name ending at ``end`` of an agreement's label hyphened to a go-between's participle
    ("Qatar" in "the Qatar-brokered peace deal", "Norwegian" in "a Norwegian-facilitated accord")?
    The go-between brings the agreement about; it binds others (``go_between`` in the lexicon)."""
    m = _HYPHENED.match(label, end)
    return m is not None and m.group(1).lower() in _participles(ctx.lexicon.go_between)


_HYPHENED = re.compile(r"[-\u2010\u2011\u2013]([A-Za-z]+)\b")


@functools.lru_cache(maxsize=4)
def _participles(lemmas: frozenset[str]) -> frozenset[str]:
    # a regular verb's participle: "brokered", "mediated"; "overseen"
    return frozenset(w + s for w in lemmas for s in ("d", "ed", "n"))


def known_in_name(ctx: Context, ent: Entity, etype: str) -> list[Entity]:
    """Gazetteer items of a type whose names are words of an entity's name (up to eight words,
    longest first), made entities of the article when its only mention of them was that name."""
    if ctx.gazetteer is None or ent.attributes.get("unnamed"):
        return []
    words = [w for w in re.split(r"[\s\u2013\u2014-]+", ent.label) if w]
    out: list[Entity] = []
    i = 0
    while i < len(words):
        for n in (8, 7, 6, 5, 4, 3, 2, 1):
            phrase = " ".join(words[i:i + n])
            if len(words[i:i + n]) < n or not phrase[:1].isupper():
                continue
            hits = {e.qid: e for e, kind in ctx.gazetteer.lookup(phrase) if e.type == etype and kind != "demonym"}
            if len(hits) == 1:
                entry = next(iter(hits.values()))
                key = f"wd-{entry.qid}"
                if key not in ctx.doc.entities:
                    ctx.doc.entities[key] = Entity(key=key, type=entry.type, label=entry.label, aliases={phrase},
                                                   qid=entry.qid, confidence=1.0)
                if ctx.doc.entities[key] not in out:
                    out.append(ctx.doc.entities[key])
                i += n - 1
                break
        i += 1
    return out


def event_place(ctx: Context, s: int, triggers=()) -> Entity | None:
    """Where an event took place: a city ("in X") first, else a landmark ("at X"); never a
    continent or macro-region ("in Asia" says where, not at which table), nor a place in a
    clause describing a noun, unless that clause is the event's own ("which X signed in Y")."""
    verbs = {t.i for t in triggers}
    antecedent = _where_antecedent(ctx, s, triggers)
    if antecedent is not None:
        return antecedent
    places = [f for f in ctx.found(s, "Place", "State") if located(ctx, s, f) and not _attributed(ctx, f)
              and f.entity.label.lower() not in ctx.lexicon.regions and not in_relative_clause(ctx, f, verbs)]
    if places:
        # "in the French city of Nancy": the city, not the state its demonym names
        return min(places, key=lambda f: f.entity.type != "Place").entity
    sites = [f for f in ctx.found(s, "Facility", "MilitaryBase") if located(ctx, s, f)
             and not in_relative_clause(ctx, f, verbs)]
    return sites[0].entity if sites else None


def _attributed(ctx: Context, f: Found) -> bool:
    """"according to a statement from the office in X": where the source is, not the event."""
    toks = ctx.doc.annotations["tokens"]
    k = next((t.i for t in toks if t.start == f.start), None)
    seen = 0
    while k is not None and toks[k].head != k and seen < 12:
        k, seen = toks[k].head, seen + 1
        if toks[k].lower == "according":
            return True
    return False


def _where_antecedent(ctx: Context, s: int, triggers) -> Entity | None:
    """"Quito, where the two sides signed the pact": the place a "where" clause holding the
    event's verb is said of."""
    toks = ctx.doc.annotations["tokens"]
    for t in triggers:
        up = t
        while up.dep in {"xcomp", "conj"} and up.head != up.i:
            up = toks[up.head]
        if up.dep != "relcl" or not any(x.dep == "advmod" and x.lower == "where" and x.head == up.i
                                        for x in ctx.tokens(s)):
            continue
        head = toks[up.head]
        place = next((f.entity for f in ctx.found(s, "Place", "State", "Facility", "MilitaryBase")
                      if f.start <= head.start < f.end), None)
        if place is not None:
            return place
    return None


def in_relative_clause(ctx: Context, f: Found, stop: set[int] = frozenset()) -> bool:  # type: ignore[assignment]
    """Does the mention sit in a clause describing a noun ("an arrangement that will let ships
    call at X", "Y, who arrived in Z")? Such a place is not where the main event happened. The
    walk up the parse ends at a ``stop`` token (the event's own verb)."""
    toks = ctx.doc.annotations["tokens"]
    t = head_token(ctx, f)
    for _ in range(12):
        if t is None or t.head == t.i or t.i in stop:
            return False
        if t.dep in {"relcl", "acl"} and toks[t.head].pos in {"NOUN", "PROPN"}:
            return True
        t = toks[t.head]
    return False


def body_sentences(ctx: Context) -> range:
    """Sentences whose parse can be trusted for roles: a Title Case headline is skipped."""
    headline = ctx.sentence(0) if ctx.doc.sentences else ""
    words = [w for w in headline.split() if w[:1].isalpha() and len(w) > 3]
    title_case = bool(words) and sum(w[0].isupper() for w in words) / len(words) > 0.7
    return range(1 if title_case else 0, len(ctx.doc.sentences))


def agents_hung_low(ctx: Context, t: int, types: tuple[str, ...]) -> list[Entity]:
    """Agents of a passive verb the parser hung elsewhere: "signed by A, X's president, by B and by C"
    (the later by-phrases on the first agent's apposition), "ratified by A in Moscow and by B" (on its
    place's preposition), "signed by A's premier, X, and B's premier, Y" (the second phrase coordinated
    with the verb itself), "on behalf of A by X and on behalf of B by Y" (on "behalf")."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    agents = tree.kids(t, "agent")
    if not agents:
        return []
    heads = [c for c in tree.kids(t, "conj") if toks[c].pos in {"NOUN", "PROPN"} and c > max(agents)]
    # "signed on behalf of A by X and on behalf of B by Y": a by-phrase hung on "behalf"; "by X on behalf
    # of A and by Y for B": the second by-phrase joined to the "of" of the first signer's principal
    heads += [o for c in tree.kids(t, "prep", "conj") if toks[c].pos == "ADP" for i in tree.subtree(c)
              if toks[i].lower == "by" and (toks[i].dep == "prep" and toks[toks[i].head].lower in {"behalf", "part"}
                                            or toks[i].dep == "conj" and toks[toks[i].head].pos == "ADP")
              for o in tree.kids(i, "pobj")]
    # "by X on behalf of A's ministry and Y, B's envoy": a person joined to the body X signs for signs too
    heads += [k for c in tree.kids(t, "prep") if toks[c].lower in {"on", "for"} for i in tree.subtree(c)
              if toks[i].dep == "pobj" and toks[toks[i].head].lower in {"of", "for"} and not _person_at(ctx, i)
              for k in tree.kids(i, "conj") if _person_at(ctx, k)]
    for a in agents:
        for o in tree.kids(a, "pobj"):
            # (not a "by" inside a description of the agent: "X, chosen by the assembly")
            heads += [q for i in tree.subtree(o) if toks[i].lower == "by" and (
                toks[i].dep == "prep" and toks[toks[i].head].dep in {"appos", "pobj", "conj"}
                and toks[toks[i].head].pos in {"NOUN", "PROPN"} or toks[i].dep == "conj" and toks[toks[i].head].pos == "ADP")
                for b in [i, *tree.kids(i, "conj")] for q in tree.kids(b, "pobj")]
    return list(dict.fromkeys(e for k in heads for e in ctx.resolver.entities(k, types)))


def _person_at(ctx: Context, i: int) -> bool:
    """A person is named at the word itself (not merely inside its phrase, which holds its conjuncts)."""
    f = ctx.resolver.found_at(i)
    return f is not None and f.entity.type == "Person"
