"""``kg build`` given what it should refuse (issue 11, items 10-14): URLs that are not http(s)
IRIs, articles past the size limit, paragraphs longer than spaCy takes, folders without
articles, stores it cannot open or write, and a parallel build killed with -9.
"""
from __future__ import annotations

import json
import os
import re
import resource
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import ArticleError, StoreError
from kg.ingest import read_inputs
from kg.ingest.article import article_url
from kg.layout import MAX_PIECE, split_dateline
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_URL = "https://schema.org/url"
WATER = "Chile and Peru sign water pact\nChile and Peru signed the Andean Water Compact in Lima on Monday.\n"
# A sidecar url that closed the IRI and wrote a triple of its own, when RDF was written as text.
FORGING = 'https://news.example/a> .\n<http://www.wikidata.org/entity/Q30> <http://www.w3.org/2000/01/rdf-schema#label> "FORGED"@en .\n<x:y'


def article(folder: Path, name: str, text: str = WATER, **sidecar: object) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    if sidecar:
        (folder / f"{name}.json").write_text(json.dumps({"published": "2024-05-08", **sidecar}), encoding="utf-8")
    return path


def build(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, ["build", *args], env=env)


# -- urls (10, 11) --------------------------------------------------------------------------------

@pytest.mark.parametrize("url", [FORGING, "https://news.example/a b", "javascript:alert(document.domain)",
                                 "file:///etc/passwd", "//news.example/a", "http://[::1", "news.example/a"])
def test_a_url_that_is_no_http_iri_is_refused(url):
    with pytest.raises(ArticleError) as caught:
        article_url(url, "a.json")
    assert caught.value.message.startswith("a.json: url ")


def test_an_article_with_a_bad_url_is_reported_and_the_rest_read(tmp_path):
    article(tmp_path, "forged", url=FORGING)
    article(tmp_path, "spaced", url="https://news.example/a b")
    article(tmp_path, "script", url="javascript:alert(document.domain)")
    article(tmp_path, "good", url="https://news.example/water")
    items = list(read_inputs([tmp_path]))
    assert [i.id for i in items if not isinstance(i, ArticleError)] == ["good"]
    assert sorted(i.message.split(": url ")[0] for i in items if isinstance(i, ArticleError)) == sorted(
        str(tmp_path / f"{name}.txt") for name in ("forged", "script", "spaced"))


