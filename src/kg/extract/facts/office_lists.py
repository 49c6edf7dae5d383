"""The names a plural title lists, each with the state the list gives it.

"the prime ministers of A and B, X and Y" lists plain names (their owners are the title's, in
order); a list may also give each name its own state, before it or after it: "the defence
ministers of the three countries, Norway's X, Sweden's Y and Finland's Z", "the two foreign
ministers, X of Chile and Y of Peru". A bare singular title later in the passage ("the Latvian
minister, X") is the plural title's office told short (:func:`portfolio_of`). A title in the
possessive begins the phrase of the title it owns (:func:`possessor_start`).
"""
from __future__ import annotations

from kg.extract.context import Found
from kg.extract.nlp import Token
from kg.extract.titles import Title
from kg.model import Entity

_POSSESSIVE = frozenset({"'s", "\u2019s"})
#: words that may join the names of a list
_JOINERS = frozenset({",", "and"})


def listed_holders(t: Title, people: list[tuple[int, int, Found]], toks: list[Token], hi: int,
                   at: dict[int, Found]) -> list[tuple[Found, Entity | None]]:
    """The names listed after the plural title ``t``, in order, each with the state its own
    words give it (None where they give none)."""
    paired = _states_then_names(t, people, toks, hi, at)
    if len(paired) > 1:
        return paired
    k = t.end
    of_phrase = k < hi and toks[k].lower == "of"  # "the defence ministers of the three countries, ..."
    if of_phrase or any(x.lower == "of" for x in toks[t.start:t.end]):  # the title's own "of" may end in a body's name
        j = k + of_phrase
        # a body's name may qualify the states ("of several ASEAN states, ..."), not a state or a person
        while j < hi and j - k <= 8 and toks[j].text != "," and _not_holder(at.get(j)):
            j += 1
        if j < hi and toks[j].text == "," and j - k > of_phrase:
            k = j
    if k < hi and toks[k].text == ",":
        k += 1
        mark = _examples_mark(toks, k, hi)  # "..., including Norway's X and Sweden's Y"
        if mark and t.generic:
            return []  # "leaders of several states, such as X": examples of a kind of person, not of an office
        k += mark
    by_start = {first: (first, end, p) for first, end, p in people}
    out: list[tuple[Found, Entity | None]] = []
    while k < hi:
        owner, first = _state_before(k, toks, hi, at)
        if first not in by_start:
            break
        _, end, p = by_start[first]
        after, end = _state_after(end, toks, hi, at)
        out.append((p, owner or after))
        j = end
        while j < hi and toks[j].text in _JOINERS:
            j += 1
        if j == end or j >= hi:
            break
        k = j
    return out


#: words that set a list off as examples of the plural title ("including A's X", "among them X")
_EXAMPLES = (("including",), ("such", "as"), ("among", "them"), ("notably",), ("namely",))


def _examples_mark(toks: list[Token], k: int, hi: int) -> int:
    """How many words at ``k`` say that the names after them are examples ("including", "such as")."""
    for words in _EXAMPLES:
        if k + len(words) <= hi and tuple(t.lower for t in toks[k:k + len(words)]) == words:
            return len(words)
    return 0


def _not_holder(f: Found | None) -> bool:
    """Is the token at no mention, or at one of a body that cannot be a holder's own state?"""
    return f is None or f.entity.type not in {"State", "Person"}


