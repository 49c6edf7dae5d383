"""Names of one legislature told in full and shortened in one article: "the Chamber of
Deputies of the Republic of X ... the Chamber", "the French National Assembly ... the National
Assembly". Read by :func:`kg.extract.entities.resolve_entities`."""
from __future__ import annotations

from kg.extract.gazetteer_index import sole_state
from kg.model import Document, Entity


def named_in_full(doc: Document, entities: dict[str, Entity], upper: frozenset[str]) -> None:
    """"the Chamber of Deputies of the Republic of X ... the Chamber": a chamber's shorter name that
    opens the one full name the article gives a legislature is that legislature (not an upper chamber's)."""
    for key, e in list(entities.items()):
        if e.type != "Legislature" or _possessed(doc, key):
            continue  # "the Senate of Peru ... Ecuador's Senate": Ecuador's own
        longer = [k for k, o in entities.items() if o.type == e.type == "Legislature" and k != key and not e.qid
                  and o.label.startswith(e.label + " of ") and o.label.split()[-1] not in upper]
        if len(longer) == 1:
            _fold_into(doc, entities, key, longer[0])


def named_with_its_state(doc: Document, entities: dict[str, Entity], gazetteer) -> None:
    """"the French National Assembly ... the National Assembly": a legislature's name told again
    without the demonym or state that opened it is that legislature, when the article gives no other
    that name fits and the shorter one names no state of its own ("Chile's National Assembly")."""
    if gazetteer is None:
        return
    for key, e in list(entities.items()):
        if e.type != "Legislature" or e.qid or _possessed(doc, key):
            continue  # "Chile's National Assembly" is Chile's, whatever other one the article names
        longer = [k for k, o in entities.items() if o.type == "Legislature" and k != key
                  and o.label.endswith(" " + e.label) and _one_state(gazetteer, o.label[:-len(e.label)].strip())]
        if len(longer) == 1:
            _fold_into(doc, entities, key, longer[0])


def _fold_into(doc: Document, entities: dict[str, Entity], key: str, into: str) -> None:
    """The legislature ``key`` is ``into``: its mentions point there and its names are aliases."""
    for m in doc.mentions:
        if m.entity == key:
            m.entity = into
    entities[into].aliases |= {entities[key].label, *entities[key].aliases}
    del entities[key]


def _one_state(gazetteer, words: str) -> bool:
    """Do the words name exactly one state (its name or its demonym: "French", "Chile's")?"""
    words = words.removeprefix("the ").removesuffix("'s").removesuffix("\u2019s")
    return sole_state(gazetteer, words) is not None


def _possessed(doc: Document, key: str) -> bool:
    """Is the entity ever named after a possessive ("Ecuador's Senate"): a body the text gives its own owner?"""
    return any(m.entity == key and doc.text[max(0, m.start - 3):m.start] in {"'s ", "\u2019s "} for m in doc.mentions)
