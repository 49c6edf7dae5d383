"""One error shape for every response that is not a success.

A :class:`~kg.errors.KgError` is the user's problem: its status and message go to the client.
Anything else is a bug: 500 with a generic message, the traceback only in the log.
The body is JSON when the client prefers JSON, plain text otherwise::

    {"error": {"status": 400, "title": "Bad Request", "type": "QuerySyntaxError", "message": "..."}}
"""
from __future__ import annotations

import json
from http import HTTPStatus

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import HTTPException

from kg.errors import KgError, UnauthorizedError
from kg.sparql import negotiate

JSON = "application/json"
TEXT = "text/plain"


def _wants_json() -> bool:
    # +json types (SPARQL results, JSON-LD) count as asking for JSON.
    accept = request.headers.get("Accept", "")
    offers = (TEXT, JSON, "application/sparql-results+json", "application/ld+json")
    return (negotiate(accept, offers) or TEXT) != TEXT if accept else False


def error_response(status: int, message: str, *, type: str | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    """The one error shape: JSON or text, with the HTTP reason phrase as the title."""
    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Error"
    if _wants_json():
        error = {"status": status, "title": title, "type": type or title.replace(" ", ""), "message": message}
        body, mimetype = json.dumps({"error": error}, ensure_ascii=False) + "\n", JSON
    else:
        body, mimetype = f"{status} {title}: {message}\n", TEXT
    response = Response(body, status=status, mimetype=mimetype)
    response.headers.update(headers or {})
    return response


def handle_kg_error(error: KgError) -> Response:
    headers = {"WWW-Authenticate": 'Bearer realm="kg"'} if isinstance(error, UnauthorizedError) else None
    if error.http_status >= 500:
        current_app.logger.warning("%s: %s", type(error).__name__, error.message)
    return error_response(error.http_status, error.message, type=type(error).__name__, headers=headers)


def handle_http_exception(error: HTTPException) -> Response:
    # Keep the exception's own headers (Allow on a 405), not its HTML body.
    headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
    return error_response(error.code or 500, error.description or "", headers=headers)


def handle_bug(error: Exception) -> Response:
    current_app.logger.exception("unhandled error on %s %s", request.method, request.path)
    return error_response(500, "internal error; the server log has the details", type="InternalError")


def init_app(app: Flask) -> None:
    """Register the handlers on ``app``."""
    app.register_error_handler(KgError, handle_kg_error)
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(Exception, handle_bug)
