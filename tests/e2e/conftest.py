"""Fixtures for the end-to-end tests: a real sandbox over HTTPS.

``smtpeter_outbox`` is not defined here: it comes from the ``smtpeter.testing`` pytest plugin
the package registers, as it would in a user's test suite.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

import smtpeter
from smtpeter.sandbox import RunningSandbox, running_sandbox
from tests.support.both_clients import Wire, awaitable


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    """One sandbox for the session, writing its mail into a temporary folder."""
    with running_sandbox(mail_dir=tmp_path_factory.mktemp("mail")) as running:
        yield running


@pytest.fixture
def http(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    """A plain httpx client that trusts the sandbox's CA and carries its token."""
    with httpx.Client(
        base_url=sandbox.base_url,
        verify=sandbox.ssl_context(),
        params={"access_token": sandbox.token},
    ) as client:
        yield client


@pytest.fixture
def wire() -> Wire:
    """Every request the ``client`` fixture sent and every answer it got, in order."""
    return Wire()


@pytest.fixture(params=["sync", "async"])
async def client(
    request: pytest.FixtureRequest, sandbox: RunningSandbox, wire: Wire
) -> AsyncIterator[smtpeter.AsyncSMTPeter]:
    """The wrapper against the sandbox over HTTPS; each test runs once through
    :class:`smtpeter.SMTPeter` and once through :class:`smtpeter.AsyncSMTPeter`.

    Both trust the sandbox's CA through the ``http_client`` they are given, whose event hooks
    record the traffic in ``wire``. The sync client is awaited like the async one
    (tests/support/both_clients.py).
    """
    if request.param == "sync":
        with (
            httpx.Client(
                verify=sandbox.ssl_context(), trust_env=False, event_hooks=wire.hooks()
            ) as http,
            smtpeter.SMTPeter(sandbox.token, base_url=sandbox.base_url, http_client=http) as sync,
        ):
            yield awaitable(sync)
    else:
        async with (
            httpx.AsyncClient(
                verify=sandbox.ssl_context(), trust_env=False, event_hooks=wire.async_hooks()
            ) as http_async,
            smtpeter.AsyncSMTPeter(
                sandbox.token, base_url=sandbox.base_url, http_client=http_async
            ) as async_client,
        ):
            yield async_client
