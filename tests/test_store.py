"""kg.store: the embedded Oxigraph store (atomic graphs, lock, crash safety) and a remote server."""
from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import NamedNode, RdfFormat

from kg.errors import QuerySyntaxError, StoreError, StoreLockedError, UserInputError
from kg.store import LOCK_FILE, PROFILES, EmbeddedStore, RemoteStore, Store, open_store
from kg.store.union import RESYNC_DEFAULT_GRAPH

ID = "https://w3id.org/kg-news/id/"
KG = "https://w3id.org/kg-news/ontology#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"


def graph_iri(article: str) -> str:
    return f"{ID}graph/{article}"


def article_ntriples(article: str, *, facts: int = 2, digest: str = "h0") -> str:
    """An article graph in the shape of ARCHITECTURE.md: 6 + 6 × facts triples."""
    a, g = f"<{ID}article/{article}>", f"<{graph_iri(article)}>"
    lines = [
        f"{a} <{RDF_TYPE}> <{SCHEMA}NewsArticle> .",
        f'{a} <{SCHEMA}headline> "Headline of {article}"@en .',
        f'{a} <{SCHEMA}datePublished> "2025-12-02"^^<{XSD}date> .',
        f'{a} <{KG}contentHash> "{digest}" .',
        f"{g} <{RDF_TYPE}> <{PROV}Entity> .",
        f"{g} <{PROV}wasDerivedFrom> {a} .",
    ]
    for i in range(facts):
        fact = f"<{ID}fact/parties/{article}-{i}>"
        lines += [
            f"{fact} <{RDF_TYPE}> <{KG}AgreementParty> .",
            f"{fact} <{KG}agreement> <{ID}agreement/relos> .",
            f'{fact} <{KG}modality> "asserted" .',
            f"{fact} <{KG}evidence> _:ev{i} .",
            f'_:ev{i} <{KG}startOffset> "{i * 10}"^^<{XSD}integer> .',
            f"_:ev{i} <{PROV}wasQuotedFrom> {a} .",
        ]
    return "\n".join(lines) + "\n"


def graph_size(store: Store, graph: str) -> int:
    rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(next(iter(rows))["n"].value)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "store") as s:
        yield s


# -- embedded ------------------------------------------------------------------------------

def test_replace_graph_is_idempotent_and_replaces(store: Store) -> None:
    g = graph_iri("a")
    store.replace_graph(g, article_ntriples("a", facts=3))
    store.replace_graph(g, article_ntriples("a", facts=3))
    assert len(store) == 24 and graph_size(store, g) == 24  # blank nodes not duplicated either
    store.replace_graph(g, article_ntriples("a", facts=1, digest="h1"))
    assert graph_size(store, g) == 12 and store.graph_hash(g) == "h1"


def test_replace_graph_with_bad_data_keeps_old_graph(store: Store) -> None:
    g = graph_iri("a")
    store.replace_graph(g, article_ntriples("a"))
    with pytest.raises(UserInputError):
        store.replace_graph(g, article_ntriples("b") + "<broken\n")
    with pytest.raises(UserInputError):  # no SPARQL injection through the data
        store.replace_graph(g, "<http://s> <http://p> <http://o> } } ; DROP ALL ; INSERT DATA { GRAPH <http://x> {")
    assert graph_size(store, g) == 18 and store.graph_hash(g) == "h0"


def test_replace_graph_other_formats_and_empty(store: Store) -> None:
    g = graph_iri("t")
    store.replace_graph(g, f'@prefix kg: <{KG}> . <{ID}article/t> kg:contentHash "t" .', format=RdfFormat.TURTLE)
    assert store.graph_hash(g) == "t"
    store.replace_graph(g, "")
    assert not store.contains_named_graph(g) and len(store) == 0


