"""Shared fixtures of the wrapper tests: a real HTTPS server on loopback, clients pointed at
it, a recorder in place of the backoff sleeps, and log capture at every level.

Test modules opt in with ``pytestmark = pytest.mark.usefixtures("clean_env", "sleeps")`` so
that nothing here reaches into test files that are not the wrapper suite's own.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import trustme

import smtpeter
import smtpeter._client
from tests.support.clients import TOKEN, ListHandler, LogCapture, make_async_client, make_client
from tests.support.environment import clean_environment
from tests.support.https_server import ScriptedHTTPSServer, refused_port


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


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[LogCapture]:
    """Log records of smtpeter, httpx and httpcore at DEBUG, via caplog and the root logger."""
    for name in ("smtpeter", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    capture = LogCapture(caplog)
    handler = ListHandler(capture)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield capture
    finally:
        root.removeHandler(handler)


__all__ = ["TOKEN", "make_async_client", "make_client"]
