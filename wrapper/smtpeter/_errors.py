"""Every exception the clients raise for a call, built in one place from what happened.

An error answer becomes its :class:`APIStatusError` subclass, an attempt without a usable
answer an :class:`APIConnectionError`, a success the API does not document (or that cannot be
read) an :class:`APIResponseValidationError`. Each says whether the message may have been sent
(:data:`MAY_HAVE_BEEN_SENT`), and none holds the token: not in its text, not in the request it
carries, not in the local variables of a chained httpx exception's frames.

Whether and when to try again is :mod:`smtpeter._retry`'s to decide.
"""

from __future__ import annotations

import traceback
from typing import TYPE_CHECKING

import httpx

from ._bounded import AnswerTooLarge
from ._exceptions import (
    MAY_HAVE_BEEN_SENT,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ResponseTooLargeError,
    status_error_class,
)
from ._redact import redact

if TYPE_CHECKING:
    from smtpeter_client.resources import Operation

__all__ = [
    "MAY_HAVE_BEEN_SENT",
    "NOT_PROCESSED_STATUSES",
    "certainly_not_sent",
    "connection_error",
    "invalid_answer",
    "refused_stream",
    "scrub",
    "status_error",
    "too_large",
    "unexpected_answer",
    "unreadable",
]

NOT_PROCESSED_STATUSES = frozenset({429, 503})
"""Statuses SMTPeter answers before processing anything: the call can be repeated."""


def certainly_not_sent(exc: Exception) -> bool:
    """Whether the failure guarantees that nothing reached the server."""
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def _explanation(response: httpx.Response) -> str:
    # Redacted before it is cut, so that a cut never leaves half a token behind.
    text = " ".join(redact(response.text).split())
    if len(text) > 500:
        text = text[:497] + "..."
    return text or response.reason_phrase


def _without_token(request: httpx.Request) -> httpx.Request:
    return httpx.Request(request.method, redact(str(request.url)))


def status_error(response: httpx.Response, *, idempotent: bool) -> APIStatusError:
    """The exception for an error answer; its response's request shows no token."""
    status = response.status_code
    may_have_been_sent = not idempotent and status >= 500 and status not in NOT_PROCESSED_STATUSES
    message = f"{status} {response.reason_phrase}: {_explanation(response)}"
    if may_have_been_sent:
        message += MAY_HAVE_BEEN_SENT
    response.request = _without_token(response.request)
    return status_error_class(status)(
        redact(message), response=response, may_have_been_sent=may_have_been_sent
    )


def recorded_refusal(status: int, message: str) -> APIStatusError:
    """A refusal an idempotency store recorded, raised again without a request: its answer is
    a stand-in of the status alone."""
    request = httpx.Request("POST", "https://smtpeter.invalid/v1/send")
    return status_error_class(status)(message, response=httpx.Response(status, request=request))


def connection_error(exc: Exception, *, idempotent: bool) -> APIConnectionError:
    """The exception for an attempt that got no usable answer.

    The httpx exception stays chained as ``__cause__``, so it is scrubbed too: its message and
    request lose the token, and the local variables of its frames (which hold the request, URL
    and all) are cleared, for tracebacks rendered with locals.
    """
    may_have_been_sent = not (idempotent or certainly_not_sent(exc))
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    detail = redact(str(exc)) or type(exc).__name__
    what = "Timed out" if kind is APITimeoutError else "Connection failed"
    if isinstance(exc, httpx.DecodingError):
        what = "The answer could not be decoded"
    message = f"{what}: {detail}."
    if may_have_been_sent:
        message += MAY_HAVE_BEEN_SENT
    scrub(exc)
    return kind(message, may_have_been_sent=may_have_been_sent)


def scrub(exc: BaseException) -> None:
    """Remove the token from an exception about to be chained: its text, its request, and the
    local variables of the frames it passed through (finished frames only)."""
    exc.args = tuple(redact(a) if isinstance(a, str) else a for a in exc.args)
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised by httpx when no request is attached
            pass
        else:
            exc.request = _without_token(request)
    traceback.clear_frames(exc.__traceback__)
    for chained in (exc.__cause__, exc.__context__):
        if chained is not None and chained is not exc:
            scrub(chained)


def _sent_note(operation: Operation) -> str:
    return "" if operation.idempotent else MAY_HAVE_BEEN_SENT


def invalid_answer(
    operation: Operation, response: httpx.Response, what: str
) -> APIResponseValidationError:
    """A success status with an answer the API does not document (``what`` says how)."""
    return APIResponseValidationError(
        f"SMTPeter answered {operation.name}() with {what}; the answer was not used."
        + _sent_note(operation),
        response=response,
        may_have_been_sent=not operation.idempotent,
    )


def unreadable(operation: Operation, exc: Exception) -> APIResponseValidationError:
    """A success status whose body could not be decoded or parsed."""
    scrub(exc)
    return APIResponseValidationError(
        f"SMTPeter's answer to {operation.name}() could not be read "
        f"({type(exc).__name__}: {redact(str(exc))[:200]}); the answer was not used."
        + _sent_note(operation),
        may_have_been_sent=not operation.idempotent,
    )


def too_large(operation: Operation, exc: AnswerTooLarge) -> ResponseTooLargeError:
    """An answer beyond ``max_response_size``."""
    return ResponseTooLargeError(
        f"SMTPeter's answer to {operation.name}() (status {exc.status_code}) is "
        f"larger than max_response_size ({exc.limit:,} bytes), so it was not read further. "
        "Pass a larger max_response_size= (or None) to the client or to with_options(), "
        "or read it in pieces with client.stream()." + _sent_note(operation),
        limit=exc.limit,
        status_code=exc.status_code,
        may_have_been_sent=not operation.idempotent,
    )


def _unexpected(operation: Operation, response: httpx.Response) -> str | None:
    """How a success answer differs from what the operation documents, or None."""
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    expected = operation.media_types
    if expected and media_type and media_type not in expected:
        return f"a {response.status_code} answer of type {media_type!r}, not {expected[0]}"
    return None


def unexpected_answer(
    operation: Operation, response: httpx.Response
) -> APIResponseValidationError | None:
    """The error for a success answer of a type the operation does not document, or None."""
    what = _unexpected(operation, response)
    return None if what is None else invalid_answer(operation, response, what)


def refused_stream(
    operation: Operation, response: httpx.Response
) -> APIResponseValidationError | None:
    """Why a streamed call's success answer cannot be used, checked as an ordinary call's is
    (status, content type), or None; its body is not read, nor kept in the error."""
    if response.status_code != 200:
        what: str | None = f"{response.status_code}, which it does not document as a success"
    else:
        what = _unexpected(operation, response)
    if what is None:
        return None
    return APIResponseValidationError(
        f"SMTPeter answered {operation.name}() with {what}; the answer was not used.",
        response=httpx.Response(
            response.status_code,
            headers=httpx.Headers(response.headers),
            request=_without_token(response.request),
        ),
    )
