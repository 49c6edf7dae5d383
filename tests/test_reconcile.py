"""The reconciliation service (kg.reconcile) on an invented graph: matching, narrowing by
properties, data extension, proposals, suggest, and the protocol's errors.

The same service over HTTP, checked against the API's JSON Schemas on a store of the dev corpus
and played as OpenRefine plays it, is in ``test_reconcile_http.py``.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import TooLargeError, UserInputError
from kg.reconcile import ReconcileService, protocol
from kg.search import IndexCache, SparqlReader
from kg.settings import Settings
from kg.sparql import QueryPool
from kg.store import open_store

DATA = Path(__file__).parent / "data" / "reconcile" / "graph.trig"


@pytest.fixture(scope="module")
def service():
    with QueryPool(1) as pool:
        yield ReconcileService(IndexCache(SparqlReader(open_store(DATA), Settings(), pool)))


def reconcile(service, **queries):
    batch = protocol.read_queries_v02(queries)
    return dict(zip((k for k, _ in batch), service.reconcile([q for _, q in batch])))


def ids(candidates):
    return [c.entity.id for c in candidates]


def matched(candidates):
    return [c.entity.id for c in candidates if c.match]


def test_type_and_match(service):
    out = reconcile(service, a={"query": "Ruritania", "type": "State"}, b={"query": "Ruritania"},
                    c={"query": "Ruritania", "type": ["Organization", "Agreement"]}, d={"query": "ruritanian", "type": "kg:State"})
    assert matched(out["a"]) == ["state/Q900001"]
    assert matched(out["b"]) == [] and set(ids(out["b"])[:2]) == {"state/Q900001", "organization/ruritania"}
    assert matched(out["c"]) == ["organization/ruritania"]
    assert matched(out["d"]) == ["state/Q900001"]
    assert out["a"][0].score == 100 and out["a"][0].type_match is True


def test_broader_types_cover_their_classes(service):
    out = reconcile(service, q={"query": "Rassendyll", "type": "Actor"}, s={"query": "Zenda", "type": "Event"})
    assert matched(out["q"]) == ["person/Q900010"]
    assert ids(out["s"])[0] == "summit/zenda-summit"


def test_properties_narrow_the_match(service):
    out = reconcile(
        service,
        plain={"query": "Rudolf", "type": "Person"},
        by_name={"query": "Rudolf", "type": "Person", "properties": [{"pid": "officeOf", "v": "Ruritania"}]},
        by_id={"query": "Rudolf", "type": "Person", "properties": [{"pid": "officeOf", "v": {"id": "state/Q900002"}}]},
        by_qid={"query": "Rudolf", "type": "Person", "properties": [{"pid": "officeOf", "v": "Q900002"}]},
        wrong={"query": "Rudolf", "type": "Person", "properties": [{"pid": "officeOf", "v": "Atlantis"}]},
    )
    assert matched(out["plain"]) == []  # two people go by "Rudolf"
    assert matched(out["by_name"]) == ["person/Q900010"] and ids(out["by_name"])[0] == "person/Q900010"
    assert matched(out["by_id"]) == ["person/rudolf-elphberg"] and ids(out["by_id"])[0] == "person/rudolf-elphberg"
    assert matched(out["by_qid"]) == ["person/rudolf-elphberg"]
    assert matched(out["wrong"]) == []  # the value contradicts both
    confirmed, contradicted = out["by_name"][0], out["by_name"][1]
    assert confirmed.properties_matched == 1.0 and contradicted.properties_matched == 0.0
    assert confirmed.score > contradicted.score


def test_wikidata_property_and_properties_without_a_name(service):
    out = reconcile(
        service,
        named={"query": "Ruritania", "properties": [{"pid": "wikidata", "v": "Q900001"}]},
        qid_only={"properties": [{"pid": "wikidata", "v": "http://www.wikidata.org/entity/Q900002"}]},
        party_only={"properties": [{"pid": "party", "v": "Freedonia"}], "type": "Agreement"},
        nothing={"properties": [{"pid": "wikidata", "v": "Q1"}]},
    )
    assert matched(out["named"]) == ["state/Q900001"]  # the QID settles what the name left open
    assert matched(out["qid_only"]) == ["state/Q900002"]
    assert matched(out["party_only"]) == ["agreement/zpa"]
    assert out["nothing"] == []


def test_limit_and_order(service):
    out = reconcile(service, q={"query": "Zenda", "limit": 2})
    assert len(out["q"]) == 2 and out["q"][0].score >= out["q"][1].score


def test_extension_values_and_settings(service):
    ext = service.extend(["agreement/zpa", "state/Q900001", "agreement/unknown", "not an id"],
                         [("party", {}), ("ratifiedBy", {}), ("signingDate", {}), ("permits", {}),
                          ("wikidata", {}), ("articleCount", {})])
    zpa = ext.rows["agreement/zpa"]
    assert [v.name for v in zpa["party"]] == ["Freedonia", "Ruritania"]
    assert [v.name for v in zpa["ratifiedBy"]] == ["Ruritania"]  # Freedonia's ratification is only planned
    assert [(v.kind, v.text) for v in zpa["signingDate"]] == [("date", "2024-03-01")]
    assert [v.text for v in zpa["permits"]] == ["refuelling"]
    assert [v.text for v in ext.rows["state/Q900001"]["wikidata"]] == ["Q900001"]
    assert [v.text for v in ext.rows["state/Q900001"]["articleCount"]] == ["2"]
    assert all(vals == [] for vals in ext.rows["agreement/unknown"].values())
    assert all(vals == [] for vals in ext.rows["not an id"].values())
    planned = service.extend(["agreement/zpa"], [("ratifiedBy", {"modality": "planned"})])
    assert [v.name for v in planned.rows["agreement/zpa"]["ratifiedBy"]] == ["Freedonia"]
    both = service.extend(["agreement/zpa"], [("ratifiedBy", {"modality": "any", "limit": 1})])
    assert len(both.rows["agreement/zpa"]["ratifiedBy"]) == 1
    with pytest.raises(UserInputError, match="modality"):
        service.extend(["agreement/zpa"], [("ratifiedBy", {"modality": "rumoured"})])
    with pytest.raises(UserInputError, match="unknown property"):
        protocol.read_extend({"ids": ["agreement/zpa"], "properties": [{"id": "colour"}]})


def test_extension_json_in_both_versions(service):
    ext = service.extend(["agreement/zpa"], [("party", {}), ("signingDate", {})])
    v02, v1 = protocol.extension_v02(ext), protocol.extension_v1(ext)
    assert v02["rows"]["agreement/zpa"]["party"][0] == {"id": "state/Q900002", "name": "Freedonia"}
    assert v02["rows"]["agreement/zpa"]["signingDate"] == [{"date": "2024-03-01T00:00:00Z"}]
    assert v1["rows"] == [{"id": "agreement/zpa", "properties": [
        {"id": "party", "values": v02["rows"]["agreement/zpa"]["party"]},
        {"id": "signingDate", "values": [{"date": "2024-03-01T00:00:00Z"}]}]}]
    assert v02["meta"][0] == {"id": "party", "name": "parties", "type": {"id": "Actor", "name": "Actor"}}


def test_proposals_per_type(service):
    agreement = [p.id for p in service.propose("Agreement")]
    assert agreement[:3] == ["party", "signatory", "signingDate"] and "wikidata" in agreement
    assert "officeOf" not in agreement and "office" in [p.id for p in service.propose("Person")]
    assert "memberOf" in [p.id for p in service.propose("State")]  # an Actor property
    assert len(service.propose("Summit", 2)) == 2
    assert len(service.propose(None)) > len(agreement)


def test_suggest(service):
    # names that start with it (the summit's label before the agreement's alias), then a later word
    assert [h.entity.id for h in service.suggest_entities("Zen")] == [
        "summit/zenda-summit", "agreement/zpa", "internationalorganization/loz"]
    assert [h.entity.id for h in service.suggest_entities("Zen", types=["InternationalOrganization"])] == [
        "internationalorganization/loz"]
    assert [t.id for t in service.suggest_types("org")] == ["Organization", "InternationalOrganization"]
    assert [p.id for p in service.suggest_properties("ratif")] == ["ratifiedBy", "ratifyingBody", "ratificationDate", "ratified"]
    assert [p.id for p in service.suggest_properties("date", type_id="Agreement")] == ["signingDate", "ratificationDate"]


def test_preview_facts(service):
    facts = {p.id: [v.name or v.text for v in vals] for p, vals in service.facts(service.entity("agreement/zpa"))}
    assert facts["party"] == ["Freedonia", "Ruritania"] and facts["ratifyingBody"] == ["Diet of Ruritania"]
    assert service.entity("agreement/none") is None


@pytest.mark.parametrize("batch, message", [
    ([{"query": "x"}], "JSON object of named queries"),
    ({"q0": "Ruritania"}, "must be an object"),
    ({"q0": {}}, "needs a 'query' or 'properties'"),
    ({"q0": {"query": 3}}, "must be a string"),
    ({"q0": {"query": "Ruritania " * 200}}, "at most 1,000"),
    ({"q0": {"query": "x", "limit": 0}}, "positive number"),
    ({"q0": {"query": "x", "type": 7}}, "type must be"),
    ({"q0": {"query": "x", "type": "Planet"}}, "unknown type"),
    ({"q0": {"query": "x", "properties": [{"pid": "colour", "v": "red"}]}}, "unknown property"),
    ({"q0": {"query": "x", "properties": [{"pid": "party"}]}}, "pid"),
    ({"q0": {"query": "x", "properties": [{"pid": "party", "v": {"name": "no id"}}]}}, "property value"),
])
def test_bad_queries_are_refused_clearly(service, batch, message):
    with pytest.raises(UserInputError, match=message):
        service.reconcile([q for _, q in protocol.read_queries_v02(batch)])


@pytest.mark.parametrize("batch, message", [
    ({"queries": {}}, "queries"),
    ({"queries": [{"conditions": []}]}, "non-empty 'conditions'"),
    ({"queries": [{"conditions": [{"matchType": "smell", "propertyValue": "x"}]}]}, "matchType"),
    ({"queries": [{"conditions": [{"matchType": "property", "propertyId": "party", "propertyValue": "x",
                                   "matchQuantifier": "most"}]}]}, "matchQuantifier"),
])
def test_bad_v1_queries_are_refused_clearly(batch, message):
    with pytest.raises(UserInputError, match=message):
        protocol.read_queries_v1(batch)


def test_v1_conditions(service):
    queries = protocol.read_queries_v1({"queries": [
        {"type": "Person", "conditions": [{"matchType": "name", "propertyValue": "Rudolf"},
                                          {"matchType": "property", "propertyId": "officeOf",
                                           "propertyValue": "Freedonia", "required": True}]},
        {"conditions": [{"matchType": "id", "propertyValue": "agreement/zpa"}]},
        {"type": "Person", "conditions": [{"matchType": "name", "propertyValue": "Rudolf"},
                                          {"matchType": "property", "propertyId": "officeOf",
                                           "propertyValue": "Freedonia", "matchQuantifier": "none"}]},
        {"conditions": [{"matchType": "name", "propertyValue": "Zenda Summit"},
                        {"matchType": "property", "propertyId": "participant", "propertyValue": "Graustark",
                         "matchQuantifier": "none"},
                        {"matchType": "property", "propertyId": "partyTo", "propertyValue": "ZPA",
                         "matchQuantifier": "none"}]},
        {"conditions": [{"matchType": "name", "propertyValue": "Freedonia"},
                        {"matchType": "id", "propertyValue": "state/Q900001"}]},
    ]})
    required, by_id, excluded, absent, id_wins = service.reconcile(queries)
    assert ids(required) == ["person/rudolf-elphberg"] and required[0].match  # the other is dropped
    assert matched(by_id) == ["agreement/zpa"]
    assert matched(excluded) == ["person/Q900010"]
    # Graustark is not among its participants, and it is party to nothing (no value at all)
    assert matched(absent) == ["summit/zenda-summit"] and absent[0].properties_matched == 1.0
    assert matched(id_wins) == ["state/Q900001"]


def test_batch_size_is_bounded():
    with pytest.raises(TooLargeError) as error:
        protocol.read_queries_v02({f"q{i}": {"query": "x"} for i in range(protocol.BATCH_SIZE + 1)})
    assert error.value.http_status == 413


def test_queries_are_data_not_sparql(service):
    """Names and values never reach SPARQL text: a name that looks like an injection is just a name."""
    out = reconcile(service, q={"query": '"} } DROP ALL ; SELECT * { ?s ?p ?o', "type": "State",
                                "properties": [{"pid": "party", "v": {"id": "x> } ; DROP ALL #"}}]})
    assert matched(out["q"]) == []
    ext = service.extend(["agreement/zpa> } . ?s ?p ?o . #"], [("party", {})])
    assert list(ext.rows.values()) == [{"party": []}]

