"""Extraction on a Dask distributed cluster (``kg build … --cluster tcp://SCHEDULER:8786``).

The build's driver reads the inputs, skips unchanged articles, and submits batches of articles
as tasks, a few per worker thread at a time (so memory stays bounded whatever the input's size).
Each worker process loads the models once: :class:`LoadPipeline`, a worker plugin, loads them
when the worker joins (a restarted worker too), and tasks use the same cached pipeline.

Where the graphs go:

* an embedded store (one machine): the task returns each article's N-Triples and the driver
  writes them, one ``replace_graph`` (one transaction) per article;
* a remote SPARQL 1.1 store (``sparql+http://…``, many machines): the worker writes each graph
  itself with one Graph Store Protocol PUT and returns only its size.

Both writes replace the article's graph whole, so a task run twice (its worker died, Dask ran
it again elsewhere) leaves exactly what one run leaves: a killed worker loses nothing and
duplicates nothing. A batch whose task killed workers more often than the scheduler allows
(``distributed.scheduler.allowed-failures``) is reported as failed, and the build goes on.

Workers must run the same kg (and models) as the driver; start them with one thread each::

    dask scheduler --host 10.0.0.1                        # port 8786
    dask worker tcp://10.0.0.1:8786 --nworkers 2 --nthreads 1   # on each machine
"""
from __future__ import annotations

import asyncio
import hashlib
import itertools
from collections.abc import Iterable, Iterator

from distributed import Client, WorkerPlugin, as_completed
from distributed.scheduler import KilledWorker

from kg.errors import UserInputError
from kg.model import Article
from kg.pipeline import Extracted, default_pipeline, extract_batch
from kg.store import Store
from kg.workers import BatchFailed, Result

PLUGIN_NAME = "kg-pipeline"
#: Tasks in flight per worker thread: one running, one waiting, so no worker idles between tasks.
PER_THREAD = 2
#: A task that raised (not a dead worker: the scheduler retries those) is tried this often again.
RETRIES = 2


class LoadPipeline(WorkerPlugin):
    """Loads the extraction pipeline (spaCy models, gazetteer) once per worker process."""

    def __init__(self, gazetteer: str | None = None, online: bool = False) -> None:
        self.gazetteer = gazetteer
        self.online = online

    async def setup(self, worker) -> None:
        # off the worker's event loop: loading takes seconds, and heartbeats must go on
        await asyncio.to_thread(_load, self.gazetteer, self.online)


def _load(gazetteer: str | None, online: bool) -> None:
    from kg.extract.nlp import load_model

    default_pipeline(gazetteer, online)
    load_model()


def extract_task(articles: list[Article], gazetteer: str | None, online: bool, store_url: str | None) -> list[Extracted]:
    """One task: extract a batch; with ``store_url``, write each graph there and return sizes only."""
    results = extract_batch(articles, gazetteer=gazetteer, online=online)
    if store_url is None:
        return results
    store = _remote_store(store_url)
    store.replace_graphs((r.graph_iri, r.ntriples or "") for r in results if r.error is None)
    return [r._replace(ntriples=None) for r in results]


_STORES: dict[str, Store] = {}


def _remote_store(url: str) -> Store:
    """One connection (session) to the remote store per worker process."""
    if url not in _STORES:
        from kg.store import open_store

        _STORES[url] = open_store(url)
    return _STORES[url]


class DaskCluster:
    """A :class:`kg.workers.Runner` over a Dask scheduler at ``address``.

    ``store_url`` (a remote store's ``sparql+http…`` URL) makes workers write graphs themselves.
    """

    def __init__(self, address: str, *, gazetteer: str | None = None, online: bool = False,
                 store_url: str | None = None, timeout: float = 30.0) -> None:
        self.address = address
        self.gazetteer = gazetteer
        self.online = online
        self.store_url = store_url
        self.timeout = timeout

    def run(self, batches: Iterable[list[Article]]) -> Iterator[Result]:
        try:
            client = Client(self.address, timeout=self.timeout, set_as_default=False)
        except (OSError, TimeoutError) as e:
            raise UserInputError(f"cannot reach the Dask scheduler at {self.address}: {e}") from e
        try:
            yield from self._run(client, iter(batches))
        finally:
            client.close()

    def _run(self, client: Client, batches: Iterator[list[Article]]) -> Iterator[Result]:
        client.register_plugin(LoadPipeline(self.gazetteer, self.online), name=PLUGIN_NAME)
        threads = sum(client.nthreads().values())
        if not threads:
            raise UserInputError(f"the Dask scheduler at {self.address} has no workers")
        pending: dict = {}
        done = as_completed(loop=client.loop)
        counter = itertools.count()

        def submit() -> bool:
            batch = next(batches, None)
            if batch is None:
                return False
            ids = "\n".join(a.id for a in batch)
            key = f"kg-extract-{next(counter)}-{hashlib.sha256(ids.encode('utf-8')).hexdigest()[:12]}"
            future = client.submit(extract_task, batch, self.gazetteer, self.online, self.store_url,
                                   key=key, retries=RETRIES, pure=False)
            pending[future.key] = [a.id for a in batch]
            done.add(future)
            return True

        for _ in range(PER_THREAD * threads):
            if not submit():
                break
        for future in done:
            ids = pending.pop(future.key)
            try:
                result: Result = future.result()
            except KilledWorker as e:
                result = BatchFailed(tuple(ids), f"its task killed {e.args[0] if e.args else 'workers'} too often")
            finally:
                future.release()
            submit()
            yield result
