"""The types reconciliation offers: kg's entity classes, named and described by the ontology.

A type's id is the class's local name (``State``); ``kg:State`` and the class IRI are read as
the same type, and a broader class (``Actor``, ``Event``) stands for every entity class under it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import URIRef
from rdflib.namespace import RDFS, SKOS

from kg.errors import UserInputError
from kg.model import ENTITY_TYPES
from kg.rdf.namespaces import KG
from kg.rdf.ontology import load_ontology_graph

KG_NS = str(KG._NS)


@dataclass(frozen=True)
class Type:
    """A class as the reconciliation API shows it."""

    id: str
    name: str
    description: str = ""
    broader: tuple[str, ...] = ()  # ids of the classes directly above it
    members: tuple[str, ...] = ()  # the entity classes it covers (itself included)

    def as_json(self, names: dict[str, str] | None = None) -> dict[str, object]:
        out: dict[str, object] = {"id": self.id, "name": self.name}
        if self.description:
            out["description"] = self.description
        if self.broader:
            out["broader"] = [{"id": b, "name": (names or {}).get(b, b)} for b in self.broader]
        return out


@cache
def all_types() -> dict[str, Type]:
    """Every entity class and every kg class above one, by id; entity classes first."""
    graph = load_ontology_graph(concepts=False)

    def local(node: object) -> str | None:
        text = str(node)
        return text[len(KG_NS):] if text.startswith(KG_NS) else None

    parents: dict[str, tuple[str, ...]] = {}
    pending, seen = list(ENTITY_TYPES), set()
    while pending:
        name = pending.pop(0)
        if name in seen:
            continue
        seen.add(name)
        above = tuple(sorted(p for p in (local(o) for o in graph.objects(URIRef(KG_NS + name), RDFS.subClassOf)) if p))
        parents[name] = above
        pending += above

    def covers(name: str) -> tuple[str, ...]:
        return tuple(t for t in ENTITY_TYPES if t == name or _above(t, name, parents))

    types = {}
    for name in [*ENTITY_TYPES, *sorted(set(parents) - set(ENTITY_TYPES))]:
        node = URIRef(KG_NS + name)
        label = graph.value(node, RDFS.label)
        definition = graph.value(node, SKOS.definition)
        types[name] = Type(name, str(label) if label else name, str(definition) if definition else "",
                           parents[name], covers(name))
    return types


def _above(name: str, ancestor: str, parents: dict[str, tuple[str, ...]]) -> bool:
    return any(p == ancestor or _above(p, ancestor, parents) for p in parents.get(name, ()))


@cache
def type_names() -> dict[str, str]:
    """Each type id's human name."""
    return {t.id: t.name for t in all_types().values()}


def resolve_type(identifier: str) -> Type:
    """The type ``identifier`` names (``State``, ``kg:State``, the class IRI, any case).

    >>> resolve_type("kg:Person").members, resolve_type("actor").members[:2]
    (('Person',), ('State', 'Person'))
    """
    text = identifier.strip()
    for prefix in (KG_NS, "kg:"):
        text = text.removeprefix(prefix)
    types = all_types()
    found = types.get(text) or next((t for t in types.values() if t.id.casefold() == text.casefold()), None)
    if found is None:
        raise UserInputError(f"unknown type {identifier!r}; kg's types are {', '.join(types)}")
    return found


def member_types(identifiers: list[str]) -> tuple[str, ...]:
    """The entity classes a list of type ids covers, in FORMAT.md's order (() for none given)."""
    wanted = {m for identifier in identifiers for m in resolve_type(identifier).members}
    return tuple(t for t in ENTITY_TYPES if t in wanted)
