"""Modality of a fact's trigger: did it happen ("asserted"), is it ahead ("planned"), or not ("negated")?

    >>> s = "Russia ratified the pact, but India has not yet done so."
    >>> modality(s, s.index("ratified"), s.index("ratified") + 8)
    'asserted'
    >>> s = "Japan is expected to sign the accord next week."
    >>> modality(s, s.index("sign"), s.index("sign") + 4)
    'planned'

Scope is the point: a marker counts only when it governs the trigger. Without a parse, the
governing words are the *verb chain* read backwards from the trigger (auxiliaries, modals,
negation, adverbs and control verbs such as "refused to" / "is expected to"); for a nominal
trigger ("the upcoming summit", "ahead of the minister's visit") the chain continues through its noun
phrase, one preposition and the verb governing it, and the predicate after the noun ("the
visit was cancelled") counts too. Clause-wide cues ("next week", "neither … nor") are read only
between the clause boundaries around the trigger. The dependency parse's reading is
:func:`kg.extract.clause_modality.parse_modality`; the fact builders consult it first and fall back on this.
Negation wins over planning: "will not sign" is negated. Future dates are the caller's matter.
"""
from __future__ import annotations

import re

__all__ = ["is_planned_event_phrase", "modality"]

ASSERTED, PLANNED, NEGATED = "asserted", "planned", "negated"

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*|[^\sA-Za-z0-9]")

# Words that may stand between a verb trigger and the markers governing it.
_CHAIN = frozenset(
    ["will", "would", "shall", "should", "could", "can", "may", "might", "must", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "'s", "'ll", "'d", "to", "not", "never", "yet", "also", "still", "soon", "now", "already", "jointly", "formally", "officially", "finally", "eventually", "then", "again", "first", "no", "longer", "just", "even", "ever", "only", "expected", "set", "scheduled", "due", "slated", "poised", "likely", "unlikely", "going", "about", "ready", "able", "unable", "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending", "aim", "aims", "aimed", "aiming", "hope", "hopes", "hoped", "hoping", "seek", "seeks", "sought", "seeking", "want", "wants", "wanted", "agree", "agrees", "agreed", "pledge", "pledged", "pledges", "promise", "promised", "promises", "vow", "vowed", "vows", "refuse", "refused", "refuses", "refusing", "decline", "declined", "declines", "declining", "fail", "failed", "fails", "failing", "without", "cannot", "both", "all", "each", "either", "neither", "nor"]
)
_DET = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "that", "these", "those", "any", "every", "some", "no", "next"]
)
_PREP = frozenset(["of", "for", "to", "in", "at", "on", "into", "from", "with", "during"])
_PARTICLE = frozenset(["up", "out", "off", "part", "in", "down"])
# Multi-word prepositions that make the following event phrase lie ahead.
_PLANNED_PREP = re.compile(
    r"(?:\bahead\s+of|\bin\s+the\s+(?:run|lead|build)-?up\s+to|\bon\s+the\s+eve\s+of|\bin\s+advance\s+of"
    r"|\bin\s+preparation\s+for"
    r"|\bpreparations\s+for|\bprepar\w*\s+for|\bplans?\s+for|\bproposals?\s+for|\bproposed)\s*$",
    re.IGNORECASE,
)
_PLANNED_ADJ = frozenset(
    ["upcoming", "forthcoming", "planned", "proposed", "prospective", "scheduled", "expected", "impending", "future", "next", "would-be", "pending", "mooted", "slated"]
)
_NEGATED_ADJ = frozenset(["cancelled", "canceled", "scrapped", "aborted", "abandoned", "failed", "shelved"])

