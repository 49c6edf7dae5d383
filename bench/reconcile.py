"""Reconciliation benchmark: batches of 100 queries against ``kg serve``'s ``/reconcile``.

    python bench/reconcile.py                       # the dev corpus's store and the 1M-quad store
    python bench/reconcile.py --skip synthetic      # the dev corpus only
    python bench/reconcile.py --triples 200000 --data .cache/bench-reconcile

Two stores: one built from the dev corpus (``../shared/corpus/dev`` and the seed article), and
the synthetic graph ``bench/endpoint.py`` generates (``--triples`` quads, one named graph per
article in kg's shape), loaded with ``oxigraph load``. Each is served by ``kg serve`` (gunicorn,
one worker, as ``--workers``) and asked, over one keep-alive HTTP connection, as OpenRefine asks:

* 100 names in one ``queries=`` batch (POST form): 100 entities taken evenly from the store's
  sorted entity list, written four ways in turn — the label, the label lower-cased, an alias
  or acronym when the entity has one (else the label), the label with two letters swapped —
  half of them with the entity's type. The first batch (cold: the worker reads the store's
  names into its index) is timed apart from ``--rounds`` warm ones.
* data extension of the 100 entities with two properties (``wikidata``, ``articleCount``);
* autocomplete (``/reconcile/suggest/entity``) for the first three letters of each name;
* the baseline, in the same run on the same server: each of the 100 names looked up through
  ``/sparql`` with one exact, case-insensitive label query — what a client without the service
  would do, and it finds only exact names.

Targets: a warm batch of 100 in < 1 s on the dev corpus's store and < 5 s on the 1M-quad one.
Top-1 is the share of queries whose first candidate is the entity the name was taken from.
"""
from __future__ import annotations

import argparse
import http.client
import importlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

# bench/ is not a package: the endpoint benchmark's generator, server and client, by path
sys.path.insert(0, str(Path(__file__).resolve().parent))
_endpoint = importlib.import_module("endpoint")
BIN, Client, Server, free_port, generate = (_endpoint.BIN, _endpoint.Client, _endpoint.Server, _endpoint.free_port,
                                            _endpoint.generate)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ID = "https://w3id.org/kg-news/id/"
KG = "https://w3id.org/kg-news/ontology#"
TYPES = ("State", "Person", "Legislature", "ArmedForces", "Organization", "InternationalOrganization", "Agreement",
         "Summit", "MilitaryBase", "Facility", "Place")
ENTITIES = f"""PREFIX kg: <{KG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?e (SAMPLE(?t) AS ?type) (MIN(?l) AS ?label) (MIN(?a) AS ?alias) WHERE {{
  {{ SELECT DISTINCT ?e ?t WHERE {{ VALUES ?t {{ {' '.join('kg:' + t for t in TYPES)} }} ?e a ?t }} }}
  {{ SELECT DISTINCT ?e ?l WHERE {{ ?e rdfs:label ?l }} }}
  OPTIONAL {{ {{ SELECT DISTINCT ?e ?a WHERE {{ ?e skos:altLabel|kg:acronym ?a }} }} }}
}} GROUP BY ?e ORDER BY ?e"""
LOOKUP = """PREFIX kg: <https://w3id.org/kg-news/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?e WHERE {{ ?e rdfs:label|skos:altLabel|kg:acronym ?name FILTER(LCASE(STR(?name)) = {name}) }} LIMIT 10"""


class Http(Client):
    """The endpoint benchmark's keep-alive client, for any path and form."""

    def post(self, path: str, fields: dict[str, str]) -> tuple[int, bytes]:
        self.path = path
        return self._send("POST", path, urlencode(fields).encode(), {"Content-Type": "application/x-www-form-urlencoded"})

    def get(self, path: str) -> tuple[int, bytes]:
        return self._send("GET", path, None, {})

    def _send(self, method: str, path: str, body: bytes | None, headers: dict[str, str]) -> tuple[int, bytes]:
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            try:
                self.conn.request(method, path, body, headers)
                response = self.conn.getresponse()
                data = response.read()
                if response.will_close:
                    self.close()
                return response.status, data
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.close()
                if attempt:
                    raise
        raise AssertionError("unreachable")