def test_named_graphs_remove_and_hash(store: Store) -> None:
    for name in ("a", "b", "c"):
        store.replace_graph(graph_iri(name), article_ntriples(name, digest=f"hash-{name}"))
    assert sorted(g.value for g in store.named_graphs()) == [graph_iri(n) for n in "abc"]
    assert store.graph_hash(graph_iri("b")) == "hash-b"
    store.remove_graph(graph_iri("b"))
    store.remove_graph(graph_iri("never-there"))
    assert sorted(g.value for g in store.named_graphs()) == [graph_iri("a"), graph_iri("c")]
    assert store.graph_hash(graph_iri("b")) is None and len(store) == 36


def test_queries_see_the_union_of_graphs(store: Store) -> None:
    store.replace_graph(graph_iri("a"), article_ntriples("a"))
    store.replace_graph(graph_iri("b"), article_ntriples("b"))
    q = f"SELECT ?a WHERE {{ ?a a <{SCHEMA}NewsArticle> }} ORDER BY ?a"
    assert [r["a"].value for r in store.query(q)] == [f"{ID}article/a", f"{ID}article/b"]
    assert bool(store.query(f"ASK {{ <{ID}agreement/relos> ?p ?o }}")) is False
    triples = list(store.query(f"CONSTRUCT {{ ?f <{KG}agreement> ?x }} WHERE {{ ?f <{KG}agreement> ?x }}"))
    assert len(triples) == 4
    with pytest.raises(QuerySyntaxError):
        store.query("SELEKT nothing")


# -- the default graph is a set ----------------------------------------------------------------

SHARED = (f'<{ID}state/Q851> <{RDF_TYPE}> <{KG}State> .\n'
          f'<{ID}state/Q851> <http://www.w3.org/2000/01/rdf-schema#label> "Saudi Arabia"@en .\n'
          f'<{ID}fact/member/x> <{KG}member> <{ID}state/Q851> .\n')


def shared_article(name: str, extra: str = "") -> str:
    """An article graph that repeats the entity and fact every other article has too."""
    return article_ntriples(name, facts=1, digest=name) + SHARED + extra


def rows(store: Store, sparql: str) -> list[tuple[str, ...]]:
    results = store.query(sparql)
    names = [v.value for v in results.variables]
    return sorted(tuple(r[n].value if r[n] is not None else "" for n in names) for r in results)


def check_default_graph_is_a_set(store: Store) -> None:
    """Eight articles repeat one label and one fact: plain queries answer once, GRAPH ?g eight times;
    replacing and removing articles takes away exactly what no other article holds."""
    graphs = [graph_iri(f"set-{i}") for i in range(8)]
    store.replace_graphs((g, shared_article(f"set-{i}")) for i, g in enumerate(graphs))
    label = f"SELECT ?l WHERE {{ <{ID}state/Q851> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"
    assert rows(store, label) == [("Saudi Arabia",)]
    join = (f"SELECT ?f ?l WHERE {{ ?f <{KG}member> ?s . ?s a <{KG}State> ; "
            f"<http://www.w3.org/2000/01/rdf-schema#label> ?l }}")
    assert rows(store, join) == [(f"{ID}fact/member/x", "Saudi Arabia")]  # not 8 × 8 × 8
    provenance = f"SELECT ?g WHERE {{ GRAPH ?g {{ <{ID}state/Q851> a <{KG}State> }} }}"
    assert rows(store, provenance) == sorted((g,) for g in graphs)
    assert len(store) == 8 * (12 + 3)  # the named graphs' quads: the union's copies are not counted
    # An article that says something new, then stops saying it: the triple goes with it.
    extra = f'<{ID}state/Q851> <{KG}acronym> "KSA" .\n'
    store.replace_graph(graphs[0], shared_article("set-0", extra))
    acronym = f"SELECT ?a WHERE {{ <{ID}state/Q851> <{KG}acronym> ?a }}"
    assert rows(store, acronym) == [("KSA",)]
    store.replace_graph(graphs[0], shared_article("set-0"))
    assert rows(store, acronym) == []
    # Removing articles keeps what the others still say, until none does.
    store.remove_graphs(graphs[:7])
    assert rows(store, label) == [("Saudi Arabia",)] and rows(store, provenance) == [(graphs[7],)]
    assert rows(store, f"SELECT ?a WHERE {{ ?a a <{SCHEMA}NewsArticle> }}") == [(f"{ID}article/set-7",)]
    store.remove_graph(graphs[7])
    assert rows(store, label) == [] and rows(store, "SELECT * WHERE { ?s ?p ?o }") == [] and len(store) == 0


