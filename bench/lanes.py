"""Cheap queries beside heavy ones: does a cheap ASK wait while heavy queries fill the server?

    python bench/lanes.py                      # 20,000 quads, 4 heavy clients, 30 s per phase
    python bench/lanes.py --heavy 6 --duration 60

Generates a synthetic store in kg's shape (bench/endpoint.py's generator) and serves it three
times, one after the other, with no result cache (every cheap query runs), measuring the latency
of a cheap ``ASK`` sent back to back by one client:

1. ``quiet``: kg serve as shipped, no other load — the baseline;
2. ``heavy``: kg serve as shipped while ``--heavy`` clients keep a runaway join running each (as
   many as the server has query slots: every slot busy until its query is stopped at the timeout,
   then at once again);
3. ``heavy, one lane``: the layout kg had before (4 single-threaded workers, one query process
   each, no cheap lane: ``KG_WORKERS=4 KG_THREADS=1 KG_QUERY_SLOTS=4 KG_LANE_SLOTS=0``) under the
   same heavy load.

It prints p50, p95 and p99 of the cheap query in each phase and their ratio to the baseline.
"""
from __future__ import annotations

import argparse
import os
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
    percentile,
)

CHEAP = "ASK { ?s ?p ?o }"
HEAVY = "SELECT (COUNT(*) AS ?n) { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(8)) + " }"


def serve(store: Path, log: Path, env: dict[str, str]) -> Server:
    port = free_port()
    return Server("kg", [str(BIN / "kg"), "serve", str(store), "--port", str(port)], port,
                  env={"KG_QUERY_TIMEOUT": "10", "KG_RESULT_CACHE_BYTES": "0", **env}, log=log)


def phase(server: Server, heavy: int, duration: float) -> tuple[list[float], int, int]:
    """(cheap latencies in seconds, heavy queries answered, cheap failures) over ``duration``."""
    server.start(ready_timeout=120)
    stop = threading.Event()
    answered = [0]

    def keep_heavy() -> None:
        client = Client(server.port, "/sparql", timeout=60)
        while not stop.is_set():
            try:
                client.query(HEAVY)
                answered[0] += 1
            except OSError:
                client.close()

    threads = [threading.Thread(target=keep_heavy, daemon=True) for _ in range(heavy)]
    try:
        for thread in threads:
            thread.start()
        time.sleep(2.0 if heavy else 0.0)  # every heavy query is running
        client = Client(server.port, "/sparql", timeout=60)
        latencies, failures = [], 0
        end = time.perf_counter() + duration
        while time.perf_counter() < end:
            start = time.perf_counter()
            try:
                status, _ = client.query(CHEAP)
            except OSError:
                status = 0
            if status == 200:
                latencies.append(time.perf_counter() - start)
            else:
                failures += 1
        client.close()
    finally:
        stop.set()
        server.stop()
    return latencies, answered[0], failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=20_000, help="quads in the store (default 20,000)")
    parser.add_argument("--heavy", type=int, default=4, help="heavy clients (default 4: kg's query slots)")
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of cheap queries per phase (default 30)")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="kg-lanes-"))
    try:
        store = oxigraph_store(folder, args.triples)
        before = {"KG_WORKERS": "4", "KG_THREADS": "1", "KG_QUERY_SLOTS": "4", "KG_LANE_SLOTS": "0"}
        phases = [("quiet", {}, 0), (f"{args.heavy} heavy", {}, args.heavy),
                  (f"{args.heavy} heavy, before (4 sync workers, no lane)", before, args.heavy)]
        results = []
        for name, env, heavy in phases:
            print(f"phase: {name}", file=sys.stderr, flush=True)
            latencies, answered, failures = phase(serve(store, folder / f"{len(results)}.log", env), heavy,
                                                  args.duration)
            results.append((name, latencies, answered, failures))
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    base = percentile(results[0][1], 95)
    print(f"\n{args.triples:,} quads, cheap query {CHEAP!r} from one client, {args.duration:g} s per phase, "
          f"{os.cpu_count()} cores\n")
    print("| phase | cheap queries | p50 ms | p95 ms | p99 ms | p95 ÷ quiet | heavy answered (503 at 10 s) | cheap failed |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, latencies, answered, failures in results:
        p50, p95, p99 = (percentile(latencies, q) * 1000 for q in (50, 95, 99))
        print(f"| {name} | {len(latencies):,} | {p50:.1f} | {p95:.1f} | {p99:.1f} | "
              f"{percentile(latencies, 95) / base:.1f}× | {answered} | {failures} |")
    heavy_p95 = percentile(results[1][1], 95) * 1000
    print(f"\ncheap p95 with {args.heavy} heavy queries: {heavy_p95:.1f} ms (target < 100 ms: "
          f"{'met' if heavy_p95 < 100 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
