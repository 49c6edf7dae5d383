"""Endpoint benchmark: kg's SPARQL endpoint against rdflib-endpoint and Oxigraph's own server.

    python bench/endpoint.py                          # 1M triples, 4 clients, all three servers
    python bench/endpoint.py --triples 200000 --skip rdflib-endpoint
    python bench/endpoint.py --load                   # 64 clients against kg for 60 s, zero errors wanted

Generates a synthetic graph in kg's shape (ARCHITECTURE.md "The graph's shape": one named graph
per article with its entities, facts, evidence and provenance) as N-Quads and builds kg's store
from it the way ``kg build`` writes one (``replace_graphs``: each article a named graph, the
default graph their union with each triple once). The same data — every quad of that store, the
deduplicated default graph included — goes into (a) ``kg serve`` (gunicorn), (b)
``rdflib-endpoint serve`` (uvicorn, rdflib's in-memory store) and (c) ``oxigraph serve`` (its
own default graph), then the benchmark replays ``queries/*.rq`` plus a few heavier joins written
plainly and a point lookup against each server, one at a time, over keep-alive HTTP connections
from ``--concurrency`` client threads. It prints p50/p95 latency per server and query, the
overall throughput and the ratios kg/rdflib-endpoint and kg/oxigraph (targets: ≥ 20× and ≥ 1×).
rdflib-endpoint is not installed with kg: ``pip install 'rdflib-endpoint[cli]'`` into the same
environment, or ``--skip rdflib-endpoint``.

There is no warm-up: each thread starts at a different query and loops over the list until
``--duration`` passes (requests in flight finish or time out). Every request has a timeout (a
timeout, or kg's own 503 when its query timeout stops a query, counts as a failure) and every server is stopped, with
its process group, when the run ends.
"""
from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import math
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
QUERIES = ROOT / "queries"

ID = "https://w3id.org/kg-news/id/"
KG = "https://w3id.org/kg-news/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
PREF = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
IN_SCHEME = "<http://www.w3.org/2004/02/skos/core#inScheme>"
CONCEPT = "<http://www.w3.org/2004/02/skos/core#Concept>"
SAME_AS = "<http://www.w3.org/2002/07/owl#sameAs>"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"

# ---------------------------------------------------------------------------------------------
# The synthetic graph
# ---------------------------------------------------------------------------------------------

POOLS = {"state": 195, "person": 1500, "legislature": 150, "armedforces": 150, "organization": 60,
         "agreement": 2000, "summit": 400, "place": 800, "militarybase": 300}
CLASSES = {"state": "State", "person": "Person", "legislature": "Legislature", "armedforces": "ArmedForces",
           "organization": "InternationalOrganization", "agreement": "Agreement", "summit": "Summit",
           "place": "Place", "militarybase": "MilitaryBase"}
ACTIVITIES = ["refuelling", "maintenance", "port-call", "joint-exercise", "humanitarian-assistance", "resupply",
              "personnel-movement", "equipment-movement", "training", "intelligence-sharing"]
FACILITY_KINDS = ["military-base", "naval-base", "air-base", "port", "airfield", "logistics-facility"]
OFFICES = ["president", "prime-minister", "foreign-minister", "defence-minister", "chancellor", "speaker"]
MODALITIES = ["asserted"] * 8 + ["planned", "negated"]


def _iri(path: str) -> str:
    return f"<{ID}{path}>"


def _kg(name: str) -> str:
    return f"<{KG}{name}>"


def _lit(text: str, lang: str | None = None, datatype: str | None = None) -> str:
    body = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if lang:
        return body + "@" + lang
    if datatype:
        return f"{body}^^<{XSD}{datatype}>"
    return body


class _Graph:
    def __init__(self, name: str) -> None:
        self.graph = f" <{ID}graph/{name}> .\n"
        self.lines: list[str] = []

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} {p} {o}{self.graph}")