def test_default_graph_is_a_set(store: Store) -> None:
    check_default_graph_is_a_set(store)


def test_default_graph_is_a_set_in_memory() -> None:
    with open_store(":memory:") as s:
        check_default_graph_is_a_set(s)


def test_an_update_leaves_the_default_graph_the_union(store: Store) -> None:
    for name in ("a", "b"):
        store.replace_graph(graph_iri(name), shared_article(name))
    label = f"SELECT ?l WHERE {{ <{ID}state/Q851> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"
    store.update(f"DELETE DATA {{ GRAPH <{graph_iri('a')}> {{ <{ID}state/Q851> "
                 f"<http://www.w3.org/2000/01/rdf-schema#label> \"Saudi Arabia\"@en }} }}")
    assert rows(store, label) == [("Saudi Arabia",)]  # b still says it
    store.update(f"DROP GRAPH <{graph_iri('b')}>")
    assert rows(store, label) == []
    store.update(f'INSERT DATA {{ GRAPH <{graph_iri("c")}> {{ <{ID}x> <{KG}acronym> "X" }} }}')
    assert rows(store, f"SELECT ?a WHERE {{ <{ID}x> <{KG}acronym> ?a }}") == [("X",)]
    # The default graph is the union: a triple written to it alone belongs to no article.
    store.update(f'INSERT DATA {{ <{ID}y> <{KG}acronym> "Y" }}')
    assert rows(store, f"SELECT ?a WHERE {{ <{ID}y> <{KG}acronym> ?a }}") == []


def test_an_update_and_the_union_it_needs_are_one_transaction(store: Store, monkeypatch) -> None:
    # A query process stopped between the two (an update past its timeout) would leave the default
    # graph wrong; a trailing ';' or comment still makes one request.
    requests: list[str] = []
    run = store._run_update  # type: ignore[attr-defined]
    monkeypatch.setattr(store, "_run_update", lambda text, **kw: (requests.append(text), run(text, **kw))[1])
    for i, update in enumerate([f'INSERT DATA {{ GRAPH <{graph_iri("u")}> {{ <{ID}u> <{KG}acronym> "U0" }} }}',
                                f'INSERT DATA {{ GRAPH <{graph_iri("u")}> {{ <{ID}u> <{KG}acronym> "U1" }} }} ;',
                                f'INSERT DATA {{ GRAPH <{graph_iri("u")}> {{ <{ID}u> <{KG}acronym> "U2" }} }} # the end']):
        requests.clear()
        store.update(update)
        # Never the update alone, then the union alone: the request that ran holds both.
        assert update not in requests and RESYNC_DEFAULT_GRAPH not in requests, requests
        assert requests[-1].startswith(update) and requests[-1].endswith(RESYNC_DEFAULT_GRAPH)
        assert rows(store, f"SELECT ?a WHERE {{ <{ID}u> <{KG}acronym> ?a }}") == [(f"U{j}",) for j in range(i + 1)]
    with pytest.raises(QuerySyntaxError, match="(?i)expected|unexpected|error"):
        store.update("INSERT DATA { nonsense")


def test_a_store_an_older_kg_wrote_gets_its_default_graph(tmp_path: Path) -> None:
    import pyoxigraph

    location = tmp_path / "old"
    old = pyoxigraph.Store(str(location))  # named graphs only, no checkpoint: how kg wrote stores before
    for name in ("a", "b"):
        old.load(shared_article(name), RdfFormat.N_TRIPLES, to_graph=NamedNode(graph_iri(name)))
    old.flush()
    del old
    with open_store(location, read_only=True) as reader:  # a reader has the store upgraded first
        assert rows(reader, f"SELECT ?l WHERE {{ <{ID}state/Q851> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}") \
            == [("Saudi Arabia",)]
        assert len(reader) == 2 * 15


