"""The one settings table: each setting's name, default and help feed the CLI, the app and the docs.

A setting can be overridden by the environment variable ``KG_<NAME>`` (upper case) or by passing
a mapping to ``Settings.from_mapping``.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any


def _env_list(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


@dataclass(frozen=True)
class Settings:
    """Every setting kg reads, with its default; ``help`` metadata is shown by the CLI and docs."""

    store: str = field(default=".kg-store", metadata={"help": "Default store: a folder for the embedded Oxigraph store, or sparql+http://HOST:PORT/... for a remote one."})
    host: str = field(default="127.0.0.1", metadata={"help": "Address the server listens on."})
    port: int = field(default=8000, metadata={"help": "Port the server listens on."})
    workers: int = field(default=2, metadata={"help": "gunicorn worker processes serving HTTP (each with its own query processes)."})
    threads: int = field(default=8, metadata={"help": "Requests each gunicorn worker handles at once (threads; a request waiting on its query holds one)."})
    keepalive: int = field(default=5, metadata={"help": "Seconds an idle HTTP/1.1 connection is kept open for the client's next request."})
    query_slots: int = field(default=4, metadata={"help": "Queries and updates that run at once on the whole server, each in its own process."})
    lane_slots: int = field(default=2, metadata={"help": "Extra slots for queries that find every query slot taken (the cheap lane)."})
    lane_timeout: float = field(default=1.0, metadata={"help": "Seconds a query may run in the cheap lane; then it moves to a query slot once one is free, or is stopped (503, busy) while every query slot holds a query running 3 lane times or longer."})
    query_timeout: float = field(default=10.0, metadata={"help": "Seconds a query or update may take from its arrival to its answer before it is stopped (answered 503)."})
    query_memory_mb: int = field(default=1024, metadata={"help": "MiB a query or update may allocate (beyond its process at rest) before it is stopped (answered 503); 0: no cap."})
    max_rows: int = field(default=100_000, metadata={"help": "Most result rows a query returns."})
    result_cache_bytes: int = field(default=64_000_000, metadata={"help": "Bytes of answers each server process keeps per store content, for the same query asked again (0: none)."})
    max_request_bytes: int = field(default=1_000_000, metadata={"help": "Largest request body (413 past it) and longest URL query string (414) accepted."})
    service_allowlist: tuple[str, ...] = field(default=("https://query.wikidata.org/sparql",), metadata={"help": "SERVICE endpoints a query may call (comma-separated)."})
    update_token: str | None = field(default=None, metadata={"help": "Bearer token that enables SPARQL Update; updates are refused without it."})
    online: bool = field(default=False, metadata={"help": "Let the linker ask Wikidata's API for entities the offline snapshot lacks."})
    wikidata_api: str = field(default="https://www.wikidata.org/w/api.php", metadata={"help": "Wikidata Action API used by online linking."})
    wikidata_sparql: str = field(default="https://query.wikidata.org/sparql", metadata={"help": "Wikidata Query Service used by 'kg gazetteer refresh'."})
    cache_dir: str = field(default=str(Path.home() / ".cache" / "kg"), metadata={"help": "On-disk cache for Wikidata replies."})
    fetch_timeout: float = field(default=20.0, metadata={"help": "Seconds to wait for a page or feed kg build fetches."})
    fetch_max_bytes: int = field(default=10_000_000, metadata={"help": "Largest page or feed kg build fetches."})
    max_article_chars: int = field(default=500_000, metadata={"help": "Longest article (in characters) kg build reads; a longer one is reported and skipped."})

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any] | None = None, *, environ: Mapping[str, str] | None = None) -> Settings:
        """Defaults, then ``KG_*`` environment variables, then ``values`` (None values ignored)."""
        environ = os.environ if environ is None else environ
        merged: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get("KG_" + f.name.upper())
            if raw is not None:
                merged[f.name] = _coerce(f.default, raw)
        for name, value in (values or {}).items():
            if value is not None:
                merged[name] = value
        return replace(cls(), **merged)

    @classmethod
    def table(cls) -> list[tuple[str, Any, str]]:
        """(name, default, help) for every setting, for docs and ``--help``."""
        return [(f.name, f.default, f.metadata.get("help", "")) for f in fields(cls)]


def _coerce(default: Any, raw: str) -> Any:
    if isinstance(default, bool):
        return raw.lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    if isinstance(default, tuple):
        return _env_list(raw)
    return raw
