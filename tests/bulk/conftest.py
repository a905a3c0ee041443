"""Fixtures of the send_many tests: a real HTTPS server on loopback answering every send like
SMTPeter (see tests/support/echo.py), and a way to run send_many on either client."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import httpx
import pytest
import trustme

import smtpeter
from tests.support.echo import EchoResponder
from tests.support.environment import clean_environment
from tests.support.https_server import ScriptedHTTPSServer

TOKEN = "tok-BULK-SECRET-1234567890"
Outcome = smtpeter.SendResult | Exception
SendMany = Callable[..., list[Outcome]]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    clean_environment(monkeypatch)


@pytest.fixture
def echo() -> EchoResponder:
    return EchoResponder()


@pytest.fixture
def server(ca: trustme.CA, echo: EchoResponder) -> Iterator[ScriptedHTTPSServer]:
    with ScriptedHTTPSServer(ca, responder=echo) as running:
        yield running


def message(number: int, **extra: Any) -> dict[str, Any]:
    """The send arguments of message ``number``; the echo server answers ``id-<number>``."""
    return {
        "recipient": f"u{number}@example.com",
        "from_": "shop@example.com",
        "subject": f"m{number}",
        "text": f"Hello {number}",
        **extra,
    }


def sync_client(server: ScriptedHTTPSServer, http: httpx.Client) -> smtpeter.SMTPeter:
    return smtpeter.SMTPeter(TOKEN, base_url=server.base_url, http_client=http)


def async_client(server: ScriptedHTTPSServer, http: httpx.AsyncClient) -> smtpeter.AsyncSMTPeter:
    return smtpeter.AsyncSMTPeter(TOKEN, base_url=server.base_url, http_client=http)


@pytest.fixture(params=["sync", "async"])
def send_many(request: pytest.FixtureRequest, server: ScriptedHTTPSServer) -> SendMany:
    """``send_many(messages, **options)`` on a new client of either kind, as a list."""

    def run_sync(messages: Iterable[Any], **options: Any) -> list[Outcome]:
        with httpx.Client(verify=server.client_context()) as http:
            return list(sync_client(server, http).send_many(messages, **options))

    def run_async(messages: Iterable[Any], **options: Any) -> list[Outcome]:
        async def run() -> list[Outcome]:
            async with httpx.AsyncClient(verify=server.client_context()) as http:
                client = async_client(server, http)
                return [result async for result in client.send_many(messages, **options)]

        return asyncio.run(run())

    return run_sync if request.param == "sync" else run_async
