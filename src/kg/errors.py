"""One error hierarchy: each error carries its HTTP status and CLI exit code."""
from __future__ import annotations


class KgError(Exception):
    """Base of every error kg reports to a user (never a bug)."""

    http_status = 500
    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UserInputError(KgError):
    """The user gave something kg cannot use (a bad path, option or file)."""

    http_status = 400


class ArticleError(UserInputError):
    """An article could not be read or parsed; it is skipped."""


class QuerySyntaxError(UserInputError):
    """A SPARQL query that does not parse; the message is the parser's."""


class UriTooLongError(UserInputError):
    """A request whose URL is longer than the server takes (send the query in a POST body)."""

    http_status = 414


class QueryTooComplexError(UserInputError):
    """A query nested deeper, or with more operators, than the engine can take."""


class QueryRefusedError(KgError):
    """A query kg will not run (SERVICE outside the allowlist, LOAD, FROM a URL...)."""

    http_status = 403


class NotAcceptableError(KgError):
    """No result format matches the request's Accept header."""

    http_status = 406


class UnsupportedMediaTypeError(KgError):
    """A POST body in a media type the endpoint does not take."""

    http_status = 415


class TooLargeError(UserInputError):
    """A request asking for more work at once than kg takes (a reconciliation batch too big)."""

    http_status = 413


class QueryTimeoutError(KgError):
    """A query ran past its time limit and was stopped."""

    http_status = 503


class QueryMemoryError(QueryTimeoutError):
    """A query needed more memory than a query process may use, and was stopped."""


class ServerBusyError(QueryTimeoutError):
    """Every query slot stayed taken for as long as the request could wait."""


class QueryEngineError(KgError):
    """The query engine failed on a query it parsed (pyoxigraph aborted: an ORDER BY over terms its
    comparison does not order consistently, say). Asking again fails again; asking otherwise may
    not, so it is the client's to change: 422."""

    http_status = 422


class ServiceError(KgError):
    """A SERVICE endpoint the query was allowed to call failed (unreachable, or a bad answer)."""

    http_status = 502


class StoreError(KgError):
    """The store could not be opened, read or written."""

    http_status = 500


class StoreLockedError(StoreError):
    """Another build holds the store's write lock."""

    http_status = 409


class UnauthorizedError(KgError):
    """An update without the configured bearer token."""

    http_status = 401


class CheckFailedError(KgError):
    """A check (validation, evaluation floor) did not pass; exit code 1."""

    exit_code = 1
