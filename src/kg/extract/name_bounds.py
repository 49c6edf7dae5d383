"""Where the parse says a capitalised name chunk stops, though its words could run on."""
from __future__ import annotations

from kg.extract.nlp import Token
from kg.model import Mention
from kg.text import title_without_parties

#: Abbreviated forms of address written in capitals before a name ("HE Khalid X", "HH Sheikh Y"):
#: no word of the name or of the office before it. Capitals only: "He" is a surname too.
ADDRESS_MARKS = frozenset({"HE", "H.E.", "HH", "H.H.", "HRH", "H.R.H.", "HM", "H.M."})

#: Courtesy styles written out before a name, after "the" ("the Hon X MP", "the Right Honourable
#: X"): no word of the name; a span they open is a person's.
COURTESY = frozenset({"Hon", "Hon.", "Honourable", "Honorable", "Rt", "Rt.", "Right"})

#: Letters after a name ("X MP", "X QC"): a seat or an honour, no word of the name.
POSTNOMINALS = frozenset({"MP", "MEP", "MLA", "MPP", "MNA", "MHA", "QC", "KC"})


def courtesy_run(toks: list[Token], k: int) -> int:
    """How many tokens from ``k`` are a courtesy style before a name: "the Hon", "the Rt Hon",
    "The Honourable" (0 when none: "Right" alone is no style)."""
    n = 1 if k < len(toks) and toks[k].lower == "the" else 0
    while k + n < len(toks) and toks[k + n].text in COURTESY:
        n += 1
    styled = any(t.text.startswith("Hon") for t in toks[k:k + n])
    return n if styled and k + n < len(toks) and toks[k + n].is_cap else 0

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


def title_before_parties(m: Mention) -> str | None:
    """The title of an agreement named with its parties after it ("the Treaty of Amity between
    the Republic of X and Y": "Treaty of Amity"), readers' and keys' shorter name of it; None
    when the title is the bare noun ("Agreement between A and B on ...") or more than parties follows."""
    return title_without_parties(m.text) if m.type == "Agreement" else None
