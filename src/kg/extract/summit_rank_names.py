"""Names a summit's rank gives it: the rank tells the edition, so a ranked description names the
summit without its owner ("the bloc's 17th summit": "17th summit"), and a rank description of the
summit in view ("their 44th ordinary summit") names the one summit the article names ("the SADC
summit"). Names only (aliases): which summit a description is stays as
:mod:`kg.extract.descriptions` decides."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from kg.extract.description_text import render
from kg.extract.nlp import Token
from kg.extract.summit_editions import rank_of
from kg.extract.syntax import Tree
from kg.model import Document


def ownerless_names(toks: Sequence[Token], tree: Tree, left: list[int], core: list[int], described: list[int]) -> set[str]:
    """The ranked description's words without its owner, with and without its complements ("17th
    summit", "17th summit in Rio"); none where no rank or no owner is told (without a rank, "the
    bloc's summit" has nothing left to tell it by)."""
    owner = {i for c in left if toks[c].dep == "poss" for i in tree.subtree(c)}
    if not owner & set(core) or not any(rank_of(toks[i].text) for i in core):
        return set()
    return {render(toks, [i for i in words if i not in owner]) for words in (core, core + described)} - {""}


def name_in_view(doc: Document, names: Iterable[str], rank: int | None) -> None:
    """A rank description of the summit in view, beside the one summit the article names: its
    words name that summit too (not where that summit's name gives another rank, nor where several
    are named: which one is in view is decided later, by attendance)."""
    named = [e for e in doc.entities.values() if e.type == "Summit" and not e.attributes.get("other_edition")]
    if rank is None or len(named) != 1 or rank_of(named[0].label) not in (None, rank):
        return
    named[0].aliases |= {a for a in names if len(a.split()) > 1} - {named[0].label}
