"""When to try a call again, how long to wait, and what to raise when we don't.

SMTPeter has no idempotency key, so a send that reached the server must never be repeated
blindly: it would mail the recipient twice. A send is retried only when it certainly was not
processed: the connection could not be opened, or the answer was 429 or 503. Reading calls
(idempotent) are also retried after 500, 502, 504 and timeouts.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import random

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    status_error_class,
)
from ._redact import redact

__all__ = ["connection_failure", "retry_delay", "status_failure"]

_NOT_PROCESSED_STATUSES = frozenset({429, 503})
_MAY_HAVE_BEEN_SENT = " The message may have been sent: check its events before sending it again."


def retry_delay(attempt: int, headers: httpx.Headers | None = None) -> float:
    """Seconds to wait before retry number ``attempt + 1``."""
    retry_after = _retry_after(headers) if headers is not None else None
    if retry_after is not None:
        return retry_after
    delay: float = min(INITIAL_RETRY_DELAY * float(2**attempt), MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())  # noqa: S311 (jitter, not cryptography)


def _retry_after(headers: httpx.Headers) -> float | None:
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return _cap(float(value) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return _cap(float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return _cap((when - dt.datetime.now(dt.UTC)).total_seconds())


def _cap(seconds: float) -> float:
    if seconds != seconds:  # NaN
        return 0.0
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _explanation(response: httpx.Response) -> str:
    text = " ".join(response.text.split())
    if len(text) > 500:
        text = text[:497] + "..."
    return text or response.reason_phrase


def status_failure(response: httpx.Response, *, idempotent: bool) -> tuple[bool, APIStatusError]:
    """Whether an error answer may be retried, and the exception to raise if not."""
    status = response.status_code
    not_processed = status in _NOT_PROCESSED_STATUSES
    retryable = not_processed or (idempotent and (status >= 500 or status == 408))
    may_have_been_sent = not idempotent and status >= 500 and not not_processed
    message = f"{status} {response.reason_phrase}: {_explanation(response)}"
    if may_have_been_sent:
        message += _MAY_HAVE_BEEN_SENT
    # The response stays available to the caller; its request must not show the token.
    request = response.request
    response.request = httpx.Request(request.method, redact(str(request.url)))
    error = status_error_class(status)(
        redact(message), response=response, may_have_been_sent=may_have_been_sent
    )
    return retryable, error


def connection_failure(
    exc: httpx.TransportError, *, idempotent: bool
) -> tuple[bool, APIConnectionError]:
    """Whether a transport failure may be retried, and the exception to raise if not."""
    # Only these guarantee that nothing reached the server.
    not_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    certificate = "CERTIFICATE_VERIFY_FAILED" in str(exc)
    retryable = (not_sent or idempotent) and not certificate
    may_have_been_sent = not (not_sent or idempotent)
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    detail = redact(str(exc)) or type(exc).__name__
    message = f"{'Timed out' if kind is APITimeoutError else 'Connection failed'}: {detail}."
    if may_have_been_sent:
        message += _MAY_HAVE_BEEN_SENT
    # The httpx exception stays chained as __cause__: it must not show the token either.
    exc.args = tuple(redact(a) if isinstance(a, str) else a for a in exc.args)
    try:
        request = exc.request
    except RuntimeError:  # raised by httpx when no request is attached
        pass
    else:
        exc.request = httpx.Request(request.method, redact(str(request.url)))
    return retryable, kind(message, may_have_been_sent=may_have_been_sent)
