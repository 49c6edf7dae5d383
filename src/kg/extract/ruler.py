"""spaCy's ``attribute_ruler`` rules, applied through an index instead of a Matcher pass.

The English models map tags to parts of speech, morphology and lemma exceptions with ~180
single-token rules. spaCy's Matcher tries all of them at every token, which costs as much as the
tagger and parser together; indexing the rules by the word and tag they test and caching the
outcome per (word, tag, dependency) gives the same annotations (``tests/test_nlp.py`` compares
both on the dev corpus) for a fraction of the time. Rules in a form this index does not read
leave spaCy's ruler in place (:func:`indexed`).
"""
from __future__ import annotations

import re
from typing import Any

_CACHE_LIMIT = 200_000
_FIELDS = {"LOWER": "lower_", "TAG": "tag_", "DEP": "dep_", "IS_SPACE": "is_space"}


class UnsupportedRule(ValueError):
    """A rule uses a matcher feature the index does not implement."""


def _predicate(field: str, spec: Any):
    if field not in _FIELDS:
        raise UnsupportedRule(field)
    if not isinstance(spec, dict):
        return lambda value: value == spec
    if len(spec) != 1:
        raise UnsupportedRule(str(spec))
    (op, arg), = spec.items()
    if op == "IN":
        allowed = frozenset(arg)
        return lambda value: value in allowed
    if op == "NOT_IN":
        banned = frozenset(arg)
        return lambda value: value not in banned
    if op == "REGEX":
        pattern = re.compile(arg)
        return lambda value: pattern.search(value) is not None
    raise UnsupportedRule(op)


class _Rule:
    __slots__ = ("attrs", "index", "order", "tokens")

    def __init__(self, order: int, pattern: list[dict], attrs: dict, index: int) -> None:
        self.order, self.attrs, self.index = order, attrs, index
        self.tokens = [[(_FIELDS[f], _predicate(f, spec)) for f, spec in tok.items()] for tok in pattern]

    def matches_at(self, doc, i: int) -> bool:
        if i + len(self.tokens) > len(doc):
            return False
        for k, preds in enumerate(self.tokens):
            token = doc[i + k]
            if not all(test(getattr(token, attr)) for attr, test in preds):
                return False
        return True


class IndexedAttributeRuler:
    """A pipeline component with the ruler's rules, indexed by first-token word and tag."""

    def __init__(self, ruler) -> None:
        self.by_lower: dict[str, list[_Rule]] = {}
        self.by_tag: dict[str, list[_Rule]] = {}
        self.other: list[_Rule] = []
        for order, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if not pattern or any("OP" in tok for tok in pattern):
                    raise UnsupportedRule("operators")
                rule = _Rule(order, pattern, ruler.attrs[order], entry["index"])
                self._file(rule, pattern[0])
        self._single: dict[tuple, tuple] = {}

    def _file(self, rule: _Rule, first: dict) -> None:
        for field, index in (("LOWER", self.by_lower), ("TAG", self.by_tag)):
            spec = first.get(field)
            values = [spec] if isinstance(spec, str) else spec.get("IN") if isinstance(spec, dict) and \
                len(spec) == 1 and "IN" in spec else None
            if values is not None:
                for v in values:
                    index.setdefault(v, []).append(rule)
                return
        self.other.append(rule)

    def _lookup(self, doc, i: int, key: tuple) -> tuple[list[tuple[int, dict]], dict, list[_Rule]]:
        """(single-token effects, their merge, multi-token rules whose first token fits) for a
        token: all of it depends on ``key`` only, so it is computed once per key."""
        token = doc[i]
        rules = self.by_lower.get(token.lower_, []) + self.by_tag.get(token.tag_, []) + self.other
        singles = [(r.order, r.attrs) for r in rules if len(r.tokens) == 1 and r.matches_at(doc, i)]
        multis = [r for r in rules if len(r.tokens) > 1 and
                  all(test(getattr(token, attr)) for attr, test in r.tokens[0])]
        entry = (singles, _merge(singles), multis)
        if len(self._single) >= _CACHE_LIMIT:
            self._single.clear()  # a long build meets new words forever: keep memory bounded
        self._single[key] = entry
        return entry

    def __call__(self, doc):
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        direct: dict[int, dict] = {}
        effects: dict[int, list[tuple[int, dict]]] = {}
        single = self._single
        # each token's key read from one array (hashes: cheaper than strings), no spaCy token
        # object made for a word whose rules are already known
        keys = [(lower, tag, dep, bool(space)) for lower, tag, dep, space in
                doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()]
        for i, key in enumerate(keys):
            _singles, merged, multis = single.get(key) or self._lookup(doc, i, key)
            if merged:
                direct[i] = merged
            for r in multis:
                if r.matches_at(doc, i):
                    target = i + (r.index if r.index >= 0 else len(r.tokens) + r.index)
                    effects.setdefault(target, []).append((r.order, r.attrs))
        for i, extra in effects.items():
            direct[i] = _merge(single[keys[i]][0] + extra)
        for i, attrs in direct.items():
            set_token_attrs(doc[i], attrs)
        return doc


def _merge(effects) -> dict:
    """Later rules win, as in spaCy's ruler, which applies matches in rule order."""
    out: dict = {}
    for _, attrs in sorted(effects, key=lambda e: e[0]):
        out.update(attrs)
    return out


def indexed(ruler):
    """The indexed stand-in for a spaCy ``AttributeRuler``, or the ruler itself if its rules
    use matcher features the index does not read."""
    try:
        return IndexedAttributeRuler(ruler)
    except UnsupportedRule:
        return ruler
