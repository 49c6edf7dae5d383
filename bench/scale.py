"""Scale benchmark: build synthetic corpora of N articles and check time grows about linearly.

    python bench/scale.py                       # N = 1,000 and 10,000 through kg.api.build
    python bench/scale.py --sizes 200,2000 --jobs 2
    python bench/scale.py --store-only          # the store alone: synthetic graphs → replace_graphs
    python bench/scale.py --store-only --baseline   # … and pyoxigraph's bulk loader alone, the same quads
    python bench/scale.py --store-only --repeat 3   # each size 3 times, taking turns; the median shown

For each N it prints articles/s, triples/s loaded, the store's size on disk and peak memory
(each size runs in a fresh subprocess so ``ru_maxrss`` is its own). The time is end to end: from
opening the store to closing it (the writer's last flush and checkpoint included); ``cpu s`` is
the process's CPU time over the same span (all threads: RocksDB's compactions too), steadier than
wall time on a shared machine. The largest size must take at most 1.2 × its share of the
smallest's time (10× articles ≤ 12× time; with ``--store-only`` 1.1×, 11×); exit 1 otherwise, 2
if ``kg.api.build`` is not available yet. ``--store-only --baseline`` also times, after each size,
pyoxigraph's bulk loader alone writing the same quads (one load, compacted): how the storage
engine's own cost grows.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STATES = [
    ("India", "New Delhi", "Narendra Modi", "Prime Minister"), ("Russia", "Moscow", "Vladimir Putin", "President"),
    ("France", "Paris", "Emmanuel Macron", "President"), ("Japan", "Tokyo", "Shigeru Ishiba", "Prime Minister"),
    ("Brazil", "Brasília", "Luiz Inácio Lula da Silva", "President"), ("Kenya", "Nairobi", "William Ruto", "President"),
    ("Australia", "Canberra", "Anthony Albanese", "Prime Minister"), ("Germany", "Berlin", "Friedrich Merz", "Chancellor"),
    ("Indonesia", "Jakarta", "Prabowo Subianto", "President"), ("Vietnam", "Hanoi", "Pham Minh Chinh", "Prime Minister"),
    ("Philippines", "Manila", "Ferdinand Marcos Jr.", "President"), ("Egypt", "Cairo", "Abdel Fattah el-Sisi", "President"),
    ("South Africa", "Pretoria", "Cyril Ramaphosa", "President"), ("Canada", "Ottawa", "Mark Carney", "Prime Minister"),
    ("Mexico", "Mexico City", "Claudia Sheinbaum", "President"), ("Turkey", "Ankara", "Recep Tayyip Erdoğan", "President"),
]
AGREEMENTS = [
    "Reciprocal Exchange of Logistic Support", "Reciprocal Access Agreement", "Visiting Forces Agreement",
    "Defence Cooperation Agreement", "Status of Forces Agreement", "Maritime Security Pact",
    "Comprehensive Strategic Partnership Agreement", "Mutual Logistics Support Arrangement",
]
SUMMITS = ["Annual Summit", "Strategic Dialogue", "Leaders' Summit", "Defence Ministers' Meeting"]
ORGS = ["ASEAN", "the African Union", "NATO", "the Shanghai Cooperation Organisation", "the G20", "BRICS"]
FACILITIES = ["naval base", "air base", "port", "airfield", "logistics facility"]
ACTIVITIES = ["refuelling", "maintenance", "port calls", "joint exercises", "humanitarian assistance", "resupply"]
ORDINALS = ["first", "second", "third", "10th", "15th", "21st", "23rd"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

HEADLINES = [
    "{a} and {b} Sign {agreement}", "{a} Ratifies {agreement} with {b}", "{leader_a} Visits {capital_b}",
    "{a} Hosts {ordinal} {a}-{b} {summit}", "{b} Grants {a} Access to {facility}",
]
SENTENCES = [
    "{a} and {b} signed the {agreement} in {capital_a} on {day} {month} {year}.",
    "The parliament of {a} ratified the {agreement} with {b} on {day} {month} {year}.",
    "{title_a} {leader_a} will travel to {capital_b} on {day}–{day2} {month} for the {ordinal} {a}-{b} {summit}.",
    "Under the {agreement}, forces of {a} may use {b}'s {facility} for {activity} and {activity2}.",
    "{title_b} {leader_b} said the agreement would not allow permanent bases.",
    "{a} is a member of {org}, officials in {capital_a} noted.",
    "The {agreement} permits {activity} and {activity2} but not combat operations.",
    "{leader_a} met {leader_b} on the sidelines of the {org} meeting in {capital_b}.",
    "Analysts said the deal deepens ties between {a} and {b} amid regional tensions.",
    "{a}'s defence ministry confirmed that talks on the {agreement} began in {year}.",
]


def make_article(rng: random.Random, i: int) -> tuple[str, dict]:
    """One synthetic article (headline first) and its sidecar metadata."""
    (a, cap_a, lead_a, title_a), (b, cap_b, lead_b, title_b) = rng.sample(STATES, 2)
    acts = rng.sample(ACTIVITIES, 2)
    slots = {"a": a, "b": b, "capital_a": cap_a, "capital_b": cap_b, "leader_a": lead_a, "leader_b": lead_b, "title_a": title_a,
                 "title_b": title_b, "agreement": rng.choice(AGREEMENTS), "summit": rng.choice(SUMMITS), "org": rng.choice(ORGS),
                 "facility": rng.choice(FACILITIES), "activity": acts[0], "activity2": acts[1], "ordinal": rng.choice(ORDINALS),
                 "day": rng.randint(1, 26), "month": rng.choice(MONTHS), "year": rng.randint(2015, 2025)}
    slots["day2"] = slots["day"] + 1
    body = [s.format(**slots) for s in rng.sample(SENTENCES, rng.randint(4, 8))]
    published = dt.date(2025, 1, 1) + dt.timedelta(days=i % 365)
    meta = {"published": published.isoformat(), "url": f"https://news.example.org/{i}", "source": "Synthetic Wire"}
    return rng.choice(HEADLINES).format(**slots) + "\n" + " ".join(body) + "\n", meta


def write_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text, meta = make_article(rng, i)
        (folder / f"article-{i:06d}.txt").write_text(text, encoding="utf-8")
        (folder / f"article-{i:06d}.json").write_text(json.dumps(meta), encoding="utf-8")
    return [folder]


def synthetic_graph(i: int) -> tuple[str, str]:
    """A stand-in article graph (about 60 triples) for --store-only runs."""
    ns, kg = "https://w3id.org/kg-news/id/", "https://w3id.org/kg-news/ontology#"
    art, lines = f"<{ns}article/a{i}>", []
    lines.append(f'{art} <{kg}contentHash> "{i:064x}" .')
    for f in range(10):
        fact = f"<{ns}fact/parties/{i}-{f}>"
        lines += [f"{fact} <{kg}agreement> <{ns}agreement/ag{(i + f) % 50}> .",
                  f"{fact} <{kg}party> <{ns}state/s{(i * f) % 40}> .", f'{fact} <{kg}modality> "asserted" .',
                  f"{fact} <{kg}evidence> _:e{f} .", f'_:e{f} <{kg}startOffset> "{f * 80}"^^<http://www.w3.org/2001/XMLSchema#integer> .',
                  f"_:e{f} <http://www.w3.org/ns/prov#wasQuotedFrom> {art} ."]
    return f"{ns}graph/a{i}", "\n".join(lines) + "\n"


def synthetic_nquads(n: int) -> bytes:
    """The quads ``--store-only`` has kg write for N graphs, written without kg: each graph's
    triples in it and in the default graph, blank nodes labelled apart per graph."""
    parts = []
    for i in range(n):
        graph, body = synthetic_graph(i)
        body = body.replace("_:e", f"_:g{i}e")
        parts.append(body.replace(" .\n", f" <{graph}> .\n") + body)
    return "".join(parts).encode("utf-8")


def run_baseline(n: int, store_dir: Path) -> tuple[float, float]:
    """pyoxigraph alone on the same quads: one bulk load into a fresh store, compacted, closed;
    (seconds, CPU seconds), the data made beforehand."""
    import pyoxigraph

    data = synthetic_nquads(n)
    start, cpu = time.perf_counter(), _cpu()
    store = pyoxigraph.Store(str(store_dir))
    store.bulk_load(data, format=pyoxigraph.RdfFormat.N_QUADS)
    store.optimize()
    store.flush()
    del store
    return time.perf_counter() - start, _cpu() - cpu


def run_one(n: int, jobs: int, store_only: bool, baseline: bool = False) -> dict:
    """Build N articles into a fresh store in this process; the measurements as a dict."""
    with tempfile.TemporaryDirectory(prefix="kg-scale-") as tmp:
        store_dir = Path(tmp) / "store"
        if baseline:
            elapsed, cpu = run_baseline(n, store_dir)
            kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            return {"n": n, "seconds": elapsed, "cpu": cpu, "triples": 0, "bytes": 0, "peak_kib": kib, "failed": 0}
        if store_only:
            from kg.store import open_store

            start, cpu = time.perf_counter(), _cpu()
            with open_store(store_dir) as st:
                st.replace_graphs(synthetic_graph(i) for i in range(n))
            elapsed, cpu = time.perf_counter() - start, _cpu() - cpu
            writer_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            failed = 0
        else:
            from kg.api import build

            paths = write_corpus(Path(tmp) / "corpus", n)
            start, cpu = time.perf_counter(), _cpu()
            report = build(paths, store=str(store_dir), jobs=jobs)
            elapsed, cpu = time.perf_counter() - start, _cpu() - cpu
            writer_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            failed = len(getattr(report, "failed", []))
        from kg.store import open_store

        with open_store(store_dir, read_only=True) as st:
            triples = len(st)
        # Each file once: a checkpoint hard-links the store's files.
        size = sum({(st.st_dev, st.st_ino): st.st_size for p in store_dir.rglob("*") if p.is_file()
                    for st in [p.stat()]}.values())
    # The peak while building (before the store is read back to count it), and the build's
    # extraction processes if any.
    kib = writer_kib + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"n": n, "seconds": elapsed, "cpu": cpu, "triples": triples, "bytes": size, "peak_kib": kib,
            "failed": failed}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes (default 1000,10000)")
    parser.add_argument("--jobs", type=int, default=1, help="extraction processes passed to kg.api.build")
    parser.add_argument("--store-only", action="store_true", help="time the store alone with synthetic graphs")
    parser.add_argument("--baseline", action="store_true",
                        help="with --store-only, also time pyoxigraph's bulk loader alone on the same quads")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each size, taking turns with the other sizes; the median run (by seconds) is shown")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: run one size, print JSON
    parser.add_argument("--one-baseline", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(run_one(args.one, args.jobs, args.store_only, args.one_baseline)))
        return 0
    if not args.store_only:
        try:
            from kg.api import build  # noqa: F401
        except ImportError:
            print("kg.api.build is not available yet: only --store-only can run (degraded mode).", file=sys.stderr)
            return 2
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    results, baselines = [], []
    print(f"{'articles':>9} {'seconds':>9} {'cpu s':>8} {'art/s':>8} {'triples':>10} {'triples/s':>10} "
          f"{'store MiB':>10} {'peak MiB':>9}")
    measured: dict[tuple[int, bool], list[dict]] = {}
    for _ in range(max(1, args.repeat)):  # the sizes take turns, so a change of load falls on each
        for n in sizes:
            for baseline in [False, True] if args.baseline and args.store_only else [False]:
                cmd = ([sys.executable, __file__, "--one", str(n), "--jobs", str(args.jobs)]
                       + (["--store-only"] if args.store_only else []) + (["--one-baseline"] if baseline else []))
                proc = subprocess.run(cmd, check=False, capture_output=True, text=True)
                if proc.returncode != 0:
                    print(f"the build of {n:,} articles failed:\n" + "\n".join(proc.stderr.splitlines()[-8:]),
                          file=sys.stderr)
                    return 2
                measured.setdefault((n, baseline), []).append(json.loads(proc.stdout.strip().splitlines()[-1]))
    for n in sizes:
        for baseline in [False, True] if args.baseline and args.store_only else [False]:
            runs = sorted(measured[n, baseline], key=lambda r: r["seconds"])
            r = runs[len(runs) // 2]
            shown = "" if len(runs) == 1 else "  (runs: " + ", ".join(f"{x['seconds']:.2f} s" for x in runs) + ")"
            if baseline:
                baselines.append(r)
                print(f"{'':>9} {r['seconds']:>9.2f} {r['cpu']:>8.2f} {'':>8} {'':>10} {'':>10} {'':>10} "
                      f"{r['peak_kib'] / 1024:>9.0f}  (pyoxigraph's bulk loader alone, the same quads){shown}")
                continue
            results.append(r)
            print(f"{n:>9,} {r['seconds']:>9.2f} {r['cpu']:>8.2f} {n / r['seconds']:>8.1f} {r['triples']:>10,} "
                  f"{r['triples'] / r['seconds']:>10,.0f} {r['bytes'] / 2**20:>10.1f} {r['peak_kib'] / 1024:>9.0f}"
                  + (f"  ({r['failed']} failed)" if r["failed"] else "") + shown)
    if len(results) < 2:
        return 0
    small, large = results[0], results[-1]
    scale, ratio = large["n"] / small["n"], large["seconds"] / small["seconds"]
    cpu_ratio = large["cpu"] / small["cpu"] if small["cpu"] else float("nan")
    limit = (1.1 if args.store_only else 1.2) * scale
    ok = ratio <= limit
    print(f"{scale:.0f}× articles took {ratio:.1f}× the time and {cpu_ratio:.1f}× the CPU "
          f"(limit {limit:.0f}×): {'OK' if ok else 'TOO SLOW'}")
    if len(baselines) >= 2:
        b_small, b_large = baselines[0], baselines[-1]
        print(f"pyoxigraph's bulk loader alone, the same quads: {b_large['seconds'] / b_small['seconds']:.1f}× the time "
              f"and {b_large['cpu'] / b_small['cpu']:.1f}× the CPU")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
