"""People named by their state's possessive and no title, "A's X", among officials the passage titles.

News gives an office once and then names its other holders by state alone: "Czech President P and
Slovak President Q attended, as did Hungary's R", "the defence ministers met; Norway's S chaired",
"Among the guests were Chile's T". X holds the office the passage gives its peers: a plural title
in the sentence or the one before ("the three foreign ministers", "the list of presidents"), else the
one office every titled peer there holds of another state. The office the gazetteer lists the linked
person in, of that state, at the article's date stands alone ("leaders such as A's X"), and
corrects a leading office the peers give ("A's X" among prime ministers may be a president).
"""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.facts.owners import Holding, Names
from kg.extract.nlp import Token, sentence_bounds
from kg.extract.title_phrase import Title
from kg.model import Entity

_POSSESSIVE = frozenset({"'s", "\u2019s", "'"})


def state_named_holders(ctx: Context, names: Names, holdings: list[tuple[int, Holding]]) -> list[tuple[int, Holding]]:
    """Holdings of the people the article names only as "A's X", with A as the owner."""
    titled = {o.person.entity.key for _, o in holdings}
    out: list[tuple[int, Holding]] = []
    seen: set[str] = set()
    for s in range(len(ctx.doc.sentences)):
        lo, hi = sentence_bounds(ctx.doc, s)
        for first, end, p in names.people(lo, hi):
            state = _possessor(names, first, lo)
            key = p.entity.key
            if state is None or key in titled or key in seen or _described(names.toks, end, hi):
                continue
            told = _plural_office(names, s) or _peers_office(s, holdings, state)
            listed = _listed_office(ctx, p.entity, state)
            label = told or listed
            if told is not None and listed is not None and _leading(ctx, told) and _leading(ctx, listed):
                label = listed  # "A's X" among prime ministers is a president where the gazetteer says so
            if label is None:
                continue
            seen.add(key)
            # (the resolver leaves these out: a later "the Hungarian president" means someone titled)
            ctx.doc.annotations.setdefault("untitled_holders", set()).add(key)
            label = ctx.lexicon.titles.label(label.split())
            out.append((s, Holding(p, _title(first, label), "state", state)))
    return out


def _leading(ctx: Context, label: str) -> bool:
    """Is the office one of those that lead a state (president, prime minister, king ...)?"""
    return label.casefold() in ctx.lexicon.leader_offices


def _described(toks: list[Token], end: int, hi: int) -> bool:
    """Does an indefinite apposition say what the person is ("A's X, an economist, ...")? Then
    the person is told as one of a kind, not as the passage's officials' peer."""
    return end + 1 < hi and toks[end].text == "," and toks[end + 1].lower in {"a", "an"}


def _possessor(names: Names, first: int, lo: int) -> Entity | None:
    """"Norway's X": the state whose possessive stands right before the name."""
    if first - 2 < lo or names.toks[first - 1].text not in _POSSESSIVE:
        return None
    f = names.at.get(first - 2)
    return f.entity if f is not None and f.entity.type == "State" else None


def _state_office(t: Title) -> bool:
    """Is the title a present office of a state (not a body's, a place's, nor a kind of person)?"""
    return not (t.former or t.descriptive or t.generic or t.counterpart or t.organisational or t.legislative
                or t.local or t.planned or t.unnamed_owner or t.owner_words)


def _plural_office(names: Names, s: int) -> str | None:
    """The one office a plural title of this sentence or the one before gives ("the defence ministers")."""
    # (a bare "ministers" is a kind of official, "sending ministers to meetings", not one office)
    labels = {t.label for k in (s - 1, s) for t in names.titles.get(k, [])
              if t.plural and _state_office(t) and t.label.casefold() != "minister"}
    return labels.pop() if len(labels) == 1 else None


def _peers_office(s: int, holdings: list[tuple[int, Holding]], state: Entity) -> str | None:
    """The one office the titled people of this sentence (else the one before) hold, each of
    another state than this one ("Polish President P and Czech President Q ..., as are A's X")."""
    for k in (s, s - 1):
        peers = [(h, h.owner) for s2, h in holdings if s2 == k and h.owner is not None and _state_office(h.title)]
        labels = {h.title.label.casefold() for h, _ in peers}
        if len(labels) == 1 and all(o.type == "State" and o is not state for _, o in peers):
            return peers[0][0].title.label
        if peers:
            return None
    return None


def _listed_office(ctx: Context, person: Entity, state: Entity) -> str | None:
    """The office the gazetteer lists the linked person in, of this state, at the article's date
    ("President of Estonia" is "President")."""
    published = ctx.doc.article.published
    entry = ctx.gazetteer.get(person.qid) if person.qid and ctx.gazetteer is not None else None
    if entry is None or published is None or entry.country != state.qid:
        return None
    day = published.isoformat()
    extra = entry.extra or {}
    terms = [extra["office"]] if isinstance(extra.get("office"), dict) else []
    terms += [o for o in extra.get("offices") or [] if isinstance(o, dict)]
    labels = {_bare(str(o.get("label") or ""), state) for o in terms
              if str(o.get("start") or "9999") <= day and (not o.get("end") or day <= str(o["end"]))}
    labels.discard("")
    return labels.pop() if len(labels) == 1 else None


def _bare(label: str, state: Entity) -> str:
    """An office's label without its state: "Prime Minister of Barbados" is "Prime Minister"."""
    head, sep, tail = label.partition(" of ")
    if not sep:
        return label
    tail = tail.removeprefix("the ")
    return head if tail.casefold() in {n.casefold().removeprefix("the ") for n in [state.label, *state.aliases]} else label


def _title(k: int, label: str) -> Title:
    """A title for a name the state's possessive stands for: the office its peers are given."""
    return Title(start=k, title_start=k, title_end=k, end=k, head=k, words=label.split(), label=label)
