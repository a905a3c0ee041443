"""Keeping the access token out of logs, exception messages and reprs.

httpx logs every request's full URL (query included) at INFO and puts URLs in its exception
messages; the token travels in that query. Everything that leaves the SDK as text goes
through :func:`redact`, and a logging filter does the same for the records of ``smtpeter``,
``httpx`` and ``httpcore``, at every level.
"""

from __future__ import annotations

import logging
import os
import sys
import weakref

from smtpeter_client._redaction import (
    REDACTED,
    URL_LOGGERS,
    RedactingFilter,
    add_filter,
    redact_access_token,
)

from ._constants import LOG_ENV

__all__ = ["REDACTED", "forget_token", "install_log_filter", "redact", "remember_token"]

# Tokens of the clients alive now, so that a token that turns up outside a query (in an
# error body echoed back, say) is caught too. Counted, since clients may share a token.
_tokens: dict[str, int] = {}


# A token this short would turn up inside ordinary words (a test's token "t" made every "t"
# of every message "[REDACTED]"): it is still redacted wherever it is a URL's access_token,
# only not in free text.
MIN_FREE_TEXT_TOKEN = 8


def remember_token(token: str, owner: object) -> None:
    """Redact ``token`` wherever it appears, for as long as ``owner`` lives."""
    if len(token) < MIN_FREE_TEXT_TOKEN:
        return
    _tokens[token] = _tokens.get(token, 0) + 1
    weakref.finalize(owner, forget_token, token)


def forget_token(token: str) -> None:
    count = _tokens.get(token, 0) - 1
    if count > 0:
        _tokens[token] = count
    else:
        _tokens.pop(token, None)


def redact(text: str) -> str:
    """``text`` with every access token replaced by ``[REDACTED]``."""
    text = redact_access_token(text)
    for token in list(_tokens):
        if token in text:
            text = text.replace(token, REDACTED)
    return text


# The one redacting filter (smtpeter_client._redaction), with every live token known.
_FILTER = RedactingFilter(redact)
_LOGGERS = ("smtpeter", *URL_LOGGERS)
_logging_from_env = False


def install_log_filter() -> None:
    """Attach the redacting filter to every logger that may see a URL, and honour
    ``SMTPETER_LOG``. Runs when the first client is made (never at import); idempotent."""
    global _logging_from_env
    add_filter(_FILTER, _LOGGERS)
    if not _logging_from_env:
        _logging_from_env = True
        setup_logging_from_env()


def setup_logging_from_env() -> None:
    """``SMTPETER_LOG=debug|info`` prints the SDK's (and httpx's) log records to stderr."""
    level_name = os.environ.get(LOG_ENV, "").strip().upper()
    if level_name not in ("DEBUG", "INFO"):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
    handler.addFilter(_FILTER)
    for name in ("smtpeter", "httpx"):
        logger = logging.getLogger(name)
        logger.setLevel(level_name)
        logger.addHandler(handler)
