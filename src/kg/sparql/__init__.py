"""The one query path shared by the CLI and the SPARQL endpoint: ``execute()``.

A query is first scanned for what kg refuses (``SERVICE`` outside the allowlist, ``LOAD``), its
result format is negotiated from the Accept header, then pyoxigraph parses and runs it in a
worker process (:class:`QueryPool`) that is killed when ``settings.query_timeout`` passes:
pyoxigraph has no timeout of its own and a thread cannot be stopped. Results come back whole,
so a stopped query is a :class:`~kg.errors.QueryTimeoutError`, never a 200 cut short.

>>> import pyoxigraph
>>> from kg.settings import Settings
>>> result = execute(pyoxigraph.Store(), "ASK {}", settings=Settings())
>>> result.media_type, result.body
('application/sparql-results+json', b'{"head":{},"boolean":true}')
"""
from __future__ import annotations

import csv
import hashlib
import hmac
import io
import itertools
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Iterable, Literal
from multiprocessing.connection import Connection
from urllib.parse import urljoin

import pyoxigraph as ox

from kg.errors import (
    KgError,
    NotAcceptableError,
    QueryRefusedError,
    QuerySyntaxError,
    QueryTimeoutError,
    StoreError,
    UnauthorizedError,
    UserInputError,
)
from kg.settings import Settings

log = logging.getLogger(__name__)

Kind = Literal["solutions", "boolean", "graph"]

# ---------------------------------------------------------------------------------------------
# Result formats and content negotiation
# ---------------------------------------------------------------------------------------------

# Offers per result kind, in the server's order of preference (the first is the default).
RESULT_MEDIA_TYPES: dict[str, tuple[str, ...]] = {
    "solutions": (
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    ),
    "boolean": ("application/sparql-results+json", "application/sparql-results+xml"),
    "graph": (
        "text/turtle",
        "application/n-triples",
        "application/ld+json",
        "application/rdf+xml",
        "application/n-quads",
        "application/trig",
    ),
}
# Media types clients send for the same formats; answered with the canonical type.
MEDIA_TYPE_ALIASES: dict[str, str] = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "application/x-turtle": "text/turtle",
    "application/turtle": "text/turtle",
    "text/plain": "application/n-triples",
    "application/x-json+ld": "application/ld+json",
}
# Short names for the ``format`` request parameter (and ``kg query --format``).
FORMAT_NAMES: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "ntriples": "application/n-triples",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "rdf": "application/rdf+xml",
    "nquads": "application/n-quads",
    "trig": "application/trig",
}
# A JSON request for a graph gets JSON-LD, an XML one RDF/XML (``format=xml`` on a CONSTRUCT too).
_GRAPH_ALIASES = {"application/json": "application/ld+json", "application/xml": "application/rdf+xml",
                  "text/xml": "application/rdf+xml", "application/sparql-results+json": "application/ld+json",
                  "application/sparql-results+xml": "application/rdf+xml"}


def parse_accept(accept: str | None) -> list[tuple[str, float]]:
    """``Accept`` → [(media range, q)], parameters other than q dropped; None means ``*/*``."""
    if not accept or not accept.strip():
        return [("*/*", 1.0)]
    ranges = []
    for part in accept.split(","):
        media, *params = part.split(";")
        media = media.strip().lower()
        if not media:
            continue
        if "/" not in media:
            media = "*/*" if media == "*" else media + "/*"
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value.strip()), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def _quality(media_type: str, ranges: list[tuple[str, float]]) -> float:
    """q of the most specific range matching ``media_type`` (RFC 9110 §12.5.1)."""
    kind = media_type.split("/")[0]
    best, specificity = 0.0, -1
    for media, q in ranges:
        if media == media_type:
            rank = 2
        elif media == kind + "/*":
            rank = 1
        elif media == "*/*":
            rank = 0
        else:
            continue
        if rank > specificity:
            best, specificity = q, rank
    return best


