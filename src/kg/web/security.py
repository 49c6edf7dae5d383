"""What every request may be and every response carries.

A URL's query string is held to the body's limit (``max_request_bytes``): a query is as large in
either, and a 20 MB GET is refused (414) as a 20 MB POST is (413). A body the app did not read
(a 413, a 405) is read to its end before the answer goes out, up to :data:`DRAIN_FACTOR` times
the limit: a keep-alive connection can then carry the next request (gunicorn itself drains only
64 KB and then closes a connection it announced as kept alive). A longer body still costs the
client its connection (a WSGI app may not say ``Connection: close``).

The headers say what a browser may do with kg's pages and answers.
The pages load scripts, styles, images and fonts from this server only (the query editor is
vendored, its script a file: no inline script runs), are never framed, send no referrer to the
sites their links point at, and no response is sniffed into another type. YASGUI sets inline
style attributes, so ``style-src`` allows them.
"""
from __future__ import annotations

from flask import Flask, Response, request
from werkzeug.wsgi import get_input_stream

from kg.errors import UriTooLongError

#: How many times max_request_bytes of an unread body are read and dropped to keep a connection.
DRAIN_FACTOR = 8
#: What a server's request reader raises on a malformed body: OSError (a body cut short), and
#: gunicorn's parse errors (a bad chunk size) when gunicorn serves.
BODY_READ_ERRORS: tuple[type[Exception], ...] = (OSError,)
try:
    from gunicorn.http.errors import ParseException
except ImportError:  # another WSGI server
    pass
else:
    BODY_READ_ERRORS = (OSError, ParseException)

#: Directive by directive, joined with "; ".
CSP_DIRECTIVES = (
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
)
CONTENT_SECURITY_POLICY = "; ".join(CSP_DIRECTIVES)
#: The same policy for a page made to be shown in another site's frame (a reconciliation preview,
#: which OpenRefine shows in an iframe).
FRAMEABLE_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors *")

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def allow_framing(response: Response) -> Response:
    """Let any site show ``response`` in a frame (X-Frame-Options cannot say so: it is left out)."""
    response.headers["Content-Security-Policy"] = FRAMEABLE_POLICY
    return response


def add_security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        if name == "X-Frame-Options" and response.headers.get("Content-Security-Policy") == FRAMEABLE_POLICY:
            continue
        response.headers.setdefault(name, value)
    return response


def init_app(app: Flask, *, max_request_bytes: int) -> None:
    """Limit every request's URL and add the headers to every response of ``app``, errors included."""

    def limit_url() -> None:
        if len(request.query_string) > max_request_bytes:
            raise UriTooLongError(f"the URL's query string is longer than {max_request_bytes:,} bytes; "
                                  "POST the query instead")

    def drain_body(response: Response) -> Response:
        if not (request.content_length or request.environ.get("HTTP_TRANSFER_ENCODING")):
            return response
        # werkzeug's stream where the app read the body (it ends where the body ends), else a
        # fresh one bounded by Content-Length (the raw input of some servers never ends).
        stream = request.__dict__.get("stream") or get_input_stream(request.environ, max_content_length=None)
        left = DRAIN_FACTOR * max_request_bytes
        try:
            while left > 0 and (chunk := stream.read(min(65536, left))):
                left -= len(chunk)
        except BODY_READ_ERRORS:  # a malformed body: the server closes the connection itself
            pass
        return response

    app.before_request(limit_url)
    app.after_request(add_security_headers)
    app.after_request(drain_body)
