"""The properties reconciliation can narrow by and data extension can fetch: one table.

Each property is a SPARQL pattern from ``?entity`` to ``?value``; those read from facts bind
``?fact`` too, and a fact counts only in the modalities asked for (asserted by default: a
planned ratification is not a ratification). Values come back through ``kg.sparql.execute``
like every other read, one query per property for a whole batch of entities.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal

import pyoxigraph as ox

from kg.errors import UserInputError
from kg.model import MODALITIES
from kg.search import SparqlReader
from kg.search.index import WIKIDATA
from kg.search.reader import values

Kind = Literal["entity", "str", "date", "int", "qid", "count"]
ALL = ()
ACTORS = ("Actor",)
HOLDERS_OF_OFFICE = ("State", "Legislature", "ArmedForces", "Organization", "InternationalOrganization")
PLACES = ("Place", "State", "Facility", "MilitaryBase")


@dataclass(frozen=True)
class Property:
    """A property: its id and name, the types it applies to (ALL: every entity), its pattern."""

    id: str
    name: str
    description: str
    domain: tuple[str, ...]
    pattern: str
    kind: Kind
    range: str | None = None  # the type id of entity values, when there is one

    @property
    def from_facts(self) -> bool:
        return "?fact" in self.pattern


def _fact(cls: str, entity_role: str, value_role: str) -> str:
    return f"?fact a kg:{cls} ; kg:{entity_role} ?entity ; kg:{value_role} ?value ."


PROPERTIES: tuple[Property, ...] = (
    Property("wikidata", "Wikidata ID", "The Wikidata item the entity is linked to (QID).", ALL,
             f'?entity owl:sameAs ?value . FILTER(STRSTARTS(STR(?value), "{WIKIDATA}"))', "qid"),
    Property("alias", "aliases", "Other names the articles use for the entity.", ALL, "?entity skos:altLabel ?value .", "str"),
    Property("acronym", "acronym", "The entity's acronym.", ALL, "?entity kg:acronym ?value .", "str"),
    Property("articleCount", "number of articles", "How many articles mention the entity.", ALL,
             "GRAPH ?value { ?entity a ?anyType }", "count"),
    Property("article", "articles", "The articles that mention the entity.", ALL,
             "GRAPH ?graph { ?entity a ?anyType } ?graph prov:wasDerivedFrom ?value .", "entity"),
    # agreements
    Property("party", "parties", "States and organisations the agreement binds.", ("Agreement",),
             _fact("AgreementParty", "agreement", "party"), "entity", "Actor"),
    Property("signatory", "signatories", "Who signed the agreement (people and states).", ("Agreement",),
             _fact("Signing", "agreement", "signatory"), "entity", "Actor"),
    Property("signingDate", "signing date", "When the agreement was signed.", ("Agreement",),
             _fact("Signing", "agreement", "date"), "date"),
    Property("signingPlace", "place of signing", "Where the agreement was signed.", ("Agreement",),
             _fact("Signing", "agreement", "place"), "entity", "Place"),
    Property("ratifiedBy", "ratified by", "States that ratified the agreement.", ("Agreement",),
             _fact("Ratification", "agreement", "state"), "entity", "State"),
    Property("ratifyingBody", "ratifying body", "The legislature or other body that approved ratification.",
             ("Agreement",), _fact("Ratification", "agreement", "body"), "entity", "Legislature"),
    Property("ratificationDate", "ratification date", "When a state ratified the agreement.", ("Agreement",),
             _fact("Ratification", "agreement", "date"), "date"),
    Property("permits", "activities covered", "Activities the agreement covers (refuelling, training…).",
             ("Agreement",), "?fact a kg:Permission ; kg:agreement ?entity ; kg:activity ?activity . "
             "?activity skos:prefLabel ?value .", "str"),
    Property("accessUser", "access granted to", "Whose forces may use facilities under the agreement.",
             ("Agreement",), _fact("AccessArrangement", "agreement", "user"), "entity", "State"),
    Property("accessHost", "access granted by", "Whose facilities the agreement opens.", ("Agreement",),
             _fact("AccessArrangement", "agreement", "host"), "entity", "State"),
    # people
    Property("office", "offices", "Offices the person holds (\"President of Russia\").", ("Person",),
             "?fact a kg:OfficeHolding ; kg:person ?entity ; kg:office ?office . ?office skos:prefLabel ?officeLabel . "
             "OPTIONAL { ?fact kg:officeOf ?of . ?of rdfs:label ?ofLabel } "
             'BIND(IF(BOUND(?ofLabel), CONCAT(STR(?officeLabel), " of ", STR(?ofLabel)), STR(?officeLabel)) AS ?value)',
             "str"),
    Property("officeOf", "office held in", "The state or body in which the person holds office.", ("Person",),
             _fact("OfficeHolding", "person", "officeOf"), "entity", "Actor"),
    Property("visited", "visited", "Places the person travelled to.", ("Person",),
             _fact("Visit", "visitor", "destination"), "entity", "Place"),
    # states and organisations
    Property("memberOf", "member of", "International organisations the entity is a member of.", ACTORS,
             _fact("Membership", "member", "organization"), "entity", "InternationalOrganization"),
    Property("partyTo", "party to", "Agreements the entity is a party to.", ACTORS,
             _fact("AgreementParty", "party", "agreement"), "entity", "Agreement"),
    Property("signed", "signed", "Agreements the entity signed.", ACTORS,
             _fact("Signing", "signatory", "agreement"), "entity", "Agreement"),
    Property("ratified", "ratified", "Agreements the state ratified.", ("State",),
             _fact("Ratification", "state", "agreement"), "entity", "Agreement"),
    Property("summitsAttended", "summits attended", "Summits the entity took part in.", ACTORS,
             _fact("SummitMeeting", "participant", "summit"), "entity", "Summit"),
    Property("officeHolder", "office holders", "People holding an office of the state or body.", HOLDERS_OF_OFFICE,
             _fact("OfficeHolding", "officeOf", "person"), "entity", "Person"),
    Property("members", "members", "Members of the organisation.", ("InternationalOrganization", "Organization"),
             _fact("Membership", "organization", "member"), "entity", "Actor"),
    # summits
    Property("location", "location", "Where the summit was held.", ("Summit",),
             _fact("SummitMeeting", "summit", "location"), "entity", "Place"),
    Property("startDate", "start date", "The summit's first day.", ("Summit",),
             _fact("SummitMeeting", "summit", "startDate"), "date"),
    Property("endDate", "end date", "The summit's last day.", ("Summit",),
             _fact("SummitMeeting", "summit", "endDate"), "date"),
    Property("participant", "participants", "States and organisations taking part.", ("Summit",),
             _fact("SummitMeeting", "summit", "participant"), "entity", "Actor"),
    Property("edition", "edition", "The summit's number in its series.", ("Summit",),
             _fact("SummitMeeting", "summit", "ordinal"), "int"),
    # places
    Property("visitors", "visitors", "People who travelled there.", PLACES,
             _fact("Visit", "destination", "visitor"), "entity", "Person"),
    Property("summitsHosted", "summits hosted", "Summits held there.", PLACES,
             _fact("SummitMeeting", "location", "summit"), "entity", "Summit"),
)
BY_ID = {p.id: p for p in PROPERTIES}


def get_property(identifier: str) -> Property:
    prop = BY_ID.get(identifier.strip())
    if prop is None:
        raise UserInputError(f"unknown property {identifier!r}; kg's properties are {', '.join(BY_ID)}")
    return prop


def applies_to(prop: Property, types: Iterable[str]) -> bool:
    """Whether ``prop`` applies to an entity of one of ``types`` (entity class names)."""
    from kg.reconcile.types import resolve_type

    if not prop.domain:
        return True
    covered = {m for d in prop.domain for m in resolve_type(d).members}
    return bool(covered.intersection(types))


@dataclass(frozen=True)
class Value:
    """One value of a property: an entity (IRI and name), text, a date or a number."""

    kind: Kind
    text: str  # the IRI of an entity value; otherwise the value itself
    name: str = ""


def modalities(setting: object) -> tuple[str, ...]:
    """The fact modalities a ``modality`` setting asks for: one of MODALITIES, or "any"."""
    text = str(setting or "asserted").strip().lower()
    if text == "any":
        return MODALITIES
    if text not in MODALITIES:
        raise UserInputError(f"modality must be one of {', '.join(MODALITIES)} or any, not {setting!r}")
    return (text,)


def fetch(reader: SparqlReader, prop: Property, iris: Iterable[str], *,
          modality: tuple[str, ...] = ("asserted",)) -> dict[str, list[Value]]:
    """``prop``'s values for each entity IRI (missing: no value), in a stable order."""
    nodes = sorted({ox.NamedNode(iri) for iri in iris}, key=lambda n: n.value)
    if not nodes:
        return {}
    facts = ""
    if prop.from_facts:
        quoted = ", ".join(f'"{m}"' for m in modality if m in MODALITIES)  # only known words reach SPARQL
        facts = f"?fact kg:modality ?modality . FILTER(?modality IN ({quoted}))"
    label = ("OPTIONAL { ?value rdfs:label|skos:prefLabel|schema:headline ?valueLabel }"
             if prop.kind == "entity" else "")
    found: dict[str, dict[str, Value]] = {}
    for start in range(0, len(nodes), 200):  # VALUES blocks of bounded size
        query = (f"SELECT DISTINCT ?entity ?value ?valueLabel WHERE {{ VALUES ?entity {{ {values(nodes[start:start + 200])} }} "
                 f"{prop.pattern} {facts} {label} }}")
        for row in reader.select(query):
            value = _value(prop, row["value"], row.get("valueLabel"))
            if value is not None:
                slot = found.setdefault(row["entity"].value, {})
                if value.text not in slot or (not slot[value.text].name and value.name):
                    slot[value.text] = value
    out: dict[str, list[Value]] = {}
    for iri, slot in found.items():
        if prop.kind == "count":
            out[iri] = [Value("int", str(len(slot)))]
        else:
            out[iri] = sorted(slot.values(), key=lambda v: (v.text if v.kind == "date" else v.name.casefold() or v.text))
    return out


def _value(prop: Property, term: object, label: object) -> Value | None:
    if term is None:
        return None
    if prop.kind == "count":  # one value per graph the entity is in; counted by the caller
        return Value("entity", term.value)  # type: ignore[attr-defined]
    if prop.kind == "entity":
        if not isinstance(term, ox.NamedNode):
            return None
        return Value("entity", term.value, label.value if isinstance(label, ox.Literal) else "")
    if prop.kind == "qid":
        text = term.value  # type: ignore[attr-defined]
        return Value("str", text[len(WIKIDATA):]) if text.startswith(WIKIDATA) else None
    if not isinstance(term, ox.Literal):
        return None
    if prop.kind == "int":
        try:
            return Value("int", str(int(term.value)))
        except ValueError:
            return Value("str", term.value)
    if prop.kind == "date" and term.datatype.value.endswith("#date"):
        return Value("date", term.value)
    return Value("str", term.value)