def test_graph_files_get_a_default_graph_that_is_a_set(tmp_path: Path) -> None:
    trig = tmp_path / "two.trig"
    trig.write_text("".join(f"<{graph_iri(n)}> {{\n{shared_article(n)}}}\n" for n in ("a", "b")))
    with open_store(trig) as s:
        assert rows(s, f"SELECT ?s WHERE {{ ?s a <{KG}State> }}") == [(f"{ID}state/Q851",)]
        assert len(s) == 30
        dumped = s.dump(format=RdfFormat.N_QUADS).decode()
        assert len(dumped.splitlines()) == 30  # the named graphs, without the union's copies
    mixed = tmp_path / "mixed.trig"  # a file's own default-graph triples stay and are exported
    mixed.write_text(f"<{ID}own> <{KG}acronym> \"O\" .\n<{graph_iri('a')}> {{\n{shared_article('a')}}}\n")
    with open_store(mixed) as s:
        assert len(s) == 16 and f'<{ID}own> <{KG}acronym> "O" .' in s.dump(format=RdfFormat.N_QUADS).decode()


def test_store_persists_and_opens_read_only(tmp_path: Path) -> None:
    location = tmp_path / "store"
    with open_store(location) as s:
        s.replace_graph(graph_iri("a"), article_ntriples("a"))
    with open_store(location, read_only=True) as s:
        assert len(s) == 18 and s.read_only
        with pytest.raises(StoreError, match="read-only"):
            s.replace_graph(graph_iri("b"), article_ntriples("b"))
    with open_store(location) as s:  # the lock was released by close()
        assert s.graph_hash(graph_iri("a")) == "h0"


def test_missing_store_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "nothing", create=False)
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "nothing", read_only=True)
    assert not (tmp_path / "nothing").exists()


@pytest.mark.parametrize("fmt", [RdfFormat.TRIG, RdfFormat.N_QUADS, RdfFormat.TURTLE, RdfFormat.N_TRIPLES,
                                 RdfFormat.JSON_LD, RdfFormat.RDF_XML])
def test_graph_file_opens_read_only_in_memory(tmp_path: Path, store: Store, fmt: RdfFormat) -> None:
    store.replace_graph(graph_iri("a"), article_ntriples("a"))
    store.replace_graph(graph_iri("b"), article_ntriples("b"))
    path = tmp_path / f"dump.{fmt.file_extension}"
    store.dump(path, fmt)
    with open_store(path) as s:
        assert isinstance(s, EmbeddedStore) and s.read_only
        assert len(s) == 36
        assert len(list(s.query(f"SELECT ?a WHERE {{ ?a a <{SCHEMA}NewsArticle> }}"))) == 2
        if fmt.supports_datasets and fmt is not RdfFormat.JSON_LD:
            assert s.graph_hash(graph_iri("b")) == "h0"
        with pytest.raises(StoreError):
            s.remove_graph(graph_iri("a"))


def test_bad_graph_file(tmp_path: Path) -> None:
    (tmp_path / "bad.ttl").write_text("@prefix broken")
    with pytest.raises(UserInputError):
        open_store(tmp_path / "bad.ttl")
    with pytest.raises(StoreError):
        open_store(tmp_path / "absent.nq")


# -- locking and crash safety (real processes) ----------------------------------------------

HOLDER = textwrap.dedent(
    """
    import sys
    from kg.store import open_store
    store = open_store(sys.argv[1])
    print("locked", flush=True)
    sys.stdin.readline()
    store.close()
    """
)


