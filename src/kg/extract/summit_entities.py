"""Named summits as entities: one entity per summit however many of its names the article uses,
and an edition told apart ("last year's BRICS summit") an entity of its own. Run by
:mod:`kg.extract.descriptions` once the unnamed ones are added."""
from __future__ import annotations

import re

from kg.extract.summit_editions import OTHER_EDITION, another_time
from kg.extract.syntax import Tree
from kg.model import Document, Entity
from kg.text import slug

#: Words that say who meets at any summit, or for how long, not which summit it is.
_SUMMIT_FILLER = frozenset({"summit", "the", "annual", "leaders", "leaders'", "leaders’", "of", "meeting"})


def merge_summit_names(doc: Document) -> None:
    """One summit, one entity: a summit name that says less than exactly one other ("BRICS summit" beside "15th BRICS summit") names the same summit."""
    summits = [e for e in doc.entities.values() if e.type == "Summit" and not e.attributes.get("unnamed")]

    def words(e: Entity) -> set[str]:
        return {w for w in re.findall(r"[\w'’-]+", e.label.lower()) if w not in _SUMMIT_FILLER}

    first: dict[str | None, int] = {}
    for m in doc.mentions:
        first[m.entity] = min(m.start, first.get(m.entity, m.start))
    for a in summits:
        # "Quad summit" after "a summit of the Quad": the same words, the name told first
        wider = [b for b in summits if b is not a and (words(a) < words(b) or words(a) == words(b) and first.get(
            a.key, 0) > first.get(b.key, 0)) and a.key in doc.entities and b.key in doc.entities]
        if len(wider) != 1:
            continue
        b = wider[0]  # the shorter name says less than the summit's own: no alias of it
        if words(a) == words(b):
            b.aliases.add(a.label)
        for m in doc.mentions:
            if m.entity == a.key:
                m.entity = b.key
        del doc.entities[a.key]


def split_summit_editions(doc: Document, tree: Tree) -> None:
    """"Last year's BRICS summit", "the next G20 summit": a named summit told as another edition than the one its name means elsewhere in the article is an entity of its own."""
    toks = tree.toks
    for m in [m for m in doc.mentions if m.type == "Summit" and m.entity in doc.entities]:
        if doc.entities[m.entity or ""].attributes.get("unnamed"):
            continue
        inside = [t.i for t in toks if m.start <= t.start < m.end]
        head = next((k for k in inside if not m.start <= toks[toks[k].head].start < m.end or toks[k].head == k), None)
        if head is None:
            continue
        marker = next((c for c in tree.children[head] if toks[c].start < m.start and (
            toks[c].dep == "poss" and another_time(tree, c)
            or toks[c].dep == "amod" and toks[c].lower in OTHER_EDITION)), None)
        if marker is None or not any(x.entity == m.entity and x is not m for x in doc.mentions):
            continue  # the only mention: the summit the article is about, whichever edition
        start = min(toks[i].start for i in tree.subtree(marker))
        label = doc.text[start:m.end]
        key = f"summit-{slug(label)}"
        if key not in doc.entities:
            doc.entities[key] = Entity(key=key, type="Summit", label=label, attributes={"unnamed": True})
        m.entity = key