_NEG = re.compile(
    r"\b(?:not|never|no\s+longer|cannot|neither|nor|refus\w*|declin\w*|fail\w*|unable|"
    r"unlikely|without|yet\s+to)\b|n[’']t\b",
    re.IGNORECASE,
)
_NOT_NEG = re.compile(r"\bnot\s+only\b", re.IGNORECASE)
_PLAN = re.compile(
    r"\b(?:will|would|shall|could|may|might|(?:expected|scheduled|set|due|slated|poised|"
    r"likely|going|about|ready)\s+to|(?:plan|intend|aim|hope|seek|want|agree|pledge|promise|"
    r"vow)\w*\s+to|sought\s+to|(?:is|are|was|were)\s+to)\b|'ll\b|’ll\b",
    re.IGNORECASE,
)
# Predicates after a nominal trigger: "the summit will be held", "the visit was called off".
_RIGHT_PLAN = re.compile(
    r"^\s*(?:will|would|'ll|(?:is|are|was|were)\s+(?:now\s+)?(?:due|expected|scheduled|set|"
    r"slated|planned|to|likely|going)|(?:has|have|had|was|were|is|are)\s+(?:been\s+)?"
    r"(?:postponed|delayed|rescheduled|pushed\s+back))\b",
    re.IGNORECASE,
)
_RIGHT_NEG = re.compile(
    r"^\s*(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:cancel+ed|called\s+off|"
    r"scrapped|abandoned|shelved|aborted|blocked|rejected|suspended)|(?:did|does|do|has|have|"
    r"had|was|were|is|are|will|would)\s*(?:not|n[’']t)\b|never\b)",
    re.IGNORECASE,
)
# Clause-wide cues.
_FUTURE_TIME = re.compile(
    r"\b(?:next\s+(?:week|month|year|spring|summer|autumn|fall|winter|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)|later\s+(?:this|in\s+the)\s+(?:week|month|"
    r"year)|later\s+today|tomorrow|in\s+the\s+coming\s+(?:days|weeks|months|years))\b",
    re.IGNORECASE,
)
_WINDOW_NEG = re.compile(
    r"(?i:\b(?:neither|nor|nobody|none|nothing)\b)|\b[Nn]o\s+(?!longer\b|doubt\b)[a-z]"
)
# Where a clause ends (for the clause-wide cues).
_BOUNDARY = re.compile(
    r"[;:()—–]|,\s*(?:but|while|whereas|although|though|yet|and|which|who|after|before|"
    r"because|since|even\s+as|as)\b|\s(?:but|while|whereas|although|though|because|unless)\s|,"
    r"|\sand\s+(?=(?:will|would|shall|is|are|was|were|has|have|had|then|later|also|plans?|"
    r"expects?)\b)",
    re.IGNORECASE,
)
# Parentheticals that sit inside a verb chain: "has not, however, ratified".
_PAREN = re.compile(
    r",\s*(?:however|so\s+far|as\s+yet|though|too|also|in\s+turn|in\s+fact|for\s+now|for\s+its\s+"
    r"part|meanwhile|officials\s+said|(?:he|she|they|it)\s+said)\s*,",
    re.IGNORECASE,
)


def _blank_parentheticals(sentence: str) -> str:
    """Replace chain-internal parentheticals by spaces, keeping every offset."""
    return _PAREN.sub(lambda m: " " * len(m.group(0)), sentence)


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, lo, hi)]


def _is_chain_word(word: str) -> bool:
    low = word.lower()
    return (
        low in _CHAIN
        or low.endswith(("n't", "n’t"))
        or (low.endswith("ly") and len(low) > 4 and low.isalpha())
    )


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    lo = 0
    for m in _BOUNDARY.finditer(sentence, 0, start):
        lo = m.end()
    after = _BOUNDARY.search(sentence, end)
    return lo, (after.start() if after else len(sentence))


def _verb_chain(tokens: list[tuple[int, int, str]], i: int) -> list[str]:
    """Chain words read backwards from token index ``i`` (exclusive)."""
    chain: list[str] = []
    while i > 0 and _is_chain_word(tokens[i - 1][2]):
        i -= 1
        chain.append(tokens[i][2])
    return chain[::-1]


def _nominal_left(tokens: list[tuple[int, int, str]], i: int) -> tuple[list[str], int, bool]:
    """Skip back over the trigger's noun phrase; returns (its modifiers, new index, is_nominal)."""
    mods: list[str] = []
    nominal = possessor = False
    j = i
    while j > 0 and len(mods) < 6:
        word = tokens[j - 1][2]
        low = word.lower()
        if possessor and low not in _DET and low not in _CHAIN and low not in _PREP and word.isalpha():
            pass  # inside the possessor: "the prime minister's"
        elif low in _DET or low in _PLANNED_ADJ or low in _NEGATED_ADJ:
            nominal = True
        elif low in ("'s", "’s") or re.search(r"['’]s$", word) or word[:1].isupper() or "-" in word:
            if re.search(r"['’]s$", word):
                nominal = possessor = True
        elif low.endswith(("al", "ic", "ary", "ive", "th", "st", "nd", "rd")) and low not in _CHAIN:
            pass  # adjective-like modifiers: "bilateral", "historic", "16th"
        else:
            break
        mods.append(word)
        j -= 1
        if low in _DET and low != "next":
            break
    return mods, j, nominal


_PRONOUNS = frozenset(["i", "we", "you", "he", "she", "it", "they", "who", "which", "that", "there", "what", "this", "these"])


def _looks_governing(word: str) -> bool:
    """A lower-case content word right before the trigger: a verb or particle governing it."""
    low = word.lower()
    return word.isalpha() and word.islower() and low not in _CHAIN and low not in _PRONOUNS