def test_second_writer_is_refused_with_holder_pid(tmp_path: Path) -> None:
    location = tmp_path / "store"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(location)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        start = time.monotonic()
        with pytest.raises(StoreLockedError, match=f"store {location} is being written by process {holder.pid}"):
            open_store(location)
        assert time.monotonic() - start < 1.0  # refused at once, not after waiting
        with open_store(location, read_only=True) as reader:  # readers are not refused
            assert len(reader) == 0
    finally:
        holder.communicate("done\n", timeout=30)
    assert holder.returncode == 0
    with open_store(location) as s:
        assert (location / LOCK_FILE).read_text().strip() == str(os.getpid())
        assert len(s) == 0


WRITER = textwrap.dedent(
    """
    import sys
    from kg.store import open_store
    sys.path.insert(0, sys.argv[2])
    from test_store import article_ntriples, graph_iri
    store = open_store(sys.argv[1])
    for r in range(1000):
        for i in range(40):
            facts = (i * 7 + r * 13) % 40
            store.replace_graph(graph_iri(f"art{i}"), article_ntriples(f"art{i}", facts=facts, digest=f"{r}:{facts}"))
            print(r, i, flush=True)
    """
)


@pytest.mark.slow
def test_sigkill_leaves_every_graph_complete_or_absent(tmp_path: Path) -> None:
    location = tmp_path / "store"
    rng = random.Random(20251202)
    for _cycle in range(8):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(location), str(Path(__file__).parent)],
                                  stdout=subprocess.PIPE, text=True)
        written = rng.randint(1, 120)
        for _ in range(written):
            assert writer.stdout.readline(), "writer died early"
        time.sleep(rng.random() * 0.02)  # land the kill anywhere inside the next write
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        writer.stdout.close()
        with open_store(location) as s:  # the kill released the lock
            graphs = [g.value for g in s.named_graphs()]
            assert graphs, "nothing was written"
            for g in graphs:
                digest = s.graph_hash(g)
                assert digest is not None, f"{g} has no content hash"
                facts = int(digest.split(":")[1])
                assert graph_size(s, g) == 6 + 6 * facts, f"{g} is incomplete"


# -- remote (a real `oxigraph serve`) ------------------------------------------------------

def _oxigraph_binary() -> str | None:
    local = Path(sys.executable).parent / "oxigraph"
    return str(local) if local.exists() else shutil.which("oxigraph")


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server CLI (PyPI package 'oxigraph') is not installed")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    location = tmp_path_factory.mktemp("oxigraph-server")
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("oxigraph serve did not start")
            time.sleep(0.05)
    yield f"sparql+http://127.0.0.1:{port}/"
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def remote(server_url: str) -> Iterator[Store]:
    with open_store(server_url) as s:
        s.update("DROP ALL")
        yield s


@pytest.mark.server
def test_remote_replace_read_back_and_remove(remote: Store) -> None:
    assert isinstance(remote, RemoteStore)
    for name in ("a", "b"):
        remote.replace_graph(graph_iri(name), article_ntriples(name, digest=f"hash-{name}"))
    remote.replace_graph(graph_iri("a"), article_ntriples("a", facts=3, digest="hash-a2"))
    assert sorted(g.value for g in remote.named_graphs()) == [graph_iri("a"), graph_iri("b")]
    assert remote.graph_hash(graph_iri("a")) == "hash-a2" and remote.graph_hash(graph_iri("zz")) is None
    assert graph_size(remote, graph_iri("a")) == 24 and len(remote) == 42
    q = f"SELECT ?a WHERE {{ ?a a <{SCHEMA}NewsArticle> }} ORDER BY ?a"
    assert [r["a"].value for r in remote.query(q)] == [f"{ID}article/a", f"{ID}article/b"]
    remote.remove_graph(graph_iri("a"))
    assert [g.value for g in remote.named_graphs()] == [graph_iri("b")]
    with pytest.raises(QuerySyntaxError):
        remote.query("SELEKT nothing")


@pytest.mark.server
def test_remote_default_graph_is_a_set(remote: Store) -> None:
    check_default_graph_is_a_set(remote)


@pytest.mark.server
def test_remote_update_leaves_the_default_graph_the_union(remote: Store) -> None:
    test_an_update_leaves_the_default_graph_the_union(remote)


