"""Browsing by type: how many entities of each kind, and each entity with its counts; no Flask here.

:func:`type_counts` says how many states, people, agreements… the graph holds; :func:`listing`
lists one type's entities with the number of facts they take part in and of articles that
mention them, sorted as asked. Both read through the query path (:class:`kg.search.SparqlReader`).
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.model import ENTITY_TYPES
from kg.prefixes import PREFIXES
from kg.web.facts import Reader

#: URL slug -> (kg class name, plural heading). The order is the browse page's.
TYPES: dict[str, tuple[str, str]] = {
    "states": ("State", "States"),
    "people": ("Person", "People"),
    "agreements": ("Agreement", "Agreements"),
    "summits": ("Summit", "Summits"),
    "bases": ("MilitaryBase", "Military bases"),
    "organisations": ("InternationalOrganization", "International organisations"),
    "other-organisations": ("Organization", "Other organisations"),
    "legislatures": ("Legislature", "Legislatures"),
    "armed-forces": ("ArmedForces", "Armed forces"),
    "facilities": ("Facility", "Facilities"),
    "places": ("Place", "Places"),
}
assert {cls for cls, _ in TYPES.values()} == set(ENTITY_TYPES), "every entity type has a browse page"
#: Sort keys a listing accepts, and the column each sorts by.
SORTS = ("label", "facts", "articles")
PAGE = 500


@dataclass(frozen=True)
class Row:
    """One entity in a listing."""

    iri: str
    label: str
    facts: int
    articles: int
    wikidata: str = ""


def type_counts(reader: Reader) -> dict[str, int]:
    """Entities per browse slug (every slug, 0 when there are none)."""
    classes = " ".join(f"kg:{cls}" for cls, _ in TYPES.values())
    rows = reader.select(f"SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE {{ VALUES ?t {{ {classes} }} ?e a ?t }} GROUP BY ?t")
    by_class = {r["t"].value.rsplit("#", 1)[-1]: int(r["n"].value) for r in rows}
    return {slug: by_class.get(cls, 0) for slug, (cls, _) in TYPES.items()}


def listing(reader: Reader, slug: str, *, sort: str = "facts", descending: bool | None = None,
            page: int = 1) -> tuple[list[Row], bool]:
    """Page ``page`` of the entities of type ``slug``, sorted by ``sort``; and whether more follow.

    Counts: facts the entity takes part in (any role, any modality), article graphs it appears in.
    """
    cls = TYPES[slug][0]
    if sort not in SORTS:
        raise ValueError(sort)
    if descending is None:
        descending = sort != "label"
    key = {"label": "LCASE(STR(?label))", "facts": "?facts", "articles": "?articles"}[sort]
    order = f"DESC({key})" if descending else f"ASC({key})"
    # Each count in its own subquery over DISTINCT pairs: the union of the article graphs
    # repeats a shared triple once per graph, and joining the two counts would multiply them.
    rows = reader.select(f"""SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?wd) AS ?wikidata)
        (COALESCE(SAMPLE(?nf), 0) AS ?facts) (COALESCE(SAMPLE(?na), 0) AS ?articles) WHERE {{
      {{ SELECT DISTINCT ?e WHERE {{ ?e a kg:{cls} }} }}
      OPTIONAL {{ ?e rdfs:label ?l }}
      OPTIONAL {{ ?e owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), "{PREFIXES["wd"]}")) }}
      OPTIONAL {{ SELECT ?e (COUNT(DISTINCT ?f) AS ?nf) WHERE {{ ?e a kg:{cls} . ?f ?r ?e ; kg:modality ?m }} GROUP BY ?e }}
      OPTIONAL {{ SELECT ?e (COUNT(DISTINCT ?g) AS ?na) WHERE {{ GRAPH ?g {{ ?e a kg:{cls} }} }} GROUP BY ?e }}
    }} GROUP BY ?e ORDER BY {order} ?e
    LIMIT {PAGE + 1} OFFSET {(max(1, page) - 1) * PAGE}""")
    out = [Row(r["e"].value, r["label"].value if r["label"] is not None else r["e"].value.rsplit("/", 1)[-1],
               int(r["facts"].value), int(r["articles"].value),
               r["wikidata"].value.rsplit("/", 1)[-1] if r["wikidata"] is not None else "") for r in rows[:PAGE]]
    return out, len(rows) > PAGE
