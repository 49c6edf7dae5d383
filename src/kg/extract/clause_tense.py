"""The tense and the conditions of a clause as the parse gives them: "until", a past or a present
verb, a past clause of time ("after it was signed"), a condition ("if X signs", "once it is in
force"). Read by :mod:`kg.extract.clause_modality`."""
from __future__ import annotations

from kg.extract.syntax import Tree

__all__ = ["conditional", "past", "past_time_clause", "present", "until"]


def until(tree: Tree, k: int) -> bool:
    """Does a clause or phrase of "until"/"till" qualify verb k ("will not sign it until May")?"""
    toks = tree.toks
    return any(toks[c].dep == "prep" and toks[c].lower in {"until", "till"}
               or toks[c].dep == "advcl" and any(toks[m].lower in {"until", "till"} for m in tree.kids(c, "mark"))
               for c in tree.children[k])


def past(tree: Tree, k: int) -> bool:
    """Is verb k told in the past ("did not", "had not", "was not")?"""
    toks = tree.toks
    return toks[k].tag == "VBD" or any(toks[c].lower in {"did", "had", "was", "were"} for c in tree.kids(k, "aux", "auxpass"))


def present(tree: Tree, k: int) -> bool:
    """Is verb ``k`` in a present tense, simple or perfect, active or passive: "signs", "is signed",
    "has been ratified" (a clause of time in it is as far ahead as the verb it hangs on: "will take
    effect only after it has been ratified")?"""
    toks = tree.toks
    if toks[k].tag in {"VBZ", "VBP"}:
        return True
    return toks[k].tag == "VBN" and any(toks[c].lower in {"has", "have", "is", "are"} for c in tree.kids(k, "aux", "auxpass")) \
        and not any(toks[c].lower in {"was", "were", "had"} for c in tree.kids(k, "aux", "auxpass"))


#: Conjunctions opening a clause of time.
_TIME_MARKS = frozenset({"after", "before", "since", "when", "as", "while"})


def past_time_clause(tree: Tree, k: int) -> bool:
    """Is verb ``k`` a clause of time in the past tense, "after it was signed", "when they ratified it"?"""
    toks = tree.toks
    past = toks[k].tag == "VBD" and not tree.kids(k, "aux") or toks[k].tag == "VBN" and any(
        toks[c].lower in {"was", "were", "had"} for c in tree.kids(k, "aux", "auxpass"))
    return past and any(toks[c].lower in _TIME_MARKS for c in tree.kids(k, "mark"))


#: Conjunctions opening a condition ("if X signs", "unless it is ratified"), whatever the tense;
#: and those opening one only in the present ("once it is ratified"; "once the pact was signed" is past).
_IF = frozenset({"if", "unless"})
_ONCE = frozenset({"once", "provided", "providing"})


def conditional(tree: Tree, k: int) -> bool | None:
    """Is verb ``k`` a condition's: "if Chile signs", "unless Peru ratifies it", "once it is in force"
    (True), or a past time's, "once they signed it" (False)? None for no such clause."""
    toks = tree.toks
    marks = {toks[c].lower for c in tree.kids(k, "mark", "advmod")} if toks[k].dep == "advcl" else set()
    if marks & _IF:
        return True
    if not marks & _ONCE:
        return None
    return toks[k].tag in {"VBZ", "VBP", "VB"} or any(toks[c].tag in {"VBZ", "VBP"} for c in tree.kids(k, "aux", "auxpass"))
