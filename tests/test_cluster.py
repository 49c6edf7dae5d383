"""kg build --cluster on a real Dask scheduler and two `dask worker` processes on 127.0.0.1:
the same store as a local build, quad for quad, also when workers write to a remote store, and
also when a worker is killed with SIGKILL in the middle of the build."""
from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
from news_corpus import jsonl_lines
from pyoxigraph import RdfFormat, parse

from kg.api import build
from kg.store import open_store

pytestmark = [pytest.mark.slow, pytest.mark.model, pytest.mark.server]  # Dask, Oxigraph; builds
distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
N_ARTICLES = 48


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_port(port: int, proc: subprocess.Popen, what: str) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"{what} did not start")
            time.sleep(0.1)


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A scheduler and two single-threaded worker processes (no nanny: a killed worker stays dead)."""
    dask = BIN / "dask"
    if not dask.exists():
        pytest.skip("the dask CLI (PyPI package 'distributed') is not installed")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path_factory.mktemp("dask")
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    with contextlib.ExitStack() as files:
        def log(name: str) -> IO[str]:
            return files.enter_context(open(logs / f"{name}.log", "w"))

        procs = [subprocess.Popen([str(dask), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                   "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=log("scheduler"), env=env)]
        _wait_for_port(port, procs[0], "dask scheduler")
        for name in ("w1", "w2"):
            procs.append(subprocess.Popen([str(dask), "worker", address, "--nthreads", "1", "--no-nanny",
                                           "--name", name, "--no-dashboard", "--host", "127.0.0.1"],
                                          stdout=subprocess.DEVNULL, stderr=log(name), env=env))
    with distributed.Client(address, timeout=30) as client:
        client.wait_for_workers(2, timeout=120)
    yield address
    for proc in reversed(procs):
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("news")
    (folder / "news.jsonl").write_text("".join(jsonl_lines(N_ARTICLES)), encoding="utf-8")
    return [str(folder / "news.jsonl"), str(ROOT / "data" / "articles")]


@pytest.fixture(scope="module")
def local_quads(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    store = tmp_path_factory.mktemp("local") / "store"
    report = build(inputs, store=str(store))
    assert len(report.built) == N_ARTICLES + 1 and not report.failed
    return quads(str(store))


def quads(location: str) -> set[str]:
    """Every quad of the store, as canonical N-Quads lines."""
    with open_store(location, read_only=True) as st:
        data = st.dump(format=RdfFormat.N_QUADS)
    return {str(q) for q in parse(data, RdfFormat.N_QUADS)}


def test_cluster_build_equals_local_build(scheduler: str, inputs: list[str], local_quads: set[str],
                                          tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    report = build(inputs, store=store, cluster=scheduler, batch=4)
    assert len(report.built) == N_ARTICLES + 1 and not report.failed
    assert quads(store) == local_quads
    again = build(inputs, store=store, cluster=scheduler, batch=4)  # unchanged: nothing is sent
    assert again.built == [] and len(again.unchanged) == N_ARTICLES + 1


def _oxigraph_server(location: Path) -> tuple[subprocess.Popen, str]:
    binary = BIN / "oxigraph"
    binary = str(binary) if binary.exists() else shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server CLI (PyPI package 'oxigraph') is not installed")
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for_port(port, proc, "oxigraph serve")
    return proc, f"sparql+http://127.0.0.1:{port}/"


def test_workers_write_to_a_remote_store(scheduler: str, inputs: list[str], local_quads: set[str],
                                         tmp_path: Path) -> None:
    proc, url = _oxigraph_server(tmp_path / "oxigraph")
    try:
        report = build(inputs, store=url, cluster=scheduler, batch=4)
        assert len(report.built) == N_ARTICLES + 1 and not report.failed
        # the article graphs' triples (the store also remembers the folder it read: id/folder/…)
        assert report.triples == sum(1 for q in local_quads if " <https://w3id.org/kg-news/id/graph/" in q)
        assert quads(url) == local_quads
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_worker_killed_mid_build_loses_and_duplicates_nothing(scheduler: str, inputs: list[str],
                                                                local_quads: set[str], tmp_path: Path) -> None:
    killed: list[tuple[str, list]] = []
    observer = distributed.Client(scheduler, timeout=30, set_as_default=False)
    pids = observer.run(os.getpid)

    def kill_a_busy_worker(article_id: str) -> None:
        if killed:
            return
        busy = {w: keys for w, keys in observer.processing().items() if keys}
        if not busy:
            return  # every worker between batches just now (a loaded machine): try at the next article
        worker, keys = min(busy.items())
        os.kill(pids[worker], signal.SIGKILL)
        killed.append((worker, list(keys)))

    try:
        store = str(tmp_path / "store")
        report = build(inputs, store=store, cluster=scheduler, batch=2, on_article=kill_a_busy_worker)
    finally:
        observer.close()
    assert killed and killed[0][1], "the killed worker had tasks in hand"
    assert sorted(report.built) == sorted(set(report.built)) and len(report.built) == N_ARTICLES + 1
    assert not report.failed
    assert quads(store) == local_quads
