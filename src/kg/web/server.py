"""Run the web app: gunicorn in production, Flask's development server with ``debug=True``.

gunicorn gives worker processes with threads (``gthread``: HTTP/1.1 keep-alive, and a request
waiting on its query holds a thread, not the process), an access log on stderr and a graceful
shutdown on SIGTERM (requests in flight finish, up to ``graceful_timeout``). Each gunicorn worker
builds its own app, so each opens the store read-only and its own query processes; the query
slots are shared by all of them through one folder, made here before gunicorn forks.
"""
from __future__ import annotations

import atexit
import errno
import logging
import os
import shutil
import socket
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from gunicorn.app.base import BaseApplication

from kg.errors import UserInputError
from kg.settings import Settings

log = logging.getLogger(__name__)


class _Gunicorn(BaseApplication):
    """gunicorn driven from Python: options from kg's settings, the app from a factory."""

    def __init__(self, factory: Callable[[], Any], options: dict[str, Any]) -> None:
        self.factory = factory
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return self.factory()


def gunicorn_options(settings: Settings, *, store_location: str) -> dict[str, Any]:
    """The gunicorn settings kg uses for ``settings``."""
    workers = max(1, settings.workers)
    if settings.update_token and Path(store_location).is_dir() and workers > 1:
        # Only one process may open an on-disk store for writing.
        log.warning("updates are enabled on an on-disk store: serving with 1 worker instead of %d", workers)
        workers = 1
    return {
        "bind": f"{settings.host}:{settings.port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": max(1, settings.threads),
        "keepalive": settings.keepalive,
        "accesslog": "-",
        "errorlog": "-",
        "loglevel": "info",
        # A worker waits on its query pool, which stops queries itself: give it room to answer 503.
        "timeout": int(settings.query_timeout) + 30,
        "graceful_timeout": int(settings.query_timeout) + 5,
        "limit_request_line": 0,  # long GET queries: the app answers 414 past max_request_bytes
        "proc_name": "kg-serve",
    }


def check_port(host: str, port: int) -> None:
    """Refuse at once, with what to do, when ``host:port`` is taken (another kg serve, say):
    gunicorn would retry for seconds and then print a traceback-like error."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # As gunicorn binds: connections of a server just stopped (TIME_WAIT) do not hold the port.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno != errno.EADDRINUSE:
                raise UserInputError(f"cannot listen on {host}:{port}: {error.strerror}") from None
            raise UserInputError(
                f"port {port} on {host} is busy (is another kg serve running?); choose another port with "
                f"KG_PORT={port + 1} make serve, or kg serve --port {port + 1}") from None


def serve(settings: Settings, *, store_location: str, debug: bool = False) -> None:
    """Serve ``store_location`` until stopped (SIGTERM or Ctrl-C)."""
    from kg.web.app import create_app, server_slots

    check_port(settings.host, settings.port)
    settings = replace(settings, store=str(store_location))
    if debug:
        create_app(settings).run(host=settings.host, port=settings.port, debug=True, use_reloader=False,
                                 threaded=True)
        return
    # Made before gunicorn forks, so every worker shares the slots; removed by this process only
    # (a worker leaving unwinds this frame too).
    slots_dir = tempfile.mkdtemp(prefix="kg-serve-")
    master = os.getpid()

    def remove_slots() -> None:
        if os.getpid() == master:
            shutil.rmtree(slots_dir, ignore_errors=True)

    atexit.register(remove_slots)
    slots = server_slots(settings, slots_dir)

    def app() -> Any:
        made = create_app(settings, slots=slots)
        made.extensions["kg.query_pool"].warm(made.extensions["kg.store"].snapshot())
        return made

    _Gunicorn(app, gunicorn_options(settings, store_location=str(store_location))).run()