@pytest.mark.server
def test_remote_round_trip_with_embedded(remote: Store, store: Store) -> None:
    for name in ("a", "b"):
        store.replace_graph(graph_iri(name), article_ntriples(name))
    remote.load(store.dump(format=RdfFormat.N_QUADS), RdfFormat.N_QUADS)
    remote.load(f'<{ID}x> <{KG}acronym> "X" .', RdfFormat.N_TRIPLES, to_graph=graph_iri("c"))
    assert len(remote) == 37 and remote.contains_named_graph(graph_iri("c"))
    remote.remove_graph(graph_iri("c"))
    back = open_store(":memory:")
    back.load(remote.dump(format=RdfFormat.TRIG), RdfFormat.TRIG)
    assert _canonical(back) == _canonical(store)
    turtle = remote.dump(format=RdfFormat.TURTLE, from_graph=graph_iri("a"))
    assert '"Headline of a"@en' in turtle.decode()


@pytest.mark.server
def test_remote_read_only_and_unreachable(server_url: str) -> None:
    with open_store(server_url, read_only=True) as s, pytest.raises(StoreError, match="read-only"):
        s.replace_graph(graph_iri("a"), article_ntriples("a"))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        free = sock.getsockname()[1]
    with pytest.raises(StoreError, match="cannot reach"):
        len(open_store(f"sparql+http://127.0.0.1:{free}/"))


@pytest.mark.parametrize(
    ("url", "query", "update", "gsp"),
    [
        ("sparql+http://h:7878/", "http://h:7878/query", "http://h:7878/update", "http://h:7878/store"),
        ("sparql+http://h:3030/ds?profile=fuseki", "http://h:3030/ds/query", "http://h:3030/ds/update",
         "http://h:3030/ds/data"),
        ("sparql+https://u:p@h/repositories/kg?profile=graphdb", "https://h/repositories/kg",
         "https://h/repositories/kg/statements", "https://h/repositories/kg/rdf-graphs/service"),
        ("sparql+http://h:8890/?profile=virtuoso", "http://h:8890/sparql", "http://h:8890/sparql",
         "http://h:8890/sparql-graph-crud"),
        ("sparql+http://h/x/?query=sparql&update=/admin/up&store=gsp", "http://h/x/sparql", "http://h/admin/up",
         "http://h/x/gsp"),
    ],
)
def test_remote_endpoints_from_url(url: str, query: str, update: str, gsp: str) -> None:
    s = RemoteStore.from_url(url)
    assert (s.endpoint("query"), s.endpoint("update"), s.endpoint("store")) == (query, update, gsp)
    assert "oxigraph" in PROFILES


def test_remote_bad_url() -> None:
    with pytest.raises(StoreError, match="profile"):
        open_store("sparql+http://h/?profile=nope")
    with pytest.raises(StoreError, match="parameter"):
        open_store("sparql+http://h/?qurey=x")


def _canonical(store: Store) -> set[str]:
    # Blank node labels differ between stores: compare with them blanked out (no shared bnodes here).
    import re

    return {re.sub(r"_:\w+", "_:b", line) for line in store.dump(format=RdfFormat.N_QUADS).decode().splitlines()}


def test_named_node_arguments(store: Store) -> None:
    g = NamedNode(graph_iri("n"))
    store.replace_graph(g, article_ntriples("n"))
    assert store.graph_hash(g) == "h0" and store.contains_named_graph(g)


def test_replace_graph_from_nquads_takes_the_triples(store: Store) -> None:
    nquads = f'<{ID}article/q> <{KG}contentHash> "q" <{graph_iri("elsewhere")}> .\n'
    store.replace_graph(graph_iri("q"), nquads, format=RdfFormat.N_QUADS)
    assert [g.value for g in store.named_graphs()] == [graph_iri("q")] and store.graph_hash(graph_iri("q")) == "q"


