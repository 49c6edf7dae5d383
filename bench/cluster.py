"""Cluster scaling: the same synthetic dataset built on a Dask cluster of 1 and 2 workers.

    python bench/cluster.py                          # 10,000 articles, local clusters of 1 and 2 workers
    python bench/cluster.py --articles 2000          # a quicker look
    python bench/cluster.py --address tcp://HOST:8786 --articles 100000   # a real cluster

The articles are ``bench/scale.py``'s synthetic ones (4–8 sentences), written once as a JSON Lines
dataset. For each worker count a ``LocalCluster`` of single-threaded worker processes starts on
127.0.0.1, a small warm-up build loads the models on every worker (as a long-running cluster
would have them loaded), and then ``kg.api.build(dataset, cluster=...)`` is timed into a fresh
embedded store: the driver (this process) reads the dataset, sends batches and writes the
graphs, so on one machine it shares the cores with the workers, as it would on a cluster's
head node. Printed: seconds, articles/s, articles/day per worker (the figure to size a cluster
with) and the speed-up over one worker (target ≥ 1.7× for 2). The load average before and
after is printed too: the figures mean little on a machine others are using.

With ``--address`` the build runs once on that cluster (its workers started as ``dask worker
SCHEDULER --nthreads 1``), and the throughput is divided by its worker count.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import make_article  # noqa: E402  (bench/scale.py: the same synthetic articles)

WARM_UP = 64
TARGET = 1.7
DAY = 86_400


def write_dataset(path: Path, n: int, *, seed: int = 7, start: int = 0) -> Path:
    """``n`` synthetic articles as JSON Lines (id, title, text, published, url, source)."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(start, start + n):
            text, meta = make_article(rng, i)
            title, body = text.split("\n", 1)
            f.write(json.dumps({"id": f"article-{i:06d}", "title": title, "text": body, **meta}) + "\n")
    return path


def timed_build(dataset: Path, warm: Path, address: str, folder: Path) -> tuple[float, int, int]:
    from kg.api import build

    build([warm], store=str(folder / "warm-up"), cluster=address)  # models loaded on every worker
    start = time.perf_counter()
    report = build([dataset], store=str(folder / "store"), cluster=address)
    elapsed = time.perf_counter() - start
    if report.failed:
        raise SystemExit(f"{len(report.failed)} articles failed: {report.failed[:3]}")
    return elapsed, len(report.built), report.triples


def on_local_cluster(workers: int, dataset: Path, warm: Path, folder: Path) -> tuple[float, int, int]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        return timed_build(dataset, warm, cluster.scheduler_address, folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="dataset size (default 10,000)")
    parser.add_argument("--workers", default="1,2", help="local cluster sizes to compare (default 1,2)")
    parser.add_argument("--address", help="run once on this existing cluster instead of local ones")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-cluster-") as tmp:
        tmp_path = Path(tmp)
        dataset = write_dataset(tmp_path / "dataset.jsonl", args.articles)
        warm = write_dataset(tmp_path / "warm.jsonl", WARM_UP, seed=11, start=10_000_000)
        print(f"{args.articles:,} synthetic articles; load average before: {_load()}")
        print(f"{'workers':>7} {'seconds':>9} {'articles/s':>11} {'articles/day/worker':>20} {'speed-up':>9}")
        if args.address:
            from distributed import Client

            with Client(args.address, timeout=30) as client:
                n_workers = len(client.scheduler_info()["workers"])
            elapsed, built, _ = timed_build(dataset, warm, args.address, tmp_path / "remote")
            print(f"{n_workers:>7} {elapsed:>9.1f} {built / elapsed:>11.1f} {built / elapsed / n_workers * DAY:>20,.0f}")
            return 0
        base = None
        ok = True
        for k in [int(w) for w in args.workers.split(",") if w.strip()]:
            elapsed, built, triples = on_local_cluster(k, dataset, warm, tmp_path / f"w{k}")
            base = base or (elapsed * k)  # one worker's time (scaled if the first size is not 1)
            speed_up = base / elapsed
            print(f"{k:>7} {elapsed:>9.1f} {built / elapsed:>11.1f} {built / elapsed / k * DAY:>20,.0f} "
                  f"{speed_up:>8.2f}×   ({triples:,} triples)")
            if k == 2:
                ok = speed_up >= TARGET
                print(f"2 workers / 1 worker: {speed_up:.2f}× (target ≥ {TARGET}×: {'met' if ok else 'not met'})")
        print(f"load average after: {_load()} ({os.cpu_count()} cores)")
    return 0 if ok else 1


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    sys.exit(main())
