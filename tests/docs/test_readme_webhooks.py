"""The README's webhook receivers, run as written, with calls signed like SMTPeter's.

Their production code uses the default key resolver (DNS); here
``smtpeter.testing.trust_webhook_keys`` stands in for it, as the README tells users to do.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

import smtpeter.testing
from tests.docs.test_readme import README, WEBHOOK_EXAMPLES
from tests.support.django_setup import ensure_django, urlconf
from tests.support.webhook_signer import SignedCall, WebhookSigner

EVENT = {"id": "m1", "type": "bounce", "recipient": "ann@example.com"}
HOST = "hooks.example.com"


def example(framework: str) -> dict[str, Any]:
    (code,) = [code for code in WEBHOOK_EXAMPLES if f"smtpeter.webhooks.{framework}" in code]
    namespace: dict[str, Any] = {"__name__": "readme"}
    exec(compile(code, str(README), "exec"), namespace)
    return namespace


@pytest.fixture(scope="module")
def signer() -> WebhookSigner:
    return WebhookSigner.generate()


@pytest.fixture
def trusted(signer: WebhookSigner) -> Iterator[None]:
    with smtpeter.testing.trust_webhook_keys(signer.resolver()):
        yield


def headers_of(call: SignedCall) -> dict[str, str]:
    return {k: v for k, v in call.headers.items() if k.lower() != "content-length"}


@pytest.mark.usefixtures("trusted")
def test_the_django_example_verifies_and_refuses(
    signer: WebhookSigner, capsys: pytest.CaptureFixture[str]
) -> None:
    ensure_django()
    from django.test import Client, override_settings

    view = example("django")["smtpeter_events"]
    call = signer.sign(EVENT, target="/hooks/smtpeter")
    with override_settings(ROOT_URLCONF=urlconf(**{"hooks/smtpeter": view}), ALLOWED_HOSTS=[HOST]):
        client = Client(enforce_csrf_checks=True)
        options: dict[str, Any] = {"content_type": "application/json", "secure": True}
        good = client.post(call.target, call.body, headers=headers_of(call), **options)
        forged_body = b'{"id":"m2","type":"bounce"}'
        forged = client.post(call.target, forged_body, headers=headers_of(call), **options)
    assert good.status_code == 204
    assert forged.status_code == 403
    assert capsys.readouterr().out == "ann@example.com bounced message m1\n"


@pytest.mark.usefixtures("trusted")
def test_the_fastapi_example_verifies_and_refuses(
    signer: WebhookSigner, capsys: pytest.CaptureFixture[str]
) -> None:
    from starlette.testclient import TestClient

    app = example("starlette")["app"]
    call = signer.sign(EVENT, target="/hooks/smtpeter")
    with TestClient(app, base_url=f"https://{HOST}") as client:
        good = client.post(call.target, content=call.body, headers=headers_of(call))
        stale = signer.sign(EVENT, target="/hooks/smtpeter", date=datetime(2020, 1, 1, tzinfo=UTC))
        refused = client.post(stale.target, content=stale.body, headers=headers_of(stale))
    assert good.status_code == 204
    assert refused.status_code == 403
    assert "the call is too old" in refused.text
    assert capsys.readouterr().out == "ann@example.com bounced message m1\n"
