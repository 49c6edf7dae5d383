"""What every fact finder shares: trigger words, modality, roles, places, pairs of states."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.extract.context import (
    AGREEMENT_NOUN,
    Context,
    Found,
    head_token,
    role,
    trigger_tokens,
)
from kg.extract.modality import modality as modality_of
from kg.model import Entity, Fact

Finder = Callable[[Context], Iterator[Fact]]
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10}


def trigger_spans(ctx: Context, s: int, kind: str) -> list[tuple[int, int]]:
    """Character spans (sentence-local) of the kind's trigger words, matched on lemma or text."""
    singles, any_phrase, phrases = ctx.lexicon.trigger_forms(kind)
    out = [(ctx.local(s, t.start), ctx.local(s, t.end)) for t in ctx.tokens(s)
           if t.lemma in singles or t.lower in singles]
    sent = ctx.sentence(s).lower()
    if any_phrase is not None and any_phrase.search(sent):
        for pattern in phrases:  # one by one: overlapping phrases each count
            out.extend(m.span() for m in pattern.finditer(sent))
    return sorted(out)


def modality_at(ctx: Context, s: int, span: tuple[int, int]) -> str:
    return modality_of(ctx.sentence(s), span[0], span[1])


def trigger_modality(ctx: Context, s: int, token) -> str:
    """Modality of a trigger token; a noun ("submitted ... for ratification") also takes that
    of the verb governing it."""
    mod = modality_at(ctx, s, (ctx.local(s, token.start), ctx.local(s, token.end)))
    if mod != "asserted" or token.pos != "NOUN":
        return mod
    toks = ctx.doc.annotations["tokens"]
    t = token
    for _ in range(3):
        if t.head == t.i:
            break
        t = toks[t.head]
        if t.pos in {"VERB", "AUX"}:
            return modality_at(ctx, s, (ctx.local(s, t.start), ctx.local(s, t.end)))
    return mod


def make_fact(ctx: Context, cq: str, s: int, modality: str = "asserted", **fields) -> Fact:
    clean = {k: v for k, v in fields.items() if v is not None and v != ()}
    return Fact(cq, clean, ctx.doc.evidence(s), modality)


def preceded_by(ctx: Context, s: int, f: Found, words: set[str], window: int = 16) -> bool:
    """The word before the mention (a "the" between them skipped) is one of ``words``."""
    before = ctx.sentence(s)[max(0, ctx.local(s, f.start) - window):ctx.local(s, f.start)].lower().split()
    if before and before[-1] == "the":
        before = before[:-1]
    return bool(before) and before[-1].strip(",") in words


_LOCATIVE = re.compile(r"\b(in|at)\s+(the\s+)?([\w-]+\s+){0,4}(city|town|capital|port|resort|island|region|province) of\s*$", re.IGNORECASE)


def located(ctx: Context, s: int, f: Found) -> bool:
    """"in X", "at X", "in the northern port city of X"."""
    if preceded_by(ctx, s, f, {"in", "at"}):
        return True
    before = ctx.sentence(s)[max(0, ctx.local(s, f.start) - 60):ctx.local(s, f.start)]
    return bool(_LOCATIVE.search(before))


_INDEFINITE_DEAL_WITH = re.compile(r"\b(a|an)\s+(?:[\w$-]+\s+){0,4}?(deal|agreement|pact|treaty|accord|contract)\s+with\s+(?:the\s+)?$", re.IGNORECASE)


def _speaks_of_an_agreement(ctx: Context, s: int, before: str) -> bool:
    """Does this stretch at the start of the sentence already name or describe an agreement?"""
    return bool(AGREEMENT_NOUN.search(before)) or any(
        ctx.local(s, f.end) <= len(before) for f in ctx.found(s, "Agreement"))


def states_with(ctx: Context, s: int) -> list[Entity]:
    """States introduced by "with" / "between ... and" (the other party)."""
    out = []
    sent = ctx.sentence(s)
    for f in ctx.states(s):
        other = _INDEFINITE_DEAL_WITH.search(sent, 0, ctx.local(s, f.start))
        if other and _speaks_of_an_agreement(ctx, s, sent[:other.start()]):
            continue  # "under a new partnership, a move that tears up a deal with France": another deal
        if preceded_by(ctx, s, f, {"with", "between"}) or preceded_by(ctx, s, f, {"and"}) and re.search(r"\bbetween\b", ctx.sentence(s)[:ctx.local(s, f.start)], re.IGNORECASE):
            out.append(f.entity)
    return out


