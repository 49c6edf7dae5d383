"""Acronyms an unnamed agreement's description defines: "a status of forces agreement (SOFA)" or
"..., or SOFA," is "SOFA" from then on, though its words are lower case ("the SOFA lets troops train")."""
from __future__ import annotations

import re

from kg.model import Document, Mention

#: Lower-case words an acronym's initials skip ("status of forces agreement": SOFA).
_SKIPPED = frozenset({"for", "of", "on", "and", "the", "in", "to"})
#: "(SOFA)", ", or SOFA,": how a text defines an acronym right after the words it stands for
_DEFINED = re.compile(r"\s*(?:\(([A-Z][A-Za-z]{1,9})\)|,\s+or\s+([A-Z][A-Za-z]{1,9})(?=[,;.]))")


def spells(words: list[str], acronym: str) -> bool:
    """Do the words' initials, from some word on to the last, spell the acronym?

    >>> spells(["new", "status", "of", "forces", "agreement"], "SOFA")
    True
    >>> spells(["defence", "pact"], "SOFA")
    False
    """
    letters = [c.lower() for c in acronym if c.isupper()]
    initials = [w[0].lower() for w in words if w.lower() not in _SKIPPED or w[:1].isupper()]
    with_skipped = [w[0].lower() for w in words]
    return any(len(letters) >= 2 and seq[-len(letters):] == letters for seq in (initials, with_skipped))


def defined_acronyms(doc: Document) -> None:
    """Give each described agreement the acronym its description defines, and a mention at each
    later use of it: the acronym is the agreement's there, also where it was read as an unlinked
    name of another kind (an organisation's "PTA" whose initials spell "pipeline transit agreement")."""
    text = doc.text
    for m in [m for m in doc.mentions if m.kind == "description" and m.type == "Agreement" and m.entity]:
        found = _DEFINED.match(text, m.end)
        ent = doc.entities.get(m.entity or "")
        if found is None or ent is None or not spells(re.findall(r"[\w'-]+", m.text), found.group(1) or found.group(2)):
            continue
        acronym = found.group(1) or found.group(2)
        ent.aliases.add(acronym)
        taken = [x for x in doc.mentions if x.start < len(text) and x.end > m.start]
        for use in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text[m.start:]):
            start, end = m.start + use.start(), m.start + use.end()
            over = [x for x in taken if x.start < end and start < x.end]
            if not over:
                if start >= found.end():
                    doc.mentions.append(Mention(start, end, acronym, "Agreement", entity=ent.key, kind="acronym",
                                                sentence=doc.sentence_index(start)))
            elif all(_unlinked_name(doc, x, acronym) for x in over):
                _take_over(doc, over, ent.key)
    doc.mentions.sort(key=lambda m: m.start)


def _unlinked_name(doc: Document, x: Mention, acronym: str) -> bool:
    """Is ``x`` the acronym read as a name of another kind that links to nothing?"""
    other = doc.entities.get(x.entity or "")
    return x.text == acronym and x.type != "Agreement" and not x.qid and (other is None or not other.qid)


def _take_over(doc: Document, over: list[Mention], key: str) -> None:
    """The mentions become the agreement's; an entity left with no mention goes."""
    olds = {x.entity for x in over if x.entity and x.entity != key}
    for x in over:
        x.type, x.entity, x.kind = "Agreement", key, "acronym"
    for old in olds:
        if old is not None and not any(x.entity == old for x in doc.mentions):
            doc.entities.pop(old, None)
