"""The one module that talks to Wikidata over the network: :class:`WikidataClient`.

It follows Wikimedia's rules for API clients:

* a descriptive User-Agent, ``<client>/<version> (<contact>) <library>/<version>`` as the
  User-Agent policy (https://meta.wikimedia.org/wiki/User-Agent_policy) asks;
* at most one request per ``min_interval`` seconds, one request at a time;
* ``maxlag`` on every API call, and retries with exponential backoff on 429, 5xx and maxlag
  replies, waiting at least as long as the server's ``Retry-After`` says;
* an on-disk cache (one JSON file per request under ``cache_dir``), so a second run over the
  same articles sends no request at all.

Everything is offline by default: kg only builds a client when ``Settings.online`` is true,
and the tests point it at a server on 127.0.0.1 serving recorded replies.
"""
from __future__ import annotations

import email.utils
import hashlib
import json
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import requests

from kg import __version__
from kg.errors import KgError

API_URL = "https://www.wikidata.org/w/api.php"
SPARQL_URL = "https://query.wikidata.org/sparql"
#: A placeholder the operator should replace with a real page or address (KG_WIKIDATA_CONTACT).
CONTACT = os.environ.get("KG_WIKIDATA_CONTACT", "https://example.org/kg-contact")
USER_AGENT = f"kg/{__version__} ({CONTACT}) python-requests/{requests.__version__}"
#: wbgetentities takes at most 50 ids per request.
BATCH = 50
#: Server lag (seconds) above which the API asks us to come back later.
MAXLAG = 5
#: Never sleep longer than this on one Retry-After, whatever the server says.
MAX_WAIT = 120.0
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class WikidataError(KgError):
    """Wikidata could not be reached or kept refusing (after the retries)."""

    http_status = 502


