"""One node per real-world entity across articles: canonical keys, labels, and the built store."""
from __future__ import annotations

import doctest
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import pytest
import rdflib
from pyoxigraph import RdfFormat
from rdflib import Literal

from kg.model import Article, Document, Entity, Evidence, Fact
from kg.rdf import identity, iris
from kg.rdf.build import build_graph, entity_node
from kg.rdf.namespaces import KG, RDFS, SKOS
from kg.rdf.validate import validate
from kg.text import label_key

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "corpus" / "dev"
SEED = SHARED / "seed" / "relos-ratification.txt"
WIKIDATA = "http://www.wikidata.org/entity/"


@pytest.mark.parametrize("module", [identity, iris], ids=lambda m: m.__name__)
def test_doctests(module) -> None:
    failures, tried = doctest.testmod(module)
    assert tried > 0 and failures == 0


def _iri(etype: str, label: str, **kw) -> str:
    return str(entity_node(Entity("e", etype, label, **kw)))


# (type, label, attributes) pairs that name one thing in two articles
SAME = [
    (("Agreement", "Pacific Fisheries Cooperation Agreement (PFCA)", {}), ("Agreement", "PFCA", {})),
    (("Agreement", "Pacific Fisheries Cooperation Agreement", {"acronym": "PFCA"}),
     ("Agreement", "the Pacific Fisheries Cooperation Agreement", {})),
    (("Agreement", "the Treaty of Zenda", {}), ("Agreement", "Treaty of Zenda", {})),
    (("Agreement", "Reciprocal Exchange of Logistic Support", {"acronym": "RELOS"}), ("Agreement", "RELOS", {})),
    (("Summit", "the 12th Nordic Summit", {}), ("Summit", "12th Nordic summit", {})),
    (("Summit", "Twelfth Nordic Summit", {}), ("Summit", "12th Nordic Summit", {})),
    (("Summit", "Lusia\u2013Borduria Annual Summit", {}), ("Summit", "Lusia-Borduria annual summit", {})),
    (("Organization", "Borduria Maritime Forum", {}), ("Organization", "BMF", {})),
    (("Organization", "People\u2019s Lusian Navy", {}), ("Organization", "People's Lusian Navy", {})),
    (("Person", "Prime Minister Jacinda Ardern", {}), ("Person", "Jacinda Ardern", {})),
    (("Person", "Ivo Tesla", {}), ("Person", "IVO TESLA", {})),
    (("State", "Ruritania", {"qid": "Q1"}), ("State", "Kingdom of Ruritania", {"qid": "Q1"})),
]
# pairs that must stay apart
APART = [
    (("Person", "Jacinda Ardern", {}), ("Person", "Ardern", {})),  # a surname alone: too risky
    (("Agreement", "North Atlantic Treaty", {}), ("Agreement", "NAT", {})),  # "Treaty" is no acronym head
    (("Agreement", "Treaty of Zenda", {}), ("Summit", "Treaty of Zenda", {})),  # types differ
    (("Person", "Kim", {}), ("Person", "Kim Il-sung", {})),
]


def _entity(spec: tuple[str, str, dict]) -> Entity:
    etype, label, extra = spec
    qid = extra.get("qid")
    attributes = {k: v for k, v in extra.items() if k != "qid"}
    return Entity("e", etype, label, qid=qid, attributes=attributes)


@pytest.mark.parametrize(("a", "b"), SAME, ids=[f"{a[1]}={b[1]}" for a, b in SAME])
def test_same_entity_one_iri_one_label(a, b) -> None:
    ea, eb = _entity(a), _entity(b)
    assert entity_node(ea) == entity_node(eb)
    if not ea.qid:
        assert identity.canonical_label(ea) == identity.canonical_label(eb)


@pytest.mark.parametrize(("a", "b"), APART, ids=[f"{a[1]}!={b[1]}" for a, b in APART])
def test_different_entities_stay_apart(a, b) -> None:
    assert entity_node(_entity(a)) != entity_node(_entity(b))


def _doc(article_id: str, agreement: str, party: str, acronym: str | None = None) -> Document:
    text = f"Headline\n{party} ratified the {agreement}."
    doc = Document(Article(article_id, text))
    ag = Entity("ag", "Agreement", agreement, attributes={"acronym": acronym} if acronym else {})
    st = Entity("st", "State", party, qid="Q1" if party == "Ruritania" else None)
    doc.entities = {"ag": ag, "st": st}
    doc.facts = [Fact("parties", {"agreement": "ag", "party": "st"},
                      Evidence(article_id, text.split("\n")[1], 9, len(text)))]
    return doc


def test_two_articles_share_nodes_and_conform() -> None:
    one = build_graph(_doc("one", "Pacific Fisheries Cooperation Agreement", "Ruritania", "PFCA"))
    two = build_graph(_doc("two", "PFCA", "Ruritania"))
    three = build_graph(_doc("three", "the Pacific Fisheries Cooperation Agreement", "Ruritania"))
    ds = rdflib.Dataset(default_union=True)
    for ag in (one, two, three):
        for t in ag.graph:
            ds.graph(ag.graph_iri).add(t)
    agreements = set(ds.subjects(KG.acronym, None))
    assert len(agreements) == 1
    node = agreements.pop()
    assert set(ds.objects(node, RDFS.label)) == {Literal("PFCA", lang="en")}
    assert Literal("Pacific Fisheries Cooperation Agreement", lang="en") in set(ds.objects(node, SKOS.altLabel))
    assert len(set(ds.subjects(KG.agreement, None))) == 1  # the same fact: one node, three evidences
    report = validate(ds)
    assert report.conforms, report.text


