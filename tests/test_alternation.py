"""kg.extract.alternation: a grouped alternation matches what the plain one matches, everywhere."""
from __future__ import annotations

import re

import pytest

from kg.extract.alternation import alternation, letters_matching
from kg.extract.description_fits import first_kind

_FORMS = ["vice[\\s-]+president", "president", "premier", "prime[\\s-]+minister", "minister", "kaiser", "sultan",
          "imam", "i", "a", "ambassador", "envoy", "9th", "secretary[\\s-]+general", "sec\\.", "s"]
_TEXTS = ["The Vice-President met the PRIME MINISTER and Minister Dala Oren.",
          "A Secretary General, the sultan's envoy and the Kaiser (Kelvin: \u212aaiser), \u017fultan, \u0130mam, \u0131mam.",
          "9th premier; sec. of state; an imam, a president-elect, presidents, ministerial, s, i, a."]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int] | None]:
    return [(m.span() if (m := pattern.match(text, at)) else None) for at in range(len(text) + 1)]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_grouped_alternation_matches_the_plain_one_at_every_position(text: str) -> None:
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(_FORMS) + r")(?![\w-])", re.IGNORECASE)
    grouped = re.compile(r"(?<![\w-])(?:" + alternation(_FORMS) + r")(?![\w-])", re.IGNORECASE)
    assert grouped.pattern != plain.pattern
    assert _spans(grouped, text) == _spans(plain, text)


def test_forms_it_cannot_group_are_joined_as_they_are() -> None:
    assert alternation(["\\.org", "net"]) == "\\.org|net"
    assert alternation(["a?b", "c"]) == "a?b|c"
    assert alternation(["only"]) == "only"


def test_the_letters_ignorecase_matches_are_all_found() -> None:
    # every character of Unicode, once: the short list of non-ASCII partners is complete
    everything = "".join(map(chr, range(0x110000)))
    for char in "abcdefghijklmnopqrstuvwxyz0123456789":
        found = "".join(sorted(set(re.findall(re.escape(char), everything, re.IGNORECASE))))
        assert "".join(sorted(letters_matching(char))) == found


def test_the_first_kind_is_the_generator_s_answer() -> None:
    kinds = {"Agreement": frozenset({"pact", "deal"}), "Summit": frozenset({"summit", "deal"}),
             "Base": frozenset({"base"})}
    words = ["pact", "deal", "summit", "base", "other", ""]
    for lemma in words:
        for lower in words:
            expected = next((k for k, heads in kinds.items() if lemma in heads or lower in heads), None)
            assert first_kind(kinds, lemma, lower) == expected
