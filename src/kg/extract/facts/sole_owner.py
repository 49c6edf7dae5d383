"""The last default for a state title nothing names an owner for: the one state of the article
left once every other is ruled out (:func:`sole_state`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.context import Context, head_token
from kg.extract.nlp import Token
from kg.model import Entity

if TYPE_CHECKING:
    from kg.extract.facts.owners import Holding, Names

#: words that say an office is one of many a state gives (another holder rules no state out)
_SHARED = frozenset({"deputy", "vice", "assistant", "junior", "member", "senator", "ambassador", "envoy", "adviser",
                     "advisor", "spokesman", "spokeswoman", "spokesperson", "official", "general", "commander",
                     "chief", "representative", "undersecretary", "under", "state", "secretary"})
#: words an office's name may carry or drop without naming another office ("Minister of Foreign Affairs")
_FILLER = frozenset({"of", "the", "for", "and", "affairs", "republic"})


def office_key(label: str) -> frozenset[str]:
    """An office's words, order and filler aside: "Foreign Minister" is "Minister of Foreign Affairs"."""
    return frozenset(label.casefold().replace("-", " ").split()) - _FILLER


def sole_state(ctx: Context, names: Names, h: Holding, holdings) -> Entity | None:
    """The state the article names most, at least twice as often as any other, once those the person
    cannot hold this office of are set aside: one whose holder of the same single-holder office it
    names ("Prime Minister X met the Prime Minister of Estonia": X is not Estonia's) and those ruled
    out by the person's own trip ("X flew to Tallinn": never Estonia's). No lead, no guess."""
    if h.title.local:
        return None  # a premier's or governor's office is a place's below a state: no state to guess
    key = office_key(h.title.label)
    single = bool(key) and not key & _SHARED
    out = _gone_to(ctx, names, h) | _counterparts(names, h)
    for _, o in holdings:
        if o.owner is None or o.owner.type != "State" or o.person.entity is h.person.entity or o.title.counterpart:
            continue
        if single and office_key(o.title.label) == key:
            out.add(o.owner.key)
    counts: dict[str, int] = {}
    ents: dict[str, Entity] = {}
    for m in ctx.doc.mentions:
        e = ctx.doc.entities.get(m.entity) if m.entity else None
        if e is not None and e.type == "State" and e.key not in out:
            counts[e.key] = counts.get(e.key, 0) + 1
            ents[e.key] = e
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    # a state named once is no lead: a short report names its host once and its guest's state not at all
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ents[ranked[0][0]]
    return None


#: the visit frame's verbs whose subject stays at home
_HOSTING = frozenset({"host", "receive", "welcome", "greet", "invite", "expect", "send", "dispatch", "return"})


#: verbs whose "in" phrase is where one gets to
_ARRIVING = frozenset({"arrive", "land", "stop", "touch"})


def _gone_to(ctx: Context, names: Names, h: Holding) -> set[str]:
    """The states the person is the subject of a trip to, or deals with: a trip's place is what the
    visit verb takes, or its "to"/"into" phrase, an arrival's "in" ("X visited Peru", "X arrived in
    Lima"), nothing looser (not "the largest deal in Peru's history" beside a trip)."""
    from kg.extract.frames import load_frames

    verbs = load_frames().verbs_of("visit") - _HOSTING
    toks = names.toks
    acts: set[int] = set()
    for k, f in [*names.at.items(), *names.pronoun_at.items()]:
        t = toks[toks[k].head] if toks[k].dep == "appos" else toks[k]  # "its minister, X, signed"
        if f.entity is h.person.entity and t.dep in {"nsubj", "nsubjpass"}:  # "is set to visit A"
            acts.add(t.head)
    reach = set(acts)
    for _ in range(3):  # "is set to visit A", "plans to fly to A": the trip the subject's verb governs
        reach |= {t.i for v in reach for t in toks[v + 1:v + 6] if t.head == v and t.dep == "xcomp"}
    goers = {v for v in reach if toks[v].lemma in verbs}
    # a trip the person's verb takes as its object: "begins a state visit to A", "pays a first visit to A"
    nouns = frozenset(w for f in load_frames().frames if f.fact == "visit" for w in f.nouns if " " not in w)
    goers |= {t.i for v in reach for t in toks[v + 1:v + 8] if t.head == v and t.dep == "dobj" and t.lemma in nouns}
    out = _dealt_with(ctx, toks, acts)
    for s in sorted({toks[v].sent for v in goers}):
        for f in [*ctx.states(s), *ctx.found(s, "Place")]:
            found = head_token(ctx, f)
            if found is None:
                continue
            t = toks[found.head] if found.dep == "appos" else found  # "Hanoi, Vietnam"
            if t.dep == "pobj" and (toks[t.head].lower in {"to", "into"} or toks[t.head].lower == "in"
                                    and toks[toks[t.head].head].lemma in _ARRIVING):
                t = toks[t.head]  # "arrived in Lima", not "In A, X, who took office in May, ..."
            elif t.dep != "dobj":
                continue
            state = f.entity if f.entity.type == "State" else ctx.country_of(f.entity)
            if t.head in goers and state is not None:
                out.add(state.key)
    return out


def _dealt_with(ctx: Context, toks: list[Token], acts: set[int]) -> set[str]:
    """States on the other side of what the person does: the "with" phrase of the person's verb or
    of its object, the state itself or a person's owner ("X signed the pact with Chile", "X signed
    it with Peru's defence minister": neither is X's)."""
    out: set[str] = set()
    for s in sorted({toks[v].sent for v in acts}):
        for f in ctx.states(s):
            t = head_token(ctx, f)
            for _ in range(3):  # "Peru's defence minister": up to the noun the state owns
                if t is None or t.dep not in {"poss", "amod", "compound", "nmod"} or t.head == t.i:
                    break
                t = toks[t.head]
            if t is None or t.dep != "pobj" or toks[t.head].lower != "with":
                continue
            v = toks[toks[t.head].head]
            if v.i in acts or v.dep == "dobj" and v.head in acts:
                out.add(f.entity.key)
    return out


def _counterparts(names: Names, h: Holding) -> set[str]:
    """The states of the person's own counterparts anywhere ("X received his Lao counterpart")."""
    out: set[str] = set()
    for titles in names.titles.values():
        for t in titles:
            ref = names.pronoun_at.get(t.pronoun) if t.counterpart and t.pronoun is not None else None
            if ref is None or ref.entity is not h.person.entity:
                continue
            for k in t.owner_before or t.owner_after:
                f = names.at.get(k)
                if f is not None and f.entity.type == "State":
                    out.add(f.entity.key)
    return out