class WikidataClient:
    """Wikidata's Action API (search, entities) and Query Service (SPARQL), politely.

    >>> client = WikidataClient(cache_dir="/tmp/kg-doctest-cache")
    >>> client.user_agent.startswith("kg/")
    True
    """

    def __init__(self, base_api: str = API_URL, sparql: str = SPARQL_URL, *,
                 cache_dir: str | os.PathLike[str], user_agent: str = USER_AGENT,
                 min_interval: float = 1.0, retries: int = 3, timeout: float = 30.0,
                 backoff: float = 1.0, maxlag: int | None = MAXLAG,
                 session: requests.Session | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.base_api = base_api
        self.sparql_url = sparql
        self.cache_dir = Path(cache_dir)
        self.user_agent = user_agent
        self.min_interval = min_interval
        self.retries = retries
        self.timeout = timeout
        self.backoff = backoff
        self.maxlag = maxlag
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = user_agent
        self._sleep = sleep
        self._clock = clock
        self._last: float | None = None
        self._lock = threading.Lock()  # one request in flight, so the interval holds across threads
        self.requests_sent = 0

    # -- the three calls -------------------------------------------------------------------------
    def search(self, label: str, *, language: str = "en", limit: int = 5) -> list[dict]:
        """Items whose label or alias matches ``label`` (``action=wbsearchentities``), best first."""
        data = self._api({"action": "wbsearchentities", "search": label, "language": language,
                          "uselang": language, "type": "item", "limit": str(limit)})
        return list(data.get("search", []))

    def entities(self, qids: Iterable[str], *, language: str = "en") -> dict[str, dict]:
        """QID -> entity JSON with labels, aliases and claims (``action=wbgetentities``).

        Missing items are left out; ids are asked for in batches of 50, sorted so the cache keys
        do not depend on the caller's order.
        """
        ids = sorted(set(qids), key=lambda q: (len(q), q))
        out: dict[str, dict] = {}
        for i in range(0, len(ids), BATCH):
            data = self._api({"action": "wbgetentities", "ids": "|".join(ids[i:i + BATCH]),
                              "props": "labels|aliases|claims", "languages": language})
            for qid, entity in (data.get("entities") or {}).items():
                if "missing" not in entity:
                    out[qid] = entity
        return out

    def sparql(self, query: str, *, cached: bool = True) -> dict:
        """SPARQL JSON results of ``query`` on the Query Service.

        ``cached=False`` asks the server even when a cached reply exists (and caches the new one).
        """
        return self._request(self.sparql_url, {"query": query, "format": "json"},
                             accept="application/sparql-results+json", cached=cached)

    # -- plumbing --------------------------------------------------------------------------------
    def _api(self, params: dict[str, str]) -> dict:
        params = {**params, "format": "json"}
        if self.maxlag is not None:
            params["maxlag"] = str(self.maxlag)
        data = self._request(self.base_api, params, accept="application/json")
        if "error" in data:
            raise WikidataError(f"Wikidata API error {data['error'].get('code')}: {data['error'].get('info')}")
        return data

    def cache_path(self, url: str, params: Mapping[str, str]) -> Path:
        """The cache file of one request: a hash of its URL and sorted parameters."""
        key = json.dumps([url, sorted(params.items())], ensure_ascii=False)
        return self.cache_dir / "wikidata" / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()}.json"

    def _request(self, url: str, params: dict[str, str], *, accept: str, cached: bool = True) -> dict:
        path = self.cache_path(url, params)
        if cached and path.exists():
            return json.loads(path.read_text(encoding="utf-8"))["response"]
        data = self._fetch(url, params, accept)
        self._store(path, url, params, data)
        return data

    def _fetch(self, url: str, params: dict[str, str], accept: str) -> dict:
        last_error = ""
        for attempt in range(self.retries + 1):
            wait = self.backoff * (2 ** attempt)
            try:
                response = self._send(url, params, accept)
            except requests.RequestException as exc:  # a dropped connection is worth a retry too
                last_error = f"{type(exc).__name__}: {exc}"
            else:
                retry_after = _retry_after(response.headers.get("Retry-After"))
                if response.status_code in RETRY_STATUS:
                    last_error = f"HTTP {response.status_code}"
                    wait = max(wait, retry_after or 0.0)
                elif response.status_code != 200:
                    raise WikidataError(f"{url} answered HTTP {response.status_code}")
                else:
                    try:
                        data = response.json()
                    except ValueError as exc:
                        raise WikidataError(f"{url} did not answer JSON") from exc
                    # maxlag: HTTP 200 with an error code and a Retry-After; wait and ask again
                    if isinstance(data, dict) and (data.get("error") or {}).get("code") == "maxlag":
                        last_error = "server lagged (maxlag)"
                        wait = max(wait, retry_after or 0.0)
                    else:
                        return data
            if attempt < self.retries:
                self._sleep(min(wait, MAX_WAIT))
        raise WikidataError(f"{url} failed after {self.retries + 1} attempts ({last_error})")

    def _send(self, url: str, params: dict[str, str], accept: str) -> requests.Response:
        with self._lock:
            if self._last is not None:
                gap = self.min_interval - (self._clock() - self._last)
                if gap > 0:
                    self._sleep(gap)
            try:
                self.requests_sent += 1
                # Long SPARQL queries go in a POST body: URLs over a few KB are refused.
                if len(params.get("query", "")) > 4000:
                    return self.session.post(url, data=params, headers={"Accept": accept}, timeout=self.timeout)
                return self.session.get(url, params=params, headers={"Accept": accept}, timeout=self.timeout)
            finally:
                self._last = self._clock()

    @staticmethod
    def _store(path: Path, url: str, params: Mapping[str, str], data: Any) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # write then rename, so a parallel build never reads half a file
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"url": url, "params": dict(params), "response": data}, fh, ensure_ascii=False)
        os.replace(tmp, path)


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


# -- reading entity JSON -----------------------------------------------------------------------
def label_of(entity: Mapping[str, Any], language: str = "en") -> str:
    """The entity's label in ``language``, else ''."""
    return ((entity.get("labels") or {}).get(language) or {}).get("value", "")


def aliases_of(entity: Mapping[str, Any], language: str = "en") -> list[str]:
    return [a["value"] for a in (entity.get("aliases") or {}).get(language, [])]


def item_values(entity: Mapping[str, Any], prop: str) -> list[str]:
    """The QIDs a property's non-deprecated statements point to (e.g. P31 classes)."""
    out = []
    for st in (entity.get("claims") or {}).get(prop, []):
        if st.get("rank") == "deprecated":
            continue
        value = ((st.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if isinstance(value, dict) and value.get("id"):
            out.append(value["id"])
    return out