def _entity(g: _Graph, kind: str, n: int, seen: set[str]) -> str:
    iri = _iri(f"{kind}/Q{n + 1000}")
    if iri in seen:
        return iri
    seen.add(iri)
    name = f"{CLASSES[kind]} {n}"
    g.add(iri, RDF_TYPE, _kg(CLASSES[kind]))
    g.add(iri, LABEL, _lit(name, "en"))
    if kind in ("state", "person", "legislature", "place", "organization"):
        g.add(iri, SAME_AS, f"<http://www.wikidata.org/entity/Q{n + 1000}>")
        g.add(iri, _kg("linkConfidence"), _lit("1", datatype="double"))
    if kind in ("state", "person", "agreement"):
        g.add(iri, ALT, _lit(f"{name} alias", "en"))
    if kind in ("agreement", "organization"):
        g.add(iri, _kg("acronym"), _lit(f"A{n}"))
    return iri


def _concept(g: _Graph, scheme: str, cls: str, slug: str, seen: set[str]) -> str:
    iri = _iri(f"concept/{scheme}/{slug}")
    if iri not in seen:
        seen.add(iri)
        g.add(iri, RDF_TYPE, CONCEPT)
        g.add(iri, RDF_TYPE, _kg(cls))
        g.add(iri, IN_SCHEME, _kg({"activity": "activities", "facility-kind": "facilityKinds", "office": "offices"}[scheme]))
        g.add(iri, PREF, _lit(slug.replace("-", " "), "en"))
    return iri


