"""kg.fetch against a real HTTP server on 127.0.0.1: User-Agent, limits, errors."""
from __future__ import annotations

import pytest
from news_site import NewsSite

from kg.fetch import USER_AGENT, Fetcher, FetchError, is_url

pytestmark = pytest.mark.server  # a real HTTP server on 127.0.0.1


@pytest.fixture
def site():
    with NewsSite() as s:
        s.pages["/page"] = ("text/html; charset=utf-8", b"<html><body><p>Hello.</p></body></html>")
        s.pages["/big"] = ("text/html", b"<p>" + b"x" * 5000 + b"</p>")
        yield s


def test_get_sends_a_descriptive_user_agent(site: NewsSite) -> None:
    got = Fetcher().get(site.url("/page"))
    assert got.body.startswith(b"<html>") and got.media_type == "text/html" and got.final_url == site.url("/page")
    headers = site.log[-1][1]
    assert headers["User-Agent"] == USER_AGENT and "https://w3id.org/kg-news/" in USER_AGENT


def test_redirects_are_followed(site: NewsSite) -> None:
    got = Fetcher().get(site.url("/redirect/page"))
    assert got.final_url == site.url("/page") and got.url == site.url("/redirect/page")


def test_size_limit_by_header_and_by_count(site: NewsSite) -> None:
    with pytest.raises(FetchError, match="over the 1,000-byte limit"):
        Fetcher(max_bytes=1000).get(site.url("/big"))
    with pytest.raises(FetchError, match="over the 100,000-byte limit"):
        Fetcher(max_bytes=100_000).get(site.url("/endless"))  # no Content-Length: counted as it streams


def test_timeout(site: NewsSite) -> None:
    site.delay["/page"] = 2.0
    with pytest.raises(FetchError, match="no answer within 0.3 s"):
        Fetcher(timeout=0.3).get(site.url("/page"))


def test_http_errors_and_schemes(site: NewsSite) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        Fetcher().get(site.url("/missing"))
    with pytest.raises(FetchError, match="only http and https"):
        Fetcher().get("file:///etc/hostname")
    with pytest.raises(FetchError, match="cannot fetch"):
        Fetcher(timeout=2).get("http://127.0.0.1:9/closed")
    assert is_url("https://x.example/a") and not is_url("news/a.txt") and not is_url("c:/news.txt")
