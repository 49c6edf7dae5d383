"""News pages (HTML) → :class:`kg.model.Article`, through trafilatura.

trafilatura finds the page's main text and leaves out what surrounds it: menus, share widgets,
photo captions and credits, bylines, comments and related links. It also reads the title,
the publication date (``<meta>`` tags, JSON-LD, the URL, the page text, via htmldate), the
canonical URL and the site's name, which become the article's metadata. What the caller already
knows (a feed entry's date and link) takes precedence over what the page says.
"""
from __future__ import annotations

import datetime as dt

from kg.errors import ArticleError
from kg.ingest.article import (
    article_url,
    optional_str,
    parse_date,
    url_article_id,
    with_headline,
)
from kg.model import Article

#: Fewest words a page's main text has besides its title; less is a menu or a stub, not an article.
MIN_WORDS = 8
#: trafilatura's date search: the original publication date, not the last modification.
_DATE_PARAMS = {"original_date": True, "extensive_search": True}


def article_from_html(html: bytes | str, *, url: str | None = None, article_id: str | None = None,
                      published: dt.date | None = None, title: str | None = None, source: str | None = None,
                      where: str | None = None) -> Article:
    """The article a page holds; ArticleError when the page has no main text.

    ``url`` is where the page was fetched (trafilatura resolves the canonical URL from it);
    ``article_id`` defaults to an id made from the canonical URL, then from ``url``.
    """
    import trafilatura  # loaded only when a page is read (lxml, justext, htmldate)

    where = where or url or "<html>"
    if isinstance(html, bytes) and not html.strip() or isinstance(html, str) and not html.strip():
        raise ArticleError(f"{where}: the page is empty")
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
        include_links=False, favor_precision=True, date_extraction_params=_DATE_PARAMS,
    )
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    headline = title or optional_str(getattr(doc, "title", None)) or ""
    if len(body.split()) - len(headline.split()) < MIN_WORDS:
        raise ArticleError(f"{where}: no article text found in the page")
    page_url = _http_url(getattr(doc, "url", None), where) or url  # a page's own canonical URL, if it is one
    if article_id is None:
        if not page_url:
            raise ArticleError(f"{where}: a page without a URL needs an article id")
        article_id = url_article_id(page_url)
    page_date = None
    try:
        page_date = parse_date(getattr(doc, "date", None), where)
    except ArticleError:
        pass  # a date the page garbles is no reason to lose its text
    return Article(
        id=article_id,
        text=with_headline(headline, body),
        title=headline,
        published=published or page_date,
        url=page_url,
        source=source or optional_str(getattr(doc, "sitename", None)) or optional_str(getattr(doc, "hostname", None)),
        path=where,
    )


def _http_url(value: object, where: str) -> str | None:
    try:
        return article_url(value, where)
    except ArticleError:
        return None


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed entry's summary), one line per block element.

    >>> fragment_text("<p>Chile and Peru <b>signed</b> a pact.</p><p>Lima hosted.</p>")
    'Chile and Peru signed a pact.\\nLima hosted.'
    """
    import lxml.html

    if "<" not in html:
        return "\n".join(" ".join(line.split()) for line in html.splitlines() if line.strip())
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for el in root.iter("br"):
        el.tail = "\n" + (el.tail or "")
    for el in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"):
        el.tail = "\n" + (el.tail or "")
        if el.text is not None or len(el):
            el.text = "\n" + (el.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