def paired_states(ctx: Context, s: int) -> list[Entity]:
    """The two (or three) states "the two countries" / "both sides" means: of the states named
    in this and the three sentences before, the ones the article names most."""
    text = ctx.sentence(s).lower()
    at = [text.find(r) for r in ctx.lexicon.references["pair"] if r in text]
    if not at:
        return []
    n = 3 if re.search(r"\b(three|all three)\b", text) else 2
    # "Japan and Australia ... each other's": the pair is named right here, before the words
    # that refer to it ("Both governments pledged ... aimed at China" does not mean China)
    here = ctx.unique([f for f in ctx.states(s) if ctx.local(s, f.start) < min(at)])
    if len(here) >= n:
        return here[:n]
    named = ctx.unique([f for i in range(s + 1) for f in ctx.states(i)])
    if len(named) < n:
        return []
    counts = mention_counts(ctx)
    recent = {f.entity.key for i in range(max(0, s - 3), s + 1) for f in ctx.states(i)}
    return sorted(named, key=lambda e: (-counts.get(e.key, 0), e.key not in recent))[:n]


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
    """States named inside an entity's own name ("India-Russia Annual Summit")."""
    out = []
    for e in ctx.doc.entities.values():
        if e.type == "State":
            for name in [e.label, *e.aliases]:
                if len(name) > 1 and re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", ent.label):
                    out.append(e)
                    break
    return out


def trigger_actors(ctx: Context, s: int, lemmas: set[str], types: tuple[str, ...],
            agent_preps: frozenset[str] = frozenset({"by", "with", "between", "and"})) -> tuple[list[Entity], list]:
    """Entities that are subject or agent of a trigger verb in the sentence, and the triggers."""
    triggers = trigger_tokens(ctx, s, lemmas)
    all_toks = ctx.doc.annotations["tokens"]
    # a nominal trigger's light verb carries the actors: "X and Y put their signatures to ..."
    triggers += [all_toks[t.head] for t in triggers if t.pos == "NOUN" and all_toks[t.head].pos == "VERB"]
    return actors_of(ctx, s, triggers, types, agent_preps), triggers


def actors_of(ctx: Context, s: int, triggers: list, types: tuple[str, ...], agent_preps: frozenset[str]) -> list[Entity]:
    actors: list[Entity] = []
    for f in ctx.found(s, *types):
        for t in triggers:
            if role(ctx, f, t.i, agent_preps) in {"subject", "agent", "possessor"}:
                actors.append(f.entity)
                break
    return list(dict.fromkeys(actors))


def event_place(ctx: Context, s: int, triggers=()) -> Entity | None:
    """Where an event took place: a city ("in X") first, else a landmark ("at X"); never a
    continent or macro-region ("in Asia" says where, not at which table), nor a place in a
    clause describing a noun, unless that clause is the event's own ("which X signed in Y")."""
    verbs = {t.i for t in triggers}
    places = [f for f in ctx.found(s, "Place", "State") if located(ctx, s, f)
              and f.entity.label.lower() not in ctx.lexicon.regions and not in_relative_clause(ctx, f, verbs)]
    if places:
        return places[0].entity
    sites = [f for f in ctx.found(s, "Facility", "MilitaryBase") if located(ctx, s, f)
             and not in_relative_clause(ctx, f, verbs)]
    return sites[0].entity if sites else None


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


def holder_state(ctx: Context, person: Entity) -> Entity | None:
    """The state a person's office belongs to, from the office facts already found."""
    return ctx.doc.annotations.get("office_state", {}).get(person.key)


def body_sentences(ctx: Context) -> range:
    """Sentences whose parse can be trusted for roles: a Title Case headline is skipped."""
    headline = ctx.sentence(0) if ctx.doc.sentences else ""
    words = [w for w in headline.split() if w[:1].isalpha() and len(w) > 3]
    title_case = bool(words) and sum(w[0].isupper() for w in words) / len(words) > 0.7
    return range(1 if title_case else 0, len(ctx.doc.sentences))

def accession_of(ctx: Context, s: int, f: Found) -> bool:
    after = ctx.sentence(s)[ctx.local(s, f.end):ctx.local(s, f.end) + 40]
    return bool(re.match(r"(?:'s|\u2019s)\s+(?:\w+\s+)?(accession|membership|bid)", after))
