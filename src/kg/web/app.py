"""The web application factory: ``create_app(settings, store=...)``.

Each concern is a blueprint in its own module, listed in :data:`BLUEPRINTS`; a listed module that
is not installed is skipped. The store and the query worker pool live in ``app.extensions``
(``kg.store``, ``kg.settings``, ``kg.query_pool``) for the life of the app.
"""
from __future__ import annotations

import atexit
import importlib
from typing import Any

from flask import Flask
from flask.json.provider import DefaultJSONProvider

from kg.settings import Settings
from kg.sparql import QueryPool
from kg.web import errors

#: Blueprint modules, each exposing ``bp``; the order is the order of registration.
BLUEPRINTS = ("kg.web.sparql", "kg.web.pages", "kg.web.reconcile", "kg.web.workbench")


def create_app(settings: Settings | None = None, *, store: Any = None) -> Flask:
    """A new app serving ``store`` (default: ``settings.store``, opened read-only unless updates are on)."""
    settings = settings or Settings.from_mapping()
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_request_bytes
    if isinstance(app.json, DefaultJSONProvider):
        app.json.sort_keys = False
    init_store(app, settings, store)
    errors.init_app(app)
    for name in BLUEPRINTS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:  # a missing dependency of the module is a real error
                raise
            continue
        app.register_blueprint(module.bp)
    return app


def init_store(app: Flask, settings: Settings, store: Any = None) -> None:
    """Open the store (unless given) and start the query pool; both close when the process exits."""
    if store is None:
        from kg.store import open_store

        # Read-only lets several server processes share an on-disk store beside a running build.
        store = open_store(settings.store, read_only=settings.update_token is None)
        atexit.register(store.close)
    pool = QueryPool(settings.query_workers, cache_bytes=settings.result_cache_bytes)
    atexit.register(pool.close)
    app.extensions["kg.settings"] = settings
    app.extensions["kg.store"] = store
    app.extensions["kg.query_pool"] = pool