def negotiate(accept: str | None, offers: Iterable[str], aliases: dict[str, str] | None = None) -> str | None:
    """The offer (or alias target) the client likes best; ties go to the first offer; None if none.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_MEDIA_TYPES["solutions"])
    'application/sparql-results+xml'
    >>> negotiate("application/json", RESULT_MEDIA_TYPES["solutions"], MEDIA_TYPE_ALIASES)
    'application/sparql-results+json'
    >>> negotiate("image/png", RESULT_MEDIA_TYPES["graph"]) is None
    True
    """
    ranges = parse_accept(accept)
    candidates = [(offer, offer) for offer in offers]
    offered = {offer for offer, _ in candidates}
    candidates += [(alias, target) for alias, target in (aliases or {}).items()
                   if target in offered and alias not in offered]
    best, best_q = None, 0.0
    for offered, target in candidates:
        q = _quality(offered, ranges)
        if q > best_q:
            best, best_q = target, q
    return best


def choose_media_types(accept: str | None, format: str | None = None) -> dict[str, str | None]:
    """The media type each result kind would be written in (None: not acceptable).

    ``format`` (a short name such as ``json`` or a media type) overrides ``accept``.
    """
    if format:
        accept = FORMAT_NAMES.get(format.strip().lower(), format)
    return {
        "solutions": negotiate(accept, RESULT_MEDIA_TYPES["solutions"], MEDIA_TYPE_ALIASES),
        "boolean": negotiate(accept, RESULT_MEDIA_TYPES["boolean"], MEDIA_TYPE_ALIASES),
        "graph": negotiate(accept, RESULT_MEDIA_TYPES["graph"], {**MEDIA_TYPE_ALIASES, **_GRAPH_ALIASES}),
    }


def _results_format(media_type: str) -> ox.QueryResultsFormat:
    return ox.QueryResultsFormat.from_media_type(media_type)


def _rdf_format(media_type: str) -> ox.RdfFormat:
    return ox.RdfFormat.from_media_type(media_type)


@dataclass(frozen=True)
class QueryResult:
    """A serialised query answer: what to send and how to label it."""

    media_type: str
    body: bytes
    kind: Kind
    truncated: bool = False  # the row cap (settings.max_rows) cut the answer

    @property
    def content_type(self) -> str:
        """``media_type`` with a charset where the format is text."""
        if self.media_type.startswith("text/") or self.media_type == "application/n-triples":
            return self.media_type + "; charset=utf-8"
        return self.media_type


# ---------------------------------------------------------------------------------------------
# Safety scan: what kg refuses before pyoxigraph sees the query
# ---------------------------------------------------------------------------------------------

