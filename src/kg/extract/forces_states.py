"""Armed forces whose usual name says no state: news writes "the Royal Navy" for the United
Kingdom's navy and "the Bundeswehr" for Germany's forces, as it writes "Secretary of State" for
an American office (``lexicon.yaml`` ``force_names``). Only a name that is the whole label counts
("the Royal Thai Navy" names its state itself), and only a state the article names."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.model import Entity

if TYPE_CHECKING:
    from kg.extract.context import Context


def forces_state(ctx: Context, ent: Entity) -> Entity | None:
    """The state whose forces an armed forces' conventional name is, if the article names it."""
    if ent.type != "ArmedForces":
        return None
    owner = ctx.lexicon.force_names.get(_bare(ent.label))
    if owner is None:
        return None
    for e in ctx.doc.entities.values():
        if e.type == "State" and owner in {e.label.casefold(), *(a.casefold() for a in e.aliases)}:
            return e
    return None


def _bare(label: str) -> str:
    words = label.casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)
