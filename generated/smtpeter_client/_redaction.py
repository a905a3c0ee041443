"""Keeping the access token out of log records and text: the one redacting filter.

SMTPeter takes the access token as the ``access_token`` query parameter (an apiKey in the
query), and that token is a secret which httpx would otherwise print in its INFO log lines and
its exception messages. Copied into the generated package by tools/generate_surface.py; the
generated client filters httpx's and httpcore's records with it, and the smtpeter wrapper the
same filter with its own redaction (which also knows the tokens of the clients alive).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from functools import cache

__all__ = [
    "ACCESS_TOKEN_PARAMETER",
    "REDACTED",
    "URL_LOGGERS",
    "RedactingFilter",
    "add_filter",
    "redact_access_token",
]

ACCESS_TOKEN_PARAMETER = "access_token"  # noqa: S105 - the name of the parameter, not a token
REDACTED = "[REDACTED]"

_TOKEN_IN_TEXT = r"(access_token(?:=|%3D|': '|\": \"))(?!\[REDACTED\])[^&\s\"'#>)\]]+"  # noqa: S105
# Loggers whose records may carry a request URL. A filter on a logger does not see the records
# of its child loggers, so httpcore's are listed one by one.
URL_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.connection_pool",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def redact_access_token(text: str) -> str:
    """``text`` with the value of every ``access_token`` query parameter replaced.

    >>> redact_access_token("GET https://www.smtpeter.com/v1/text/abc?access_token=s3cret")
    'GET https://www.smtpeter.com/v1/text/abc?access_token=[REDACTED]'
    """
    return _token_in_text().sub(lambda match: match.group(1) + REDACTED, text)


@cache
def _token_in_text() -> re.Pattern[str]:
    # Compiled when first used, not at import: a client that logs nothing and fails in no way
    # never needs it.
    return re.compile(_TOKEN_IN_TEXT, re.IGNORECASE)


class RedactingFilter(logging.Filter):
    """Rewrites a log record's message with ``redact``; never drops a record."""

    def __init__(self, redact: Callable[[str], str] = redact_access_token) -> None:
        super().__init__()
        self._redact = redact

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken record is the logging module's to report
            return True
        cleaned = self._redact(message)
        if cleaned != message:
            record.msg = cleaned
            record.args = None
        return True


def add_filter(redacting: logging.Filter, loggers: Iterable[str] = URL_LOGGERS) -> None:
    """Attach ``redacting`` to each of ``loggers`` that does not have it yet (idempotent)."""
    for name in loggers:
        logger = logging.getLogger(name)
        if redacting not in logger.filters:
            logger.addFilter(redacting)
