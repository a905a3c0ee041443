"""When to try a call again, how long to wait, and what to raise when we don't.

SMTPeter has no idempotency key, so a send that reached the server must never be repeated
blindly: it would mail the recipient twice. A send is retried only when it certainly was not
processed: the connection could not be opened, or the answer was 429 or 503. Reading calls
(idempotent) are also retried after 500, 502, 504 and timeouts.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import math
import random
import traceback

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    status_error_class,
)
from ._redact import redact

__all__ = [
    "MAY_HAVE_BEEN_SENT",
    "connection_error",
    "retry_delay",
    "scrub",
    "should_retry",
    "status_error",
]

_NOT_PROCESSED_STATUSES = frozenset({429, 503})
MAY_HAVE_BEEN_SENT = " The message may have been sent: check its events before sending it again."


def retry_delay(attempt: int, headers: httpx.Headers | None = None) -> float:
    """Seconds to wait before retry number ``attempt + 1``."""
    retry_after = _retry_after(headers) if headers is not None else None
    if retry_after is not None:
        return retry_after
    delay: float = min(INITIAL_RETRY_DELAY * float(2**attempt), MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())  # noqa: S311 (jitter, not cryptography)


def _retry_after(headers: httpx.Headers) -> float | None:
    """The server's wish in seconds (capped), or None when it states none we can use: a
    ``Retry-After`` that is neither a number of seconds nor an HTTP date, a negative or
    non-finite number, or a date no datetime can hold (year 99999999999) counts as absent."""
    milliseconds = _seconds(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return _cap(milliseconds / 1000)
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _seconds(value)
    if seconds is not None:
        return _cap(seconds)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        return _cap((when - dt.datetime.now(dt.UTC)).total_seconds())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _seconds(value: str | None) -> float | None:
    """A header's number of seconds, or None unless it is a finite number of 0 or more."""
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def _cap(seconds: float) -> float:
    """At most MAX_RETRY_AFTER; a date already past means now."""
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def should_retry(outcome: httpx.Response | Exception, *, idempotent: bool) -> bool:
    """Whether a failed attempt may be tried again (the policy; see the module's docstring)."""
    if isinstance(outcome, httpx.Response):
        status = outcome.status_code
        return status in _NOT_PROCESSED_STATUSES or (
            idempotent and (status >= 500 or status == 408)
        )
    if "CERTIFICATE_VERIFY_FAILED" in str(outcome):
        return False
    return _certainly_not_sent(outcome) or (
        idempotent and isinstance(outcome, httpx.TransportError)
    )


def _certainly_not_sent(exc: Exception) -> bool:
    # Only these guarantee that nothing reached the server.
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def _explanation(response: httpx.Response) -> str:
    # Redacted before it is cut, so that a cut never leaves half a token behind.
    text = " ".join(redact(response.text).split())
    if len(text) > 500:
        text = text[:497] + "..."
    return text or response.reason_phrase


def status_error(response: httpx.Response, *, idempotent: bool) -> APIStatusError:
    """The exception for an error answer; its response's request shows no token."""
    status = response.status_code
    may_have_been_sent = not idempotent and status >= 500 and status not in _NOT_PROCESSED_STATUSES
    message = f"{status} {response.reason_phrase}: {_explanation(response)}"
    if may_have_been_sent:
        message += MAY_HAVE_BEEN_SENT
    request = response.request
    response.request = httpx.Request(request.method, redact(str(request.url)))
    return status_error_class(status)(
        redact(message), response=response, may_have_been_sent=may_have_been_sent
    )


def connection_error(exc: Exception, *, idempotent: bool) -> APIConnectionError:
    """The exception for an attempt that got no usable answer.

    The httpx exception stays chained as ``__cause__``, so it is scrubbed too: its message and
    request lose the token, and the local variables of its frames (which hold the request, URL
    and all) are cleared, for tracebacks rendered with locals.
    """
    may_have_been_sent = not (idempotent or _certainly_not_sent(exc))
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
            exc.request = httpx.Request(request.method, redact(str(request.url)))
    traceback.clear_frames(exc.__traceback__)
    for chained in (exc.__cause__, exc.__context__):
        if chained is not None and chained is not exc:
            scrub(chained)
