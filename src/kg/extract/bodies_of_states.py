"""An organisation the gazetteer does not know, told as a body of states: news names a grouping of
countries by its summits, its member states and its heads of government, or sets a description
beside its name ("X, a bloc of six countries", "Y, which groups A, B and C"). Such a name is an
international organisation, whatever its head noun ("Organization", "Initiative", a bare acronym)
made of it; a party, ministry or company is told by none of these."""
from __future__ import annotations

import re

from kg.model import Document, Entity

#: Right after the name: "the X summit", "X leaders' meeting", "X member states", "X countries".
_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s+(?:(?:leaders|heads of (?:state|government))(?:'|\u2019)?\s+(?:summit|meeting)s?"
    r"|summits?\b|member (?:states|countries|nations)\b|(?:states|countries|nations)\b)"
    # "X, a grouping of eight developing countries", "Y, the bloc of six Gulf states"
    r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}(?:grouping|bloc|club|group|alliance|forum|organi[sz]ation|union|"
    r"community)\s+(?:of|that (?:groups|brings together|unites))\s+(?:[\w-]+\s+){0,5}(?:countries|states|nations)\b"
    # "Z, which groups A, B and C": the verbs of a composition, said of the name
    r"|,\s+which\s+(?:groups|brings together|unites|comprises|is made up of|consists of)\s")
#: Right before it: "the summit of the X", "member states of the X", "heads of government of the X".
_BEFORE = re.compile(r"\b(?:summits?|member (?:states|countries|nations)|heads of (?:state|government)|"
                     r"rotating (?:chair|chairmanship|presidency))\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_TYPE = "InternationalOrganization"


def as_bodies_of_states(doc: Document, entities: dict[str, Entity]) -> None:
    """Type an unlinked organisation told as a body of states an international organisation."""
    told = {m.entity for m in doc.mentions if m.entity and (
        _AFTER.match(doc.text, m.end, m.end + 90) or _BEFORE.search(doc.text[max(0, m.start - 50):m.start]))}
    for key in told:
        ent = entities.get(key)
        if ent is not None and not ent.qid and ent.type == "Organization":
            ent.type = _TYPE
