"""The ``media`` words of a lexicon (``data/lexicon.yaml`` ``media``) as the tests
:mod:`kg.extract.media` asks of names and lines: credit furniture, an outlet's name, a section's
heading, the type of a credit line's part."""
from __future__ import annotations

import re

from kg.extract.lexicon import Lexicon


def words_of(phrase: str) -> list[str]:
    return re.findall(r"[\w.'’&-]+", phrase.lower())


class MediaWords:
    """The ``media`` words of a lexicon, as the tests they serve."""

    def __init__(self, lexicon: Lexicon) -> None:
        media = lexicon.media
        self.lexicon = lexicon
        self.heads = frozenset(media.get("heads", ()))
        self.descriptors = sorted((tuple(d.split()) for d in media.get("descriptors", ())), key=len, reverse=True)
        # by first word, longest first: a token is compared only with the descriptors it may open
        self.descriptors_from: dict[str, list[tuple[str, ...]]] = {}
        for words in self.descriptors:
            self.descriptors_from.setdefault(words[0], []).append(words)
        self.report_verbs = frozenset(media.get("report_verbs", ()))
        self.tell_verbs = frozenset(media.get("tell_verbs", ()))
        self.say_verbs = frozenset(media.get("say_verbs", ()))
        self.report_nouns = frozenset(media.get("report_nouns", ()))
        self.credit_words = frozenset(media.get("credit_words", ()))
        self.section_words = frozenset(media.get("section_words", ()))
        self.rubrics = frozenset(media.get("rubrics", ()))
        self.byline_staff = frozenset(media.get("byline_staff", ()))
        self.credit_phrases = sorted((tuple(w.split()) for w in self.credit_words), key=len, reverse=True)
        self.credit_from = {c[0]: [d for d in self.credit_phrases if d[:1] == c[:1]] for c in self.credit_phrases if c}  # by first word
        self._furniture: dict[str, bool] = {}

    def is_credit_furniture(self, phrase: str) -> bool:
        """"File Photo", "License Photo", "Photo": words of a credit that name no one (remembered per
        phrase: every name found is asked, and every credit line's words)."""
        known = self._furniture.get(phrase)
        if known is None:
            if len(self._furniture) >= 100_000:
                self._furniture.clear()  # a long build meets new names forever: memory stays bounded
            known = self._furniture[phrase] = self._is_credit_furniture(phrase)
        return known

    def _is_credit_furniture(self, phrase: str) -> bool:
        words = [w.rstrip(".:") if w.rstrip(".:") in self.credit_words else w for w in words_of(phrase)]
        i = 0
        while i < len(words):  # covered by credit phrases, longest first
            step = next((len(c) for c in self.credit_from.get(words[i], ()) if tuple(words[i:i + len(c)]) == c), 0)
            if not step:
                return False
            i += step
        return bool(words)

    def outlet_named(self, phrase: str) -> bool:
        """"KAAB TV", "Jiji Press": a name closed by an outlet's head word, not a section's heading."""
        words = phrase.lower().split()
        return len(words) >= 2 and words[-1] in self.heads and words[0] not in self.section_words

    def is_section_heading(self, phrase: str) -> bool:
        """"Breaking News", "More Asia News": a page's heading, naming no outlet."""
        words = phrase.lower().split()
        return len(words) >= 2 and words[-1] in self.heads and words[0] in self.section_words

    def type_of_part(self, part: str) -> str:
        """An agency and a source are organisations, a photographer a person."""
        words = part.split()
        if len(words) == 1 or self.outlet_named(part) or self.lexicon.head_type(part) == "Organization":
            return "Organization"
        if all(w[:1].isupper() and (not w.isupper() or len(w.rstrip(".")) == 1) for w in words):
            return "Person"
        return "Organization"


_CACHE: dict[int, MediaWords] = {}


def media_words(lexicon: Lexicon) -> MediaWords:
    media = _CACHE.get(id(lexicon))
    if media is None or media.lexicon is not lexicon:
        media = _CACHE[id(lexicon)] = MediaWords(lexicon)
    return media