# Spec-exact terminals (SPARQL 1.1 §19.8), so comments and strings hide exactly what they hide
# from pyoxigraph's parser; anything the scanner cannot classify is looked at, not skipped.
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|""" + _UCHAR + r""")*>)
  | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''|\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
  | (?P<pname>(?:[^\W\d_][\w.\-\u00B7]*)?:(?:[\w:%\-\u00B7]|\\[_~.\-!$&'()*+,;=/?\#@%]|\.(?=[\w:%\-\\]))*)
  | (?P<word>[^\W\d][\w\-]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_UNESCAPE = re.compile(_UCHAR + r"|\\([_~.\-!$&'()*+,;=/?#@%])")
_FORMS = {"SELECT": "solutions", "ASK": "boolean", "CONSTRUCT": "graph", "DESCRIBE": "graph"}


def _unescape(text: str) -> str:
    def repl(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            return match.group(1)
        return chr(int(match.group(0)[2:], 16))

    return _UNESCAPE.sub(repl, text)


@dataclass(frozen=True)
class _Token:
    type: str
    text: str
    start: int
    depth: int  # braces open before the token


def _tokens(text: str) -> list[_Token]:
    out, depth = [], 0
    for match in _TOKEN.finditer(text):
        type_ = match.lastgroup or "other"
        if type_ in ("ws", "comment"):
            continue
        value = match.group()
        if value == "}":
            depth = max(depth - 1, 0)
        out.append(_Token(type_, value, match.start(), depth))
        if value == "{":
            depth += 1
    return out


@dataclass(frozen=True)
class Scan:
    """What the safety scan learnt about a query or update."""

    kind: Kind | None  # None when the scan could not tell (the parser will say why)
    has_dataset: bool  # FROM / FROM NAMED present
    services: tuple[str, ...]  # resolved SERVICE endpoints
    tokens: tuple[_Token, ...]


def scan(text: str, *, base_iri: str | None = None) -> Scan:
    """Tokenise ``text`` and collect its form, dataset clause and SERVICE endpoints.

    >>> scan("PREFIX w: <https://query.wikidata.org/> SELECT * { SERVICE w:sparql { ?s ?p ?o } }").services
    ('https://query.wikidata.org/sparql',)
    """
    tokens = _tokens(text)
    prefixes: dict[str, str] = {}
    base = base_iri
    kind: Kind | None = None
    has_dataset = False
    services: list[str] = []

    def resolve(token: _Token) -> str | None:
        if token.type == "iri":
            iri = _unescape(token.text[1:-1])
            return urljoin(base, iri) if base else iri
        if token.type == "pname":
            prefix, _, local = token.text.partition(":")
            if prefix in prefixes:
                return prefixes[prefix] + _unescape(local)
        return None

    for i, token in enumerate(tokens):
        word = token.text.upper() if token.type == "word" else None
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if word == "BASE" and following is not None and following.type == "iri":
            base = resolve(following)
        elif word == "PREFIX" and following is not None and following.type == "pname" and i + 2 < len(tokens):
            target = resolve(tokens[i + 2])
            if target is not None:
                prefixes[following.text.partition(":")[0]] = target
        elif word in _FORMS and kind is None and token.depth == 0:
            kind = _FORMS[word]  # type: ignore[assignment]
        elif word == "FROM" and token.depth == 0:
            has_dataset = True
        elif word == "SERVICE":
            j = i + 1
            if j < len(tokens) and tokens[j].text.upper() == "SILENT":
                j += 1
            # An endpoint that is a variable or cannot be resolved is kept as "" and refused.
            services.append((resolve(tokens[j]) if j < len(tokens) else None) or "")
    return Scan(kind, has_dataset, tuple(services), tuple(tokens))


def check_query(text: str, settings: Settings, *, base_iri: str | None = None, update: bool = False) -> Scan:
    """Refuse what kg never runs: SERVICE outside ``settings.service_allowlist``, LOAD."""
    result = scan(text, base_iri=base_iri)
    allowed = set(settings.service_allowlist)
    for endpoint in result.services:
        if endpoint not in allowed:
            shown = endpoint or "a variable or unknown endpoint"
            raise QueryRefusedError(
                f"SERVICE {shown} is not allowed; allowed endpoints: {', '.join(sorted(allowed)) or 'none'}"
            )
    if update and any(t.type == "word" and t.text.upper() == "LOAD" for t in result.tokens):
        raise QueryRefusedError("LOAD is not allowed: kg never fetches data named in an update")
    return result


def _with_using(update: str, tokens: Iterable[_Token], graphs: Iterable[str], named: Iterable[str]) -> str:
    """``update`` with USING clauses for the protocol's using-(named-)graph-uri parameters."""
    tokens = list(tokens)
    clause = "".join(f" USING <{g}>" for g in graphs) + "".join(f" USING NAMED <{g}>" for g in named) + " "
    if any(t.type == "word" and t.text.upper() in ("USING", "WITH") and t.depth == 0 for t in tokens):
        raise UserInputError("using-graph-uri/using-named-graph-uri conflict with USING or WITH in the update")
    inserts = [
        t.start
        for prev, t in zip([None, *tokens], tokens)
        if t.type == "word" and t.text.upper() == "WHERE" and t.depth == 0
        and not (prev is not None and prev.type == "word" and prev.text.upper() == "DELETE")
    ]
    for start in reversed(inserts):
        update = update[:start] + clause + update[start:]
    return update


# ---------------------------------------------------------------------------------------------
# Where a query runs: store specs and the worker pool
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoreSpec:
    """How a worker process opens a store: a directory read-only, a file, or a snapshot."""

    kind: Literal["directory", "file", "snapshot", "remote"]
    location: str
    key: str  # workers reopen when the key changes (new data)
    data: bytes | None = None  # N-Quads, for snapshots of in-memory stores


def _directory_version(path: str) -> str:
    # RocksDB appends to its WAL and rotates files on every write: names, sizes and mtimes change.
    try:
        entries = sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(path) if e.is_file())
    except OSError as error:
        raise StoreError(f"cannot read the store at {path}: {error}") from error
    return hashlib.sha1(repr(entries).encode()).hexdigest()


def store_spec(store: Any) -> StoreSpec:
    """The :class:`StoreSpec` for a :class:`kg.store.Store`, a pyoxigraph store or a location."""
    if isinstance(store, StoreSpec):
        return store
    location = store if isinstance(store, (str, os.PathLike)) else getattr(store, "location", None)
    if location is not None:
        location = str(location)
        if location.startswith(("sparql+http://", "sparql+https://")):
            return StoreSpec("remote", location, location)
        path = Path(location)
        if path.is_dir():
            return StoreSpec("directory", str(path.resolve()), f"dir:{path.resolve()}:{_directory_version(location)}")
        # kg opens graph files read-only, so the file is what the store holds.
        if path.is_file() and getattr(store, "read_only", True):
            stat = path.stat()
            return StoreSpec("file", str(path.resolve()), f"file:{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
        if isinstance(store, (str, os.PathLike)):
            raise StoreError(f"no store at {location}")
    # An in-memory store: workers get a copy, re-sent whenever its content changes.
    data = _pyoxigraph_store(store).dump(format=ox.RdfFormat.N_QUADS)
    return StoreSpec("snapshot", "<memory>", "mem:" + hashlib.sha1(data).hexdigest(), data)


def _pyoxigraph_store(store: Any) -> ox.Store:
    if isinstance(store, ox.Store):
        return store
    inner = getattr(store, "inner", None)  # kg.store.EmbeddedStore
    if isinstance(inner, ox.Store):
        return inner
    raise StoreError(f"cannot query a {type(store).__name__}")


def _open_spec(spec: StoreSpec) -> ox.Store:
    if spec.kind == "directory":
        return ox.Store.read_only(spec.location)
    store = ox.Store()
    if spec.kind == "file":
        store.bulk_load(path=spec.location, format=ox.RdfFormat.from_extension(Path(spec.location).suffix[1:]))
    else:
        store.bulk_load(spec.data, format=ox.RdfFormat.N_QUADS)
    return store


@dataclass(frozen=True)
class _Job:
    query: str
    media_types: dict[str, str | None]
    max_rows: int
    union: bool
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None
    base_iri: str | None


class _Capped:
    """A binary sink for TSV results that stops after ``limit`` lines (header included)."""

    class Full(Exception):
        pass

    def __init__(self, limit: int) -> None:
        self.limit, self.lines, self.parts = limit, 0, []

    def write(self, data: bytes) -> int:
        data = bytes(data)
        self.parts.append(data)
        self.lines += data.count(b"\n")
        if self.lines > self.limit:
            raise _Capped.Full
        return len(data)

    def flush(self) -> None:
        pass


def serialize_results(results: Any, media_types: dict[str, str | None], max_rows: int) -> tuple[str, bytes, Kind, bool]:
    """(media type, bytes, kind, truncated) for pyoxigraph results, capped at ``max_rows``."""
    if isinstance(results, ox.QueryBoolean):
        media_type = media_types["boolean"]
        if media_type is None:
            raise NotAcceptableError(_not_acceptable("boolean"))
        return media_type, results.serialize(format=_results_format(media_type)), "boolean", False
    if isinstance(results, ox.QuerySolutions):
        media_type = media_types["solutions"]
        if media_type is None:
            raise NotAcceptableError(_not_acceptable("solutions"))
        # pyoxigraph serialises only whole result sets, so the cap goes through TSV, which has
        # one solution per line and which pyoxigraph reads back losslessly.
        sink = _Capped(max_rows + 1)
        try:
            results.serialize(sink, format=ox.QueryResultsFormat.TSV)
        except (_Capped.Full, OSError, RuntimeError):
            if sink.lines <= sink.limit:
                raise
        lines = b"".join(sink.parts).split(b"\n")
        lines.pop()  # after the last newline (a lone empty line is a solution with nothing bound)
        truncated = len(lines) > max_rows + 1
        tsv = b"".join(line + b"\n" for line in lines[: max_rows + 1])
        capped = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
        return media_type, capped.serialize(format=_results_format(media_type)), "solutions", truncated
    media_type = media_types["graph"]
    if media_type is None:
        raise NotAcceptableError(_not_acceptable("graph"))
    triples = list(itertools.islice(results, max_rows + 1))
    truncated = len(triples) > max_rows
    format = _rdf_format(media_type)
    if format.supports_datasets:
        items: list[Any] = [ox.Quad(t.subject, t.predicate, t.object) for t in triples[:max_rows]]
    else:
        items = triples[:max_rows]
    prefixes = None
    if format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        used = {t.value for triple in items for t in (triple.subject, triple.predicate, triple.object)
                if isinstance(t, ox.NamedNode)} | {t.datatype.value for triple in items
                                                   if isinstance(t := triple.object, ox.Literal)}
        prefixes = {p: ns for p, ns in _prefixes().items() if any(iri.startswith(ns) for iri in used)}
    return media_type, ox.serialize(items, format=format, prefixes=prefixes), "graph", truncated


@cache
def _prefixes() -> dict[str, str]:
    from kg.rdf import namespaces as ns  # rdflib is slow to import; only Turtle needs this

    return {"kg": str(ns.KG._NS), "id": str(ns.ID), "wd": str(ns.WD), "schema": str(ns.SCHEMA),
            "prov": str(ns.PROV), "rdfs": str(ns.RDFS), "skos": str(ns.SKOS), "xsd": str(ns.XSD),
            "owl": str(ns.OWL)}


def _not_acceptable(kind: str) -> str:
    return f"no acceptable format for these results; available: {', '.join(RESULT_MEDIA_TYPES[kind])}"


def _run_job(store: ox.Store, job: _Job) -> tuple[Any, ...]:
    """Run one query in a worker: ("ok", media type, body, kind, truncated) or ("error", kind, message)."""
    options: dict[str, Any] = {"base_iri": job.base_iri}
    if job.default_graphs is not None or job.named_graphs is not None:
        options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs or ()]
        options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs or ()]
    elif job.union:
        options["use_default_graph_as_union"] = True
    try:
        results = store.query(job.query, **options)
        return ("ok", *serialize_results(results, job.media_types, job.max_rows))
    except SyntaxError as error:
        return ("error", "syntax", error.msg if hasattr(error, "msg") else str(error))
    except NotAcceptableError as error:
        return ("error", "not-acceptable", error.message)
    except ValueError as error:
        return ("error", "input", str(error))
    except OSError as error:
        return ("error", "store", str(error))
    except Exception:  # a bug: the parent logs the traceback and answers 500
        return ("error", "bug", traceback.format_exc())


def _worker_main(fd: int) -> None:
    """A query worker (``python -c``): open stores when asked, run queries, until the socket closes."""
    # Ctrl-C and SIGTERM sent to the whole process group (a terminal, systemd, a supervisor)
    # are the parent's to handle: gunicorn's graceful shutdown lets queries in flight finish,
    # and a worker exits once its socket closes.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    conn = Connection(fd)
    store: ox.Store | None = None
    while True:
        try:
            message, payload = conn.recv()
        except (EOFError, OSError):
            return
        if message == "open":
            store = None  # let go of the old store before opening its new version
            try:
                store = _open_spec(payload)
                conn.send(("ok",))
            except Exception as error:
                conn.send(("error", "store", f"cannot open the store: {error}"))
        elif store is None:
            conn.send(("error", "store", "no store is open"))
        else:
            conn.send(_run_job(store, payload))


_ERRORS: dict[str, type[KgError]] = {
    "syntax": QuerySyntaxError,
    "not-acceptable": NotAcceptableError,
    "input": UserInputError,
    "store": StoreError,
}


@dataclass
class _Worker:
    process: subprocess.Popen[bytes]
    conn: Connection
    key: str | None = None


def _start_worker() -> _Worker:
    # A fresh interpreter rather than multiprocessing: forking a threaded web server is unsafe,
    # and spawn/forkserver re-run the __main__ script (gunicorn's, the CLI's, a test's).
    parent, child = socket.socketpair()
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    code = f"import kg.sparql; kg.sparql._worker_main({child.fileno()})"
    try:
        process = subprocess.Popen([sys.executable, "-c", code], pass_fds=[child.fileno()], env=env,
                                   stdin=subprocess.DEVNULL, close_fds=True)
    finally:
        child.close()
    return _Worker(process, Connection(parent.detach()))


class QueryPool:
    """Worker processes that run queries and are killed, then replaced, when one runs too long.

    Workers are fresh interpreters that open the store read-only (or load the graph file, or a
    snapshot of an in-memory store) once, then serve queries; at most ``size`` run at a time.
    """

    def __init__(self, size: int = 1, *, open_timeout: float = 300.0) -> None:
        self.size = max(1, size)
        self.open_timeout = open_timeout
        self._idle: list[_Worker] = []
        self._count = 0
        self._lock = threading.Condition()
        self._closed = False

    def __enter__(self) -> "QueryPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop every idle worker; busy ones stop when handed back."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:
            self._stop(worker)

    def _acquire(self, wait: float) -> _Worker:
        deadline = time.monotonic() + wait
        with self._lock:
            while True:
                if self._closed:
                    raise StoreError("the query pool is closed")
                if self._idle:
                    return self._idle.pop()
                if self._count < self.size:
                    self._count += 1
                    break
                left = deadline - time.monotonic()
                if left <= 0:
                    raise QueryTimeoutError("the server is busy with other queries; try again later")
                self._lock.wait(left)
        try:
            return _start_worker()
        except BaseException:
            with self._lock:
                self._count -= 1
                self._lock.notify()
            raise

    def _release(self, worker: _Worker) -> None:
        with self._lock:
            if not self._closed:
                self._idle.append(worker)
                self._lock.notify()
                return
        self._stop(worker)

    def _stop(self, worker: _Worker, *, kill: bool = False) -> None:
        try:
            worker.conn.close()  # a live worker exits when its socket closes
            if kill:
                worker.process.kill()
            try:
                worker.process.wait(5)
            except subprocess.TimeoutExpired:
                worker.process.kill()
                worker.process.wait(5)
        finally:
            with self._lock:
                self._count -= 1
                self._lock.notify()

    def _call(self, worker: _Worker, message: tuple[str, Any], timeout: float) -> tuple[Any, ...]:
        worker.conn.send(message)
        if not worker.conn.poll(timeout):
            raise TimeoutError
        return worker.conn.recv()

    def run(self, spec: StoreSpec, job: _Job, timeout: float) -> tuple[Any, ...]:
        """Run ``job`` on the store ``spec`` names; kill the worker after ``timeout`` seconds."""
        worker = self._acquire(timeout)
        try:
            if worker.key != spec.key:
                # Opening (or loading a graph file) is not the query's time: its own, long limit.
                reply = self._call(worker, ("open", spec), self.open_timeout)
                if reply[0] != "ok":
                    raise StoreError(reply[2])
                worker.key = spec.key
            reply = self._call(worker, ("query", job), timeout)
        except TimeoutError:
            self._stop(worker, kill=True)
            raise QueryTimeoutError(f"the query ran longer than {timeout:g} s and was stopped") from None
        except (EOFError, OSError) as error:
            self._stop(worker, kill=True)
            raise StoreError(f"the query worker failed ({error or 'it exited'}); the query was not run") from None
        except BaseException:
            self._stop(worker, kill=True)
            raise
        self._release(worker)
        return reply


# ---------------------------------------------------------------------------------------------
# execute() and execute_update()
# ---------------------------------------------------------------------------------------------


def execute(
    store: Any,
    query: str,
    *,
    accept: str | None = None,
    format: str | None = None,
    default_graph_uris: Iterable[str] = (),
    named_graph_uris: Iterable[str] = (),
    settings: Settings,
    union_default_graph: bool = True,
    base_iri: str | None = None,
    pool: QueryPool | None = None,
) -> QueryResult:
    """Run a SPARQL query on ``store`` and serialise its answer as the client accepts.

    ``default_graph_uris``/``named_graph_uris`` set the dataset as the SPARQL protocol does
    (overriding FROM / FROM NAMED); otherwise the default graph is the union of all graphs unless
    the query has its own FROM or ``union_default_graph`` is False. Without a ``pool`` a one-off
    worker is started (the CLI); the endpoint keeps one pool for its life.
    """
    parsed = check_query(query, settings, base_iri=base_iri)
    media_types = choose_media_types(accept, format)
    if parsed.kind is not None and media_types[parsed.kind] is None:
        raise NotAcceptableError(_not_acceptable(parsed.kind))
    default_graphs, named_graphs = tuple(default_graph_uris), tuple(named_graph_uris)
    protocol_dataset = bool(default_graphs or named_graphs)
    job = _Job(
        query=query,
        media_types=media_types,
        max_rows=settings.max_rows,
        union=union_default_graph and not parsed.has_dataset,
        default_graphs=default_graphs if protocol_dataset else None,
        named_graphs=named_graphs if protocol_dataset else None,
        base_iri=base_iri,
    )
    spec = store_spec(store)
    if spec.kind == "remote":
        reply = _run_remote(store, job)
    elif pool is None:
        with QueryPool(1) as own_pool:
            reply = own_pool.run(spec, job, settings.query_timeout)
    else:
        reply = pool.run(spec, job, settings.query_timeout)
    return _result(reply)


def _result(reply: tuple[Any, ...]) -> QueryResult:
    if reply[0] == "ok":
        _, media_type, body, kind, truncated = reply
        return QueryResult(media_type, body, kind, truncated)
    _, kind, message = reply
    if kind == "bug":
        log.error("query worker failed:\n%s", message)
        raise RuntimeError("query worker failed (see the log)")
    raise _ERRORS[kind](message)


def _run_remote(store: Any, job: _Job) -> tuple[Any, ...]:
    """Run a query on a remote store (its own HTTP timeout applies), then cap and serialise here."""
    if job.default_graphs is not None:
        raise UserInputError("default-graph-uri/named-graph-uri are not supported over a remote store")
    if isinstance(store, (str, os.PathLike)):
        from kg.store import open_store

        store = open_store(str(store), read_only=True)
    try:
        results = store.query(job.query, use_default_graph_as_union=job.union)
        return ("ok", *serialize_results(results, job.media_types, job.max_rows))
    except NotAcceptableError as error:
        return ("error", "not-acceptable", error.message)


def execute_update(
    store: Any,
    update: str,
    *,
    token: str | None,
    settings: Settings,
    using_graph_uris: Iterable[str] = (),
    using_named_graph_uris: Iterable[str] = (),
    base_iri: str | None = None,
) -> None:
    """Run a SPARQL Update, only with the configured ``settings.update_token``.

    LOAD and SERVICE outside the allowlist are refused; the protocol's ``using-graph-uri`` and
    ``using-named-graph-uri`` become USING clauses. Query workers see the change on their next
    query (their store's key changes).
    """
    if not settings.update_token:
        raise UnauthorizedError("updates are disabled on this server (no update token is configured)")
    if not token or not hmac.compare_digest(token.encode(), settings.update_token.encode()):
        raise UnauthorizedError("updates need the server's bearer token")
    parsed = check_query(update, settings, base_iri=base_iri, update=True)
    graphs, named = tuple(using_graph_uris), tuple(using_named_graph_uris)
    if graphs or named:
        update = _with_using(update, parsed.tokens, graphs, named)
    inner = store if isinstance(store, ox.Store) else getattr(store, "inner", None)
    if not isinstance(inner, ox.Store):  # a remote store: the server resolves relative IRIs
        store.update(update)
        return
    if getattr(store, "read_only", False):
        raise StoreError(f"store {getattr(store, 'location', '')} is open read-only")
    try:
        inner.update(update, base_iri=base_iri)
    except SyntaxError as error:
        raise QuerySyntaxError(error.msg if hasattr(error, "msg") else str(error)) from None
    except OSError as error:
        raise StoreError(f"the update failed: {error}") from None


# ---------------------------------------------------------------------------------------------
# Terminal output
# ---------------------------------------------------------------------------------------------


def _cell(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in _prefixes().items():
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"{term.value}@{term.language}"
        return term.value
    return str(term)


def format_table(result: QueryResult, *, width: int = 60) -> str:
    """SELECT results as a plain-text table (other kinds: their text); cells cut at ``width``."""
    if result.kind == "boolean":
        answer = ox.parse_query_results(result.body, format=_results_format(result.media_type))
        return "true" if bool(answer) else "false"
    if result.kind == "graph":
        return result.body.decode("utf-8")
    if result.media_type == "text/csv":
        reader = csv.reader(io.StringIO(result.body.decode("utf-8")))
        header, *rows = list(reader) or [[]]
    else:
        solutions = ox.parse_query_results(result.body, format=_results_format(result.media_type))
        header = [v.value for v in solutions.variables]
        rows = [[_cell(solution[v]) for v in header] for solution in solutions]

    def cut(text: str) -> str:
        text = text.replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cut(c) for c in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(header)]
    line = "+".join("-" * (w + 2) for w in widths)
    out = [" " + " | ".join(h.ljust(w) for h, w in zip(header, widths)), line]
    out += [" " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) for row in cells]
    footer = f"({len(rows)} row{'s' if len(rows) != 1 else ''}{', truncated' if result.truncated else ''})"
    return "\n".join([*out, footer])