def _left_markers(sentence: str, start: int) -> list[str]:
    """Words before the trigger that may govern it (verb chain, or NP + preposition + verb)."""
    text = _blank_parentheticals(sentence)
    tokens = _tokens(text, 0, start)
    n = len(tokens)
    chain = _verb_chain(tokens, n)
    if chain:
        return chain
    mods, j, nominal = _nominal_left(tokens, n)
    words = list(mods)
    before = text[: tokens[j][0]] if j < n else text[:start]
    if _PLANNED_PREP.search(before):
        words.append("ahead of")
    if j > 0 and tokens[j - 1][2].lower() == "without":
        return words + ["without"]
    if j > 0 and tokens[j - 1][2].lower() in _PREP:
        nominal = True
        j -= 1  # "ratification of", "talks on": step over the preposition
        m2, k2, _ = _nominal_left(tokens, j)
        if k2 < j and j > 0 and tokens[j - 1][2].lower() not in _CHAIN:
            words += m2  # and over the noun it hangs on ("the ratification of")
            j = k2
            if j > 0 and _PLANNED_PREP.search(text[: tokens[j][0]]):
                words.append("ahead of")
    if j > 0 and j == n and _looks_governing(tokens[j - 1][2]):
        nominal = True  # "blocked ratification", "taken up membership": no determiner
    if nominal and j > 0:
        k = j - 1
        if tokens[k][2].lower() in _PARTICLE and k > 0:
            k -= 1  # "taken up membership"
        verb = tokens[k][2]
        if verb.isalpha() and verb.islower() and verb not in _CHAIN:
            words.append(verb)
            words += _verb_chain(tokens, k)
    return words


def _verdict(words: str) -> str:
    if _NEG.search(_NOT_NEG.sub(" ", words)):
        return NEGATED
    if _PLAN.search(words):
        return PLANNED
    return ASSERTED


_NEG_VERBS = frozenset(
    ["reject", "rejected", "rejects", "block", "blocked", "blocks", "suspend", "suspended", "suspends", "withdraw", "withdrew", "withdrawn", "quit", "quits", "veto", "vetoed", "vetoes", "cancel", "cancelled", "canceled", "scrap", "scrapped", "abandon", "abandoned", "postpone"]
)


def _heuristic(sentence: str, start: int, end: int) -> str:
    left = _left_markers(sentence, start)
    lowered = [w.lower() for w in left]
    words = " ".join(left + [sentence[start:end]])
    verdict = _verdict(words)
    if verdict == ASSERTED:
        if any(w in _NEGATED_ADJ for w in lowered):
            verdict = NEGATED
        elif any(w in _PLANNED_ADJ or w == "ahead of" for w in lowered):
            verdict = PLANNED
        elif any(w in _NEG_VERBS for w in lowered) and not _is_chain_word(sentence[start:end]):
            # "rejected the accession", "pulled out of the treaty": the object is negated
            verdict = NEGATED
        elif re.search(r"\b(?:pulled|pulls|pull)\s+out\s+of\s*$", sentence[:start], re.IGNORECASE):
            verdict = NEGATED
    lo, hi = _clause(sentence, start, end)
    if verdict == ASSERTED:
        right = sentence[end:hi]
        # for a noun trigger, skip a short complement before its predicate ("the visit to Rome was …")
        pred = re.sub(r"^\s*(?:(?:of|to|in|on|with|between|by|at)\s+(?:[\w'’-]+\s+){0,3}?)?(?=\s*"
                      r"(?:will|would|'ll|is|are|was|were|has|have|had|did|does|do|never)\b)",
                      "", right, count=1, flags=re.IGNORECASE)
        if _RIGHT_NEG.search(pred):
            verdict = NEGATED
        elif _RIGHT_PLAN.search(pred):
            verdict = PLANNED
    if verdict == ASSERTED:
        clause = sentence[lo:hi]
        if _WINDOW_NEG.search(sentence[lo:start]):
            verdict = NEGATED
        elif _FUTURE_TIME.search(clause):
            verdict = PLANNED
    return verdict


def is_planned_event_phrase(sentence: str, start: int, end: int) -> bool:
    """True when the nominal trigger at ``start:end`` names an event still ahead.

    >>> s = "Talks were held ahead of the minister's visit to Oslo."
    >>> is_planned_event_phrase(s, s.index("visit"), s.index("visit") + 5)
    True
    """
    tokens = _tokens(sentence, 0, start)
    mods, j, _ = _nominal_left(tokens, len(tokens))
    if any(w.lower() in _PLANNED_ADJ for w in mods):
        return True
    before = sentence[: tokens[j][0]] if j < len(tokens) else sentence[:start]
    return bool(_PLANNED_PREP.search(before))


def modality(sentence: str, trigger_start: int, trigger_end: int) -> str:
    """"asserted", "planned" or "negated" for the trigger at ``trigger_start:trigger_end``, read
    from the words around it (the parse's reading is :func:`kg.extract.clause_modality.parse_modality`,
    which the fact builders consult first)."""
    return _heuristic(sentence, trigger_start, trigger_end)