def _states_then_names(t: Title, people: list[tuple[int, int, Found]], toks: list[Token], hi: int,
                       at: dict[int, Found]) -> list[tuple[Found, Entity | None]]:
    """"the presidents of Chile, X, and Peru, Y": each state with the name set off after it (the
    title's words may hold the first state)."""
    by_start = {first: (end, p) for first, end, p in people}
    out: list[tuple[Found, Entity | None]] = []
    k = t.end
    own = at.get(k - 1)
    if k < hi and toks[k].lower == "of":
        k += 1
    elif own is None or own.entity.type != "State" or k >= hi or toks[k].text != ",":
        return out
    else:
        k = t.start
        while at.get(k) is not own:
            k += 1
    while k < hi:
        k += toks[k].lower == "the"
        f = at.get(k)
        if f is None or f.entity.type != "State":
            break
        while k < hi and at.get(k) is f:
            k += 1
        if k + 1 >= hi or toks[k].text != "," or k + 1 not in by_start:
            break
        end, p = by_start[k + 1]
        out.append((p, f.entity))
        k = end + (end < hi and toks[end].text == ",")
        if k < hi and toks[k].lower == "and":
            k += 1
        elif k >= hi or toks[k - 1].text != ",":
            break
    return out


def listed_names(t: Title, people: list[tuple[int, int, Found]], toks: list[Token]) -> list[Found]:
    """"the prime ministers of A, B and C, X, Y and Z": the names that follow, in order, each
    perhaps styled ("the emirs of A and B, Sheikh X and Sheikh Y")."""
    after = [q for q in people if q[0] > t.end - 1]
    if not after or not _joined(toks[t.end:after[0][0]], first=True):
        return []
    listed = [after[0]]
    for q in after[1:]:
        if _joined(toks[listed[-1][1]:q[0]], first=False):
            listed.append(q)
        else:
            break
    return [q[2] for q in listed]


def _joined(gap: list[Token], first: bool) -> bool:
    """Do only list joiners and courtesy styles stand between the title or the last name and the
    next name (at most one comma before the first)?"""
    from kg.extract.styled_names import courtesy_only

    words = [x.text for x in gap if not courtesy_only(x.text)]
    if first:
        return words in ([], [","])
    return bool(gap) and all(g in _JOINERS for g in words)


def _state_before(k: int, toks: list[Token], hi: int, at: dict[int, Found]) -> tuple[Entity | None, int]:
    """"Norway's X": the state and where the name begins (k itself when no state is given)."""
    f = at.get(k)
    if f is None or f.entity.type != "State":
        return None, k
    j = k
    while j < hi and at.get(j) is f:
        j += 1
    if j + 1 < hi and toks[j].text in _POSSESSIVE:
        return f.entity, j + 1
    return None, k


def _state_after(end: int, toks: list[Token], hi: int, at: dict[int, Found]) -> tuple[Entity | None, int]:
    """"X of Chile": the state and where the item ends (``end`` when no state follows)."""
    if end + 1 >= hi or toks[end].lower != "of":
        return None, end
    j = end + 1 + (toks[end + 1].lower == "the")
    f = at.get(j)
    if f is None or f.entity.type != "State":
        return None, end
    while j < hi and at.get(j) is f:
        j += 1
    return f.entity, j


def portfolio_of(t: Title, earlier: list[Title]) -> str | None:
    """"The defence ministers met in Riga ... the Latvian minister, X, hosted": a bare office noun
    ("minister") after a plural title of the same noun with a portfolio ("defence ministers") in
    the passage is that office told short; the fuller label, else None."""
    if len(t.words) != 1 or t.plural:
        return None
    fuller = [o.label for o in earlier if o.plural and not o.counterpart and len(o.words) > 1
              and o.words[-1].lower() == t.words[0].lower()]
    return fuller[-1] if len(set(fuller)) == 1 else None


def possessor_start(t: Title, titles: list[Title], toks: list[Token], people: list[tuple[int, int, Found]]) -> int:
    """Where the phrase of title t begins: at its possessor before "'s", a title ("the Moldovan
    president's chief of staff") or a person's name with any title before it ("President X's
    aide", "X's spokeswoman"), else at its own start."""
    k = t.start - 1
    if k < 0 or toks[k].tag != "POS":
        return t.start
    owner = next((o for o in titles if o is not t and o.end == k), None)
    if owner is not None:
        return owner.start
    name = next((q for q in people if q[1] == k), None)
    if name is None:
        return t.start
    titled = next((o for o in titles if o.end == name[0]), None)
    return titled.start if titled is not None else name[0]