def _article(rng: random.Random, i: int) -> list[str]:
    """One article's named graph (about 200 quads) in the shape kg's rdf.build writes."""
    name = f"article-{i:06d}"
    g, seen = _Graph(name), set()
    article, graph, activity = _iri(f"article/{name}"), _iri(f"graph/{name}"), _iri(f"activity/extraction/{name}")
    agent = _iri("agent/kg/0.1.0")
    g.add(graph, RDF_TYPE, f"<{PROV}Entity>")
    g.add(graph, f"<{PROV}wasDerivedFrom>", article)
    g.add(graph, f"<{PROV}wasGeneratedBy>", activity)
    g.add(activity, RDF_TYPE, f"<{PROV}Activity>")
    g.add(activity, f"<{PROV}used>", article)
    g.add(activity, f"<{PROV}wasAssociatedWith>", agent)
    g.add(agent, RDF_TYPE, f"<{PROV}SoftwareAgent>")
    g.add(agent, LABEL, _lit("kg 0.1.0", "en"))
    g.add(article, RDF_TYPE, f"<{SCHEMA}NewsArticle>")
    g.add(article, f"<{SCHEMA}headline>", _lit(f"Headline of synthetic article {i}", "en"))
    g.add(article, f"<{SCHEMA}datePublished>", _lit(f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", datatype="date"))
    g.add(article, f"<{SCHEMA}url>", f"<https://news.example.org/{i}>")
    g.add(article, _kg("contentHash"), _lit(hashlib.sha256(name.encode()).hexdigest()))

    pick = lambda kind: _entity(g, kind, rng.randrange(POOLS[kind]), seen)
    a, b = (_entity(g, "state", n, seen) for n in rng.sample(range(POOLS["state"]), 2))
    agreement, summit, place = pick("agreement"), pick("summit"), pick("place")
    evidence = []
    offset = 0
    for k in range(rng.randint(5, 8)):
        length = rng.randint(60, 240)
        ev = _iri(f"evidence/{name}/{offset}-{offset + length}")
        g.add(ev, RDF_TYPE, _kg("Evidence"))
        g.add(ev, _kg("sentence"), _lit(f"Sentence {k} of article {i}, about {length} characters long, " * 2))
        g.add(ev, _kg("startOffset"), _lit(str(offset), datatype="integer"))
        g.add(ev, _kg("endOffset"), _lit(str(offset + length), datatype="integer"))
        g.add(ev, f"<{PROV}wasQuotedFrom>", article)
        evidence.append(ev)
        offset += length + 1

    def fact(kind: str, cls: str, fields: list[tuple[str, str]]) -> str:
        modality = rng.choice(MODALITIES)
        key = kind + "|" + "|".join(f"{p}={o}" for p, o in sorted(fields)) + "|" + modality
        node = _iri(f"fact/{kind}/{hashlib.sha1(key.encode()).hexdigest()[:16]}")
        g.add(node, RDF_TYPE, _kg(cls))
        for p, o in fields:
            g.add(node, _kg(p), o)
        g.add(node, _kg("modality"), _lit(modality))
        g.add(node, _kg("evidence"), rng.choice(evidence))
        return node

    date = lambda: _lit(f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", datatype="date")
    for party in (a, b):
        fact("parties", "AgreementParty", [("agreement", agreement), ("party", party)])
        g.add(agreement, _kg("hasParty"), party)
    fact("ratification", "Ratification", [("agreement", agreement), ("state", a), ("body", pick("legislature")),
                                          ("date", date())])
    fact("signing", "Signing", [("agreement", agreement), ("signatory", rng.choice((a, b, pick("person")))),
                                ("date", date()), ("place", place)])
    for _ in range(rng.randint(1, 3)):
        user, host = rng.sample((a, b), 2)
        kind = _concept(g, "facility-kind", "FacilityKind", rng.choice(FACILITY_KINDS), seen)
        fact("access", "AccessArrangement", [("user", user), ("host", host), ("facilityKind", kind),
                                             ("agreement", agreement)])
    for _ in range(rng.randint(2, 5)):
        act = _concept(g, "activity", "Activity", rng.choice(ACTIVITIES), seen)
        fact("permits", "Permission", [("agreement", agreement), ("activity", act)])
        g.add(agreement, _kg("permits"), act)
    person = pick("person")
    office = _concept(g, "office", "Office", rng.choice(OFFICES), seen)
    fact("office", "OfficeHolding", [("person", person), ("office", office), ("officeOf", a)])
    fact("summit", "SummitMeeting", [("summit", summit), ("location", place), ("startDate", date()),
                                     ("ordinal", _lit(str(rng.randint(1, 30)), datatype="integer")),
                                     ("participant", a), ("participant", b)])
    for _ in range(rng.randint(1, 2)):
        fact("visit", "Visit", [("visitor", person), ("destination", place), ("startDate", date()),
                                ("purpose", summit)])
    org = pick("organization")
    fact("member", "Membership", [("member", rng.choice((a, b))), ("organization", org)])
    g.add(a, _kg("memberOf"), org)
    pick("armedforces")
    if rng.random() < 0.3:
        pick("militarybase")
    return g.lines


def generate(path: Path, triples: int, seed: int = 7) -> tuple[int, int]:
    """Write at least ``triples`` quads to ``path``; (quads, articles)."""
    rng = random.Random(seed)
    quads = articles = 0
    with path.open("w", encoding="utf-8") as out:
        while quads < triples:
            lines = _article(rng, articles)
            out.writelines(lines)
            quads += len(lines)
            articles += 1
    return quads, articles


def article_graphs(path: Path):
    """(graph IRI, N-Triples) per article of a generated N-Quads file, in order."""
    graph, lines = None, []
    with path.open(encoding="utf-8") as data:
        for line in data:
            head, _, name = line.rstrip(" .\n").rpartition(" <")
            name = name.rstrip(">")
            if graph is not None and name != graph:
                yield graph, "".join(lines)
                lines = []
            graph = name
            lines.append(head + " .\n")
    if graph is not None:
        yield graph, "".join(lines)


def oxigraph_store(folder: Path, triples: int) -> Path:
    """A store in ``folder`` of ``triples`` synthetic triples, loaded by Oxigraph's own CLI."""
    data = folder / "graph.nq"
    generate(data, triples)
    store = folder / "store"
    subprocess.run([str(BIN / "oxigraph"), "load", "--location", str(store), "--file", str(data)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return store


def build_kg_store(data: Path, location: Path) -> Path:
    """kg's store of ``data``, written as ``kg build`` writes; N-Quads of all it holds, beside it."""
    import pyoxigraph

    from kg.store import checkpoints, open_store

    with open_store(location) as store:
        store.replace_graphs(article_graphs(data))
    dump = location.with_suffix(".nq")
    newest = checkpoints.latest(location)
    assert newest is not None
    pyoxigraph.Store.read_only(str(newest)).dump(str(dump), pyoxigraph.RdfFormat.N_QUADS)
    return dump


# ---------------------------------------------------------------------------------------------
# The queries
# ---------------------------------------------------------------------------------------------

PREFIXES = f"""PREFIX kg: <{KG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <{PROV}>
"""
EXTRA_QUERIES = {
    # The OPTIONAL comes last: Oxigraph evaluates the patterns after an OPTIONAL as a group of
    # their own, here three unrelated labels (a cross product), whatever the data.
    "x-agreement-parties-signings": PREFIXES + """
SELECT ?agreementLabel ?partyLabel ?signatoryLabel ?date WHERE {
  ?p a kg:AgreementParty ; kg:agreement ?a ; kg:party ?party .
  ?s a kg:Signing ; kg:agreement ?a ; kg:signatory ?signatory .
  ?a rdfs:label ?agreementLabel . ?party rdfs:label ?partyLabel . ?signatory rdfs:label ?signatoryLabel .
  OPTIONAL { ?s kg:date ?date }
} ORDER BY ?agreementLabel LIMIT 1000""",
    "x-facts-per-state": PREFIXES + """
SELECT ?state ?label (COUNT(DISTINCT ?fact) AS ?facts) WHERE {
  ?state a kg:State ; rdfs:label ?label .
  ?fact ?role ?state ; kg:modality ?modality .
} GROUP BY ?state ?label ORDER BY DESC(?facts)""",
    "x-three-hops": PREFIXES + """
SELECT DISTINCT ?person ?org WHERE {
  ?v a kg:Visit ; kg:visitor ?person ; kg:purpose ?summit .
  ?m a kg:SummitMeeting ; kg:summit ?summit ; kg:participant ?state .
  ?state kg:memberOf ?org .
} LIMIT 5000""",
    "x-facts-by-class": PREFIXES + """
SELECT ?class ?modality (COUNT(*) AS ?n) WHERE {
  ?fact kg:modality ?modality ; a ?class .
} GROUP BY ?class ?modality ORDER BY ?class ?modality""",
    "x-lookup": PREFIXES + """
SELECT ?p ?o WHERE { <https://w3id.org/kg-news/id/state/Q1068> ?p ?o } LIMIT 100""",
}


def load_queries() -> dict[str, str]:
    queries = {p.stem: p.read_text(encoding="utf-8") for p in sorted(QUERIES.glob("*.rq"))}
    queries.update(EXTRA_QUERIES)
    return queries


# ---------------------------------------------------------------------------------------------
# Servers
# ---------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    name: str
    argv: list[str]
    port: int
    path: str = "/sparql"
    env: dict[str, str] = field(default_factory=dict)
    log: Path | None = None
    process: subprocess.Popen | None = None

    def start(self, ready_timeout: float) -> float:
        """Start in its own process group; wait until a query answers; the seconds that took."""
        start = time.perf_counter()
        out = self.log.open("wb") if self.log else subprocess.DEVNULL
        self.process = subprocess.Popen(self.argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                        env={**os.environ, **self.env}, start_new_session=True)
        deadline = start + ready_timeout
        client = Client(self.port, self.path, timeout=30)
        while time.perf_counter() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}; see {self.log}")
            try:
                status, _ = client.query("ASK { ?s ?p ?o }")
                if status == 200:
                    return time.perf_counter() - start
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"{self.name} did not answer within {ready_timeout:g} s; see {self.log}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(5)
        except ProcessLookupError:
            pass


# ---------------------------------------------------------------------------------------------
# The client
# ---------------------------------------------------------------------------------------------


class Client:
    """One keep-alive HTTP/1.1 connection that POSTs form-encoded queries."""

    def __init__(self, port: int, path: str, timeout: float) -> None:
        self.port, self.path, self.timeout = port, path, timeout
        self.conn: http.client.HTTPConnection | None = None

    def query(self, text: str, accept: str = "application/sparql-results+json") -> tuple[int, bytes]:
        body = urlencode({"query": text}).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            try:
                self.conn.request("POST", self.path, body, headers)
                response = self.conn.getresponse()
                data = response.read()
                if response.will_close:
                    self.close()
                return response.status, data
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as error:
                # The server closed an idle keep-alive connection: retry once on a new one.
                self.close()
                if attempt:
                    raise OSError(str(error)) from error
            except BaseException:
                self.close()
                raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


@dataclass
class Sample:
    query: str
    seconds: float
    ok: bool
    error: str = ""


def run_clients(port: int, path: str, jobs: list[str], queries: dict[str, str], *, concurrency: int,
                until: float | None, timeout: float, stop_after: int | None = None,
                rows: dict[str, int | None] | None = None) -> tuple[list[Sample], float]:
    """``concurrency`` threads, each with its own connection, take names from ``jobs`` in turn.

    Thread i runs jobs i, i + concurrency, … (so one pass of all threads covers the list) and loops until ``until`` (a
    ``time.perf_counter()`` deadline) or, if ``until`` is None, until it has run ``stop_after``
    requests. Returns the samples and the wall time; ``rows`` gets each query's first row count.
    """
    samples: list[Sample] = []
    lock = threading.Lock()

    def worker(index: int) -> None:
        client = Client(port, path, timeout)
        own: list[Sample] = []
        n = 0
        try:
            while True:
                if until is not None and time.perf_counter() >= until:
                    break
                if until is None and n >= (stop_after or len(jobs)):
                    break
                name = jobs[(index + n * concurrency) % len(jobs)]  # together the threads cover the list in order
                n += 1
                start = time.perf_counter()
                try:
                    status, body = client.query(queries[name])
                    ok, error = 200 <= status < 300, "" if 200 <= status < 300 else f"HTTP {status}"
                    if ok and rows is not None and name not in rows:
                        rows[name] = count_rows(body)
                except (OSError, http.client.HTTPException) as exc:
                    ok, error = False, type(exc).__name__
                own.append(Sample(name, time.perf_counter() - start, ok, error))
        finally:
            client.close()
            with lock:
                samples.extend(own)

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(concurrency)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return samples, time.perf_counter() - start


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q / 100 * len(values) + 0.5) - 1))]