@pytest.mark.model
def test_a_forged_url_writes_no_triple_and_the_build_goes_on(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    article(folder, "forged", url=FORGING)
    article(folder, "spaced", url="https://news.example/a b")
    article(folder, "good", url="https://news.example/water")
    store = tmp_path / "store"
    result = build(str(folder), "--store", str(store))
    assert result.exit_code == 1, result.output  # some skipped, the rest built
    assert "1 built" in result.output and "2 failed" in result.output and "is not a valid IRI" in result.output
    with open_store(store, read_only=True) as st:
        labels = [r["l"].value for r in st.query('SELECT ?l { ?s ?p ?l FILTER(CONTAINS(STR(?l), "FORGED")) }')]
        urls = [r["u"].value for r in st.query(f"SELECT ?u {{ ?a <{SCHEMA_URL}> ?u }}")]
    assert labels == [] and urls == ["https://news.example/water"]


@pytest.mark.server
def test_a_stored_javascript_url_is_no_link_on_the_pages(tmp_path):
    # What an older build let into the store must not run on the pages either.
    from kg.settings import Settings
    from kg.web.app import create_app

    store = open_store(":memory:")
    graph = ox.NamedNode("https://w3id.org/kg-news/id/graph/evil")
    node = ox.NamedNode("https://w3id.org/kg-news/id/article/evil")
    quads = [
        ox.Quad(graph, ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom"), node, graph),
        ox.Quad(node, ox.NamedNode("https://schema.org/headline"), ox.Literal("Evil", language="en"), graph),
        ox.Quad(node, ox.NamedNode(SCHEMA_URL), ox.NamedNode("javascript:alert(document.domain)"), graph),
        ox.Quad(node, ox.NamedNode("https://schema.org/articleBody"), ox.Literal("Evil\nBody."), graph),
    ]
    store.load(ox.serialize(quads, format=ox.RdfFormat.N_QUADS), ox.RdfFormat.N_QUADS)
    app = create_app(Settings(), store=store)
    try:
        client = app.test_client()
        for path in ("/articles", "/id/article/evil"):
            page = client.get(path, headers={"Accept": "text/html"})
            assert page.status_code == 200 and b"Evil" in page.data, path
            assert not re.search(rb"""href\s*=\s*["']?\s*javascript:""", page.data, re.IGNORECASE), path
    finally:
        app.extensions["kg.query_pool"].close()


# -- limits (12) ----------------------------------------------------------------------------------

def test_an_article_past_the_size_limit_is_reported_and_skipped(tmp_path):
    article(tmp_path, "long", WATER + "Chile signed it. " * 2000)
    article(tmp_path, "huge", WATER + "x" * 200_000)  # over 4 bytes a character: not even read
    article(tmp_path, "short")
    items = list(read_inputs([tmp_path], max_chars=20_000))
    assert [i.id for i in items if not isinstance(i, ArticleError)] == ["short"]
    messages = sorted(i.message for i in items if isinstance(i, ArticleError))
    assert "bytes, more than an article of 20,000 characters" in messages[0]
    assert "characters, more than the 20,000 an article may have" in messages[1]


def test_every_article_over_the_limit_is_exit_2(tmp_path):
    article(tmp_path, "long", WATER * 100)
    result = build(str(tmp_path / "long.txt"), "--store", str(tmp_path / "store"),
                   env={"KG_MAX_ARTICLE_CHARS": "1000"})
    assert result.exit_code == 2 and "max_article_chars" in result.output
    assert "no article could be built" in result.output


def test_a_paragraph_longer_than_spacy_takes_is_cut_at_sentence_ends():
    line = "Chile and Peru signed the Andean Water Compact. " * 25_000  # 1.2 million characters: E088
    text = "HEADLINE\n" + line
    pieces = split_dateline(9, line)
    assert len(pieces) > 10 and max(len(p) for _, p in pieces) <= MAX_PIECE
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in pieces)  # offsets kept
    assert all(piece.endswith(". ") for _, piece in pieces[:-1])  # cut after a sentence
    assert "".join(p for _, p in pieces) == line


# -- exit codes and store errors (13) ---------------------------------------------------------------

def test_a_folder_without_articles_is_exit_2(tmp_path):
    (tmp_path / "empty").mkdir()
    result = build(str(tmp_path / "empty"), "--store", str(tmp_path / "store"))
    assert result.exit_code == 2 and "no articles in" in result.output


def test_every_article_failing_is_exit_2(tmp_path):
    article(tmp_path, "a", url="javascript:1")
    article(tmp_path, "b", url="ftp://x/y")
    result = build(str(tmp_path), "--store", str(tmp_path / "store"))
    assert result.exit_code == 2 and "0 built" in result.output and "2 failed" in result.output


def test_a_folder_that_is_not_a_store_is_left_alone(tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.tex").write_text("precious")
    article(tmp_path, "a")
    result = build(str(tmp_path / "a.txt"), "--store", str(folder))
    assert result.exit_code == 2 and "is not a kg store" in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in folder.iterdir()) == ["thesis.tex"]


def test_a_corrupted_store_is_a_clear_error(tmp_path):
    store = tmp_path / "store"
    with open_store(store) as st:
        st.replace_graph("http://g/1", "<http://a> <http://b> <http://c> .")
    (store / "CURRENT").write_text("garbage\n")
    article(tmp_path, "a")
    result = build(str(tmp_path / "a.txt"), "--store", str(store))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"kg: error: cannot open store {store}" in result.output and "orrupt" in result.output


def _kg(args: list[str], *, fsize: int | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    def limit() -> None:
        if fsize is not None:  # a full disk: writes past this size fail (EFBIG)
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=timeout,
                          preexec_fn=limit, env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, check=False)


def test_a_full_disk_is_a_clear_error(tmp_path):
    article(tmp_path, "a")
    store = tmp_path / "store"
    done = _kg(["build", str(tmp_path / "a.txt"), "--store", str(store)], fsize=2_000)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and f"kg: error: cannot open store {store}" in done.stderr
    assert "File too large" in done.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_a_clear_error(tmp_path):
    article(tmp_path, "a")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        result = build(str(tmp_path / "a.txt"), "--store", str(locked / "store"))
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 2 and f"cannot write to store {locked / 'store'}" in result.output


def test_store_writes_that_fail_are_store_errors(tmp_path):
    # A write that fails half-way (the disk fills) is a StoreError naming the store, in-process too.
    code = ("import resource, signal; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
            "from kg.store import open_store; from kg.errors import StoreError\n"
            f"st = open_store({str(tmp_path / 'store')!r})\n"
            "resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, 50_000))\n"
            "try:\n"
            "    for i in range(100):\n"
            "        st.replace_graph(f'http://g/{i}', ''.join(f'<http://s/{i}/{j}> <http://p> \"{\"x\" * 200}\" .\\n' for j in range(200)))\n"
            "except StoreError as e:\n"
            "    print('StoreError:', e.message)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert done.stdout.startswith(f"StoreError: writing to {tmp_path / 'store'} failed"), done.stderr
    assert "File too large" in done.stdout
    assert StoreError.exit_code == 2


# -- a parallel build killed (14) ---------------------------------------------------------------------

def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.model
@pytest.mark.slow
def test_workers_of_a_killed_build_die_and_free_the_store(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(60):
        article(folder, f"a{i:02d}", WATER.replace("Monday", f"Monday {i}"))
    store = tmp_path / "store"
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(folder), "--store", str(store),
                                "--jobs", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    try:
        deadline = time.monotonic() + 120
        while len(_children(process.pid)) < 2 and time.monotonic() < deadline:  # the pool is up
            time.sleep(0.2)
        workers = _children(process.pid)
        assert len(workers) >= 2, "the build started no workers"
        time.sleep(2)
    finally:
        process.kill()  # kill -9: no chance to clean up
        process.wait(10)
    deadline = time.monotonic() + 20
    while any(Path(f"/proc/{pid}").exists() and "zombie" not in _state(pid) for pid in workers):
        assert time.monotonic() < deadline, f"orphaned workers still alive: {workers}"
        time.sleep(0.2)
    with open_store(store) as st:  # the lock is free: the next build may write
        assert st.location == str(store)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:", 1)[1].split("\n", 1)[0].lower()
    except (OSError, IndexError):
        return "zombie"


def test_a_lock_left_to_orphans_names_them(tmp_path):
    # An older kg's orphaned workers kept the lock of a build that died: the refusal says so.
    store = tmp_path / "store"
    with open_store(store) as st:
        st.replace_graph("http://g/1", "<http://a> <http://b> <http://c> .")
    code = ("import fcntl, os, sys, time\n"
            f"fd = os.open({str(store / 'kg.lock')!r}, os.O_RDWR)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\n"
            "os.pwrite(fd, b'999999\\n', 0)\n"
            "print('held', flush=True)\n"
            "time.sleep(60)\n")
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError) as caught:
            open_store(store)
        assert "process 999999, which has exited" in caught.value.message
        assert str(holder.pid) in caught.value.message
    finally:
        holder.kill()
        holder.wait(10)
    threading.Event().wait(0.1)
    with open_store(store):  # the holder gone, the lock is free
        pass
