"""The web application factory: ``create_app(settings, store=...)``.

Each concern is a blueprint in its own module, listed in :data:`BLUEPRINTS`; a listed module that
is not installed is skipped. The store and the query worker pool live in ``app.extensions``
(``kg.store``, ``kg.settings``, ``kg.query_pool``) for the life of the app.
"""
from __future__ import annotations

import atexit
import importlib
from pathlib import Path
from typing import Any

from flask import Flask
from flask.json.provider import DefaultJSONProvider

from kg.settings import Settings
from kg.sparql import QueryPool
from kg.sparql.slots import Slots
from kg.web import errors, security

#: Blueprint modules, each exposing ``bp``; the order is the order of registration.
BLUEPRINTS = ("kg.web.sparql", "kg.web.pages", "kg.web.reconcile", "kg.web.workbench")


def create_app(settings: Settings | None = None, *, store: Any = None, slots: Slots | None = None) -> Flask:
    """A new app serving ``store`` (default: ``settings.store``, opened read-only unless updates are on).

    ``slots`` are the server's query slots, shared by its processes (default: the app's own).
    """
    settings = settings or Settings.from_mapping()
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_request_bytes
    if isinstance(app.json, DefaultJSONProvider):
        app.json.sort_keys = False
    init_store(app, settings, store, slots)
    errors.init_app(app)
    security.init_app(app, max_request_bytes=settings.max_request_bytes)
    for name in BLUEPRINTS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:  # a missing dependency of the module is a real error
                raise
            continue
        app.register_blueprint(module.bp)
    return app


def init_store(app: Flask, settings: Settings, store: Any = None, slots: Slots | None = None) -> None:
    """Open the store (unless given) and start the query pool; both close when the process exits."""
    if store is None:
        from kg.store import open_store

        # Read-only lets several server processes share an on-disk store beside a running build;
        # an update opens the folder as its writer in a query process (kg.sparql.worker).
        read_only = settings.update_token is None or Path(settings.store).is_dir()
        store = open_store(settings.store, read_only=read_only)
        atexit.register(store.close)
    if slots is None:
        slots = server_slots(settings)
    pool = QueryPool(slots, memory_mb=settings.query_memory_mb, cache_bytes=settings.result_cache_bytes)
    atexit.register(pool.close)
    app.extensions["kg.settings"] = settings
    app.extensions["kg.store"] = store
    app.extensions["kg.query_pool"] = pool


def server_slots(settings: Settings, directory: str | None = None) -> Slots:
    """The query slots ``settings`` ask for, shared through ``directory`` (None: a new folder)."""
    return Slots(settings.query_slots, settings.lane_slots, lane_timeout=settings.lane_timeout, directory=directory)
