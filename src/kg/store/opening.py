"""Opening a store by its location: a folder, a graph file, ``:memory:`` or a SPARQL server's URL.

The package docstring (:mod:`kg.store`) says which location opens which store.
"""
from __future__ import annotations

import os
from pathlib import Path

from pyoxigraph import Store as OxStore

from kg.errors import StoreError, UserInputError
from kg.settings import Settings
from kg.store import folder
from kg.store.base import GRAPH_FILE_FORMATS, Store, load_graph_file
from kg.store.bulk import BulkLoader
from kg.store.embedded import MEMORY, EmbeddedStore
from kg.store.remote import REMOTE_SCHEMES, RemoteStore


def open_store(location: str | os.PathLike[str] | None = None, *, read_only: bool = False, create: bool = True) -> Store:
    """Open the store at ``location`` (default: the ``store`` setting); see the package docstring (:mod:`kg.store`).

    Raises StoreLockedError when another process is writing an embedded store, StoreError when
    the location cannot be opened.
    """
    loc = str(location) if location is not None else Settings.from_mapping().store
    if loc.startswith(REMOTE_SCHEMES):
        return RemoteStore.from_url(loc, read_only=read_only)
    if loc == MEMORY:
        return EmbeddedStore(OxStore(), location=loc, read_only=read_only)
    path = Path(loc)
    if path.suffix.lower() in GRAPH_FILE_FORMATS and not path.is_dir():
        return open_graph_file(path)
    return open_directory(path, read_only=read_only, create=create)


def open_graph_file(path: Path) -> EmbeddedStore:
    """A read-only in-memory store holding the graph file at ``path`` (its default graph: the union)."""
    if not path.is_file():
        raise StoreError(f"graph file {path} does not exist")
    inner = OxStore()
    try:
        own = load_graph_file(inner, path)
    except (SyntaxError, ValueError) as e:
        raise UserInputError(f"cannot read graph file {path}: {e}") from e
    except OSError as e:
        raise StoreError(f"cannot read graph file {path}: {e}") from e
    return EmbeddedStore(inner, location=str(path), read_only=True, origin="file", own_default=own)


def open_directory(path: Path, *, read_only: bool, create: bool) -> EmbeddedStore:
    """The on-disk store in folder ``path``: read-only (its newest checkpoint), or the one writer
    (:func:`kg.store.folder.open_writer`: the lock)."""
    exists = path.is_dir() and any(path.iterdir())
    if not exists and (read_only or not create):
        raise StoreError(f"no store at {path}")
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is neither a store folder nor a graph file ({', '.join(GRAPH_FILE_FORMATS)})")
    if read_only:
        # No lock and no handle on the live store: a reader opens checkpoints, beside any writer.
        store = EmbeddedStore(None, location=str(path), read_only=True, origin="directory")
        store._newest()  # fail now, not at the first query, if it has nothing to read
        return store
    if exists and not folder.is_store_folder(path):
        raise StoreError(f"{path} holds other files and is not a kg store: give an empty or a new folder")
    writer = folder.open_writer(path)
    store = EmbeddedStore(writer.inner, location=str(path), read_only=False, lock=writer.lock, origin="directory")
    store._size_at_open = writer.size_at_open
    store._checkpoint_path = writer.checkpoint  # made before any change: nothing to checkpoint yet
    if next(iter(writer.inner.named_graphs()), None) is None:
        store._bulk = BulkLoader(writer.inner, path)
    return store
