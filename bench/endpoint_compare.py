"""kg's endpoint against Oxigraph server query for query, taking turns, without kg's result cache.

    python bench/endpoint_compare.py                         # 1M quads, 4 clients, 3 rounds
    python bench/endpoint_compare.py --triples 200000 --rounds 2 --data /tmp/kg-bench

The data, the stores and the queries are ``bench/endpoint.py``'s (kg's store built as ``kg build``
writes it; Oxigraph server given every quad of it, the deduplicated default graph included). Both
servers run at once — kg with its result cache off (``KG_RESULT_CACHE_BYTES=0``), so every query is
evaluated — and take turns: after a warm-up pass each, every round gives each server one pass
(each of ``--concurrency`` client threads runs every query once, starting at a different one; the
warm-up is such a pass too, so every query process a server starts is up before the rounds),
the order alternating from round to round, so a change in the machine's load falls on both alike.
Both answer the same queries the same number of times.

kg runs once per ``--slots`` setting (``SLOTS:LANES``, kg's ``query_slots`` and ``lane_slots``;
default: one query at a time per core and no cheap lane — queries beyond that wait for a slot, as
on any server sized to its cores — and ``kg serve``'s defaults, 4 slots and 2 lane slots, which on
2 cores run the 4 clients' queries at once, as Oxigraph server does on 4 threads).

Printed per server: queries answered and failed, the seconds its passes took, queries/s, and the
CPU seconds its processes spent (kg: gunicorn and its query processes; read from /proc), per query:
on a machine others share, the CPU time a query takes is what holds when the wall clock does not.
The target is kg's queries/s ≥ Oxigraph server's (1.0×).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from endpoint import (  # the sibling script, as a module
    BIN,
    Result,
    Server,
    build_kg_store,
    free_port,
    generate,
    kg_server,
    latency_table,
    load_queries,
    run_clients,
)

TICK = os.sysconf("SC_CLK_TCK")


def group_cpu(pgid: int) -> float:
    """CPU seconds of every process in the process group ``pgid`` (with its reaped children's)."""
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:
            total += sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
    return total / TICK


def compare(servers: list[Server], queries: dict[str, str], *, rounds: int, concurrency: int,
            timeout: float) -> tuple[list[Result], dict[str, float]]:
    names = list(queries)
    results = {s.name: Result(s.name, [], 0.0, {}, 0.0) for s in servers}
    cpu = {s.name: 0.0 for s in servers}
    for s in servers:
        print(f"[{s.name}] starting …", file=sys.stderr, flush=True)
        results[s.name].ready = s.start(120)
    for s in servers:  # warm-up: a pass as the rounds make it, so every query process has started
        run_clients(s.port, s.path, names, queries, concurrency=concurrency, until=None, timeout=timeout,
                    rows=results[s.name].rows, stop_after=len(names))
    for r in range(rounds):
        for s in servers if r % 2 == 0 else servers[::-1]:
            assert s.process is not None
            before = group_cpu(s.process.pid)
            samples, wall = run_clients(s.port, s.path, names, queries, concurrency=concurrency, until=None,
                                        timeout=timeout, stop_after=len(names))
            cpu[s.name] += group_cpu(s.process.pid) - before
            results[s.name].samples += samples
            results[s.name].wall += wall
            print(f"[{s.name}] round {r + 1}: {sum(x.ok for x in samples)} ok, "
                  f"{sum(not x.ok for x in samples)} failed in {wall:.1f} s", file=sys.stderr, flush=True)
    return [results[s.name] for s in servers], cpu


def report(results: list[Result], cpu: dict[str, float], queries: dict[str, str]) -> str:
    lines = latency_table(results, queries)
    base = results[-1]
    lines += ["", "| server | queries ok | failed | seconds | queries/s | ÷ " + base.server + " | CPU s | CPU ms/query |",
              "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        lines.append(f"| {r.server} | {r.ok:,} | {r.failed:,} | {r.wall:.1f} | {r.throughput:.3f} | "
                     f"{r.throughput / base.throughput:.2f}× | {cpu[r.server]:.1f} | {1000 * cpu[r.server] / max(r.ok, 1):,.0f} |")
    lines.append("")
    for kg in results[:-1]:
        ratio = kg.throughput / base.throughput
        cpu_ratio = (cpu[base.server] / max(base.ok, 1)) / (cpu[kg.server] / max(kg.ok, 1))
        lines.append(f"{kg.server}/{base.server} queries/s: {ratio:.2f}× (target ≥ 1×: {'met' if ratio >= 1 else 'missed'}); "
                     f"CPU per query, {base.server}'s ÷ {kg.server}'s: {cpu_ratio:.2f}×")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="quads to generate (default 1,000,000)")
    parser.add_argument("--rounds", type=int, default=3, help="passes per server, taking turns (default 3)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (default 4)")
    parser.add_argument("--timeout", type=float, default=60.0, help="per-request timeout, and kg's query timeout (s)")
    parser.add_argument("--workers", type=int, default=0, help="kg's gunicorn workers (default: kg serve's own)")
    parser.add_argument("--slots", default=f"{os.cpu_count()}:0,4:2",
                        help="kg's query slots and cheap-lane slots, SLOTS:LANES, comma-separated for one kg server each "
                             "(default: one query at a time per core and no lane, and kg serve's defaults 4:2)")
    parser.add_argument("--only", help="comma-separated query names (default: all)")
    parser.add_argument("--data", type=Path, help="reuse (or keep) the data in this folder instead of a temporary one")
    args = parser.parse_args(argv)
    queries = load_queries()
    if args.only:
        queries = {k: v for k, v in queries.items() if k in args.only.split(",")}
    tmp = None if args.data else tempfile.mkdtemp(prefix="kg-compare-")
    folder = args.data or Path(tmp or ".")
    folder.mkdir(parents=True, exist_ok=True)
    logs = folder / "logs"
    logs.mkdir(exist_ok=True)
    servers: list[Server] = []
    try:
        data = folder / f"graph-{args.triples}.nq"
        if not data.exists():
            generate(data, args.triples)
        kg_store, ox_store = folder / f"kg-store-{args.triples}", folder / f"oxigraph-store-{args.triples}"
        dump = kg_store.with_suffix(".nq")
        if not kg_store.exists() or not dump.exists():
            shutil.rmtree(kg_store, ignore_errors=True)
            build_kg_store(data, kg_store)
        if not ox_store.exists():
            subprocess.run([str(BIN / "oxigraph"), "load", "--location", str(ox_store), "--file", str(dump)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = free_port()
        servers = []
        for config in dict.fromkeys(args.slots.split(",")):
            slots, _, lanes = config.partition(":")
            server = kg_server(kg_store, logs, argparse.Namespace(**{**vars(args), "query_slots": int(slots)}),
                               name=f"kg-no-cache-{slots}:{lanes or 'default'}", cache=False)
            if lanes:
                server.env["KG_LANE_SLOTS"] = lanes
            if not args.workers:  # kg serve's own number of workers
                server.argv = server.argv[:server.argv.index("--workers")]
            servers.append(server)
        servers += [Server("oxigraph", [str(BIN / "oxigraph"), "serve", "--location", str(ox_store), "--bind",
                                       f"127.0.0.1:{port}", "--timeout-s", str(int(args.timeout))],
                          port, path="/query", log=logs / "oxigraph.log")]
        load = os.getloadavg()
        start = time.perf_counter()
        results, cpu = compare(servers, queries, rounds=args.rounds, concurrency=args.concurrency, timeout=args.timeout)
        print(f"\n{args.triples:,} quads, {args.concurrency} clients, {args.rounds} rounds taking turns, "
              f"{os.cpu_count()} cores; load average {load[0]:.2f} before, "
              f"{os.getloadavg()[0]:.2f} after {time.perf_counter() - start:.0f} s\n")
        print(report(results, cpu, queries))
        return 0
    finally:
        for s in servers:
            s.stop()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
