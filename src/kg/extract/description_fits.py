"""What a description may refer to, by the kind of a name (``description_fits`` in
``data/frames.yaml``): "the union" is the Economic Community or the Common Market the text speaks
of, not the Development Bank named after it; "the treaty" is the X Treaty before the Y Memorandum;
"the pact" is no charter.

A name's kind is its head word among the type's ``kinds``: the last one before the name's first
"of"/"on"/"to" ("United Nations Convention on ..." is a convention, "Treaty of ..." a treaty,
"North Atlantic Treaty Organisation" an organisation), else the first one after it.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

import yaml

#: Fit levels: another kind, may be (or no kind told), the noun's own kind.
OTHER, MAY, OWN = 0, 1, 2
_PREPOSITIONS = frozenset({"of", "on", "to", "for", "between", "with", "concerning", "in", "against"})


@functools.cache
def frames_data() -> dict:
    """``data/frames.yaml`` as read (once): the reference tables beside the frames."""
    from kg.extract.lexicon import data_dir

    return yaml.safe_load((data_dir() / "frames.yaml").read_text(encoding="utf-8"))


@functools.cache
def _table() -> dict[str, dict]:
    raw = frames_data().get("description_fits") or {}
    return {etype: {"kinds": frozenset(spec.get("kinds", ())),
                    "fits": {n: frozenset(v) for n, v in (spec.get("fits") or {}).items()},
                    "own": {n: frozenset(v) for n, v in (spec.get("own") or {}).items()}}
            for etype, spec in raw.items()}


def kind_of(name: str, etype: str) -> str | None:
    """The kind word heading a name of that type, if it has one."""
    spec = _table().get(etype)
    if spec is None:
        return None
    words = re.findall(r"[a-z]+", name.lower())
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    before = [w for w in words[:cut] if w in spec["kinds"]]
    if before:
        return before[-1]
    return next((w for w in words[cut:] if w in spec["kinds"]), None)


def fit(noun: str, etype: str, names: Iterable[str]) -> int:
    """How well a description headed by ``noun`` (a lemma) fits an entity with these names: its
    best name counts (an alias "ASEAN" tells no kind, the label does)."""
    spec = _table().get(etype)
    noun = noun.lower()
    if spec is None or noun not in spec["fits"]:
        return MAY
    kinds = [k for k in (kind_of(n, etype) for n in names) if k is not None]
    if not kinds:
        return MAY
    if any(k in spec["own"].get(noun, ()) for k in kinds):
        return OWN
    return MAY if any(k in spec["fits"][noun] for k in kinds) else OTHER


def entity_fit(noun: str, entity) -> int:
    """:func:`fit` for an entity, by its label and aliases."""
    return fit(noun, entity.type, [entity.label, *entity.aliases])


def other_kind(noun: str, named: Iterable, described: Iterable) -> bool:
    """Does an agreement noun fit none of the named agreements (entities) and described ones (groups of
    descriptions, by their labels)? "a joint declaration" is no treaty and no memorandum."""
    return all(entity_fit(noun, e) == OTHER for e in named) \
        and all(fit(noun, "Agreement", [d.label for d in g]) == OTHER for g in described)


_INDEXES: dict[int, tuple[Mapping[str, frozenset[str]], dict[str, tuple[int, str]]]] = {}
_NO_KIND = (1 << 30, None)


def first_kind(kinds: Mapping[str, frozenset[str]], lemma: str, lower: str) -> str | None:
    """The first kind in ``kinds`` (a fixed table) whose heads hold the lemma or the lower-case
    form: ``next(k for k, heads in kinds.items() if lemma in heads or lower in heads)``, in two
    lookups (asked of every token)."""
    known = _INDEXES.get(id(kinds))
    if known is None:  # the table kept with its index, so its id is never another's
        known = _INDEXES[id(kinds)] = (kinds, {h: (n, k) for n, (k, heads) in reversed(list(enumerate(kinds.items())))
                                               for h in heads})
    index = known[1]
    by_lemma, by_lower = index.get(lemma), index.get(lower)
    if by_lemma is None:  # most tokens are no head at all: two lookups and nothing more
        return None if by_lower is None else by_lower[1]
    return by_lemma[1] if by_lower is None else min(by_lemma, by_lower)[1]
