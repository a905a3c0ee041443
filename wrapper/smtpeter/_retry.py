"""When to try a call again, and how long to wait (what to raise when we don't: _errors).

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

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY
from ._errors import NOT_PROCESSED_STATUSES, certainly_not_sent

__all__ = ["retry_delay", "should_retry"]


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
        return status in NOT_PROCESSED_STATUSES or (idempotent and (status >= 500 or status == 408))
    if "CERTIFICATE_VERIFY_FAILED" in str(outcome):
        return False
    return certainly_not_sent(outcome) or (idempotent and isinstance(outcome, httpx.TransportError))
