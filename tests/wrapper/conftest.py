"""Shared fixtures of the wrapper tests: a real HTTPS server on loopback, clients pointed at
it, a recorder in place of the backoff sleeps, and log capture at every level.

Test modules opt in with ``pytestmark = pytest.mark.usefixtures("clean_env", "sleeps")`` so
that nothing here reaches into test files that are not the wrapper suite's own.
"""

from __future__ import annotations

import logging
import os
import ssl
import traceback
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import trustme

import smtpeter
import smtpeter._client
from tests.support.environment import clean_environment
from tests.support.https_server import ScriptedHTTPSServer, refused_port

# Distinctive, so that a leak anywhere is found by a plain substring search.
TOKEN = "tok-SECRET-1234567890"


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def ca_pem(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ca") / "test-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture(scope="session")
def ssl_context(ca: trustme.CA) -> ssl.SSLContext:
    """A client-side context that trusts the test CA (and nothing else)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies, checks host names
    ca.configure_trust(context)
    return context


@pytest.fixture
def server(ca: trustme.CA) -> Iterator[ScriptedHTTPSServer]:
    with ScriptedHTTPSServer(ca) as running:
        yield running


@pytest.fixture
def refused_base_url() -> Iterator[str]:
    """An https base URL on a loopback port where nothing listens (connections refused)."""
    sock = refused_port()
    try:
        yield f"https://127.0.0.1:{sock.getsockname()[1]}/v1"
    finally:
        sock.close()


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No SMTPETER_*, CA or proxy variables from the machine running the tests."""
    clean_environment(monkeypatch)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The backoff delays the clients asked for, instead of sleeping them."""
    delays: list[float] = []

    def record(seconds: float) -> None:
        delays.append(seconds)

    async def record_async(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(smtpeter._client, "_sleep", record)
    monkeypatch.setattr(smtpeter._client, "_async_sleep", record_async)
    return delays


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


@pytest.fixture
def client(
    server: ScriptedHTTPSServer, ca_pem: Path, clean_env: None, sleeps: list[float]
) -> Iterator[smtpeter.SMTPeter]:
    with make_client(server.base_url, ca_pem) as made:
        yield made


@pytest.fixture
async def async_client(
    server: ScriptedHTTPSServer, ca_pem: Path, clean_env: None, sleeps: list[float]
) -> AsyncIterator[smtpeter.AsyncSMTPeter]:
    async with make_async_client(server.base_url, ca_pem) as made:
        yield made


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


class _ListHandler(logging.Handler):
    def __init__(self, capture: LogCapture) -> None:
        super().__init__(logging.DEBUG)
        self._capture = capture

    def emit(self, record: logging.LogRecord) -> None:
        self._capture.emit(record)


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[LogCapture]:
    """Log records of smtpeter, httpx and httpcore at DEBUG, via caplog and the root logger."""
    for name in ("smtpeter", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    capture = LogCapture(caplog)
    handler = _ListHandler(capture)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield capture
    finally:
        root.removeHandler(handler)


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


__all__ = [
    "TOKEN",
    "LogCapture",
    "assert_no_token",
    "exception_texts",
    "make_async_client",
    "make_client",
]
