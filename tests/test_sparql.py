"""kg.sparql: execute(), formats, content negotiation, safety refusals, row cap, timeout."""
from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path
from typing import ClassVar

import pyoxigraph as ox
import pytest

from kg.errors import (
    NotAcceptableError,
    QueryEngineError,
    QueryRefusedError,
    QuerySyntaxError,
    QueryTimeoutError,
    ServiceError,
    StoreLockedError,
    UnauthorizedError,
    UserInputError,
)
from kg.settings import Settings
from kg.sparql import (
    QueryPool,
    check_query,
    execute,
    execute_update,
    format_table,
    negotiate,
    scan,
)
from kg.store import open_store

DATA = Path(__file__).parent / "data" / "web" / "graph.trig"
KG = "https://w3id.org/kg-news/ontology#"
ID = "https://w3id.org/kg-news/id/"
SETTINGS = Settings(query_timeout=5.0)


@pytest.fixture(scope="module")
def pool():
    with QueryPool(1) as pool:
        yield pool


@pytest.fixture(scope="module")
def store():
    return open_store(DATA)


def run(store, query, pool, **options):
    return execute(store, query, settings=options.pop("settings", SETTINGS), pool=pool, **options)


def rows(result):
    return list(ox.parse_query_results(result.body, format=ox.QueryResultsFormat.from_media_type(result.media_type)))


# -- results and formats -----------------------------------------------------------------------

STATES = f"SELECT ?s ?label WHERE {{ ?s a <{KG}State> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }} ORDER BY ?label"


@pytest.mark.parametrize("accept, media_type", [
    (None, "application/sparql-results+json"),
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.9, text/tab-separated-values;q=0.1", "text/csv"),
])
def test_select_formats(store, pool, accept, media_type):
    result = run(store, STATES, pool, accept=accept)
    assert result.media_type == media_type and result.kind == "solutions" and not result.truncated
    if media_type == "text/csv":
        assert result.body.decode().splitlines() == ["s,label", f"{ID}state/Q2,Marn", f"{ID}state/Q1,Relos"]
    else:
        assert [r["label"].value for r in rows(result)] == ["Marn", "Relos"]


@pytest.mark.parametrize("accept, rdf_format", [
    (None, ox.RdfFormat.TURTLE),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    ("text/plain", ox.RdfFormat.N_TRIPLES),
])
def test_construct_formats(store, pool, accept, rdf_format):
    result = run(store, "CONSTRUCT WHERE { ?s a ?type }", pool, accept=accept)
    assert result.media_type == rdf_format.media_type and result.kind == "graph"
    triples = {q.triple for q in ox.parse(result.body, format=rdf_format)}
    assert ox.Triple(ox.NamedNode(ID + "state/Q1"), ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                     ox.NamedNode(KG + "State")) in triples
    assert len(triples) == 6


def test_describe_is_a_graph(store, pool):
    result = run(store, f"DESCRIBE <{ID}state/Q2>", pool)
    assert result.kind == "graph" and b"Marn" in result.body


def test_ask_and_its_formats(store, pool):
    assert run(store, "ASK { ?s ?p ?o }", pool).body == b'{"head":{},"boolean":true}'
    xml = run(store, "ASK { ?s <http://nothing> ?o }", pool, accept="application/sparql-results+xml")
    assert b"<boolean>false</boolean>" in xml.body
    with pytest.raises(NotAcceptableError):
        run(store, "ASK {}", pool, accept="text/csv")


def test_not_acceptable_before_running(store, pool):
    with pytest.raises(NotAcceptableError) as caught:
        run(store, STATES, pool, accept="image/png")
    assert "application/sparql-results+json" in caught.value.message


def test_format_parameter_overrides_accept(store, pool):
    assert run(store, STATES, pool, accept="application/sparql-results+xml", format="csv").media_type == "text/csv"


def test_negotiation_q_values_and_wildcards():
    offers = ("a/x", "a/y", "b/z")
    assert negotiate("a/y;q=0.5, a/x;q=0.4", offers) == "a/y"
    assert negotiate("a/*;q=0.3, b/z;q=0.2", offers) == "a/x"
    assert negotiate("*/*;q=0.1, b/z", offers) == "b/z"
    assert negotiate("a/x;q=0, a/*", offers) == "a/y"  # q=0 means "not this one"
    assert negotiate("c/*", offers) is None
    assert negotiate("", offers) == "a/x"


def test_union_default_graph_and_datasets(store, pool):
    count = "SELECT (COUNT(*) AS ?n) {}"
    n = lambda result: int(rows(result)[0]["n"].value)
    everything = n(run(store, count.replace("{}", "{ ?s ?p ?o }"), pool))
    assert everything == 17  # the default graph is the union of the article graphs
    a1 = n(run(store, count.replace("{}", f"FROM <{ID}graph/a1> {{ ?s ?p ?o }}"), pool))
    assert a1 == 9
    protocol = run(store, count.replace("{}", "{ ?s ?p ?o }"), pool, default_graph_uris=[ID + "graph/a2"])
    assert n(protocol) == 8
    # The protocol's dataset overrides the query's FROM.
    both = run(store, count.replace("{}", f"FROM <{ID}graph/a1> {{ ?s ?p ?o }}"), pool,
               default_graph_uris=[ID + "graph/a2"])
    assert n(both) == 8
    named = run(store, "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }", pool, named_graph_uris=[ID + "graph/a1"])
    assert [r["g"].value for r in rows(named)] == [ID + "graph/a1"]


def test_row_cap(store, pool):
    settings = Settings(max_rows=3)
    result = run(store, "SELECT * { ?s ?p ?o }", pool, settings=settings)
    assert result.truncated and len(rows(result)) == 3
    graph = run(store, "CONSTRUCT WHERE { ?s ?p ?o }", pool, settings=settings, accept="application/n-triples")
    assert graph.truncated and len(graph.body.splitlines()) == 3
    exact = run(store, "SELECT * { ?s a ?t } LIMIT 3", pool, settings=settings)
    assert not exact.truncated and len(rows(exact)) == 3


def test_format_table(store, pool):
    table = format_table(run(store, STATES, pool)).splitlines()
    assert table[0].split("|")[0].strip() == "s" and "id:state/Q2" in table[2] and "Marn@en" in table[2]
    assert table[-1] == "(2 rows)"
    assert format_table(run(store, STATES, pool, accept="text/csv")).splitlines()[-1] == "(2 rows)"
    assert format_table(run(store, "ASK {}", pool)) == "true"


# -- errors and refusals -------------------------------------------------------------------------

def test_syntax_error_has_the_parsers_message(store, pool):
    with pytest.raises(QuerySyntaxError) as caught:
        run(store, "SELECT * WHERE { ?s ?p ", pool)
    assert caught.value.message.startswith("error at 1:")


@pytest.mark.parametrize("query", [
    "SELECT * { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }",
    "SELECT * { service silent <http://evil.example/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://evil.example/> } }",
    "PREFIX e: <http://evil.example/> SELECT * { SERVICE e:sparql { ?s ?p ?o } }",
    "BASE <http://evil.example/> SELECT * { SERVICE <sparql> { ?s ?p ?o } }",
    r"SELECT * { SERVICE <https://query.wikidata.org/sparql\u002Fx> { ?s ?p ?o } }",
    "SELECT * { ?s ?p ?o # '''\n SERVICE <http://evil.example/> { ?s ?p ?o } # '''\n }",
    "SELECT * { { SELECT * { SERVICE <http://evil.example/> { ?s ?p ?o } } } }",
])
def test_service_outside_the_allowlist_is_refused(store, pool, query):
    with pytest.raises(QueryRefusedError):
        run(store, query, pool)


@pytest.mark.parametrize("query", [
    "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }",
    "PREFIX wd: <https://query.wikidata.org/> SELECT * { SERVICE wd:sparql { ?s ?p ?o } }",
    'SELECT * { ?s ?p "SERVICE <http://evil.example/>" } # SERVICE <http://evil.example/>',
    "SELECT * { ?s <http://x/SERVICE> ?service }",
])
def test_allowed_or_harmless_service_mentions_pass_the_scan(query):
    check_query(query, Settings())


def test_scan_tells_the_query_form():
    assert scan("PREFIX a: <http://a/> # SELECT\n CONSTRUCT { ?s ?p ?o } WHERE { { SELECT * {} } }").kind == "graph"
    assert scan("ask {}").kind == "boolean"
    assert scan("SELECT * FROM <http://g> {}").has_dataset


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(500)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def recorder():
    _Recorder.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", _Recorder.hits
    server.shutdown()


@pytest.mark.server
def test_from_never_fetches(store, pool, recorder):
    url, hits = recorder
    result = run(store, f"SELECT * FROM <{url}data.ttl> FROM NAMED <{url}named.ttl> {{ ?s ?p ?o }}", pool)
    assert rows(result) == [] and hits == []
    result = run(store, "SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }", pool)
    assert rows(result) == []


@pytest.mark.server
def test_allowlisted_service_is_called(store, pool, recorder):
    url, hits = recorder
    with pytest.raises(ServiceError) as caught:  # the recorder answers 500: a bad gateway, not kg's fault
        run(store, f"SELECT * {{ SERVICE <{url}sparql> {{ ?s ?p ?o }} }}", pool,
            settings=Settings(service_allowlist=(url + "sparql",)))
    assert len(hits) == 1 and caught.value.http_status == 502


# -- updates -------------------------------------------------------------------------------------

def test_updates_need_the_token(pool):
    store = open_store(":memory:")
    insert = "INSERT DATA { GRAPH <http://g> { <http://s> <http://p> 1 } }"
    with pytest.raises(UnauthorizedError):
        execute_update(store, insert, token="x", settings=Settings())
    with pytest.raises(UnauthorizedError):
        execute_update(store, insert, token="wrong", settings=Settings(update_token="secret"))
    with pytest.raises(QueryRefusedError):
        execute_update(store, "LOAD <http://evil.example/data.ttl>", token="secret",
                       settings=Settings(update_token="secret"))
    with pytest.raises(QueryRefusedError):
        execute_update(store, "INSERT { ?s ?p ?o } WHERE { SERVICE <http://evil.example/> { ?s ?p ?o } }",
                       token="secret", settings=Settings(update_token="secret"))
    assert run(store, "ASK { ?s ?p ?o }", pool).body.endswith(b"false}")
    execute_update(store, insert, token="secret", settings=Settings(update_token="secret"))
    assert run(store, "ASK { ?s ?p ?o }", pool).body.endswith(b"true}")  # workers see the change


def test_update_dataset_parameters():
    store = open_store(":memory:")
    settings = Settings(update_token="t")
    execute_update(store, "INSERT DATA { GRAPH <http://g1> { <http://s> a <http://C> } }", token="t", settings=settings)
    execute_update(store, "INSERT { GRAPH <http://out> { ?s a <http://D> } } WHERE { ?s a <http://C> }",
                   token="t", settings=settings, using_graph_uris=["http://g1"])
    assert store.contains_named_graph("http://out")
    with pytest.raises(UserInputError):
        execute_update(store, "WITH <http://g1> DELETE { ?s a ?c } WHERE { ?s a ?c }", token="t",
                       settings=settings, using_named_graph_uris=["http://g1"])
    with pytest.raises(QuerySyntaxError):
        execute_update(store, "CLEAR XYZ", token="t", settings=settings)


def test_on_disk_store_workers_see_updates(tmp_path, pool):
    settings = Settings(update_token="t")
    with open_store(tmp_path / "store") as store:
        store.replace_graph("http://g/1", '<http://a> <http://p> "1" .')
        count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
        assert rows(run(store, count, pool))[0]["n"].value == "1"
        execute_update(store, 'INSERT DATA { GRAPH <http://g/2> { <http://b> <http://p> "2" } }', token="t",
                       settings=settings)
        assert rows(run(store, count, pool))[0]["n"].value == "2"
        # The update ran in a query process, the store's writer meanwhile; this process is again.
        with pytest.raises(StoreLockedError):
            open_store(tmp_path / "store")
        store.replace_graph("http://g/3", '<http://c> <http://p> "3" .')
        runaway = ("INSERT { GRAPH <http://g/x> { ?s0 <http://p> ?o1 } } WHERE { "
                   + " ".join(f"GRAPH ?g{i} {{ ?s{i} ?p{i} ?o{i} }}" for i in range(12)) + " }")
        with pytest.raises(QueryTimeoutError):
            execute_update(store, runaway, token="t", settings=Settings(update_token="t", query_timeout=1.0))
        store.replace_graph("http://g/4", '<http://d> <http://p> "4" .')
        assert rows(run(store, count, pool))[0]["n"].value == "4"  # the stopped update wrote nothing
    with open_store(tmp_path / "store", read_only=True) as reader:
        assert len(reader) == 4 and not reader.contains_named_graph("http://g/x")


def test_one_off_worker_without_a_pool(store):
    assert execute(store, "ASK { ?s ?p ?o }", settings=SETTINGS).body.endswith(b"true}")


# -- the engine failing ------------------------------------------------------------------------

ORDER_PANIC = Path(__file__).parent / "data" / "engine" / "order-panic.nq"  # from bench/fuzz.py's store


def test_a_query_the_engine_aborts_on_is_a_422_and_the_next_one_runs(tmp_path, pool):
    # pyoxigraph 0.5 aborts its process on this ORDER BY: its comparison of these terms is no total
    # order, and Rust's sort panics. The query process dies; kg says what happened (it used to
    # report the memory cap), and the next query gets a fresh process.
    with open_store(tmp_path / "store") as writer:
        writer.load(path=ORDER_PANIC, format=ox.RdfFormat.N_QUADS)
    reader = open_store(tmp_path / "store", read_only=True)
    try:
        result = run(reader, "SELECT * WHERE { ?s ?p ?o } ORDER BY DESC(?o)", pool)
    except QueryEngineError as error:
        assert "total order" in error.message and error.http_status == 422
    else:  # an engine that orders them
        assert len(rows(result)) > 80
    assert run(reader, "ASK { ?s ?p ?o }", pool).body.endswith(b"true}")
    reader.close()


# -- the timeout ---------------------------------------------------------------------------------

@pytest.mark.slow
def test_timeout_kills_a_runaway_query_and_the_next_one_works(store, pool):
    settings = Settings(query_timeout=1.5)
    runaway = "SELECT (COUNT(*) AS ?n) { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(8)) + " }"
    start = time.monotonic()
    with pytest.raises(QueryTimeoutError) as caught:
        run(store, runaway, pool, settings=settings)
    elapsed = time.monotonic() - start
    assert 1.4 < elapsed < 4, elapsed
    assert "1.5 s" in caught.value.message and caught.value.http_status == 503
    assert run(store, "ASK { ?s ?p ?o }", pool, settings=settings).body.endswith(b"true}")


@pytest.mark.slow
def test_the_scan_runs_under_the_timeout_with_the_rest(store, pool):
    # The whole job lives under the query timeout, in the query process: a text that keeps the
    # safety scan busy (linear, but 600 KB of variables take it a second or more) is stopped with the
    # rest. The scan used to run in the server's own process before the clock started.
    text = "ASK { " + "?a " * 200_000 + "}"
    start = time.monotonic()
    scan(text)
    scan_seconds = time.monotonic() - start
    assert run(store, "ASK {}", pool).body.endswith(b"true}")  # the worker has the store open
    start = time.monotonic()
    with pytest.raises(QueryTimeoutError):
        run(store, text, pool, settings=Settings(query_timeout=0.2))
    assert time.monotonic() - start < 0.2 + scan_seconds / 2, scan_seconds  # not the scan, then the clock


@pytest.mark.slow
def test_a_query_in_flight_survives_sigterm_to_the_process_group(store):
    # gunicorn's graceful shutdown lets requests finish; a SIGTERM sent to the whole group (a
    # supervisor stopping the service) must not kill their query workers under them (a 500).
    import os
    import signal
    import threading

    slow = ("SELECT (COUNT(*) AS ?n) { VALUES ?k { 1 2 3 4 5 6 } "
            + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(5)) + " }")  # about 1.5 s
    with QueryPool(1) as own:
        assert run(store, "ASK {}", own).body.endswith(b"true}")  # the worker is up
        worker = own._idle[0]
        outcome = {}
        thread = threading.Thread(target=lambda: outcome.setdefault(
            "result", run(store, slow, own, settings=Settings(query_timeout=30.0))))
        thread.start()
        time.sleep(0.3)
        os.kill(worker.process.pid, signal.SIGTERM)
        thread.join(30)
        assert outcome["result"].media_type == "application/sparql-results+json"
        assert worker.process.poll() is None  # not killed by the SIGTERM


