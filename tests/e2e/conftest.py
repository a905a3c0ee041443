"""Fixtures for the end-to-end tests: a real sandbox over HTTPS.

``smtpeter_outbox`` is not defined here: it comes from the ``smtpeter.testing`` pytest plugin
the package registers, as it would in a user's test suite.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from smtpeter.sandbox import RunningSandbox, running_sandbox
from tests.support.generated_api import GeneratedApi, generated_client


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


@pytest.fixture(params=["sync", "async"])
async def api(
    request: pytest.FixtureRequest, sandbox: RunningSandbox
) -> AsyncIterator[GeneratedApi]:
    """The generated client against the sandbox; each test runs once sync and once async."""
    client = generated_client(sandbox)
    if request.param == "sync":
        with client:
            yield GeneratedApi(client, "sync")
    else:
        async with client:
            yield GeneratedApi(client, "async")
