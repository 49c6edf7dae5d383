"""Which organisation an organisation officer's title ("Secretary-General X", "the chairperson")
is of when the phrase names none: the one organisation its own sentence names, else the one the
article names most (:func:`officer_body`, read by :func:`kg.extract.facts.owners.inferred_owner`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.context import Context
from kg.extract.facts.common import most_named
from kg.model import Entity

if TYPE_CHECKING:
    from kg.extract.facts.owners import Holding, Names


def officer_body(ctx: Context, names: Names, h: Holding) -> Entity | None:
    """"UN staff stood in for Secretary-General X", "the bloc met; its chair, X": the organisation
    the sentence names (one only), before the article's most named one (a story of one body may
    name another's officer in passing)."""
    toks = names.toks
    sent = toks[h.title.head].sent
    here = {f.entity.key: f.entity for k, f in names.at.items()
            if toks[k].sent == sent and f.entity.type == "InternationalOrganization"}
    if len(here) == 1:
        return next(iter(here.values()))
    return most_named(ctx, "InternationalOrganization")
