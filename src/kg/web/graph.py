"""An entity's neighbourhood as graph elements for cytoscape.js; no Flask here.

The neighbours of a resource are what its facts name: for a state, the agreements it is party
to, the people who visited it…; each edge says which kind of fact links the two (the role, on a
fact's own graph). The page draws one neighbourhood and adds another when a node is expanded.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kg.rdf.namespaces import ID
from kg.web.events import labels_of
from kg.web.facts import Reader, facts_of, read_facts

ID_BASE = str(ID)
MAX_NEIGHBOURS = 40


def kind_of(iri: str) -> str:
    """The type segment of a minted IRI (``id/state/Q30`` -> ``state``)."""
    rest = iri[len(ID_BASE):] if iri.startswith(ID_BASE) else ""
    return rest.split("/", 1)[0] if "/" in rest else "other"


def neighbourhood(reader: Reader, iri: str, href: Callable[[str], str | None]) -> dict[str, Any]:
    """``{"centre": id, "nodes": [...], "edges": [...]}``: ``iri`` and what its facts link it to."""
    facts = read_facts(reader, facts_of(reader, iri, limit=500))
    relations: dict[str, list[str]] = {}
    labels: dict[str, str] = {}
    for fact in facts:
        for role, refs in fact.roles.items():
            for ref in refs:
                if ref.iri == iri or not ref.iri.startswith(ID_BASE) or "/concept/" in ref.iri:
                    continue
                labels[ref.iri] = ref.label
                relations.setdefault(ref.iri, []).append(role if fact.iri == iri else fact.kind)
    ranked = sorted(relations, key=lambda o: (-len(relations[o]), labels[o].casefold()))[:MAX_NEIGHBOURS]
    centre_label = labels_of(reader, [iri]).get(iri) or (facts[0].title if facts and facts[0].iri == iri else
                                                        iri.rsplit("/", 1)[-1])

    def node(node_iri: str, label: str) -> dict[str, Any]:
        return {"id": node_iri, "label": label, "kind": kind_of(node_iri), "href": href(node_iri)}

    nodes = [node(iri, centre_label)] + [node(o, labels[o]) for o in ranked]
    edges = []
    for o in ranked:
        kinds = list(dict.fromkeys(relations[o]))
        text = kinds[0] if len(kinds) == 1 else f"{kinds[0]} +{len(kinds) - 1}"
        edges.append({"id": f"{iri} {o}", "source": iri, "target": o, "label": text, "title": ", ".join(kinds),
                      "weight": len(relations[o])})
    return {"centre": iri, "nodes": nodes, "edges": edges, "more": max(0, len(relations) - len(ranked))}
