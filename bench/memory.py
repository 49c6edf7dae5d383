"""The memory cap: how large do kg's query processes grow on queries built to eat memory?

    python bench/memory.py                   # 20,000 quads; the cap as shipped, then no cap
    python bench/memory.py --cap 512

Serves a synthetic store in kg's shape (bench/endpoint.py's generator) twice — with
``KG_QUERY_MEMORY_MB`` at ``--cap`` (default: kg's own), then at 0 (no cap, the baseline) — and
sends each query of :data:`QUERIES` once, sampling every 20 ms the resident memory of every
process under the server. It prints each query's status, seconds and the largest query process.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from endpoint import (  # bench/ is not a package
    BIN,
    Client,
    Server,
    free_port,
    oxigraph_store,
)

from kg.settings import Settings

QUERIES = {
    "CONCAT doubling": "SELECT (STRLEN(?a40) AS ?n) { BIND('aaaaaaaaaaaaaaaa' AS ?a0) "
                       + " ".join(f"BIND(CONCAT(?a{i}, ?a{i}) AS ?a{i + 1})" for i in range(40)) + " }",
    "ORDER BY over a join": "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f ?a ?d LIMIT 1",
}


def descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
        except OSError:
            continue
        for child in map(int, children):
            out.append(child)
            todo.append(child)
    return out


def rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def measure(server: Server, query: str, timeout: float) -> tuple[int, float, float, str]:
    """(status, seconds, largest process seen in MiB, error type)."""
    assert server.process is not None
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            for pid in descendants(server.process.pid):
                peak[0] = max(peak[0], rss_mib(pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    client = Client(server.port, "/sparql", timeout=timeout + 30)
    start = time.perf_counter()
    try:
        status, body = client.query(query, accept="application/json")
    finally:
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        client.close()
    kind = json.loads(body).get("error", {}).get("type", "") if status != 200 else ""
    return status, seconds, peak[0], kind


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=20_000, help="quads in the store (default 20,000)")
    parser.add_argument("--cap", type=int, default=Settings().query_memory_mb, help="KG_QUERY_MEMORY_MB (default: kg's)")
    parser.add_argument("--timeout", type=float, default=10.0, help="KG_QUERY_TIMEOUT (default 10)")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="kg-memory-"))
    rows = []
    try:
        store = oxigraph_store(folder, args.triples)
        for cap in (args.cap, 0):
            port = free_port()
            server = Server("kg", [str(BIN / "kg"), "serve", str(store), "--port", str(port)], port,
                            env={"KG_QUERY_MEMORY_MB": str(cap), "KG_QUERY_TIMEOUT": str(args.timeout)},
                            log=folder / f"kg-{cap}.log")
            server.start(ready_timeout=120)
            try:
                for name, query in QUERIES.items():
                    rows.append((cap, name, *measure(server, query, args.timeout)))
            finally:
                server.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"\n{args.triples:,} quads, query timeout {args.timeout:g} s\n")
    print("| query_memory_mb | query | status | seconds | largest process MiB |")
    print("|---|---|---:|---:|---:|")
    for cap, name, status, seconds, peak, kind in rows:
        shown = f"{status} {kind}".strip()
        print(f"| {cap or 'no cap'} | {name} | {shown} | {seconds:.1f} | {peak:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
