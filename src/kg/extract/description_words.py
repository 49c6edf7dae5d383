"""The words descriptions are read with: those that only point or praise, the prepositions of
complements that tell which agreement, the steps an agreement is put to, the words of a base, and
the stems two descriptions are compared by (:mod:`kg.extract.description_phrases`)."""
from __future__ import annotations

import re

#: Words that point or praise but do not tell one agreement from another.
GENERIC = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "new", "whose",
                     "landmark", "historic", "key", "major", "sweeping", "long-debated", "long", "debated", "bilateral",
                     "trilateral", "important", "broad", "wide", "wide-ranging", "comprehensive", "formal", "final",
                     "same", "such", "whole", "entire", "full", "current", "existing", "proposed", "planned", "signed",
                     "controversial", "recent", "latest", "first-ever", "ambitious", "significant", "amended",
                     "revised", "updated", "original", "earlier", "previous", "other", "another", "separate", "two",
                     "three", "several", "many", "various", "both", "each", "all", "some", "any", "of", "'s", "’s"})
#: Words that only point or praise, no part of a label: "a separate memorandum", "the landmark pact".
POINTING = frozenset({"new", "separate", "related", "landmark", "historic", "key", "major", "sweeping", "important",
                      "controversial", "recent", "latest", "first-ever", "ambitious", "significant", "long-debated",
                      "such", "same", "whole", "entire", "other", "another", "much-anticipated", "long-awaited",
                      "this", "that", "these", "those", "its", "their", "his", "her", "our", "whose",
                      # how long the text runs: "a brief joint statement", "a lengthy communique"
                      "brief", "short", "lengthy", "terse", "one-page"})
#: Complements that tell which agreement (or base) a head noun means.
COMPLEMENT_PREPS = frozenset({"on", "between", "with", "for", "concerning", "regarding", "covering", "in", "at",
                              "among", "to", "of"})
#: Steps an agreement is put to ("submitted the treaty for ratification"): no part of its name.
PROCEDURES = frozenset({"ratification", "approval", "endorsement", "consideration", "review", "debate", "vote",
                        "scrutiny", "signature", "signing", "adoption", "consent", "examination"})
BASE_WORDS = frozenset({"naval", "air", "army", "military", "logistics", "support", "training", "marine", "navy",
                        "drone", "missile", "submarine"})


_STOP = frozenset({"agreement", "treaty", "pact", "accord", "deal", "memorandum", "protocol", "between", "with",
                   "this", "that", "which", "their", "from", "into", "over", "under", "about"})


def stems(text: str) -> set[str]:
    """The stems (first five letters) of a text's content words, kind nouns and generic words left out."""
    return {w[:5] for w in re.findall(r"[a-z]{4,}|\d{4}", text.lower()) if w not in _STOP and w not in GENERIC}
#: A description's opening that says how long it runs ("10-year", "five-year") or whose it is ("Peru's").
LASTING = re.compile(r"^(?:\d+|[a-z]+)[-\u2011 ](?:year|month|decade)s?(?:-long|-old)?\s+", re.IGNORECASE)
OWNER = re.compile(r"^(?:[A-Z][\w.-]*\s(?:and\s)?)*[A-Z][\w.-]*['\u2019]s?\s+"  # "Peru's", "Chile and Peru's"
                   r"|^(?:the\s+)?(?:two|three|four|both)\s+(?:countries|nations|sides|governments|states|allies|"
                   r"neighbours|neighbors)['\u2019]\s+")  # "the two countries' pact"
