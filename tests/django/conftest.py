"""Django configured as a project using the backend would be, and the two places a test can
send to: the in-process outbox, and the sandbox served over HTTPS."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import django
import pytest
from django.conf import settings
from django.test.utils import override_settings

from smtpeter.sandbox import RunningSandbox, StoredMessage, running_sandbox
from smtpeter.testing import outbox
from tests.support.environment import clean_environment

if not settings.configured:
    settings.configure(
        EMAIL_BACKEND="smtpeter.django.EmailBackend",
        DEFAULT_FROM_EMAIL="Shop <shop@example.com>",
        SMTPETER={},
        USE_TZ=True,
    )
    django.setup()


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    clean_environment(monkeypatch)


@pytest.fixture(scope="session")
def https_sandbox() -> Iterator[RunningSandbox]:
    with running_sandbox() as running:
        yield running


@dataclass
class Target:
    """Where the backend sends in a test, and what arrived there."""

    name: str
    messages: Callable[[], list[StoredMessage]]

    def only(self) -> StoredMessage:
        (stored,) = self.messages()
        return stored

    def by_recipient(self) -> dict[str, StoredMessage]:
        return {stored.recipient: stored for stored in self.messages()}


def smtpeter_settings(target: str, sandbox: RunningSandbox, **extra: Any) -> dict[str, Any]:
    """``settings.SMTPETER`` for a target (the outbox takes any token from the environment)."""
    if target == "outbox":
        return extra
    return {"TOKEN": sandbox.token, "BASE_URL": sandbox.base_url, **extra}


@pytest.fixture(params=["outbox", "sandbox"])
def target(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    https_sandbox: RunningSandbox,
) -> Iterator[Target]:
    """The backend configured for the outbox, or for the sandbox over HTTPS."""
    options = smtpeter_settings(request.param, https_sandbox, TAGS=["site"])
    if request.param == "outbox":
        with outbox() as box, override_settings(SMTPETER=options):
            yield Target("outbox", lambda: box.messages)
        return
    https_sandbox.store.clear()
    # As a project would: the sandbox's CA trusted through SSL_CERT_FILE.
    monkeypatch.setenv("SSL_CERT_FILE", str(https_sandbox.ca_file))
    with override_settings(SMTPETER=options):
        yield Target("sandbox", https_sandbox.store.messages)
    https_sandbox.store.clear()
