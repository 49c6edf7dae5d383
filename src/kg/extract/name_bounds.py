"""Where the parse says a capitalised name chunk stops, though its words could run on."""
from __future__ import annotations

from kg.extract.nlp import Token

#: Abbreviated forms of address written in capitals before a name ("HE Khalid X", "HH Sheikh Y"):
#: no word of the name or of the office before it. Capitals only: "He" is a surname too.
ADDRESS_MARKS = frozenset({"HE", "H.E.", "HH", "H.H.", "HRH", "H.R.H.", "HM", "H.M."})

#: Verbs of handing something to someone: "sent/submitted/referred X to Y" names whom X goes to.
_HANDING = frozenset({"send", "submit", "forward", "refer", "present", "table", "transmit", "return", "resubmit",
                      "hand", "deliver", "give", "pass", "introduce", "bring", "take"})


def sent_to(toks: list[Token], u: Token, i: int, j: int) -> bool:
    """Is the "to" at ``u`` the receiver of a verb of handing outside the chunk toks[i:j] ("sent
    the Treaty of X to Congress")? Then the chunk stops before it; "the Protocol to the Y
    Convention", whatever the parse hangs it on, goes on."""
    h = u.head - toks[0].i
    return u.dep in {"dative", "prep"} and not i <= h < j and 0 <= h < len(toks) and toks[h].pos == "VERB" \
        and toks[h].lemma in _HANDING


def possessor_follows(toks: list[Token], k: int) -> bool:
    """Do the capitalised words from token k end in a possessive ("Niger's")? Then an "and" before
    them opens a new phrase ("the X Department of Defence and Y's Ministry of Z")."""
    while k < len(toks) and toks[k].is_cap:
        k += 1
    return k < len(toks) and toks[k].text in {"'s", "\u2019s"}
