"""Which agreement "the 1974 agreement" means: the one the text dates to that year — its name or an
alias holds the year ("the 1998 Joint Declaration"), or the sentence telling it gives the year
before it tells another agreement ("the X Agreement that A and B signed in Delhi on May 16, 1974,
and the protocol of 2011"). Read by :meth:`kg.extract.context.Context.best_agreement`."""
from __future__ import annotations

import re

from kg.model import Document

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def dated_to(doc: Document, phrase: str) -> set[str]:
    """The keys of the agreements the text dates to the year a phrase gives ("the 1974 agreement");
    none when the phrase gives no year."""
    said = _YEAR.findall(phrase)
    if len(said) != 1:
        return set()
    return {key for key, years in _years(doc).items() if said[0] in years}


def _years(doc: Document) -> dict[str, set[str]]:
    """Each agreement's years: in its names, or told after a mention of it in its sentence before the
    next agreement's mention (computed once per document)."""
    stamp = (len(doc.mentions), len(doc.entities))  # (mentions and entities still grow while reading)
    if doc.annotations.get("agreement_years", (None,))[0] == stamp:
        return doc.annotations["agreement_years"][1]
    out: dict[str, set[str]] = {}
    told = sorted((m for m in doc.mentions if m.entity and m.type == "Agreement"), key=lambda m: m.start)
    for e in doc.entities.values():
        if e.type == "Agreement":
            out[e.key] = set(_YEAR.findall(" ".join([e.label, *e.aliases])))
    for i, m in enumerate(told):
        if m.entity not in out or m.sentence < 0:
            continue
        end = doc.sentences[m.sentence].end
        nxt = next((n.start for n in told[i + 1:] if n.sentence == m.sentence and n.entity != m.entity), end)
        out[m.entity] |= set(_YEAR.findall(doc.text[m.end:min(end, nxt)]))
    doc.annotations["agreement_years"] = (stamp, out)
    return out