@dataclass
class Result:
    server: str
    samples: list[Sample]
    wall: float
    rows: dict[str, int | None]
    ready: float

    @property
    def ok(self) -> int:
        return sum(s.ok for s in self.samples)

    @property
    def failed(self) -> int:
        return sum(not s.ok for s in self.samples)

    @property
    def throughput(self) -> float:
        return self.ok / self.wall if self.wall else 0.0

    def latencies(self, query: str) -> list[float]:
        return [s.seconds for s in self.samples if s.query == query and s.ok]


def count_rows(body: bytes) -> int | None:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if "boolean" in data:
        return 1
    return len(data.get("results", {}).get("bindings", []))


def bench_server(server: Server, queries: dict[str, str], *, concurrency: int, duration: float,
                 timeout: float, ready_timeout: float, rounds: int | None) -> Result:
    """Start ``server``, run the timed mix (or ``rounds`` passes), stop it; a server that does not start has no samples."""
    print(f"[{server.name}] starting …", file=sys.stderr, flush=True)
    try:
        try:
            ready = server.start(ready_timeout)
        except RuntimeError as error:
            print(f"[{server.name}] {error}", file=sys.stderr, flush=True)
            return Result(server.name, [], 0.0, {}, float("nan"))
        print(f"[{server.name}] ready in {ready:.1f} s", file=sys.stderr, flush=True)
        rows: dict[str, int | None] = {}
        names = list(queries)
        if rounds:  # the slow server: a fixed number of passes over the queries
            samples, wall = run_clients(server.port, server.path, names, queries, concurrency=concurrency,
                                        until=None, timeout=timeout, rows=rows,
                                        stop_after=max(1, -(-rounds * len(names) // concurrency)))
        else:
            samples, wall = run_clients(server.port, server.path, names, queries, concurrency=concurrency,
                                        until=time.perf_counter() + duration, timeout=timeout, rows=rows)
        print(f"[{server.name}] {sum(s.ok for s in samples)} ok, {sum(not s.ok for s in samples)} failed "
              f"in {wall:.1f} s", file=sys.stderr, flush=True)
        return Result(server.name, samples, wall, rows, ready)
    finally:
        server.stop()


# ---------------------------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------------------------


def _ms(value: float) -> str:
    if math.isnan(value):
        return "—"
    return f"{value * 1000:,.0f}" if value >= 0.1 else f"{value * 1000:.1f}"


def latency_table(results: list[Result], queries: dict[str, str]) -> list[str]:
    """One row per query: the rows each server answered and its p50 / p95 latency."""
    lines = ["| query | rows | " + " | ".join(f"{r.server} p50 / p95 ms" for r in results) + " |",
             "|---|---:|" + "---:|" * len(results)]
    for q in queries:
        rows = {r.rows.get(q) for r in results if r.rows.get(q) is not None}
        shown = ", ".join(f"{n:,}" for n in sorted(rows)) if rows else "—"
        if len(rows) > 1:
            shown += " (differ!)"
        cells = []
        for r in results:
            lat = r.latencies(q)
            fails = sum(1 for s in r.samples if s.query == q and not s.ok)
            cell = f"{_ms(percentile(lat, 50))} / {_ms(percentile(lat, 95))}" if lat else "—"
            cells.append(cell + (f" ({fails} failed)" if fails else ""))
        lines.append(f"| `{q}` | {shown} | " + " | ".join(cells) + " |")
    return lines


def report(results: list[Result], queries: dict[str, str]) -> str:
    lines = latency_table(results, queries)
    lines += ["", "| server | queries ok | failed | seconds | queries/s |", "|---|---:|---:|---:|---:|"]
    for r in results:
        lines.append(f"| {r.server} | {r.ok:,} | {r.failed:,} | {r.wall:.1f} | {r.throughput:,.2f} |")
    by = {r.server: r for r in results}
    kgs = [r for r in results if r.server.startswith("kg")]
    if kgs:
        lines.append("")
    for kg in kgs:
        for other, target in (("rdflib-endpoint", 20.0), ("oxigraph", 1.0)):
            if other in by:
                theirs = by[other].throughput
                ratio = kg.throughput / theirs if theirs else float("inf")
                verdict = "met" if ratio >= target else "missed"
                lines.append(f"{kg.server}/{other} throughput: {ratio:,.2f}× (target ≥ {target:g}×: {verdict})")
    return "\n".join(lines)


def load_report(result: Result) -> str:
    lat = [s.seconds for s in result.samples if s.ok]
    errors: dict[str, int] = {}
    for s in result.samples:
        if not s.ok:
            errors[s.error] = errors.get(s.error, 0) + 1
    return "\n".join([
        "| clients | seconds | requests | errors | requests/s | p50 ms | p95 ms | p99 ms |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
        (f"| {result.rows['clients']} | {result.wall:.1f} | {len(result.samples):,} | {result.failed:,} | "
        f"{len(result.samples) / result.wall:,.1f} | {_ms(percentile(lat, 50))} | {_ms(percentile(lat, 95))} | "
        f"{_ms(percentile(lat, 99))} |"),
        *(f"errors: {k} × {v}" for k, v in sorted(errors.items())),
    ])


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def kg_server(store: Path, logs: Path, args: argparse.Namespace, name: str = "kg", cache: bool = True) -> Server:
    port = free_port()
    env = {"KG_MAX_ROWS": str(10_000_000), "KG_QUERY_TIMEOUT": str(args.timeout)}
    if not cache:
        env["KG_RESULT_CACHE_BYTES"] = "0"
    if args.query_slots:
        env["KG_QUERY_SLOTS"] = str(args.query_slots)
    return Server(name, [str(BIN / "kg"), "serve", str(store), "--port", str(port), "--workers", str(args.workers)],
                  port, env=env, log=logs / f"{name}.log")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="quads to generate (default 1,000,000)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (default 4)")
    parser.add_argument("--duration", type=float, default=60.0,
                        help="seconds of timed queries per server (default 60; rdflib-endpoint runs --rdflib-rounds instead)")
    parser.add_argument("--timeout", type=float, default=30.0, help="per-request timeout for kg and oxigraph (s)")
    parser.add_argument("--rdflib-timeout", type=float, default=30.0, help="per-request timeout for rdflib-endpoint (s)")
    parser.add_argument("--rdflib-rounds", type=int, default=1, help="passes over the queries for rdflib-endpoint (0: --duration, as the others)")
    parser.add_argument("--workers", type=int, default=2, help="kg's gunicorn workers (default 2, kg's own)")
    parser.add_argument("--query-slots", type=int, default=0, help="KG_QUERY_SLOTS for kg (default: kg's own)")
    parser.add_argument("--without-cache", action="store_true",
                        help="also run kg with its result cache off (KG_RESULT_CACHE_BYTES=0), as kg-no-cache")
    parser.add_argument("--skip", action="append", default=[], choices=["kg", "rdflib-endpoint", "oxigraph"],
                        help="leave a server out (repeatable)")
    parser.add_argument("--only", help="comma-separated query names to run (default: all)")
    parser.add_argument("--load", action="store_true", help="the load run: --clients clients against kg only")
    parser.add_argument("--clients", type=int, default=64, help="clients of the load run (default 64)")
    parser.add_argument("--load-duration", type=float, default=60.0, help="seconds of the load run (default 60)")
    parser.add_argument("--data", type=Path, help="reuse (or keep) the data in this folder instead of a temporary one")
    args = parser.parse_args(argv)

    queries = load_queries()
    if args.only:
        queries = {k: v for k, v in queries.items() if k in args.only.split(",")}
    if args.load:
        # The load mix: the catalogue only (the heavier joins are the comparison's business).
        queries = {k: v for k, v in queries.items() if not k.startswith("x-") or k == "x-lookup"}

    tmp = None
    if args.data is None:
        tmp = tempfile.mkdtemp(prefix="kg-endpoint-")
        folder = Path(tmp)
    else:
        folder = args.data
        folder.mkdir(parents=True, exist_ok=True)
    logs = folder / "logs"
    logs.mkdir(exist_ok=True)
    try:
        data = folder / f"graph-{args.triples}.nq"
        if not data.exists():
            start = time.perf_counter()
            quads, articles = generate(data, args.triples)
            print(f"generated {quads:,} quads ({articles:,} articles) in {time.perf_counter() - start:.1f} s",
                  file=sys.stderr, flush=True)
        stores = {"kg": folder / f"kg-store-{args.triples}", "oxigraph": folder / f"oxigraph-store-{args.triples}"}
        dump = stores["kg"].with_suffix(".nq")
        if not stores["kg"].exists() or not dump.exists():
            start = time.perf_counter()
            shutil.rmtree(stores["kg"], ignore_errors=True)
            build_kg_store(data, stores["kg"])
            print(f"built kg's store in {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)
        if not stores["oxigraph"].exists():
            start = time.perf_counter()
            subprocess.run([str(BIN / "oxigraph"), "load", "--location", str(stores["oxigraph"]), "--file", str(dump)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print(f"loaded oxigraph's store in {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)

        if args.load:
            server = kg_server(stores["kg"], logs, args)
            result = bench_server(server, queries, concurrency=args.clients, duration=args.load_duration,
                                  timeout=args.timeout, ready_timeout=120, rounds=None)
            result.rows = {"clients": args.clients}
            print(f"\nLoad run: {args.clients} clients, {args.load_duration:g} s, kg --workers {args.workers}, "
                  f"queries: {', '.join(queries)}\n")
            print(load_report(result))
            return 0 if result.failed == 0 else 1

        results = []
        if "kg" not in args.skip:
            results.append(bench_server(kg_server(stores["kg"], logs, args), queries, concurrency=args.concurrency,
                                        duration=args.duration, timeout=args.timeout, ready_timeout=120, rounds=None))
        if "kg" not in args.skip and args.without_cache:
            server = kg_server(stores["kg"], logs, args, name="kg-no-cache", cache=False)
            results.append(bench_server(server, queries, concurrency=args.concurrency, duration=args.duration,
                                        timeout=args.timeout, ready_timeout=120, rounds=None))
        if "oxigraph" not in args.skip:
            port = free_port()
            server = Server("oxigraph", [str(BIN / "oxigraph"), "serve", "--location", str(stores["oxigraph"]),
                                         "--bind", f"127.0.0.1:{port}", "--timeout-s", str(int(args.timeout))],
                            port, path="/query", log=logs / "oxigraph.log")
            results.append(bench_server(server, queries, concurrency=args.concurrency, duration=args.duration,
                                        timeout=args.timeout, ready_timeout=120, rounds=None))
        if "rdflib-endpoint" not in args.skip:
            exe = BIN / "rdflib-endpoint"
            if not exe.exists():
                print("rdflib-endpoint is not installed: pip install 'rdflib-endpoint[cli]' (or --skip rdflib-endpoint)",
                      file=sys.stderr)
                return 2
            port = free_port()
            server = Server("rdflib-endpoint", [str(exe), "serve", str(dump), "--host", "127.0.0.1",
                                                "--port", str(port)], port, path="/", log=logs / "rdflib-endpoint.log")
            results.append(bench_server(server, queries, concurrency=args.concurrency, duration=args.duration,
                                        timeout=args.rdflib_timeout, ready_timeout=900, rounds=args.rdflib_rounds))
        print(f"\n{args.triples:,} quads, {args.concurrency} clients, {os.cpu_count()} cores; "
              f"kg --workers {args.workers}\n")
        print(report(results, queries))
        return 0
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