def ok(status: int, body: bytes, what: str) -> bytes:
    if status != 200:
        raise RuntimeError(f"{what}: HTTP {status}: {body[:300]!r}")
    return body


def timed(call):
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, result


def sample_names(client: Http, count: int) -> list[dict]:
    """``count`` entities spread over the store's sorted list, each written one of four ways."""
    rows = json.loads(ok(*client.post("/sparql", {"query": ENTITIES}), "entity list"))["results"]["bindings"]
    picked = [rows[i * len(rows) // count] for i in range(min(count, len(rows)))]
    out = []
    for n, row in enumerate(picked):
        label = row["label"]["value"]
        alias = row.get("alias", {}).get("value") or label
        way = n % 4
        if way == 1:
            text = label.lower()
        elif way == 2:
            text = alias
        elif way == 3 and len(label) > 4:
            middle = len(label) // 2
            text = label[:middle - 1] + label[middle] + label[middle - 1] + label[middle + 1:]
        else:
            text = label
        query = {"query": text}
        if n % 2 == 0:
            query["type"] = row["type"]["value"][len(KG):]
        out.append({"entity": row["e"]["value"], "query": query})
    return out


def bench_store(name: str, store: Path, args: argparse.Namespace, logs: Path) -> dict:
    port = free_port()
    server = Server(name, [str(BIN / "kg"), "serve", str(store), "--port", str(port), "--workers", str(args.workers)],
                    port, env={"KG_QUERY_TIMEOUT": str(args.timeout)}, log=logs / f"{name}.log")
    start_seconds = server.start(ready_timeout=300)
    client = Http(port, "/sparql", timeout=600)
    try:
        names = sample_names(client, args.queries)
        batch = json.dumps({f"q{i}": n["query"] for i, n in enumerate(names)})
        cold, body = timed(lambda: ok(*client.post("/reconcile", {"queries": batch}), "cold batch"))
        warm = []
        for _ in range(args.rounds):
            seconds, body = timed(lambda: ok(*client.post("/reconcile", {"queries": batch}), "warm batch"))
            warm.append(seconds)
        results = json.loads(body)
        top1 = sum(bool(results[f"q{i}"]["result"]) and ID + results[f"q{i}"]["result"][0]["id"] == n["entity"]
                   for i, n in enumerate(names)) / len(names)
        matched = sum(any(c["match"] for c in results[f"q{i}"]["result"]) for i in range(len(names)))
        wrong = sum(any(c["match"] and ID + c["id"] != n["entity"] for c in results[f"q{i}"]["result"])
                    for i, n in enumerate(names))
        extend = json.dumps({"ids": [n["entity"][len(ID):] for n in names],
                             "properties": [{"id": "wikidata"}, {"id": "articleCount"}]})
        extension = [timed(lambda: ok(*client.post("/reconcile", {"extend": extend}), "extend"))[0]
                     for _ in range(args.rounds)]
        suggest = []
        for n in names:
            path = "/reconcile/suggest/entity?" + urlencode({"prefix": n["query"]["query"][:3]})
            suggest.append(timed(lambda path=path: ok(*client.get(path), "suggest"))[0])
        baseline = []
        for _ in range(args.rounds):
            def lookups() -> None:
                for n in names:
                    literal = json.dumps(n["query"]["query"].lower())
                    ok(*client.post("/sparql", {"query": LOOKUP.format(name=literal)}), "baseline lookup")
            baseline.append(timed(lookups)[0])
        return {"store": name, "start": start_seconds, "queries": len(names), "cold": cold,
                "warm": statistics.median(warm), "warm_min": min(warm), "extend": statistics.median(extension),
                "suggest_p50": statistics.median(suggest), "suggest_max": max(suggest),
                "baseline": statistics.median(baseline), "top1": top1, "matched": matched, "wrong": wrong}
    finally:
        client.close()
        server.stop()


def build_dev_store(folder: Path) -> tuple[Path, int]:
    store = folder / "dev-store"
    articles = sorted((SHARED / "corpus" / "dev").glob("*.txt")) + sorted((SHARED / "seed").glob("*.txt"))
    if not store.exists():
        start = time.perf_counter()
        subprocess.run([str(BIN / "kg"), "build", *map(str, articles), "--store", str(store)], check=True,
                       stdout=subprocess.DEVNULL)
        print(f"built the dev corpus's store ({len(articles)} articles) in {time.perf_counter() - start:.1f} s",
              file=sys.stderr, flush=True)
    return store, len(articles)


def synthetic_store(folder: Path, triples: int) -> tuple[Path, int, int]:
    data = folder / f"graph-{triples}.nq"
    store = folder / f"kg-store-{triples}"
    quads = articles = 0
    if not data.exists() or not store.exists():
        quads, articles = generate(data, triples)
        if store.exists():
            shutil.rmtree(store)
        subprocess.run([str(BIN / "oxigraph"), "load", "--location", str(store), "--file", str(data)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    else:
        with data.open(encoding="utf-8") as lines:
            quads = sum(1 for _ in lines)
    return store, quads, articles


def report(rows: list[dict]) -> str:
    header = ("| store | batch of 100, cold s | warm s (median / best) | baseline: 100 exact SPARQL lookups s | "
              "warm ÷ baseline | extend 100 × 2 s | suggest p50 / max ms | top-1 | matched | wrong matches |")
    out = [header, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        out.append(f"| {r['store']} | {r['cold']:.2f} | {r['warm']:.3f} / {r['warm_min']:.3f} | {r['baseline']:.3f} | "
                   f"{r['warm'] / r['baseline']:.2f} | {r['extend']:.3f} | {r['suggest_p50'] * 1000:.1f} / "
                   f"{r['suggest_max'] * 1000:.1f} | {r['top1']:.2f} | {r['matched']} | {r['wrong']} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="quads of the synthetic store (default 1,000,000)")
    parser.add_argument("--queries", type=int, default=100, help="queries per batch (default 100)")
    parser.add_argument("--rounds", type=int, default=5, help="warm batches (and baseline passes) per store (default 5)")
    parser.add_argument("--workers", type=int, default=1, help="kg's gunicorn workers (default 1)")
    parser.add_argument("--timeout", type=float, default=30.0, help="kg's query timeout, s (default 30)")
    parser.add_argument("--skip", action="append", default=[], choices=["dev", "synthetic"], help="leave a store out")
    parser.add_argument("--data", type=Path, help="keep (or reuse) the stores in this folder")
    args = parser.parse_args(argv)

    folder = args.data or Path(tempfile.mkdtemp(prefix="kg-reconcile-"))
    folder.mkdir(parents=True, exist_ok=True)
    logs = folder / "logs"
    logs.mkdir(exist_ok=True)
    rows = []
    try:
        if "dev" not in args.skip:
            if not (SHARED / "corpus" / "dev").is_dir():
                print(f"no dev corpus at {SHARED / 'corpus' / 'dev'}; use --skip dev", file=sys.stderr)
                return 2
            store, articles = build_dev_store(folder)
            rows.append({**bench_store(f"dev corpus ({articles} articles)", store, args, logs), "target": 1.0})
        if "synthetic" not in args.skip:
            store, quads, articles = synthetic_store(folder, args.triples)
            label = f"synthetic, {quads:,} quads" + (f" ({articles:,} articles)" if articles else "")
            rows.append({**bench_store(label, store, args, logs), "target": 5.0})
    finally:
        if args.data is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(report(rows))
    met = all(r["warm"] < r["target"] for r in rows)
    print(f"\ntargets (warm batch of 100: < 1 s on the dev corpus, < 5 s on 1M quads): {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