# -- answers kept per store content ------------------------------------------------------------

def test_answers_are_kept_until_a_write_finishes(tmp_path):
    location = tmp_path / "store"
    with open_store(location) as writer:
        writer.replace_graph(f"{ID}graph/a", f'<{ID}state/a> <{KG}acronym> "A" .\n')
    reader = open_store(location, read_only=True)
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{KG}acronym> ?a }}"
    with QueryPool(1, cache_bytes=1_000_000) as cached:
        assert [r["n"].value for r in rows(run(reader, count, cached))] == ["1"]
        assert [r["n"].value for r in rows(run(reader, count, cached))] == ["1"]
        assert (cached.cache.hits, cached.cache.misses) == (1, 1)
        with open_store(location) as writer:  # a finished write: the next answer is fresh
            writer.replace_graph(f"{ID}graph/b", f'<{ID}state/b> <{KG}acronym> "B" .\n')
        assert [r["n"].value for r in rows(run(reader, count, cached))] == ["2"]
        assert cached.cache.misses == 2
        # Other formats are other answers; answers that are not the data's alone are never kept.
        run(reader, count, cached, accept="text/csv")
        for volatile in ("SELECT (NOW() AS ?t) WHERE {}", "SELECT (RAND() AS ?r) WHERE {}"):
            run(reader, volatile, cached)
            run(reader, volatile, cached)
        # Each volatile query looked for twice and run twice: never kept (the query process's scan
        # says whether an answer may be kept).
        assert (cached.cache.hits, cached.cache.misses) == (1, 7)
        run(reader, count, cached, cache=False)  # asked to run (the server's health check)
        assert (cached.cache.hits, cached.cache.misses) == (1, 7)
    reader.close()


def test_no_answers_are_kept_without_room(store):
    with QueryPool(1) as uncached:
        run(store, "ASK {}", uncached)
        run(store, "ASK {}", uncached)
        assert uncached.cache.hits == 0


def test_readme_asks_plainly_and_answers_once(tmp_path):
    """The queries of README's "Asking questions", with no DISTINCT, answer each solution once over
    two articles that say the same things."""
    import re

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Asking questions", 1)[1].split("\n## ", 1)[0]
    queries = re.findall(r"```sparql\n(.*?)```", section, re.DOTALL)
    assert queries and not any("DISTINCT" in q.upper() for q in queries)
    rdfs, owl, prov, schema = ("http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/2002/07/owl#",
                               "http://www.w3.org/ns/prov#", "https://schema.org/")
    with open_store(tmp_path / "store") as store:
        for name in ("one", "two"):  # the same facts, labels and links in two articles
            store.replace_graph(f"{ID}graph/{name}", f"""
                <{ID}fact/p> a <{KG}AgreementParty> ; <{KG}agreement> <{ID}agreement/relos> ; <{KG}party> <{ID}state/Q159> .
                <{ID}fact/r> a <{KG}Ratification> ; <{KG}state> <{ID}state/Q159> ; <{KG}evidence> <{ID}evidence/{name}> .
                <{ID}fact/p> <{KG}evidence> <{ID}evidence/{name}> .
                <{ID}evidence/{name}> <{KG}sentence> "Russia ratified RELOS." ; <{prov}wasQuotedFrom> <{ID}article/{name}> .
                <{ID}agreement/relos> <{rdfs}label> "RELOS"@en .
                <{ID}state/Q159> <{rdfs}label> "Russia"@en ; <{owl}sameAs> <http://www.wikidata.org/entity/Q159> .
                <{ID}graph/{name}> <{prov}wasDerivedFrom> <{ID}article/{name}> .
                <{ID}article/{name}> <{schema}headline> "Headline {name}"@en .
            """, format=ox.RdfFormat.TURTLE)
    reader = open_store(tmp_path / "store", read_only=True)
    with QueryPool(1) as pool:
        answers = [rows(run(reader, q, pool)) for q in queries]
    reader.close()
    for answer in answers:
        solutions = [tuple(str(t) for t in s) for s in answer]
        assert solutions and len(solutions) == len(set(solutions))
    assert len(answers[0]) == 1  # RELOS, Russia, Q159: once, though both articles say it
    assert sorted(str(s["headline"]) for s in answers[1]) == ['"Headline one"@en', '"Headline two"@en']