# -- the dev corpus built into one store ------------------------------------------------------
def duplicates(store) -> list[tuple[str, str, str]]:
    """Pairs of distinct entity IRIs of one type sharing a normalised label/altLabel or a QID."""
    names: dict[str, set[str]] = defaultdict(set)
    qids: dict[str, set[str]] = defaultdict(set)
    types: dict[str, set[str]] = defaultdict(set)
    rows = store.query("""
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX owl:  <http://www.w3.org/2002/07/owl#>
        PREFIX kg:   <https://w3id.org/kg-news/ontology#>
        SELECT DISTINCT ?e ?t ?name ?same WHERE {
          ?e a ?t . FILTER(STRSTARTS(STR(?t), STR(kg:)))
          { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } UNION { ?e owl:sameAs ?same }
        }""")
    for row in rows:
        e, t = row["e"].value, row["t"].value
        if row["name"] is not None:
            names[(t, label_key(row["name"].value))].add(e)
        if row["same"] is not None:
            qids[(t, row["same"].value)].add(e)
        types[e].add(t)
    pairs = set()
    for reason, groups in (("name", names), ("sameAs", qids)):
        for (t, value), members in groups.items():
            for a, b in combinations(sorted(members), 2):
                if reason == "name" and "/unnamed-" in a and "/unnamed-" in b:
                    continue  # described things share descriptions; their parties tell them apart
                if reason == "name" and _other_states(a, b):
                    continue  # "National Assembly" of two states: their states tell them apart
                pairs.add((a, b, f"{reason} {value!r}"))
    return sorted(pairs)


def _state_of(iri: str) -> str | None:
    """The state a legislature's IRI names: its own ("...-of-q28") or its QID's in the gazetteer."""
    from kg.link.gazetteer import load_gazetteer

    tail = iri.rsplit("/", 1)[-1]
    if "/legislature/" not in iri:
        return None
    if "-of-q" in tail:
        return "Q" + tail.rsplit("-of-q", 1)[1]
    entry = load_gazetteer().get(tail) if tail.startswith("Q") else None
    return str(entry.country) if entry is not None and getattr(entry, "country", None) else None


def _other_states(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` legislatures of two different, known states?"""
    sa, sb = _state_of(a), _state_of(b)
    return sa is not None and sb is not None and sa != sb


@pytest.fixture(scope="module")
def dev_store(tmp_path_factory):
    if not DEV.is_dir() or not SEED.is_file():
        pytest.skip("../shared/corpus/dev and ../shared/seed are not here (the shared corpus is outside the repo)")
    from kg.api import build
    from kg.store import open_store

    location = tmp_path_factory.mktemp("dev") / "store"
    report = build(sorted(DEV.glob("*.txt")) + [SEED], store=str(location))
    assert not report.failed
    with open_store(location, read_only=True) as store:
        yield store


def _shared_entities(store) -> set[str]:
    """Entities that appear in more than one article's graph."""
    rows = store.query("""
        PREFIX kg: <https://w3id.org/kg-news/ontology#>
        SELECT ?e WHERE { GRAPH ?g { ?e a ?t } FILTER(STRSTARTS(STR(?t), STR(kg:)))
                          FILTER(?t != kg:Evidence) }
        GROUP BY ?e HAVING (COUNT(DISTINCT ?g) > 1)""", use_default_graph_as_union=False)
    return {row["e"].value for row in rows}


@pytest.mark.model
@pytest.mark.slow
def test_dev_corpus_has_no_duplicate_entities(dev_store) -> None:
    dups = duplicates(dev_store)
    shared = _shared_entities(dev_store)
    # several articles name NATO, the United States, Putin, the UN: one node each
    for iri in ("internationalorganization/Q7184", "state/Q30", "person/Q7747", "internationalorganization/Q1065"):
        assert "https://w3id.org/kg-news/id/" + iri in shared
    assert dups == [], "\n".join(f"{a} == {b} ({why})" for a, b, why in dups)


@pytest.mark.model
@pytest.mark.slow
def test_dev_corpus_union_conforms(dev_store) -> None:
    ds = rdflib.Dataset()
    ds.parse(data=dev_store.dump(format=RdfFormat.N_QUADS), format="nquads")
    report = validate(ds)  # the union of every article's graph: one label per entity, and so on
    assert report.conforms, report.text[:3000]


def test_duplicates_are_counted() -> None:
    from kg.store import open_store

    ns, label = "https://w3id.org/kg-news/id/", "<http://www.w3.org/2000/01/rdf-schema#label>"
    agreement = "<https://w3id.org/kg-news/ontology#Agreement>"
    store = open_store(":memory:")
    store.replace_graph(ns + "graph/a", f'<{ns}agreement/a> a {agreement} ; {label} "the Treaty of Zenda"@en .',
                        format=RdfFormat.TURTLE)
    store.replace_graph(ns + "graph/b", f'<{ns}agreement/b> a {agreement} ; {label} "Treaty of Zenda"@en .',
                        format=RdfFormat.TURTLE)
    assert [(a, b) for a, b, _ in duplicates(store)] == [(ns + "agreement/a", ns + "agreement/b")]
