"""A news site on 127.0.0.1 for the tests: pages and feeds we write, served by a real HTTP server.

``NewsSite.pages`` maps a path to (media type, body); every request's path and headers are
logged, so a test can tell what a build fetched. Invented articles only.
"""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | The Meridian Ledger</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="The Meridian Ledger">
<meta property="article:published_time" content="{published}T09:30:00Z">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>{title}</h1>
<p class="byline">By Marta Quispe, Lima correspondent</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
<figure><img src="/a.jpg" alt=""><figcaption>Delegates in Quito. Photo: Tomas Herrera/Meridian Agency</figcaption></figure>
{paragraphs}
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/r1">Bolivia and Argentina sign Silala Basin Accord</a></li>
<li><a href="/r2">Brazil hosts Amazon Leaders Summit in Belem</a></li></ul></aside>
</article></main>
<footer><p>&copy; 2024 The Meridian Ledger. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


def page(title: str, paragraphs: list[str], published: str) -> bytes:
    """A news page with the usual boilerplate around the article's paragraphs."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return PAGE.format(title=title, paragraphs=body, published=published).encode("utf-8")


def rss(title: str, entries: list[dict]) -> bytes:
    """An RSS 2.0 feed; each entry a dict with title, link, pubDate, description, content."""
    items = []
    for e in entries:
        parts = [f"<title>{e['title']}</title>"]
        if e.get("link"):
            parts.append(f"<link>{e['link']}</link><guid>{e['link']}</guid>")
        if e.get("pubDate"):
            parts.append(f"<pubDate>{e['pubDate']}</pubDate>")
        if e.get("description"):
            parts.append(f"<description><![CDATA[{e['description']}]]></description>")
        if e.get("content"):
            parts.append(f"<content:encoded><![CDATA[{e['content']}]]></content:encoded>")
        items.append("<item>" + "".join(parts) + "</item>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>{title}</title><link>http://127.0.0.1/</link><description>News</description>"
            + "".join(items) + "</channel></rss>").encode("utf-8")


class NewsSite(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.pages: dict[str, tuple[str, bytes]] = {}
        self.log: list[tuple[str, dict[str, str]]] = []
        self.delay: dict[str, float] = {}  # seconds to wait before answering a path
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def fetched(self, path: str) -> int:
        """How often ``path`` was requested."""
        return sum(1 for p, _ in self.log if p == path)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: NewsSite

    def do_GET(self) -> None:
        self.server.log.append((self.path, dict(self.headers)))
        if self.path in self.server.delay:
            time.sleep(self.server.delay[self.path])
        if self.path.startswith("/redirect/"):
            self.send_response(302)
            self.send_header("Location", self.path[len("/redirect"):])
            self.end_headers()
            return
        if self.path == "/endless":  # no Content-Length, more bytes than any limit
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(10_000):
                    self.wfile.write(b"<p>" + b"x" * 4096 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        if self.path not in self.server.pages:
            self.send_error(404)
            return
        media, body = self.server.pages[self.path]
        self.send_response(200)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass
