"""Helpers the client tests share: the token they use, clients that trust the test CA, log
capture at every level, and the checks that no text shows the token."""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path

import httpx
import pytest

import smtpeter

# Distinctive, so that a leak anywhere is found by a plain substring search.
TOKEN = "tok-SECRET-1234567890"


def _trusting_env(ca_pem: Path) -> dict[str, str | None]:
    saved = {name: os.environ.get(name) for name in ("SSL_CERT_FILE", "SSL_CERT_DIR")}
    os.environ["SSL_CERT_FILE"] = str(ca_pem)
    os.environ.pop("SSL_CERT_DIR", None)
    return saved


def _restore_env(saved: dict[str, str | None]) -> None:
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def make_client(
    base_url: str | None,
    ca_pem: Path,
    token: str | None = TOKEN,
    *,
    timeout: float | httpx.Timeout | None = smtpeter.DEFAULT_TIMEOUT,
    max_retries: int = smtpeter.DEFAULT_MAX_RETRIES,
) -> smtpeter.SMTPeter:
    """A client with its own connection pool (as users build it) that trusts the test CA.

    The CA comes from SSL_CERT_FILE, which httpx reads while the client is constructed; the
    variable is removed again at once (test_tls checks that httpx reads it only then).
    """
    saved = _trusting_env(ca_pem)
    try:
        return smtpeter.SMTPeter(token, base_url=base_url, timeout=timeout, max_retries=max_retries)
    finally:
        _restore_env(saved)


def make_async_client(
    base_url: str | None,
    ca_pem: Path,
    token: str | None = TOKEN,
    *,
    timeout: float | httpx.Timeout | None = smtpeter.DEFAULT_TIMEOUT,
    max_retries: int = smtpeter.DEFAULT_MAX_RETRIES,
) -> smtpeter.AsyncSMTPeter:
    saved = _trusting_env(ca_pem)
    try:
        return smtpeter.AsyncSMTPeter(
            token, base_url=base_url, timeout=timeout, max_retries=max_retries
        )
    finally:
        _restore_env(saved)


class LogCapture:
    """Every log record of any logger, as caplog and a handler on the root logger saw them."""

    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        self._caplog = caplog
        self.root_records: list[logging.LogRecord] = []
        self._formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")

    def emit(self, record: logging.LogRecord) -> None:
        self.root_records.append(record)

    @property
    def records(self) -> list[logging.LogRecord]:
        return [*self._caplog.records, *self.root_records]

    def texts(self) -> list[str]:
        """Each record's message, and each record formatted whole (exception included)."""
        texts: list[str] = []
        for record in self.records:
            texts.append(record.getMessage())
            texts.append(self._formatter.format(record))
        return texts

    def names(self) -> set[str]:
        return {record.name for record in self.records}


class ListHandler(logging.Handler):
    def __init__(self, capture: LogCapture) -> None:
        super().__init__(logging.DEBUG)
        self._capture = capture

    def emit(self, record: logging.LogRecord) -> None:
        self._capture.emit(record)


def exception_texts(exc: BaseException) -> list[str]:
    """str and repr of an exception and of everything chained to it, and its traceback."""
    texts = ["".join(traceback.format_exception(exc))]
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        texts += [str(current), repr(current), *map(str, current.args)]
        pending += [current.__cause__, current.__context__]
    return texts


def assert_no_token(texts: list[str] | str) -> None:
    for text in [texts] if isinstance(texts, str) else texts:
        assert TOKEN not in text, f"token leaked in: {text[:300]!r}"