def test_a_reader_makes_no_store_of_a_folder(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text("Headline\nBody.\n")
    with pytest.raises(StoreError, match="not a store"):
        open_store(tmp_path, read_only=True)
    assert [p.name for p in tmp_path.iterdir()] == ["article.txt"]


# -- the bulk path of a fresh store ------------------------------------------------------------

def many_graphs(n: int, *, digest: str = "h0") -> Iterator[tuple[str, str]]:
    return ((graph_iri(f"bulk{i}"), article_ntriples(f"bulk{i}", facts=i % 5, digest=digest)) for i in range(n))


def test_a_fresh_store_takes_a_large_write_in_bulk_with_the_same_content(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.store import bulk

    monkeypatch.setattr(bulk, "CHUNK_QUADS", 30_000)  # several chunks
    n = 3000  # 108,000 quads with the union's copies
    with open_store(tmp_path / "bulk") as s:
        assert s.replace_graphs(many_graphs(n)) == n
        assert s._bulk is not None and len(s._bulk.graphs) == n and s._bulk.quads == 108_000
        # A graph written again leaves the bulk path: the later content wins, the union follows.
        s.replace_graphs([(graph_iri("bulk1"), article_ntriples("bulk1", facts=0, digest="again"))])
        assert s.graph_hash(graph_iri("bulk1")) == "again" and graph_size(s, graph_iri("bulk1")) == 6
    assert not (tmp_path / "bulk" / bulk.BULK_FILE).exists()
    with open_store(":memory:") as ref:  # the same writes through transactions
        ref.replace_graphs(many_graphs(n))
        ref.replace_graphs([(graph_iri("bulk1"), article_ntriples("bulk1", facts=0, digest="again"))])
        expected = _canonical(ref)
        union = rows(ref, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    with open_store(tmp_path / "bulk", read_only=True) as s:
        assert _canonical(s) == expected
        assert len(rows(s, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")) == len(union)


def test_bad_data_in_a_bulk_write_keeps_the_graphs_before_it(tmp_path: Path) -> None:
    def graphs() -> Iterator[tuple[str, str]]:
        yield from many_graphs(2000)
        yield graph_iri("bad"), "<broken\n"
        yield graph_iri("never"), article_ntriples("never")

    with open_store(tmp_path / "bulk") as s, pytest.raises(UserInputError, match="bad"):
        s.replace_graphs(graphs())
    with open_store(tmp_path / "bulk", read_only=True) as s:
        names = {g.value for g in s.named_graphs()}
        assert len(names) == 2000 and graph_iri("bad") not in names and graph_iri("never") not in names


BULK_WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[2])
    from kg.store import open_store
    from test_store import article_ntriples, graph_iri

    def graphs():
        for i in range(20000):
            if i % 500 == 0:
                print(i, flush=True)
            yield graph_iri(f"k{i}"), article_ntriples(f"k{i}", facts=i % 7, digest=f"0:{i % 7}")

    open_store(sys.argv[1]).replace_graphs(graphs())
    """
)


@pytest.mark.slow
def test_a_bulk_write_killed_leaves_whole_graphs_or_an_empty_store(tmp_path: Path,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    location = tmp_path / "store"
    for lines in (2, 9, 17):  # killed before the bulk path starts, during the first chunk, about its end
        shutil.rmtree(location, ignore_errors=True)
        writer = subprocess.Popen([sys.executable, "-c", BULK_WRITER, str(location), str(Path(__file__).parent)],
                                  stdout=subprocess.PIPE, text=True)
        for _ in range(lines):
            assert writer.stdout.readline(), "writer died early"
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        writer.stdout.close()
        with open_store(location) as s:  # a marker left behind empties the store
            for g in (g.value for g in s.named_graphs()):
                facts = int((s.graph_hash(g) or "x:-1").split(":")[1])
                assert graph_size(s, g) == 6 + 6 * facts, f"{g} is incomplete"
            lonely = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
            assert rows(s, lonely) == [("0",)]  # the default graph holds nothing no article says
    assert any("first build was interrupted" in r.getMessage() for r in caplog.records)
