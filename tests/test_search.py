"""Entity search (kg.search): the index read from a store, ranking, safe matches, autocomplete."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import QueryRefusedError
from kg.search import (
    IndexCache,
    Query,
    SparqlReader,
    complete,
    match,
    name_key,
    read_index,
    safe_match,
)
from kg.search import reader as reader_module
from kg.settings import Settings
from kg.sparql import QueryPool
from kg.store import open_store

DATA = Path(__file__).parent / "data" / "reconcile" / "graph.trig"
ID = "https://w3id.org/kg-news/id/"


@pytest.fixture(scope="module")
def pool():
    with QueryPool(1) as p:
        yield p


@pytest.fixture(scope="module")
def index(pool):
    return read_index(SparqlReader(open_store(DATA), Settings(), pool))


def top(index, text, types=()):
    return match(index, [Query(text, tuple(types))])[0]


def test_index_reads_names_types_links_and_article_counts(index):
    ruritania = index.get(ID + "state/Q900001")
    assert ruritania.label == "Ruritania" and ruritania.types == ("State",)
    assert ruritania.aliases == ("Ruritanian",) and ruritania.qids == ("Q900001",)
    assert ruritania.articles == 2  # one entity, however many graphs repeat it
    zpa = index.get(ID + "agreement/zpa")
    assert zpa.acronyms == ("ZPA",) and zpa.aliases == ("Zenda Port Agreement",) and zpa.articles == 1
    # facts, evidence, concepts and articles are not entities
    assert {e.id.split("/")[0] for e in index.entities} == {
        "state", "organization", "agreement", "person", "legislature", "internationalorganization", "summit", "place",
        "armedforces"}


@pytest.mark.parametrize("text, expected", [
    ("Ruritania", "state/Q900001"),            # label (the state: the most written-about namesake)
    ("ruritanian", "state/Q900001"),           # alias, any case
    ("Zenda Port Agreement", "agreement/zpa"),  # full name of an acronym-labelled entity
    ("zpa", "agreement/zpa"),                  # acronym
    ("Seim", "legislature/diet"),              # a label in another script, typed in Latin letters
    ("Rudolf Rasendyll", "person/Q900010"),    # a spelling mistake
    ("Rassendyll Rudolf", "person/Q900010"),   # word order
    ("President Rudolf Rassendyll", "person/Q900010"),  # a title before a person's name
    ("Marnian Defence Force Navy", "armedforces/mdf-navy"),  # initials: both are MDFN
    ("Q900002", "state/Q900002"),              # a Wikidata QID
    ("http://www.wikidata.org/entity/Q900002", "state/Q900002"),
    ("state/Q900002", "state/Q900002"),        # kg's own id
    (ID + "summit/zenda-summit", "summit/zenda-summit"),
])
def test_top_hit(index, text, expected):
    assert top(index, text)[0].entity.id == expected


def test_scores_order_exact_then_fuzzy(index):
    hits = top(index, "Zenda Summit")
    assert hits[0].entity.id == "summit/zenda-summit" and hits[0].score == 100 and hits[0].exact
    others = [h for h in hits[1:] if h.entity.id in ("agreement/zpa", "internationalorganization/loz")]
    assert others and all(h.score < 90 and not h.exact for h in others)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_type_filter_ranks_the_asked_type_first(index):
    assert top(index, "Ruritania", ["Organization"])[0].entity.id == "organization/ruritania"
    hits = top(index, "Ruritania", ["State"])
    assert hits[0].entity.id == "state/Q900001" and hits[0].type_match is True
    other = next(h for h in hits if h.entity.id == "organization/ruritania")
    assert other.type_match is False and other.score < 100  # kept, but weighed down


def test_safe_match(index):
    # one entity of the asked-for type goes by the name: certain
    assert safe_match(top(index, "Ruritania", ["State"])).entity.id == "state/Q900001"
    # two entities go by "Ruritania" (a state and a company) and no type is given: a person decides
    assert safe_match(top(index, "Ruritania")) is None
    # two people go by "Rudolf"
    assert safe_match(top(index, "Rudolf", ["Person"])) is None
    # a fuzzy hit, however good, is never certain
    assert top(index, "Rudolf Rasendyll")[0].score > 90 and safe_match(top(index, "Rudolf Rasendyll")) is None
    # an id is certain, unless it is of another type than asked for
    assert safe_match(top(index, "Q900001")).entity.id == "state/Q900001"
    assert safe_match(top(index, "Q900001", ["Person"])) is None
    # nothing found
    assert top(index, "Atlantis") == [] and safe_match([]) is None


def test_batches_score_each_query_on_its_own(index):
    queries = [Query("Freedonia"), Query("ZPA", ("Agreement",)), Query("Strelsau", ("Place",))]
    together = match(index, queries)
    assert [hits[0].entity.id for hits in together] == ["state/Q900002", "agreement/zpa", "place/strelsau"]
    assert together == [match(index, [q])[0] for q in queries]


def test_limit(index):
    assert len(match(index, [Query("Ruritania")], limit=1)[0]) == 1


def test_complete_prefixes_words_types_and_cursor(index):
    assert [h.entity.id for h in complete(index, "Rur")][:2] == ["state/Q900001", "organization/ruritania"]
    assert complete(index, "rassen")[0].entity.id == "person/Q900010"        # a later word of the name
    assert [h.entity.id for h in complete(index, "Rur", types=("Organization",))] == ["organization/ruritania"]
    first, second = complete(index, "Rur", limit=1), complete(index, "Rur", limit=1, offset=1)
    assert len(first) == len(second) == 1 and first[0].entity.id != second[0].entity.id
    assert complete(index, "Strelsua")[0].entity.id == "place/strelsau"        # a typo, by fuzzy fallback
    assert len(complete(index, "", limit=100)) == len(index)                   # nothing typed: everything
    # most written about first (the two states are in both articles)
    assert {h.entity.id for h in complete(index, "", limit=2)} == {"state/Q900001", "state/Q900002"}


def test_names_in_other_scripts():
    assert name_key("Владимир Путин") == "vladimir putin"
    assert name_key("Recep Tayyip Erdoğan") == "recep tayyip erdogan"
    assert name_key("習近平").replace(" ", "") == "xijinping"


def test_reads_go_through_the_one_query_path(monkeypatch, pool):
    """The index is read with kg.sparql.execute, under the endpoint's settings and safety scan."""
    seen = []
    real = reader_module.execute

    def spy(store, query, **kwargs):
        seen.append((query, kwargs["settings"], kwargs["pool"]))
        return real(store, query, **kwargs)

    monkeypatch.setattr(reader_module, "execute", spy)
    settings = Settings(query_timeout=5.0)
    read_index(SparqlReader(open_store(DATA), settings, pool))
    assert len(seen) == 2 and all(s is settings and p is pool for _, s, p in seen)
    reader = SparqlReader(open_store(DATA), Settings(service_allowlist=()), pool)
    with pytest.raises(QueryRefusedError):  # the endpoint's safety scan applies
        reader.select("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")


def test_paging_past_the_row_cap(pool):
    reader = SparqlReader(open_store(DATA), Settings(max_rows=5), pool)
    rows = reader.select_all("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", order_by="?s ?p ?o")
    assert len(rows) == len(SparqlReader(open_store(DATA), Settings(), pool).select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"))
    assert len(rows) > 5


def test_index_cache_follows_the_store(pool):
    store = open_store(":memory:")
    store.replace_graph(ID + "graph/x", f'<{ID}state/x> a <https://w3id.org/kg-news/ontology#State> ; '
                        f'<http://www.w3.org/2000/01/rdf-schema#label> "Graustark"@en .', format=ox.RdfFormat.TURTLE)
    cache = IndexCache(SparqlReader(store, Settings(), pool))
    first = cache.get()
    assert cache.get() is first and [e.label for e in first.entities] == ["Graustark"]
    store.replace_graph(ID + "graph/y", f'<{ID}state/y> a <https://w3id.org/kg-news/ontology#State> ; '
                        f'<http://www.w3.org/2000/01/rdf-schema#label> "Pontevedro"@en .', format=ox.RdfFormat.TURTLE)
    assert sorted(e.label for e in cache.get().entities) == ["Graustark", "Pontevedro"]
