"""Frames: the fact kinds' triggers and roles (``data/frames.yaml``), applied to every sentence.

:func:`load_frames` reads the frame lexicon; :func:`match_frames` finds every trigger in a
document, reads its arguments through :mod:`kg.extract.syntax` and fills each role with the
entities :mod:`kg.extract.reference` finds there. The result, one :class:`Match` per trigger and
frame, is what the fact builders in :mod:`kg.extract.facts` turn into facts: this module knows
nothing of any one kind of fact.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kg.extract.frame_arguments import (
    add_copula,
    add_designated,
    add_entitled,
    add_hung_on_verb,
    add_in_state,
    add_recipient,
    governed,
)
from kg.extract.frame_roles import read_roles, unfilled
from kg.extract.nlp import Token
from kg.extract.number_words import COUNT_WORDS
from kg.extract.syntax import VERBAL, Args, Tree, arguments, nominal_head
from kg.model import Entity


@dataclass(frozen=True)
class Role:
    name: str
    sources: tuple[str, ...]
    types: frozenset[str]


@dataclass(frozen=True)
class Frame:
    name: str
    fact: str
    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    negative: tuple[str, ...] = ()
    #: Nouns that deny the frame's fact of their arguments ("the absence of X's leader").
    negative_nouns: tuple[str, ...] = ()
    #: Adjectives that deny it ("X was absent", "Y's leader was missing from the summit").
    negative_adjectives: tuple[str, ...] = ()
    nominal_of: str = "object"
    roles: tuple[Role, ...] = ()
    requires: tuple[str, ...] = ()
    #: Verbs a noun trigger must hang on to count ("led the delegation", "a delegation headed by").
    governed_by: frozenset[str] = frozenset()
    #: Roles a verb used without object leaves to the passage: "X said it will not sign" (the
    #: agreement the sentences before speak of).
    implicit: tuple[str, ...] = ()

    def role(self, name: str) -> Role | None:
        return self._roles.get(name)

    @functools.cached_property
    def _roles(self) -> dict[str, Role]:
        """The roles by name (the first of a name, as a scan would find): asked at every reading."""
        return {r.name: r for r in reversed(self.roles)}

    def role_preps(self, name: str) -> frozenset[str]:
        """The prepositions that introduce a role ("prep:to" -> "to")."""
        role = self.role(name)
        return frozenset(s[5:] for s in role.sources if s.startswith("prep:")) if role else frozenset()


@dataclass(frozen=True)
class FrameLexicon:
    frames: tuple[Frame, ...]
    transparent: frozenset[str]
    representative: frozenset[str]
    descriptions: dict[str, frozenset[str]]
    state_roles: frozenset[str] = frozenset()

    @functools.cached_property
    def _index(self) -> dict[str, list[tuple[Frame, tuple[str, ...], str, bool]]]:
        """First lemma of a trigger -> (frame, the trigger's words, part of speech, negative)."""
        index: dict[str, list[tuple[Frame, tuple[str, ...], str, bool]]] = {}
        for frame in self.frames:
            for pos, words, negative in (("VERB", frame.verbs, False), ("NOUN", frame.nouns, False),
                                         ("ADJ", frame.adjectives, False), ("VERB", frame.negative, True),
                                         ("NOUN", frame.negative_nouns, True),
                                         ("ADJ", frame.negative_adjectives, True)):
                for w in words:
                    parts = tuple(w.lower().split())
                    key = parts[-1] if pos == "NOUN" else parts[0]
                    index.setdefault(key, []).append((frame, parts, pos, negative))
        return index

    def entries_at(self, t: Token) -> list[tuple[Frame, tuple[str, ...], str, bool]]:
        """The index's entries of a token: its lemma's, then its form's (in that order, each once)."""
        index = self._index
        by_lemma = index.get(t.lemma)
        if t.lower == t.lemma:
            return by_lemma or []
        by_lower = index.get(t.lower)
        if by_lower is None:
            return by_lemma or []
        return by_lower if by_lemma is None else by_lemma + by_lower

    def verbs_of(self, *facts: str) -> frozenset[str]:
        """The one-word verb triggers of the frames feeding these kinds of fact (read once per kinds:
        readers ask for every word they weigh)."""
        known = self._verbs.get(facts)
        if known is None:
            known = self._verbs[facts] = frozenset(w for f in self.frames if f.fact in facts
                                                   for w in f.verbs + f.negative if " " not in w)
        return known

    @functools.cached_property
    def _verbs(self) -> dict[tuple[str, ...], frozenset[str]]:
        return {}

    def triggers_at(self, toks: list[Token], k: int, lo: int, hi: int, entries=None):
        """(frame, negative, words) for each frame whose trigger has its head at token k (the
        sentence's tokens are lo..hi); ``entries``: :meth:`entries_at` of the token, if known."""
        t = toks[k]
        if entries is None:
            entries = self.entries_at(t)
        if not entries:
            return []  # most words trigger nothing: this runs for every token
        out = []
        for frame, parts, pos, negative in entries:
            if not _pos_fits(t, pos):
                continue
            if len(parts) > 1 and not _phrase_at(toks, k, parts, pos, lo, hi):
                continue
            out.append((frame, negative, parts))
        # a longer phrase beats its head word alone ("vote down" is no "vote")
        best: dict[str, tuple[Frame, bool, tuple[str, ...]]] = {}
        for frame, negative, parts in out:
            if frame.name not in best or len(parts) > len(best[frame.name][2]):
                best[frame.name] = (frame, negative, parts)
        return list(best.values())


_PAIR_NUMBERS = frozenset({w for w, n in COUNT_WORDS.items() if n > 1} | {"both"})


def pair_word(toks: Sequence[Token], children: list[list[int]], i: int) -> bool:
    """A word of a pair reference ("the two neighbours", "both sides": the states the text pairs),
    its nouns being the frames' descriptions of states."""
    t = toks[i]
    states = load_frames().descriptions.get("State", frozenset())
    if t.lower in _PAIR_NUMBERS:
        return toks[t.head].lemma in states
    return t.lemma in states and t.tag in {"NNS", "NNPS"} and any(toks[c].lower in _PAIR_NUMBERS for c in children[i])


def _pos_fits(t: Token, pos: str) -> bool:
    if pos == "VERB":
        return t.pos in VERBAL or t.tag.startswith("VB")
    if pos == "NOUN":
        return t.pos in {"NOUN", "PROPN"} or t.tag.startswith("NN")
    return t.pos == "ADJ"


#: Words of a time phrase a verb's particle may follow: "vote later this month on the pact".
_TIME_WORDS = frozenset({"next", "last", "this", "later", "early", "earlier", "week", "month", "year", "today",
                         "tomorrow", "tonight", "morning", "afternoon", "evening", "monday", "tuesday", "wednesday",
                         "thursday", "friday", "saturday", "sunday", "weekend"})


def _phrase_at(toks: list[Token], k: int, parts: tuple[str, ...], pos: str, lo: int, hi: int) -> bool:
    """The phrase's other words around its head: after a verb ("take part in"), before a noun."""
    if pos == "NOUN":
        start = k - len(parts) + 1
        if start < lo:
            return False
        return all(toks[start + j].lower == p or toks[start + j].lemma == p for j, p in enumerate(parts))
    j = k + 1
    # a tally or a manner between verb and phrase ("voted 60-30 in favour", "voted unanimously for")
    # or a time ("vote next month on the treaty")
    while j < hi and j - k <= 5 and (toks[j].pos in {"NUM", "SYM", "ADV"} or toks[j].text in {"-", "–"}
                                      or toks[j].lower in _TIME_WORDS
                                      or toks[j].lower in {"on", "at", "in"} and j + 1 < hi and toks[j + 1].lower in _TIME_WORDS
                                      or toks[j].lower == "to" and j + 1 < hi and toks[j + 1].pos == "NUM"):
        j += 1
    # the skip may run to the text's end (a page cut off after "has always")
    if j - k > 1 and (j >= hi or toks[j].lower != parts[1] and toks[j].lemma != parts[1]):
        j = k + 1
    for n, p in enumerate(parts[1:]):
        # a short object may stand between verb and particle ("vote the treaty down")
        while j < hi and j - k <= 3 and toks[j].lower != p and toks[j].lemma != p and p not in {"to", "in", "of", "for", "on", "with"}:
            j += 1
        if n == 0 and j < hi and toks[j].lower != p and p in _RECIPIENT_PREPS:
            j = _past_object(toks, k, j, p, hi)  # "submit the treaty to parliament", "put the pact before it"
        if j >= hi or (toks[j].lower != p and toks[j].lemma != p):
            return False
        j += 1
    return True


#: Prepositions of a phrasal verb that hands its object on ("submit X to", "lay X before"); a place's
#: ("stop in", "arrive at") takes no object between: "stopped the talks in X" is no stop in X.
_RECIPIENT_PREPS = frozenset({"to", "before"})


def _past_object(toks: list[Token], k: int, j: int, p: str, hi: int) -> int:
    """Where a verb's preposition stands after the verb's object, the object a phrase of its own
    ("submit the treaty to parliament", "put the accord to a vote"): the preposition's index, else j."""
    for m in range(j + 1, min(hi, j + 9)):
        if toks[m].lower == p:
            span = range(j, m)
            objects = [i for i in span if toks[i].dep == "dobj" and toks[i].head == k]
            # (the parser may hang the preposition on the object: "submitted [the pact to X]")
            if toks[m].dep == "prep" and (toks[m].head == k or toks[m].head in objects) and len(objects) == 1 \
                    and all(i in objects or toks[i].head in span for i in span):
                return m
            return j
    return j


def _frame(name: str, raw: dict) -> Frame:
    roles = tuple(Role(r, tuple(spec.get("from", ())), frozenset(spec.get("types", ())))
                  for r, spec in (raw.get("roles") or {}).items())
    return Frame(name=name, fact=raw["fact"], verbs=tuple(raw.get("verbs") or ()), nouns=tuple(raw.get("nouns") or ()),
                 adjectives=tuple(raw.get("adjectives") or ()), negative=tuple(raw.get("negative") or ()),
                 negative_nouns=tuple(raw.get("negative_nouns") or ()),
                 negative_adjectives=tuple(raw.get("negative_adjectives") or ()), nominal_of=raw.get("of", "object"), roles=roles, requires=tuple(raw.get("requires") or ()),
                 governed_by=frozenset(raw.get("governed_by") or ()), implicit=tuple(raw.get("implicit") or ()))


@functools.lru_cache(maxsize=4)
def load_frames(path: str | None = None) -> FrameLexicon:
    from kg.extract.lexicon import data_dir

    raw = yaml.safe_load(Path(path or data_dir() / "frames.yaml").read_text(encoding="utf-8"))
    return FrameLexicon(
        frames=tuple(_frame(name, spec) for name, spec in raw["frames"].items()),
        transparent=frozenset(raw.get("transparent", ())),
        representative=frozenset(raw.get("representative", ())),
        descriptions={k: frozenset(v) for k, v in (raw.get("descriptions") or {}).items()},
        state_roles=frozenset(raw.get("state_roles", ())),
    )


@dataclass
class Match:
    """One trigger read as one frame: its roles filled with entities (or, for a ``facility``
    role, the token heading the phrase)."""

    frame: Frame
    sentence: int
    trigger: Token
    args: Args
    roles: dict[str, list[Entity]] = field(default_factory=dict)
    tokens: dict[str, list[int]] = field(default_factory=dict)  # role -> argument tokens
    negative: bool = False
    implicit: set[str] = field(default_factory=set)  # roles filled with what is in view, not from the sentence

    @property
    def fact(self) -> str:
        return self.frame.fact

    def first(self, role: str) -> Entity | None:
        found = self.roles.get(role)
        return found[0] if found else None


def match_frames(ctx, lexicon: FrameLexicon, resolver) -> list[Match]:
    """Every frame match of the document, sentence by sentence, in text order."""
    tree: Tree = resolver.tree
    toks: list[Token] = tree.toks  # type: ignore[assignment]
    out: list[Match] = []
    from kg.extract.clause_dates import date_tokens
    from kg.extract.frame_view import fill_implicit
    from kg.extract.gapping import gapped_readings
    from kg.extract.nlp import sentence_bounds

    # names of anything and dates: words that name no agreement left for the one in view
    dates = date_tokens(ctx.doc, toks)
    not_agreements = set(resolver.at_token) | dates

    index = lexicon._index  # most words trigger nothing: told here, one lookup (two for an inflected word)
    for s in range(len(ctx.doc.sentences)):
        lo, hi = sentence_bounds(ctx.doc, s)
        for k in range(lo, hi):
            t = toks[k]
            entries = index.get(t.lemma)
            if t.lower != t.lemma and t.lower in index:
                entries = lexicon.entries_at(t)
            if not entries:
                continue
            found = lexicon.triggers_at(toks, k, lo, hi, entries)
            if not found:
                continue
            for frame, negative, parts in found:
                if frame.governed_by and not governed(tree, k, frame.governed_by):
                    continue
                args = _arguments_once(tree, k, frame.nominal_of)
                # (a tally the parser took for the object is no object: "voted 12 to 30 against it")
                own_words = all(toks[o].lower in parts or toks[o].lemma in parts or toks[o].pos == "NUM" for o in args.object)
                # (a date after it is the time, not the object: "the chamber signed off on Tuesday")
                if len(parts) > 1 and not args.nominal and parts[-1] in args.preps and own_words \
                        and not all(o in dates for o in args.preps[parts[-1]]):
                    # "voted down the treaty", "took part in the summit": the phrase's closing
                    # word introduces its object
                    # ("play host to X": the phrase's own noun is no object)
                    args.object = args.preps.pop(parts[-1])
                elif len(parts) > 2 and not args.nominal and not args.object and parts[-1] not in args.preps:
                    # "voted in favour of the treaty": the closing word hangs on the phrase's noun
                    args.object = [o for j in range(k + 1, min(hi, k + 9)) if toks[j].lower in parts[1:-1]
                                   for c in tree.kids(j, "prep") if toks[c].lower == parts[-1] for o in tree.kids(c, "pobj")]
                elif len(parts) > 1 and not args.nominal and args.object and own_words:
                    args.object = []  # "took part as an observer": the phrase's own noun is no object
                if args.nominal:
                    add_copula(tree, k, args)
                    add_recipient(tree, k, args)
                    if frame.fact == "access":  # (the facility's phrase: "provides access for X to Y's ports")
                        add_hung_on_verb(tree, k, args, frame.role_preps("facility"))
                    add_designated(tree, k, args)
                    add_in_state(tree, k, args)
                else:
                    add_entitled(tree, k, args)
                # "A ratified it in 2017 and B in 2018": the gapped clause is the verb's too
                readings = [(toks[k], args), *gapped_readings(tree, resolver, k, args)]
                for trigger, reading in readings:
                    match = Match(frame, s, trigger, reading, negative=negative)
                    known: dict[int, list[int]] = {}  # role -> its argument tokens, read once
                    if unfilled(match, tree, resolver, known):
                        continue  # (two in three readings: their other roles are not worth reading)
                    match = read_roles(match, tree, resolver, known)
                    fill_implicit(ctx, resolver, lexicon, match, not_agreements)
                    if all(match.roles.get(r) or (match.tokens.get(r) and "facility" in frame.role(r).types)
                           for r in frame.requires):
                        out.append(match)
    return out


def _arguments_once(tree: Tree, k: int, nominal_of: str) -> Args:
    """:func:`arguments`, read once per word: each frame a word triggers asks again. Each caller
    gets its own copy, which it may rewrite (its object, its prepositions)."""
    memo = tree.memo.setdefault("arguments", {})
    key = (k, nominal_of if nominal_head(tree.toks[k]) else "")  # (a verb's are the same whatever "of" introduces)
    a = memo.get(key)
    if a is None:
        a = memo[key] = arguments(tree, k, nominal_of)
    return Args(list(a.subject), list(a.object), {w: list(ks) for w, ks in a.preps.items()}, list(a.possessor),
                list(a.modifiers), list(a.dative), list(a.copula), a.particle, a.passive, a.nominal, a.governor)
