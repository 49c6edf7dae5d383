"""The properties reconciliation can narrow by and data extension can fetch: one table.

Each property is a SPARQL pattern from ``?entity`` to ``?value``; those read from facts bind
``?fact`` too, and a fact counts only in the modalities asked for (asserted by default: a
planned ratification is not a ratification). Values come back through ``kg.sparql.execute``
like every other read, one query per property for a whole batch of entities.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

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
    """A property: its id and name, the types it applies to (ALL: every entity), how to read it.

    ``pattern`` leads from ``?entity`` to ``?value``; for a property read from facts, ``fact``
    names the fact class and ``role`` the entity's role in it, and ``pattern`` leads from
    ``?fact`` to ``?value``.
    """

    id: str
    name: str
    description: str
    domain: tuple[str, ...]
    pattern: str
    kind: Kind
    range: str | None = None  # the type id of entity values, when there is one
    fact: str | None = None
    role: str | None = None

    @property
    def from_facts(self) -> bool:
        return self.fact is not None

    def where(self, entities: str, modality: tuple[str, ...] = ("asserted",)) -> str:
        """A group pattern binding ``?entity`` (from the VALUES list ``entities``) and ``?value``.

        The facts are found in a subquery, deduplicated, before the value joins them: the union
        of the article graphs repeats every shared triple once per graph, and joining the copies
        first multiplies them (seconds instead of milliseconds on the dev corpus).
        """
        if not self.from_facts:
            return f"VALUES ?entity {{ {entities} }} {self.pattern}"
        quoted = ", ".join(f'"{m}"' for m in modality if m in MODALITIES)  # only known words reach SPARQL
        return (f"{{ SELECT DISTINCT ?entity ?fact WHERE {{ VALUES ?entity {{ {entities} }} "
                f"?fact kg:{self.role} ?entity ; a kg:{self.fact} ; kg:modality ?modality . "
                f"FILTER(?modality IN ({quoted})) }} }} {self.pattern}")

    def where_value(self, targets: str) -> str:
        """The reverse: a group pattern binding ``?entity`` for ``?value`` in the VALUES list
        ``targets`` (asserted facts only)."""
        if not self.from_facts:
            return f"VALUES ?value {{ {targets} }} {self.pattern}"
        return (f"{{ SELECT DISTINCT ?fact WHERE {{ VALUES ?value {{ {targets} }} {self.pattern} }} }} "
                f'?fact kg:{self.role} ?entity ; a kg:{self.fact} ; kg:modality "asserted" .')


def _fact(cls: str, role: str, value_role: str, kind: Kind, range: str | None = None) -> dict[str, object]:
    """The fields of a property whose value is another role of the same fact."""
    return {"fact": cls, "role": role, "pattern": f"?fact kg:{value_role} ?value .", "kind": kind, "range": range}


def _p(id: str, name: str, description: str, domain: tuple[str, ...], **fields: object) -> Property:
    return Property(id, name, description, domain, **fields)  # type: ignore[arg-type]


PROPERTIES: tuple[Property, ...] = (
    _p("wikidata", "Wikidata ID", "The Wikidata item the entity is linked to (QID).", ALL,
       pattern=f'?entity owl:sameAs ?value . FILTER(STRSTARTS(STR(?value), "{WIKIDATA}"))', kind="qid"),
    _p("alias", "aliases", "Other names the articles use for the entity.", ALL,
       pattern="?entity skos:altLabel ?value .", kind="str"),
    _p("acronym", "acronym", "The entity's acronym.", ALL, pattern="?entity kg:acronym ?value .", kind="str"),
    _p("articleCount", "number of articles", "How many articles mention the entity.", ALL,
       pattern="GRAPH ?value { ?entity a ?anyType }", kind="count"),
    _p("article", "articles", "The articles that mention the entity.", ALL,
       pattern="{ SELECT DISTINCT ?entity ?graph WHERE { GRAPH ?graph { ?entity a ?anyType } } } "
               "?graph prov:wasDerivedFrom ?value .", kind="entity"),
    # agreements
    _p("party", "parties", "States and organisations the agreement binds.", ("Agreement",),
       **_fact("AgreementParty", "agreement", "party", "entity", "Actor")),
    _p("signatory", "signatories", "Who signed the agreement (people and states).", ("Agreement",),
       **_fact("Signing", "agreement", "signatory", "entity", "Actor")),
    _p("signingDate", "signing date", "When the agreement was signed.", ("Agreement",),
       **_fact("Signing", "agreement", "date", "date")),
    _p("signingPlace", "place of signing", "Where the agreement was signed.", ("Agreement",),
       **_fact("Signing", "agreement", "place", "entity", "Place")),
    _p("ratifiedBy", "ratified by", "States that ratified the agreement.", ("Agreement",),
       **_fact("Ratification", "agreement", "state", "entity", "State")),
    _p("ratifyingBody", "ratifying body", "The legislature or other body that approved ratification.",
       ("Agreement",), **_fact("Ratification", "agreement", "body", "entity", "Legislature")),
    _p("ratificationDate", "ratification date", "When a state ratified the agreement.", ("Agreement",),
       **_fact("Ratification", "agreement", "date", "date")),
    _p("permits", "activities covered", "Activities the agreement covers (refuelling, training…).", ("Agreement",),
       fact="Permission", role="agreement", kind="str",
       pattern="?fact kg:activity ?activity . ?activity skos:prefLabel ?value ."),
    _p("accessUser", "access granted to", "Whose forces may use facilities under the agreement.", ("Agreement",),
       **_fact("AccessArrangement", "agreement", "user", "entity", "State")),
    _p("accessHost", "access granted by", "Whose facilities the agreement opens.", ("Agreement",),
       **_fact("AccessArrangement", "agreement", "host", "entity", "State")),
    # people
    _p("office", "offices", "Offices the person holds (\"President of Russia\").", ("Person",),
       fact="OfficeHolding", role="person", kind="str",
       pattern="?fact kg:office ?office . OPTIONAL { ?fact kg:officeOf ?of } "
               "{ SELECT DISTINCT ?office ?officeLabel WHERE { ?office skos:prefLabel ?officeLabel } } "
               "OPTIONAL { ?of rdfs:label ?ofLabel } "
               'BIND(IF(BOUND(?ofLabel), CONCAT(STR(?officeLabel), " of ", STR(?ofLabel)), STR(?officeLabel)) AS ?value)'),
    _p("officeOf", "office held in", "The state or body in which the person holds office.", ("Person",),
       **_fact("OfficeHolding", "person", "officeOf", "entity", "Actor")),
    _p("visited", "visited", "Places the person travelled to.", ("Person",),
       **_fact("Visit", "visitor", "destination", "entity", "Place")),
    # states and organisations
    _p("memberOf", "member of", "International organisations the entity is a member of.", ACTORS,
       **_fact("Membership", "member", "organization", "entity", "InternationalOrganization")),
    _p("partyTo", "party to", "Agreements the entity is a party to.", ACTORS,
       **_fact("AgreementParty", "party", "agreement", "entity", "Agreement")),
    _p("signed", "signed", "Agreements the entity signed.", ACTORS,
       **_fact("Signing", "signatory", "agreement", "entity", "Agreement")),
    _p("ratified", "ratified", "Agreements the state ratified.", ("State",),
       **_fact("Ratification", "state", "agreement", "entity", "Agreement")),
    _p("summitsAttended", "summits attended", "Summits the entity took part in.", ACTORS,
       **_fact("SummitMeeting", "participant", "summit", "entity", "Summit")),
    _p("officeHolder", "office holders", "People holding an office of the state or body.", HOLDERS_OF_OFFICE,
       **_fact("OfficeHolding", "officeOf", "person", "entity", "Person")),
    _p("members", "members", "Members of the organisation.", ("InternationalOrganization", "Organization"),
       **_fact("Membership", "organization", "member", "entity", "Actor")),
    # summits
    _p("location", "location", "Where the summit was held.", ("Summit",),
       **_fact("SummitMeeting", "summit", "location", "entity", "Place")),
    _p("startDate", "start date", "The summit's first day.", ("Summit",), **_fact("SummitMeeting", "summit", "startDate", "date")),
    _p("endDate", "end date", "The summit's last day.", ("Summit",), **_fact("SummitMeeting", "summit", "endDate", "date")),
    _p("participant", "participants", "States and organisations taking part.", ("Summit",),
       **_fact("SummitMeeting", "summit", "participant", "entity", "Actor")),
    _p("edition", "edition", "The summit's number in its series.", ("Summit",), **_fact("SummitMeeting", "summit", "ordinal", "int")),
    # places
    _p("visitors", "visitors", "People who travelled there.", PLACES, **_fact("Visit", "destination", "visitor", "entity", "Person")),
    _p("summitsHosted", "summits hosted", "Summits held there.", PLACES,
       **_fact("SummitMeeting", "location", "summit", "entity", "Summit")),
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
    label = ("OPTIONAL { ?value rdfs:label|skos:prefLabel|schema:headline ?valueLabel }"
             if prop.kind == "entity" else "")
    found: dict[str, dict[str, Value]] = {}
    for start in range(0, len(nodes), 200):  # VALUES blocks of bounded size
        where = prop.where(values(nodes[start:start + 200]), modality)
        query = (f"SELECT DISTINCT ?entity ?value ?valueLabel WHERE {{ "
                 f"{{ SELECT DISTINCT ?entity ?value WHERE {{ {where} }} }} {label} }}")
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
