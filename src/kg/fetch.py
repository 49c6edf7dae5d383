"""The one module that fetches news pages and feeds over the network: :class:`Fetcher`.

(``kg/link/wikidata.py`` is its counterpart for Wikidata.) Every request carries a descriptive
User-Agent naming kg and where to read about it, a connect-and-read timeout, and a size limit
checked against ``Content-Length`` and again while the body streams in, so a huge or endless
reply is cut off, not read into memory. Only ``http`` and ``https`` URLs are fetched, with at
most a few redirects. Failures are :class:`FetchError`, an ArticleError, so a build reports the
URL and goes on.

    >>> Fetcher().user_agent.startswith("kg/")
    True
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests

from kg import __version__
from kg.errors import ArticleError

#: Where a site's operator can read what kg is (the project's namespace page).
ABOUT = "https://w3id.org/kg-news/"
USER_AGENT = f"kg/{__version__} (news reader; +{ABOUT}) python-requests/{requests.__version__}"
TIMEOUT = 20.0
MAX_BYTES = 10_000_000
MAX_REDIRECTS = 5
SCHEMES = ("http", "https")
_ACCEPT = ("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
           "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
_CHUNK = 65_536


class FetchError(ArticleError):
    """A page or feed could not be fetched (network, HTTP status, size limit, scheme)."""


@dataclass(frozen=True)
class Fetched:
    """One reply: the URL asked for, where it ended after redirects, its media type and body."""

    url: str
    final_url: str
    media_type: str
    body: bytes


def is_url(text: str) -> bool:
    """True for an ``http(s)://`` URL (what ``kg build`` fetches instead of opening a file)."""
    return urlsplit(str(text)).scheme.lower() in SCHEMES and "://" in str(text)


class Fetcher:
    """GETs pages and feeds politely; one ``requests.Session`` (kept-alive connections)."""

    def __init__(self, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, user_agent: str = USER_AGENT,
                 session: requests.Session | None = None) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.user_agent = user_agent
        self.session = session or requests.Session()
        self.session.headers.update({"User-Agent": user_agent, "Accept": _ACCEPT})
        self.session.max_redirects = MAX_REDIRECTS

    def get(self, url: str) -> Fetched:
        """The body at ``url``; FetchError when it cannot be had whole within the limits."""
        if not is_url(url):
            raise FetchError(f"{url}: only http and https URLs are fetched")
        try:
            with self.session.get(url, timeout=self.timeout, stream=True) as resp:
                if resp.status_code >= 400:
                    raise FetchError(f"{url}: the server answered HTTP {resp.status_code}")
                declared = resp.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"{url}: {int(declared):,} bytes, over the {self.max_bytes:,}-byte limit")
                body = self._read(url, resp)
                media = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
                return Fetched(url, resp.url, media, body)
        except requests.TooManyRedirects:
            raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects") from None
        except requests.Timeout:
            raise FetchError(f"{url}: no answer within {self.timeout:g} s") from None
        except requests.RequestException as e:
            raise FetchError(f"{url}: cannot fetch: {e}") from None

    def _read(self, url: str, resp: requests.Response) -> bytes:
        chunks, size = [], 0
        # requests' timeout bounds each socket read; a server dripping bytes needs a deadline too
        deadline = time.monotonic() + self.timeout
        for chunk in resp.iter_content(_CHUNK):
            if time.monotonic() > deadline:
                raise FetchError(f"{url}: the body took longer than {self.timeout:g} s")
            size += len(chunk)
            if size > self.max_bytes:  # the header may lie or be absent: count what arrives
                raise FetchError(f"{url}: over the {self.max_bytes:,}-byte limit")
            chunks.append(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        self.session.close()
